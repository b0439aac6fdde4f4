"""Translated names of statuses and sectors (their Vietnamese source is in the domain)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sangkien_desktop.domain.dossier import SECTOR_LABELS, STATUS_LABELS, Sector, Status


def status_label(status: str) -> str:
    try:
        return QCoreApplication.translate("labels", STATUS_LABELS[Status(status)])
    except ValueError:
        return status


def sector_label(sector: Sector) -> str:
    return QCoreApplication.translate("labels", SECTOR_LABELS[sector])


def error_text(message: str) -> str:
    """A core error's Vietnamese message, through the translation catalogue."""
    return QCoreApplication.translate("errors", message)
