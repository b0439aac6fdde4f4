"""The user's own unit as documents name it: set once in Settings, used by every document."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class UnitProfile:
    # Left header column, upper case when printed: the parent, then the issuing unit.
    parent_organisation: str = ""
    unit_name: str = ""
    # Abbreviation after the type in document numbers: "12/QĐ-CĐCS".
    number_suffix: str = "CĐCS"
    # Place in the date line: "Quảng Trị, ngày 22 tháng 03 năm 2022".
    place_name: str = ""
    province_code: str = ""
    # Where the unit stands for nomination quotas (campaign "quotas" levels).
    level: str = "cdcs"
    signing_capacity: str = "TM. BAN CHẤP HÀNH"
    signer_title: str = "CHỦ TỊCH"
    signer_name: str = ""
    recipients: list[str] = field(default_factory=lambda: ["Như trên;", "Lưu: VT."])
    # Who is working at this computer; printed nowhere, kept in histories.
    user_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UnitProfile:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
