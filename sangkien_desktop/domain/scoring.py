"""The council's rubric as data, and the arithmetic that turns members' score sheets into a
result per dossier: averages, total, spread, band.

No national score sheet exists (DOMAIN.md): units use their own rubric, so criteria, bands,
pass marks and the disagreement threshold are data. Arithmetic is exact (Decimal inputs,
Fraction averages); an average is rounded once, to 2 decimals half-up, and every comparison
with a band edge or a pass mark uses that rounded value: what the minutes print is what
decided (exactly 50,00 is "đạt"; exactly 85,00 is grade A).

Dropping extremes: when ``drop_extremes`` is on and there are at least
``drop_extremes_min_sheets`` sheets (never fewer than 3), the one sheet with the highest
total and the one with the lowest total are left out of the averages (ties: the first in
member order). The spread is always measured over every sheet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from sangkien_desktop.domain.errors import DataFileError, InputError
from sangkien_desktop.domain.messages import Message

CENT = Decimal("0.01")


# What a score range may ask of the dossier: "benefit_computed" (a money benefit is stated).
FACTS = ("benefit_computed",)


@dataclass(frozen=True)
class ScoreRange:
    """A band of one criterion's scores, as rubrics print them ("31–40: mới hoàn toàn"); a
    range that ``requires`` a fact is open only to dossiers that have it (21–30 on benefit
    only when the money benefit is computed)."""

    low: Decimal
    high: Decimal
    label: str = ""
    requires: str = ""


@dataclass(frozen=True)
class Criterion:
    code: str
    name: str
    max_score: Decimal
    weight: Decimal = Decimal(1)
    # Below this average the criterion fails; with ``disqualifying`` the dossier is
    # "không đạt" whatever the total.
    pass_mark: Decimal | None = None
    disqualifying: bool = False
    guidance: str = ""
    ranges: tuple[ScoreRange, ...] = ()

    def range_of(self, score: Decimal) -> ScoreRange | None:
        return next((r for r in self.ranges if r.low <= score <= r.high), None)


@dataclass(frozen=True)
class Band:
    code: str
    label: str
    min_total: Decimal
    # Further conditions: criterion code → minimum average ("tính mới ≥ 30" for grade A).
    min_scores: Mapping[str, Decimal] = field(default_factory=dict)
    recognised: bool = True


# Below every band, or under a disqualifying pass mark: the program's own word (the bands
# above are the council's, shown as written).
FAIL_BAND = Band("khong_dat", Message("score_band_fail"), Decimal(0), recognised=False)


@dataclass(frozen=True)
class Rubric:
    criteria: tuple[Criterion, ...]
    # Highest first; the first band whose conditions hold is the result, else FAIL_BAND.
    bands: tuple[Band, ...]
    drop_extremes: bool = False
    drop_extremes_min_sheets: int = 5
    disagreement_spread: Decimal = Decimal(20)

    def criterion(self, code: str) -> Criterion:
        for c in self.criteria:
            if c.code == code:
                return c
        raise KeyError(code)

    @property
    def max_total(self) -> Decimal:
        return sum((c.max_score * c.weight for c in self.criteria), Decimal(0))

    @property
    def pass_total(self) -> Decimal | None:
        """The lowest total of a recognising band (for the score sheet's footer)."""
        totals = [b.min_total for b in self.bands if b.recognised]
        return min(totals) if totals else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "criteria": [
                {
                    "code": c.code,
                    "name": c.name,
                    "max_score": str(c.max_score),
                    "weight": str(c.weight),
                    "pass_mark": None if c.pass_mark is None else str(c.pass_mark),
                    "disqualifying": c.disqualifying,
                    "guidance": c.guidance,
                    **({"ranges": [_range_dict(r) for r in c.ranges]} if c.ranges else {}),
                }
                for c in self.criteria
            ],
            "bands": [
                {
                    "code": b.code,
                    "label": b.label,
                    "min_total": str(b.min_total),
                    "min_scores": {k: str(v) for k, v in b.min_scores.items()},
                    "recognised": b.recognised,
                }
                for b in self.bands
            ],
            "drop_extremes": self.drop_extremes,
            "drop_extremes_min_sheets": self.drop_extremes_min_sheets,
            "disagreement_spread": str(self.disagreement_spread),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Rubric:
        try:
            criteria = tuple(
                Criterion(
                    code=str(c["code"]),
                    name=str(c["name"]),
                    max_score=Decimal(str(c["max_score"])),
                    weight=Decimal(str(c.get("weight", "1"))),
                    pass_mark=None if c.get("pass_mark") is None else Decimal(str(c["pass_mark"])),
                    disqualifying=bool(c.get("disqualifying", False)),
                    guidance=str(c.get("guidance", "")),
                    ranges=tuple(_range(r) for r in c.get("ranges") or ()),
                )
                for c in data["criteria"]
            )
            bands = tuple(
                Band(
                    code=str(b["code"]),
                    label=str(b["label"]),
                    min_total=Decimal(str(b["min_total"])),
                    min_scores={k: Decimal(str(v)) for k, v in b.get("min_scores", {}).items()},
                    recognised=bool(b.get("recognised", True)),
                )
                for b in data["bands"]
            )
            codes = [c.code for c in criteria]
            if len(set(codes)) != len(codes):
                raise ValueError(f"criteria: {codes}")
            for band in bands:
                if not set(band.min_scores) <= set(codes):
                    raise ValueError(f"{band.code}: {sorted(band.min_scores)}")
            return cls(
                criteria=criteria,
                bands=bands,
                drop_extremes=bool(data.get("drop_extremes", False)),
                drop_extremes_min_sheets=max(3, int(data.get("drop_extremes_min_sheets", 5))),
                disagreement_spread=Decimal(str(data.get("disagreement_spread", "20"))),
            )
        except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
            raise DataFileError("rubric_invalid", reason=exc) from exc


def _range_dict(r: ScoreRange) -> dict[str, str]:
    data = {"low": str(r.low), "high": str(r.high), "label": r.label}
    if r.requires:
        data["requires"] = r.requires
    return data


def _range(data: Mapping[str, Any]) -> ScoreRange:
    requires = str(data.get("requires", ""))
    if requires and requires not in FACTS:
        raise ValueError(f"requires: {requires}")
    low, high = Decimal(str(data["low"])), Decimal(str(data["high"]))
    if low > high:
        raise ValueError(f"{low} > {high}")
    return ScoreRange(low, high, str(data.get("label", "")), requires)


def default_criteria() -> tuple[Criterion, ...]:
    """The example rubric of DOMAIN.md: novelty 40, applicability 30, benefit 30, each ≥ 10."""
    ten = Decimal(10)
    return (
        Criterion("tinh_moi", "Tính mới", Decimal(40), pass_mark=ten, disqualifying=True,
                  guidance="Mới trong phạm vi đơn vị; không trùng giải pháp đã có"),
        Criterion("ap_dung", "Khả năng áp dụng, nhân rộng", Decimal(30), pass_mark=ten,
                  disqualifying=True, guidance="Đã áp dụng; có thể áp dụng ở nơi khác"),
        Criterion("hieu_qua", "Hiệu quả (kinh tế, xã hội)", Decimal(30), pass_mark=ten,
                  disqualifying=True, guidance="Giá trị làm lợi; lợi ích xã hội"),
    )


def default_rubric(*, graded: bool = True) -> Rubric:
    """Grades A (≥ 85 with novelty ≥ 30), B (70–84), C (50–69); or plain đạt at ≥ 50."""
    if graded:
        bands: tuple[Band, ...] = (
            Band("A", "Loại A", Decimal(85), {"tinh_moi": Decimal(30)}),
            Band("B", "Loại B", Decimal(70)),
            Band("C", "Loại C", Decimal(50)),
        )
    else:
        bands = (Band("dat", "Đạt", Decimal(50)),)
    return Rubric(default_criteria(), bands)


# ---- one member's scores -------------------------------------------------------------------


def parse_score(value: object, criterion: Criterion,
                facts: frozenset[str] | None = None) -> Decimal:
    """A score as typed ("27,5", 27.5, "30"); raises InputError naming the criterion. With
    ``facts`` (what the dossier has), a score in a range that requires a missing fact is refused."""
    text = str(value).strip().replace(",", ".") if value is not None else ""
    label = Message("score_label", name=criterion.name)
    if not text:
        raise InputError("score_missing", label=label, field=criterion.code)
    try:
        score = Decimal(text)
    except InvalidOperation:
        score = Decimal("NaN")
    if not score.is_finite():
        raise InputError(
            "score_not_number", label=label, value=value,
            field=criterion.code,
        )
    if score < 0:
        raise InputError("score_negative", label=label, value=value,
                         field=criterion.code)
    if score > criterion.max_score:
        raise InputError(
            "score_above_max", label=label, max_score=format_score(criterion.max_score), value=value,
            field=criterion.code,
        )
    band = criterion.range_of(score)
    if facts is not None and band is not None and band.requires and band.requires not in facts:
        raise InputError("score_range_requires", label=label, value=value,
                         low=format_score(band.low), high=format_score(band.high),
                         requirement=Message(f"fact_{band.requires}"), field=criterion.code)
    return score


def parse_scores(values: Mapping[str, object], rubric: Rubric,
                 facts: frozenset[str] | None = None) -> dict[str, Decimal]:
    """Every criterion of the rubric, validated; extra keys are refused as a data error."""
    unknown = set(values) - {c.code for c in rubric.criteria}
    if unknown:
        raise InputError("score_unknown_criterion", unknown=', '.join(sorted(unknown)))
    return {c.code: parse_score(values.get(c.code), c, facts) for c in rubric.criteria}


def sheet_total(scores: Mapping[str, Decimal], rubric: Rubric) -> Decimal:
    return sum((scores[c.code] * c.weight for c in rubric.criteria), Decimal(0))


def round_cent(value: Fraction) -> Decimal:
    """Exact half-up rounding of a non-negative fraction to 2 decimals."""
    hundredths = (value.numerator * 200 + value.denominator) // (2 * value.denominator)
    return (Decimal(hundredths) / 100).quantize(CENT)


def format_score(value: Decimal) -> str:
    """27.50 → "27,5"; 50 → "50" (Vietnamese decimal comma)."""
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


# ---- the council's result for one dossier --------------------------------------------------


@dataclass(frozen=True)
class MemberSheet:
    member_id: str
    scores: Mapping[str, Decimal]


@dataclass(frozen=True)
class ScoreResult:
    sheet_count: int
    counted: tuple[str, ...]  # member ids whose sheets made the averages
    dropped: tuple[str, ...]  # member ids left out as the highest and lowest totals
    averages: Mapping[str, Decimal]  # per criterion, rounded
    total: Decimal  # average of the counted totals (weighted), rounded
    spread: Decimal  # highest minus lowest total over every sheet
    members_disagree: bool
    failed_criteria: tuple[str, ...]  # criterion codes under their pass mark
    band: Band

    @property
    def recognised(self) -> bool:
        return self.band.recognised


def _band_for(total: Decimal, averages: Mapping[str, Decimal], rubric: Rubric) -> Band:
    for band in rubric.bands:
        if total >= band.min_total and all(
            averages.get(code, Decimal(0)) >= minimum for code, minimum in band.min_scores.items()
        ):
            return band
    return FAIL_BAND


def evaluate(sheets: Sequence[MemberSheet], rubric: Rubric) -> ScoreResult:
    """The council's result from the members' sheets (already validated by parse_scores)."""
    if not sheets:
        raise InputError("no_sheets")
    totals = [sheet_total(s.scores, rubric) for s in sheets]
    kept = list(range(len(sheets)))
    dropped: list[int] = []
    if rubric.drop_extremes and len(sheets) >= max(3, rubric.drop_extremes_min_sheets):
        high = max(kept, key=lambda i: (totals[i], -i))
        low = min(kept, key=lambda i: (totals[i], i))
        dropped = sorted({high, low} if high != low else {high, (high + 1) % len(sheets)})
        kept = [i for i in kept if i not in dropped]
    n = len(kept)
    averages = {
        c.code: round_cent(Fraction(sum((sheets[i].scores[c.code] for i in kept), Decimal(0))) / n)
        for c in rubric.criteria
    }
    total = round_cent(Fraction(sum((totals[i] for i in kept), Decimal(0))) / n)
    spread = max(totals) - min(totals)
    failed = tuple(
        c.code for c in rubric.criteria if c.pass_mark is not None and averages[c.code] < c.pass_mark
    )
    disqualified = any(rubric.criterion(code).disqualifying for code in failed)
    band = FAIL_BAND if disqualified else _band_for(total, averages, rubric)
    return ScoreResult(
        sheet_count=len(sheets),
        counted=tuple(sheets[i].member_id for i in kept),
        dropped=tuple(sheets[i].member_id for i in dropped),
        averages=averages,
        total=total,
        spread=spread,
        members_disagree=spread > rubric.disagreement_spread,
        failed_criteria=failed,
        band=band,
    )


def member_in_favour(scores: Mapping[str, Decimal], rubric: Rubric) -> bool:
    """A member's own sheet reaches a recognising band: read as a vote in favour."""
    return evaluate([MemberSheet("", scores)], rubric).recognised
