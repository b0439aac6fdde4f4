"""A dossier's status and sector with their Vietnamese names, apart from the dossier itself.

Kept in a module of their own, light to import, because the window's list shows statuses
before the rest of the program is loaded (gui/first_paint.py); domain/dossier.py re-exports them.
"""

from __future__ import annotations

import enum

from sangkien_desktop.domain.messages import Message


class Status(enum.StrEnum):
    """Where a dossier is in its life (DOMAIN.md, "The life of one dossier")."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    RECOGNISED = "recognised"
    REJECTED = "rejected"
    NOMINATED = "nominated"
    ENTERED = "entered"


# Vietnamese names used in documents, the CLI and as the GUI's translation source.
STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: Message("status_draft"),
    Status.SUBMITTED: Message("status_submitted"),
    Status.RECOGNISED: Message("status_recognised"),
    Status.REJECTED: Message("status_rejected"),
    Status.NOMINATED: Message("status_nominated"),
    Status.ENTERED: Message("status_entered"),
}


class Sector(enum.StrEnum):
    """The portal asks whether the initiative comes from an enterprise or the public sector."""

    NONE = ""
    ENTERPRISE = "doanh_nghiep"
    PUBLIC = "co_quan"


SECTOR_LABELS: dict[Sector, str] = {
    Sector.NONE: "",
    Sector.ENTERPRISE: Message("sector_enterprise"),
    Sector.PUBLIC: Message("sector_public"),
}
