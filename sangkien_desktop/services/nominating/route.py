"""Where the unit's nominations go: the levels above it on its route under two-tier local
government (domain/unit_route.py), each with the union it names there and how a nomination to
it is addressed, read from Settings (the parent organisation, the province) and the shipped
lists of provinces and central sector unions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import fold
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.domain.unit_route import (
    Receiver,
    as_written,
    names_district,
    receiver_label,
    receivers,
    recipient,
)
from sangkien_desktop.services.catalog import load_unit_list, unit_ref
from sangkien_desktop.services.settings import unit_profile


@dataclass(frozen=True)
class RouteChoice:
    receiver: Receiver
    label: Message
    union: str  # the union at that level as Settings and the lists name it; "" when unknown
    recipient: str  # "Ban Thường vụ …" for the letter's "Kính gửi"; "" for the officer to type


def province_union(profile: UnitProfile) -> str:
    """The provincial federation of the unit's province, by today's list (a province of the
    list before 01/7/2025 is followed to the one it became)."""
    ref = unit_ref(profile.province_code)
    if ref is not None and profile.province_code.startswith("provinces-1997/") and ref.successor:
        ref = unit_ref(f"provinces-2025/{ref.successor}")
    return ref.union_name if ref is not None else ""


def _central_sector(name: str) -> str:
    wanted = fold(name)
    for unit in load_unit_list("sector-unions").units:
        if fold(unit.name) == wanted:
            return unit.name
    return ""


def union_at(profile: UnitProfile, receiver: Receiver) -> str:
    """The union the unit's nomination reaches at ``receiver``, "" when Settings do not say."""
    parent = as_written(profile.parent_organisation)
    province = province_union(profile)
    if receiver == Receiver.PROVINCE:
        return province or (parent if fold(parent).startswith(("lien doan lao dong", "ldld"))
                            and not names_district(parent) else "")
    if receiver == Receiver.CENTRAL_SECTOR:
        return _central_sector(parent)
    if receiver == Receiver.DIRECT_UPPER:
        # The parent, unless it is the province's federation (then the unit is under it
        # directly) or a district union (gone since 01/7/2025).
        if not parent or names_district(parent) or (province and fold(parent) == fold(province)):
            return ""
        return parent
    return ""


def _under_the_province(profile: UnitProfile) -> bool:
    """Settings name the provincial federation as the unit's parent: whatever its level says,
    the unit sits directly under the province."""
    parent = fold(as_written(profile.parent_organisation))
    province = fold(province_union(profile))
    return bool(parent) and not names_district(parent) and (
        parent == province or parent.startswith(("lien doan lao dong tinh", "lien doan lao dong thanh pho",
                                                  "ldld tinh", "ldld thanh pho")))


def choices(session: Session) -> list[RouteChoice]:
    """The levels the unit nominates to, nearest first, with the union and the addressee."""
    profile = unit_profile(session)
    route = list(receivers(profile.level))
    if _under_the_province(profile) and Receiver.DIRECT_UPPER in route and len(route) > 1:
        route.remove(Receiver.DIRECT_UPPER)
    found = []
    for receiver in route:
        union = union_at(profile, receiver)
        found.append(RouteChoice(receiver, receiver_label(receiver), union,
                                 recipient(receiver, union)))
    return found


def parent_warning(profile: UnitProfile) -> Message | None:
    """A parent organisation that names a district union, gone since 01/7/2025."""
    if names_district(profile.parent_organisation):
        return Message("route_parent_district", parent=profile.parent_organisation.strip())
    return None
