"""Pay to the authors of a recognised initiative (Nghị định 13/2012/NĐ-CP, Điều 10).

Where the benefit can be computed, the authors get at least 7 % of each year's benefit value for
the first three years of application; where it cannot, a sum the unit sets. The decree words
the second case on a wage concept since abolished, so the officer chooses the basis and writes
it: the decision's annex prints it with each author's part (split by contribution share).
Amounts are whole đồng; a year's amount is rounded half up once, then split so the parts add
up to it exactly (largest remainder, ties to the earlier author).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from sangkien_desktop.domain.dossier import Author
from sangkien_desktop.domain.errors import DataFileError, InputError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.values import format_money


class PayBasis(enum.StrEnum):
    BENEFIT = "benefit"  # a share of each year's benefit value
    UNIT_SUM = "unit_sum"  # the benefit cannot be computed: a sum the unit sets


@dataclass(frozen=True)
class PayPlan:
    basis: PayBasis
    percent: Decimal = Decimal(7)
    # Benefit value of each year of application, first year first (BENEFIT).
    yearly_benefit_vnd: tuple[int, ...] = ()
    unit_sum_vnd: int | None = None  # UNIT_SUM
    basis_text: str = ""  # the unit's own basis (UNIT_SUM): "Quy chế chi tiêu nội bộ …"

    def yearly_pay(self) -> tuple[int, ...]:
        if self.basis == PayBasis.UNIT_SUM:
            return (self.unit_sum_vnd or 0,)
        return tuple(int((Decimal(b) * self.percent / 100).quantize(Decimal(1), ROUND_HALF_UP))
                     for b in self.yearly_benefit_vnd)

    @property
    def total(self) -> int:
        return sum(self.yearly_pay())

    def to_dict(self) -> dict[str, Any]:
        return {"basis": self.basis.value, "percent": str(self.percent),
                "yearly_benefit_vnd": list(self.yearly_benefit_vnd),
                "unit_sum_vnd": self.unit_sum_vnd, "basis_text": self.basis_text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PayPlan:
        try:
            return cls(PayBasis(data["basis"]), Decimal(str(data.get("percent", "7"))),
                       tuple(int(v) for v in data.get("yearly_benefit_vnd") or ()),
                       None if data.get("unit_sum_vnd") is None else int(data["unit_sum_vnd"]),
                       str(data.get("basis_text", "")))
        except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
            raise DataFileError("pay_plan_invalid", reason=exc) from exc


def check_plan(plan: PayPlan, *, min_percent: Decimal, years: int) -> None:
    """Raises InputError when the plan is below the rule or incomplete."""
    if plan.basis == PayBasis.BENEFIT:
        if not plan.percent.is_finite() or plan.percent < min_percent or plan.percent > 100:
            raise InputError("pay_percent_low", percent=_number(plan.percent),
                             minimum=_number(min_percent), field="percent")
        if not plan.yearly_benefit_vnd or len(plan.yearly_benefit_vnd) > years:
            raise InputError("pay_years", years=years, field="yearly_benefit_vnd")
        if any(b < 0 for b in plan.yearly_benefit_vnd) or not any(plan.yearly_benefit_vnd):
            raise InputError("pay_benefit_missing", field="yearly_benefit_vnd")
    else:
        if not plan.unit_sum_vnd or plan.unit_sum_vnd < 0:
            raise InputError("pay_unit_sum_missing", field="unit_sum_vnd")
        if not plan.basis_text.strip():
            raise InputError("pay_basis_missing", field="basis_text")


@dataclass(frozen=True)
class AuthorPay:
    full_name: str
    share_percent: Decimal
    per_year: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.per_year)


def _shares(authors: Sequence[Author]) -> list[Fraction]:
    raw = [Fraction(a.share_percent) if a.share_percent else Fraction(0) for a in authors]
    total = sum(raw)
    if total <= 0:  # no shares given: equal parts
        return [Fraction(1, len(authors))] * len(authors)
    return [r / total for r in raw]


def _split(amount: int, shares: list[Fraction]) -> list[int]:
    exact = [amount * s for s in shares]
    parts = [int(e) for e in exact]
    left = amount - sum(parts)
    order = sorted(range(len(shares)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def split_pay(plan: PayPlan, authors: Sequence[Author]) -> list[AuthorPay]:
    """Each author's part of each year's pay, by contribution share."""
    if not authors:
        return []
    shares = _shares(authors)
    years = [_split(amount, shares) for amount in plan.yearly_pay()]
    return [AuthorPay(a.full_name, a.share_percent or Decimal(0),
                      tuple(year[i] for year in years)) for i, a in enumerate(authors)]


def basis_sentence(plan: PayPlan, *, years: int) -> Message:
    """The basis as the annex prints it."""
    if plan.basis == PayBasis.BENEFIT:
        return Message("pay_basis_benefit", percent=_number(plan.percent),
                       years=len(plan.yearly_benefit_vnd) or years)
    return Message("pay_basis_unit_sum", amount=format_money(plan.unit_sum_vnd or 0),
                   basis=plan.basis_text.strip().rstrip("."))


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")
