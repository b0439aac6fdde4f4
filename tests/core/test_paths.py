"""Where the data folder is: --data-dir > SANGKIEN_DATA_DIR > portable mode > platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from sangkien_desktop import APP_ID
from sangkien_desktop.paths import (
    ENV_DATA_DIR,
    PORTABLE_MARKER,
    data_dir,
    portable_data_dir,
    program_dir,
)
from sangkien_desktop.services.context import open_app_data


@pytest.fixture
def frozen_program(tmp_path, monkeypatch):
    """A built program's folder on a USB stick: <stick>/SangKienDesktop/SangKienDesktop.exe."""
    folder = tmp_path / "stick" / "SangKienDesktop"
    folder.mkdir(parents=True)
    exe = folder / "SangKienDesktop.exe"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    return folder


def test_default_is_platform_user_data_folder(monkeypatch):
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    expected = Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))
    assert data_dir() == expected


def test_source_run_ignores_marker_beside_the_interpreter(tmp_path, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    python = tmp_path / "venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    (python.parent / PORTABLE_MARKER).write_text("x")
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    assert program_dir() is None
    assert portable_data_dir() is None
    assert data_dir() != python.parent / "data"


def test_frozen_without_marker_uses_platform_folder(frozen_program):
    assert program_dir() == frozen_program.resolve()
    assert portable_data_dir() is None
    assert data_dir() == Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def test_marker_beside_executable_puts_data_beside_it(frozen_program):
    (frozen_program / PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    assert portable_data_dir() == frozen_program.resolve() / "data"
    assert data_dir() == frozen_program.resolve() / "data"


def test_marker_that_is_a_folder_does_not_count(frozen_program):
    (frozen_program / PORTABLE_MARKER).mkdir()
    assert portable_data_dir() is None


def test_environment_wins_over_portable(frozen_program, tmp_path, monkeypatch):
    (frozen_program / PORTABLE_MARKER).write_text("")
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert data_dir() == (tmp_path / "from-env").resolve()


def test_option_wins_over_environment_and_portable(frozen_program, tmp_path, monkeypatch):
    (frozen_program / PORTABLE_MARKER).write_text("")
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert data_dir(tmp_path / "from-option") == (tmp_path / "from-option").resolve()


def test_portable_data_folder_is_created_and_used(frozen_program):
    (frozen_program / PORTABLE_MARKER).write_text("")
    app = open_app_data()
    try:
        assert app.layout.root == frozen_program.resolve() / "data"
    finally:
        app.close()
    assert (frozen_program / "data" / "sangkien.sqlite3").is_file()
    assert (frozen_program / "data" / "backups").is_dir()
