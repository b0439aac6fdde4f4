"""Whose header a decision, a certificate or a council's minutes print under.

Most records on this computer are the officer's own unit's: their papers use the unit profile
from Settings (parent organisation, place, recipients) with the unit's name as it stood on the
day. Some belong to another unit (the demo's, or a unit whose records an upper-level officer
keeps): printing them under the officer's own header would put the wrong name on a legal
paper. Those get the record's own unit name, a parent that fits (the upper-level officer's
unit, or the union of the province the dossiers name; none when the head of the unit decides)
and the place of that province.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.unit_profile import UnitProfile, employer_of
from sangkien_desktop.services.catalog import UnitRef, unit_ref
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DossierRow

# Levels (Settings) of a union above base unions: the units whose records it keeps are its own.
UPPER_LEVELS = frozenset({"district_or_sector", "province"})


def same_unit(a: str, b: str) -> bool:
    return bool(clean_line(a)) and clean_line(a).casefold() == clean_line(b).casefold()


def _province(session: Session, dossier_uuids: Iterable[str]) -> UnitRef | None:
    codes = session.scalars(select(DossierRow.province_code).where(
        DossierRow.uuid.in_(list(dossier_uuids)), DossierRow.province_code != ""))
    return next((ref for ref in map(unit_ref, codes) if ref is not None), None)


def issuing_unit(session: Session, unit_name: str, dossier_uuids: Iterable[str] = (), *,
                 by_head: bool = False) -> UnitProfile:
    """The header of a record made by ``unit_name`` about ``dossier_uuids``; ``by_head`` when
    the head of the unit (not the union's committee) decided."""
    profile = unit_profile(session)
    own = not clean_line(unit_name) or same_unit(unit_name, profile.unit_name)
    if own and by_head:
        # The head of the officer's own unit decides: the employer's header, with no union
        # above it.
        return dataclasses.replace(profile, parent_organisation="", unit_name=employer_of(profile))
    if own:
        return dataclasses.replace(profile, unit_name=clean_line(unit_name) or profile.unit_name)
    province = _province(session, dossier_uuids)
    parent = ""
    if not by_head:
        # An upper-level union keeps its own units' records; a base union sees another unit
        # (the demo's) whose parent is the union of its province.
        upper = profile.level in UPPER_LEVELS
        parent = profile.unit_name if upper else (province.union_name if province else "")
    return UnitProfile(
        parent_organisation=parent, unit_name=clean_line(unit_name),
        number_suffix=profile.number_suffix,
        place_name=province.short_name if province else profile.place_name,
        province_code="", signing_capacity="", signer_title="", signer_name="",
    )
