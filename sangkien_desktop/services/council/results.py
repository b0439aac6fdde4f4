"""A council's result for one dossier (scores, votes, the proposal) and what results say in
words: the reason a rejection gives its authors and the conclusion of the minutes (Thông tư
18/2013, Art. 8, or the pass rule of the rule pack the meeting used). Vietnamese, as printed;
the officer may reword either."""

from __future__ import annotations

from collections.abc import Sequence

from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.tally import DossierResult
from sangkien_desktop.domain.values import format_share

# The result itself is computed in the domain (tally: exclusions, abstentions, the pack's pass
# rule); this module says it in words.
__all__ = ["DossierResult", "proposed_conclusion", "proposed_reason"]


def proposed_reason(result: DossierResult) -> str:
    """A first wording of why the council did not propose recognition, from its result: the
    reason the authors read on their notice (the officer may reword it)."""
    if result.score is None:
        return ""
    if not result.quorum_met:
        return "Cuộc họp Hội đồng không đủ số thành viên có mặt theo quy định."
    if not result.score.recognised:
        return (f"Hội đồng sáng kiến đánh giá {format_share(result.score.total)} điểm, chưa đạt "
                "mức công nhận.")
    return (f"Chưa đủ số thành viên Hội đồng tán thành theo quy định ({result.votes_for}/"
            f"{result.vote_base}, cần {result.votes_needed}).")


def _result_words(r: DossierResult) -> str:
    """ "điểm trung bình 88,5; 05/05 thành viên tán thành", or why it was not proposed."""
    if r.score is None:
        return "chưa có phiếu đánh giá"
    words = f"điểm trung bình {format_share(r.score.total)}"
    if not r.quorum_met:
        return f"{words}; cuộc họp không đủ số thành viên có mặt theo quy định"
    if not r.score.recognised:
        return f"{words}, chưa đạt mức công nhận"
    votes = f"{r.votes_for:02d}/{r.vote_base:02d} thành viên tán thành"
    return f"{words}; {votes}" + ("" if r.vote_passed else f", chưa đủ {r.votes_needed:02d}")


def _titles(results: Sequence[DossierResult]) -> str:
    return "; ".join(f"“{r.title}” ({_result_words(r)})" for r in results)


def proposed_conclusion(results: Sequence[DossierResult]) -> str:
    """The minutes' "III. KẾT LUẬN", written from the scores and votes (Thông tư 18/2013,
    Art. 8: recognition needs two thirds of the members in favour); the secretary may
    replace it before printing (Meeting.conclusion)."""
    proposed = [r for r in results if r.proposed == Outcome.RECOGNISED]
    refused = [r for r in results if r.proposed == Outcome.REJECTED]
    pending = [r for r in results if r.proposed is None]
    sentences = []
    if proposed:
        sentences.append(f"Hội đồng thống nhất đề nghị công nhận {len(proposed):02d} sáng kiến: "
                         f"{_titles(proposed)}.")
    if refused:
        sentences.append(f"Hội đồng không đề nghị công nhận {len(refused):02d} giải pháp: "
                         f"{_titles(refused)}.")
    if pending:
        sentences.append(f"Chưa đủ phiếu đánh giá để kết luận {len(pending):02d} hồ sơ: "
                         + "; ".join(f"“{r.title}”" for r in pending) + ".")
    return " ".join(sentences)
