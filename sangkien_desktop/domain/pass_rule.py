"""The council's quorum and pass rule as data: what share of which members must be in favour.

Thông tư 18/2013/TT-BKHCN, Art. 8 asks at least two thirds of the council's members in favour;
local rules ask 70 %, a majority (more than half) or every member. The quorum of a meeting is
the unit's own rule (default: two thirds of the members present). Both are fractions read from
the rule pack (domain/rule_pack.py); ``strict`` makes the rule "more than" (a majority).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.messages import Message

TWO_THIRDS = Fraction(2, 3)
VOTE_BASES = ("council", "present")


def parse_fraction(text: str | Fraction) -> Fraction:
    """ "2/3", "0.7", "70%", "1" → Fraction; must lie in (0, 1]."""
    raw = str(text).strip()
    try:
        value = (Fraction(raw[:-1].strip()) / 100) if raw.endswith("%") else Fraction(raw)
    except (ValueError, ZeroDivisionError) as exc:
        raise DataFileError("fraction_invalid", text=text) from exc
    if not 0 < value <= 1:
        raise DataFileError("fraction_range", text=text)
    return value


def votes_needed(base: int, rule: Fraction = TWO_THIRDS, strict: bool = False) -> int:
    """The smallest number of votes that reaches ``rule`` of ``base`` (5 members, 2/3 → 4);
    with ``strict``, that exceeds it (a majority of 4 is 3)."""
    if strict:
        return rule.numerator * base // rule.denominator + 1
    return -((-rule.numerator * base) // rule.denominator)


def vote_passes(in_favour: int, base: int, rule: Fraction = TWO_THIRDS, strict: bool = False) -> bool:
    return base > 0 and in_favour >= votes_needed(base, rule, strict)


def quorum_met(present: int, council_size: int, rule: Fraction = TWO_THIRDS) -> bool:
    """At least ``rule`` of the members attend (exact: 4 of 6 is two thirds, met)."""
    return council_size > 0 and Fraction(present, council_size) >= rule


@dataclass(frozen=True)
class CouncilRules:
    quorum: Fraction = TWO_THIRDS  # members present / members of the council
    vote_needed: Fraction = TWO_THIRDS  # members in favour / the vote base
    # "council": of every member (the reading of Art. 8); "present": of those present. Members
    # excluded from a dossier (a conflict of interest) are out of the base either way.
    vote_base: str = "council"
    strict: bool = False  # "more than" the share: a majority is more than 1/2

    @property
    def kind(self) -> str:
        """The preset this rule is ("two_thirds", "seventy_percent", "majority", "unanimous"),
        else "custom"."""
        for code, (share, strict) in PASS_PRESETS.items():
            if self.vote_needed == share and self.strict == strict:
                return code
        return "custom"

    def needed(self, base: int) -> int:
        return votes_needed(base, self.vote_needed, self.strict)

    def passes(self, in_favour: int, base: int) -> bool:
        return vote_passes(in_favour, base, self.vote_needed, self.strict)

    def describe(self) -> Message:
        """The rule as the minutes print it: "ít nhất hai phần ba tổng số thành viên Hội đồng"."""
        share = Message(f"pass_share_{self.kind}") if self.kind != "custom" else Message(
            "pass_share_custom", share=_percent(self.vote_needed),
            more=Message("pass_more_than") if self.strict else Message("pass_at_least"))
        return Message("pass_rule_text", share=share, base=Message(f"pass_base_{self.vote_base}"))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"quorum": str(self.quorum), "vote_needed": str(self.vote_needed),
                                "vote_base": self.vote_base}
        if self.strict:
            data["strict"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CouncilRules:
        base = str(data.get("vote_base", "council"))
        if base not in VOTE_BASES:
            raise DataFileError("vote_base_invalid", base=base)
        return cls(parse_fraction(data.get("quorum", "2/3")),
                   parse_fraction(data.get("vote_needed", "2/3")), base,
                   bool(data.get("strict", False)))

    @classmethod
    def preset(cls, kind: str, *, quorum: Fraction = TWO_THIRDS,
               vote_base: str = "council") -> CouncilRules:
        share, strict = PASS_PRESETS[kind]
        return cls(quorum, share, vote_base, strict)


# The pass rules local councils use (DOMAIN.md, "What changed by 2026").
PASS_PRESETS: dict[str, tuple[Fraction, bool]] = {
    "two_thirds": (TWO_THIRDS, False),
    "seventy_percent": (Fraction(7, 10), False),
    "majority": (Fraction(1, 2), True),
    "unanimous": (Fraction(1), False),
}


def _percent(share: Fraction) -> str:
    value = share * 100
    text = str(value.numerator) if value.denominator == 1 else f"{float(value):.2f}".rstrip("0")
    return text.replace(".", ",") + " %"
