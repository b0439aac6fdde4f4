"""The council's result for one dossier: the scores of the members who may score it, the vote
counted under the pass rule, and whether it is complete.

Members out of a dossier (a declared conflict of interest, an author, the authors' unit head)
neither score it nor count in its vote base; a member who abstains counts in the base and is
not in favour. Until every present member who may score has scored, the result is pending: no
proposal is made (and the window shows no average), so each member scores blind to the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sangkien_desktop.domain.council import Outcome, Recusal, RecusalKind
from sangkien_desktop.domain.pass_rule import CouncilRules, quorum_met
from sangkien_desktop.domain.scoring import (
    MemberSheet,
    Rubric,
    ScoreResult,
    evaluate,
    member_in_favour,
)


@dataclass(frozen=True)
class CastSheet:
    member_id: int
    scores: Mapping[str, Decimal]
    in_favour: bool | None = None  # None: read from the member's own total


@dataclass(frozen=True)
class DossierResult:
    dossier_uuid: str
    title: str
    score: ScoreResult | None  # None: no sheet counted for this dossier
    votes_for: int
    vote_base: int  # the members the pass rule is counted on
    votes_needed: int
    quorum_met: bool
    excluded: tuple[int, ...] = ()  # members out of this dossier (conflict, author, unit head)
    abstained: tuple[int, ...] = ()
    pending: tuple[int, ...] = ()  # present members who may score and have not yet

    @property
    def vote_passed(self) -> bool:
        return self.vote_base > 0 and self.votes_for >= self.votes_needed

    @property
    def complete(self) -> bool:
        return not self.pending

    @property
    def proposed(self) -> Outcome | None:
        if self.score is None or self.pending:
            return None
        ok = self.quorum_met and self.vote_passed and self.score.recognised
        return Outcome.RECOGNISED if ok else Outcome.REJECTED


def tally(dossier_uuid: str, title: str, *, rubric: Rubric, rules: CouncilRules,
          council_size: int, present: Sequence[int], sheets: Sequence[CastSheet],
          recusals: Sequence[Recusal]) -> DossierResult:
    mine = [r for r in recusals if r.dossier_uuid == dossier_uuid]
    excluded = {r.member_id for r in mine if r.excludes}
    abstained = {r.member_id for r in mine if r.kind == RecusalKind.ABSTAIN} - excluded
    counted = [s for s in sheets if s.member_id not in excluded | abstained]
    if rules.vote_base == "council":
        base = council_size - len(excluded)
    else:
        base = len(present) - len(excluded & set(present))
    votes = sum(1 for s in counted if (
        s.in_favour if s.in_favour is not None else member_in_favour(s.scores, rubric)))
    scored = {s.member_id for s in counted}
    pending = tuple(m for m in present if m not in excluded | abstained | scored)
    score = evaluate([MemberSheet(str(s.member_id), s.scores) for s in counted], rubric) \
        if counted else None
    return DossierResult(
        dossier_uuid, title, score, votes, max(base, 0), rules.needed(max(base, 0)),
        quorum_met(len(present), council_size, rules.quorum),
        tuple(sorted(excluded)), tuple(sorted(abstained)), pending,
    )
