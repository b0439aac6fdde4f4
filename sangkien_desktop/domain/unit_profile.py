"""The user's own unit as documents name it: set once in Settings, used by every document."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

ADDRESSEE_HEAD = "head"
ADDRESSEE_COUNCIL = "council"


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
    # The employer the union belongs to, whose head (thủ trưởng) may decide recognition:
    # the header and the symbol of the head's own papers ("05/QĐ-CTGLH").
    employer_name: str = ""
    head_title: str = "Thủ trưởng"  # "Giám đốc", "Hiệu trưởng": how the head signs and is addressed
    employer_number_suffix: str = ""  # empty: the initials of the employer's name
    # "Kính gửi" of an author's application (Thông tư 18/2013, Phụ lục I: the body asked to
    # recognise): "head" (the head of the unit), "council" (its initiative council), or the
    # text to print as it is.
    application_addressee: str = ADDRESSEE_HEAD
    # Who is working at this computer; printed nowhere, kept in histories.
    user_name: str = ""
    # The programme the unit works under (set up at the first run): new dossiers start in it
    # and the overview counts its targets. Empty: none chosen.
    campaign_id: str = ""

    @property
    def named(self) -> bool:
        """Every document's header names the unit: until it is set, papers are not printed."""
        return bool(self.unit_name.strip())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UnitProfile:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


_UNION_PREFIXES = ("Công đoàn cơ sở ", "Công đoàn ")


def without_union(name: str) -> str:
    """The employer a union is named after: "Công đoàn cơ sở Công ty X" → "Công ty X"."""
    name = " ".join(name.split())
    for prefix in _UNION_PREFIXES:
        if name.casefold().startswith(prefix.casefold()) and len(name) > len(prefix):
            return name[len(prefix):]
    return name


def employer_of(profile: UnitProfile) -> str:
    """The officer's employer: as set in Settings, else read from the union's name."""
    return " ".join(profile.employer_name.split()) or without_union(profile.unit_name)


def application_addressee(profile: UnitProfile, body: str = "") -> str:
    """ "Kính gửi" of an application (Thông tư 18/2013, Phụ lục I: the body asked to recognise)
    as Settings say: the head of ``body`` (default: the officer's employer), its initiative
    council, or the text set there."""
    rule = profile.application_addressee.strip() or ADDRESSEE_HEAD
    body = " ".join(body.split()) or employer_of(profile)
    if rule == ADDRESSEE_HEAD:
        return f"{profile.head_title.strip() or 'Thủ trưởng'} {body}".strip()
    if rule == ADDRESSEE_COUNCIL:
        return f"Hội đồng sáng kiến {body}".strip()
    return rule
