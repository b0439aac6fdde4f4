"""What a nomination or an export asks beyond the form: the dossier is recognised, by a
decision dated inside the campaign's window and not before the first application.

The service layer reads the decisions into a ``Recognition``; the rules stay pure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import STATUS_LABELS, Dossier, Status
from sangkien_desktop.domain.validation.model import Emit
from sangkien_desktop.domain.values import format_date

RECOGNISED, REJECTED = "recognised", "rejected"


@dataclass(frozen=True)
class Recognition:
    """The latest decision about a dossier; ``outcome`` "" when there is none."""

    outcome: str = ""
    decision_date: dt.date | None = None
    decision_number: str = ""
    reason: str = ""

    @property
    def recognised(self) -> bool:
        return self.outcome == RECOGNISED and self.decision_date is not None


def _decision(rec: Recognition) -> str:
    number = f" số {rec.decision_number}" if rec.decision_number else ""
    return f"Quyết định{number} ngày {format_date(rec.decision_date)}"


def check_recognised(d: Dossier, rec: Recognition, emit: Emit) -> None:
    name = f"Hồ sơ “{d.title or d.code}”"
    if rec.outcome == REJECTED:
        reason = f" Lý do: {rec.reason.strip()}" if rec.reason.strip() else ""
        emit(
            "SK-NOT-RECOGNISED", "status",
            f"{name} không được công nhận theo {_decision(rec)}.{reason}",
            "Hồ sơ không được công nhận thì không đề nghị lên cấp trên và không xuất lên Cổng. "
            "Hãy bỏ hồ sơ khỏi danh sách.",
        )
    elif not rec.recognised:
        claimed = d.status in (Status.RECOGNISED, Status.NOMINATED, Status.ENTERED)
        said = (f" (trạng thái ghi “{STATUS_LABELS[Status(d.status)]}” nhưng chưa có quyết "
                "định nào trong dữ liệu)") if claimed else ""
        emit(
            "SK-NOT-RECOGNISED", "status",
            f"{name} chưa có quyết định công nhận sáng kiến{said}.",
            "Chỉ đề nghị hoặc xuất hồ sơ đã được công nhận: hãy nhập quyết định công nhận "
            "(số, ngày) của Hội đồng sáng kiến hoặc thủ trưởng đơn vị trước.",
        )


def check_decision_window(
    d: Dossier, campaign: Campaign, decision_date: dt.date | None, emit: Emit, number: str = ""
) -> None:
    start, end = campaign.window_start, campaign.window_end
    if decision_date is None or not ((start and decision_date < start) or (end and decision_date > end)):
        return
    window = f"{format_date(start) or '…'} – {format_date(end) or '…'}"
    emit(
        "SK-DECISION-WINDOW", "decision_date",
        f"{_decision(Recognition(RECOGNISED, decision_date, number))} công nhận hồ sơ "
        f"“{d.title or d.code}” nằm ngoài thời gian của chương trình "
        f"“{campaign.short_name or campaign.name}” ({window}).",
        "Chương trình chỉ xét sáng kiến được công nhận trong thời gian này: kiểm tra lại ngày "
        "quyết định, hoặc đưa hồ sơ vào đúng chương trình.",
        ref=campaign.id,
    )
