"""Where a restore in progress keeps its journal: read at every opening of a data folder, so
kept apart from the restore itself (which loads the database layer)."""

from __future__ import annotations

from pathlib import Path

from sangkien_desktop.paths import DataLayout

JOURNAL = ".khoi-phuc.json"


def journal_path(layout: DataLayout) -> Path:
    return layout.root / JOURNAL
