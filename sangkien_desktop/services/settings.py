"""Settings kept in the database (they travel with the data and its backups)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.storage.models import SettingRow

UNIT_PROFILE = "unit_profile"


def get_value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    return default if row is None else json.loads(row.value)


def set_value(session: Session, key: str, value: Any) -> None:
    row = session.get(SettingRow, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(SettingRow(key=key, value=encoded))
    else:
        row.value = encoded


def unit_profile(session: Session) -> UnitProfile:
    return UnitProfile.from_dict(get_value(session, UNIT_PROFILE, {}) or {})


def save_unit_profile(session: Session, profile: UnitProfile) -> None:
    set_value(session, UNIT_PROFILE, profile.to_dict())


SETUP = "setup_assistant"  # "done" or "skipped" once the first-run assistant was answered


def setup_pending(session: Session) -> bool:
    """The first-run assistant is due: the unit has no name and it was never finished or
    skipped (a skipped assistant is not offered again; Settings reopens it)."""
    return not unit_profile(session).named and get_value(session, SETUP) is None


def mark_setup(session: Session, outcome: str) -> None:
    set_value(session, SETUP, outcome)
