"""Findings of the dossier check (rules, eligibility, people, files) and their fixes.

Code → Vietnamese template; ``{name}`` marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    # Names used inside findings.
    "dossier_named": "Hồ sơ “{title}”",
    "decision_dated": "Quyết định ngày {date}",
    "decision_numbered": "Quyết định số {number} ngày {date}",
    # SK-NOT-RECOGNISED, SK-DECISION-WINDOW (domain/validation/eligibility.py)
    "check_rejected": "{dossier} không được công nhận theo {decision}.",
    "check_rejected_reason": "{dossier} không được công nhận theo {decision}. Lý do: {reason}",
    "check_rejected_fix": (
        "Hồ sơ không được công nhận thì không đề nghị lên cấp trên và không xuất lên Cổng. "
        "Hãy bỏ hồ sơ khỏi danh sách."
    ),
    "check_not_recognised": "{dossier} chưa có quyết định công nhận sáng kiến.",
    "check_not_recognised_claimed": (
        "{dossier} chưa có quyết định công nhận sáng kiến (trạng thái ghi “{status}” nhưng "
        "chưa có quyết định nào trong dữ liệu)."
    ),
    "check_not_recognised_fix": (
        "Chỉ đề nghị hoặc xuất hồ sơ đã được công nhận: hãy nhập quyết định công nhận "
        "(số, ngày) của Hội đồng sáng kiến hoặc thủ trưởng đơn vị trước."
    ),
    "check_decision_window": (
        "{decision} công nhận hồ sơ “{title}” nằm ngoài thời gian của chương trình "
        "“{campaign}” ({window})."
    ),
    "check_decision_window_fix": (
        "Chương trình chỉ xét sáng kiến được công nhận trong thời gian này: kiểm tra lại ngày "
        "quyết định, hoặc đưa hồ sơ vào đúng chương trình."
    ),
}
