"""A rule pack: how one province, sector or unit recognises initiatives, as dated data.

It holds the legal basis (with the date it was last checked), the council's quorum and pass
rule, the rubric (criteria with score ranges, minimums, disqualifying criteria, grades), the
eligibility options the checks apply, the recognition scopes, the papers required, the pay
rule of Nghị định 13/2012, Art. 10, and the rounds of the year. One JSON file per pack
(docs/rule-packs.md); a meeting and a decision record the ``id@version`` they were decided under.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sangkien_desktop.domain.campaign import Choice
from sangkien_desktop.domain.errors import DataFileError, SangKienError
from sangkien_desktop.domain.pass_rule import CouncilRules
from sangkien_desktop.domain.scoring import Rubric, default_rubric

FORMAT_NAME = "sangkien-rule-pack"
FORMAT_VERSION = 1
LEVELS = ("national", "province", "sector", "unit")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")

# Legal references as data (DOMAIN.md): a new decree changes a pack file, not the code.
NATIONAL_LEGAL_BASIS = (
    "Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ Sáng kiến;",
    "Căn cứ Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013 của Bộ Khoa học và Công nghệ hướng "
    "dẫn thi hành một số quy định của Điều lệ Sáng kiến;",
)
NATIONAL_ID = "quoc-gia"

# The papers of a pack the program prints from the dossier itself: nothing to attach for them.
PRINTED_PAPERS = frozenset({"don_yeu_cau", "bao_cao_mo_ta"})


@dataclass(frozen=True)
class Eligibility:
    """What a dossier must meet before the council scores it (docs/rules.md, SK-ELIG-*)."""

    # Filed (submitted) at most this many months after the first application.
    filing_within_months: int | None = None
    # Each author of a dossier with several authors contributes at least this share (%).
    min_coauthor_share: Decimal | None = None
    # Kinds of solution the rules accept (codes); empty: any kind.
    solution_types: tuple[str, ...] = ()
    # A research project (this kind) counts only once accepted (nghiệm thu).
    research_requires_acceptance: bool = False
    research_type: str = "de_tai"
    # An initiative recognised in an earlier year, submitted again, is flagged.
    check_resubmission: bool = True


@dataclass(frozen=True)
class PayRule:
    """Nghị định 13/2012, Art. 10: at least ``min_percent`` of each year's benefit for the
    first ``years`` years of application."""

    min_percent: Decimal = Decimal(7)
    years: int = 3


@dataclass(frozen=True)
class Round:
    code: str
    name: str
    start: str  # "MM-DD"
    end: str


@dataclass(frozen=True)
class RulePack:
    id: str
    version: str
    name: str
    short_name: str = ""
    level: str = "unit"  # national, province, sector or unit
    applies_to: str = ""  # "Toàn quốc", "Sở Giáo dục và Đào tạo …"
    legal_basis: tuple[str, ...] = NATIONAL_LEGAL_BASIS
    legal_checked_on: dt.date | None = None
    rules: CouncilRules = field(default_factory=CouncilRules)
    rubric: Rubric = field(default_factory=default_rubric)
    eligibility: Eligibility = field(default_factory=Eligibility)
    scopes: tuple[Choice, ...] = ()
    papers: tuple[Choice, ...] = ()  # a dossier carries each: printed by the program or attached
    pay: PayRule = field(default_factory=PayRule)
    rounds: tuple[Round, ...] = ()
    sources: dict[str, str] = field(default_factory=dict, compare=False)
    note: str = ""

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def scope_label(self, code: str) -> str:
        return next((s.label for s in self.scopes if s.code == code), code)

    def to_dict(self) -> dict[str, Any]:
        e = self.eligibility
        return {
            "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
            "id": self.id, "version": self.version, "name": self.name,
            "short_name": self.short_name, "level": self.level, "applies_to": self.applies_to,
            "legal_basis": list(self.legal_basis),
            "legal_checked_on": self.legal_checked_on.isoformat() if self.legal_checked_on else None,
            "council_rules": self.rules.to_dict(),
            "rubric": self.rubric.to_dict(),
            "eligibility": {
                "filing_within_months": e.filing_within_months,
                "min_coauthor_share": None if e.min_coauthor_share is None else str(e.min_coauthor_share),
                "solution_types": list(e.solution_types),
                "research_requires_acceptance": e.research_requires_acceptance,
                "research_type": e.research_type,
                "check_resubmission": e.check_resubmission,
            },
            "scopes": [{"code": c.code, "label": c.label} for c in self.scopes],
            "papers": [{"code": c.code, "label": c.label} for c in self.papers],
            "pay": {"min_percent": str(self.pay.min_percent), "years": self.pay.years},
            "rounds": [{"code": r.code, "name": r.name, "start": r.start, "end": r.end}
                       for r in self.rounds],
            "sources": dict(self.sources),
            "note": self.note,
        }


def pack_ref(pack_id: str, version: str) -> str:
    return f"{pack_id}@{version}"


def split_ref(ref: str) -> tuple[str, str]:
    """ "quoc-gia@2026.1" → ("quoc-gia", "2026.1"); a bare id has version ""."""
    pack_id, _, version = ref.partition("@")
    return pack_id, version


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Orders versions as people read them: 2026.10 after 2026.9."""
    parts = version.replace("-", ".").split(".")
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def next_version(version: str) -> str:
    """The version an edit gets: "2026.1" → "2026.2", "1" → "2", "b" → "b.1"."""
    head, dot, last = version.rpartition(".")
    if last.isdigit():
        return f"{head}{dot}{int(last) + 1}"
    return f"{version}.1"


# ---- reading -------------------------------------------------------------------------------


def _text(data: dict[str, Any], key: str, source: str, *, required: bool = False) -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DataFileError("rule_pack_key_type", source=source, key=key)
    if required and not value.strip():
        raise DataFileError("rule_pack_missing_key", source=source, key=key)
    return value.strip()


def _choices(items: Any, source: str, key: str) -> tuple[Choice, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise DataFileError("rule_pack_key_type", source=source, key=key)
    out = []
    for item in items:
        if not isinstance(item, dict) or not str(item.get("code", "")).strip() \
                or not str(item.get("label", "")).strip():
            raise DataFileError("rule_pack_key_type", source=source, key=key)
        out.append(Choice(str(item["code"]).strip(), str(item["label"]).strip()))
    return tuple(out)


def _eligibility(data: Any, source: str) -> Eligibility:
    if data is None:
        return Eligibility()
    if not isinstance(data, dict):
        raise DataFileError("rule_pack_key_type", source=source, key="eligibility")
    months = data.get("filing_within_months")
    if months is not None and (not isinstance(months, int) or isinstance(months, bool)
                               or not 1 <= months <= 120):
        raise DataFileError("rule_pack_months", source=source)
    share = data.get("min_coauthor_share")
    try:
        share_value = None if share in (None, "") else Decimal(str(share))
    except InvalidOperation:
        share_value = Decimal("NaN")
    if share_value is not None and not (share_value.is_finite() and 0 < share_value <= 100):
        raise DataFileError("rule_pack_share", source=source, value=share)
    kinds = data.get("solution_types") or []
    if not isinstance(kinds, list) or not all(isinstance(k, str) and k for k in kinds):
        raise DataFileError("rule_pack_key_type", source=source, key="eligibility.solution_types")
    return Eligibility(
        filing_within_months=months, min_coauthor_share=share_value,
        solution_types=tuple(kinds),
        research_requires_acceptance=bool(data.get("research_requires_acceptance", False)),
        research_type=str(data.get("research_type") or "de_tai"),
        check_resubmission=bool(data.get("check_resubmission", True)),
    )


def _pay(data: Any, source: str) -> PayRule:
    if data is None:
        return PayRule()
    try:
        percent = Decimal(str(data.get("min_percent", "7")))
        years = data.get("years", 3)
        if not percent.is_finite() or not 0 < percent <= 100 or not isinstance(years, int) \
                or isinstance(years, bool) or not 1 <= years <= 10:
            raise ValueError(percent)
    except (AttributeError, InvalidOperation, ValueError) as exc:
        raise DataFileError("rule_pack_pay", source=source) from exc
    return PayRule(percent, years)


def _rounds(data: Any, source: str) -> tuple[Round, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise DataFileError("rule_pack_key_type", source=source, key="rounds")
    out = []
    for i, r in enumerate(data):
        if not isinstance(r, dict) or not _MONTH_DAY.match(str(r.get("start", ""))) \
                or not _MONTH_DAY.match(str(r.get("end", ""))):
            raise DataFileError("rule_pack_round", source=source, i=i + 1)
        out.append(Round(str(r.get("code") or i + 1), str(r.get("name", "")), r["start"], r["end"]))
    return tuple(out)


def parse_rule_pack(data: Any, source: str = "rule pack") -> RulePack:
    """A RulePack from the decoded JSON of a pack file, or DataFileError naming what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise DataFileError("rule_pack_format", source=source, format=FORMAT_NAME)
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DataFileError("rule_pack_format_version", source=source, version=version,
                            supported=FORMAT_VERSION)
    pack_id = _text(data, "id", source, required=True)
    if not _ID.match(pack_id):
        raise DataFileError("rule_pack_id", source=source, id=pack_id)
    level = _text(data, "level", source) or "unit"
    if level not in LEVELS:
        raise DataFileError("rule_pack_level", source=source, level=level)
    basis = data.get("legal_basis")
    if not isinstance(basis, list) or not basis \
            or not all(isinstance(b, str) and b.strip() for b in basis):
        raise DataFileError("rule_pack_legal_basis", source=source)
    checked = data.get("legal_checked_on")
    try:
        checked_on = dt.date.fromisoformat(checked) if checked else None
    except (TypeError, ValueError):
        raise DataFileError("rule_pack_checked_on", source=source, value=checked) from None
    try:
        rules = CouncilRules.from_dict(data.get("council_rules") or {})
        rubric = Rubric.from_dict(data["rubric"]) if "rubric" in data else default_rubric()
    except SangKienError as exc:
        raise DataFileError("rule_pack_part", source=source, reason=exc.message) from exc
    if not rubric.criteria or not rubric.bands:
        raise DataFileError("rule_pack_rubric_empty", source=source)
    sources = data.get("sources") or {}
    if not isinstance(sources, dict):
        raise DataFileError("rule_pack_key_type", source=source, key="sources")
    return RulePack(
        id=pack_id, version=_text(data, "version", source, required=True),
        name=_text(data, "name", source, required=True),
        short_name=_text(data, "short_name", source), level=level,
        applies_to=_text(data, "applies_to", source),
        legal_basis=tuple(b.strip() for b in basis), legal_checked_on=checked_on,
        rules=rules, rubric=rubric, eligibility=_eligibility(data.get("eligibility"), source),
        scopes=_choices(data.get("scopes"), source, "scopes"),
        papers=_choices(data.get("papers"), source, "papers"),
        pay=_pay(data.get("pay"), source), rounds=_rounds(data.get("rounds"), source),
        sources={str(k): str(v) for k, v in sources.items()},
        note=_text(data, "note", source),
    )
