"""Each ``sangkien`` command imports what it needs and nothing more: argparse first, then the
handler's own imports. A command that writes no document must not load reportlab or
python-docx, one that reads no spreadsheet must not load openpyxl, and a command that opens no
database must not load SQLAlchemy (as tests/gui/test_startup_imports.py does for the window).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sangkien_desktop.cli import COMMANDS, main

_PROBE = """
import contextlib, io, sys
from sangkien_desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:  # --help, --version
        code = exc.code
modules = sorted(sys.modules)  # before this probe's own json
import json
print(json.dumps({"code": code, "modules": modules}))
"""

DOCUMENTS = ("reportlab", "docx", "pypdf", "pypdfium2", "sangkien_desktop.documents.registry")
SPREADSHEETS = ("openpyxl",)
GUI = ("PySide6", "sangkien_desktop.gui")
DATABASE = ("sqlalchemy", "sangkien_desktop.storage", "sangkien_desktop.services")
# What listing dossiers has no use for: the papers, councils, nominations, exchange formats,
# the campaign rules and their checks. (Opening the data folder does check it and may back it
# up: services.backup.data_folder.)
NOT_FOR_LIST = (
    *DOCUMENTS, *SPREADSHEETS, *GUI, "sangkien_desktop.documents", "sangkien_desktop.exchange",
    "sangkien_desktop.services.council",
    "sangkien_desktop.services.nominating", "sangkien_desktop.services.exchange",
    "sangkien_desktop.services.demo", "sangkien_desktop.domain.validation",
    "sangkien_desktop.domain.campaign", "sangkien_desktop.domain.scoring",
    "sqlalchemy.ext", "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.mysql",
)


def _first_uuid(data: Path) -> str:
    out = subprocess.run([sys.executable, "-m", "sangkien_desktop", "--data-dir", str(data),
                          "list", "--json", "--limit", "1"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)[0]["uuid"]


def imported(data: Path, *args: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, "--data-dir", str(data), *args],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.splitlines()[-1])
    assert result["code"] in (0, 1, None), (args, out.stderr)
    return set(result["modules"])


def offenders(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden))


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli-imports")
    assert main(["--data-dir", str(folder), "demo", "--count", "20", "--seed", "3"]) == 0
    # Papers are refused until the unit is named (the setup assistant's rule).
    assert main(["--data-dir", str(folder), "settings", "--set",
                 "unit.name=Công đoàn Công ty May Hòa Bình"]) == 0
    assert main(["--data-dir", str(folder), "export-xlsx", "--out",
                 str(folder / "list.xlsx")]) == 0
    # Papers are refused until the unit is named (paper_unit_unnamed).
    assert main(["--data-dir", str(folder), "settings", "--set", "unit.name=Công đoàn cơ sở",
                 "--set", "unit.place=Hà Nội"]) == 0
    return folder


def test_help_and_version_load_no_database_and_no_library(data):
    for args in (["--help"], ["--version"]):
        modules = imported(data, *args)
        assert offenders(modules, (*DOCUMENTS, *SPREADSHEETS, *GUI, *DATABASE)) == []
        # Building the parser reads no domain type (the statuses are read when needed).
        assert "sangkien_desktop.domain.dossier" not in modules


def cli_areas(modules: set[str]) -> set[str]:
    return {m.removeprefix("sangkien_desktop.cli.") for m in modules
            if m.startswith("sangkien_desktop.cli.")}


# What an area imports from another at its top: the statuses as choices, find_uuid.
SHARED_AREAS = {"choices", "dossiers"}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_command_builds_its_own_parser_only(data, command):
    """`sangkien CMD --help` imports CMD's area of the command line and no other (cli.COMMANDS):
    no other command's parser is built, whatever the area modules import."""
    modules = imported(data, command, "--help")
    assert cli_areas(modules) - SHARED_AREAS <= {COMMANDS[command]}
    assert offenders(modules, (*DOCUMENTS, *SPREADSHEETS, *GUI, *DATABASE)) == []


def test_the_top_level_help_builds_every_parser(data):
    assert cli_areas(imported(data, "--help")) >= set(COMMANDS.values()) - {""}
    assert cli_areas(imported(data, "--version")) == set()


@pytest.mark.parametrize("args", [["list"], ["list", "--json", "--search", "sang kien"]])
def test_list_loads_the_list_query_only(data, args):
    modules = imported(data, *args)
    assert cli_areas(modules) == {"dossiers", "choices"}
    assert "sangkien_desktop.services.dossiers.list_query" in modules
    assert offenders(modules, NOT_FOR_LIST) == []
    # A database at the latest schema is listed through plain sqlite3, as the window's list.
    assert offenders(modules, ("sqlalchemy", "sangkien_desktop.storage.database",
                               "sangkien_desktop.services.context")) == []


def test_a_plain_list_in_a_given_folder_loads_neither_json_nor_platformdirs(data):
    """The folder named by --data-dir needs no look-up of the platform's data folder, and rows
    printed as text need no JSON writer (`sangkien list` starts in the time of a few imports:
    benchmarks/cli_startup.py)."""
    modules = imported(data, "list")
    assert offenders(modules, ("platformdirs", "json")) == []
    # Opening the folder writes no temporary file through tempfile and starts no thread; the
    # statuses printed are read from their area of the messages, the other areas are not read.
    assert offenders(modules, ("tempfile", "threading", "random")) == []
    areas = {m.removeprefix("sangkien_desktop.domain.messages.") for m in modules
             if m.startswith("sangkien_desktop.domain.messages.")}
    assert areas <= {"common", "dossiers"}
    assert "json" in imported(data, "list", "--json")


@pytest.mark.parametrize("args", [
    ["check"], ["decisions"], ["nominations"], ["export-json", "--out", "{data}/out.json"],
])
def test_commands_without_papers_or_sheets_load_neither(data, args):
    modules = imported(data, *(a.replace("{data}", str(data)) for a in args))
    assert offenders(modules, (*DOCUMENTS, *SPREADSHEETS, *GUI)) == []


@pytest.mark.parametrize("args", [
    ["import-xlsx", "--dry-run", "{data}/list.xlsx"], ["export-xlsx", "--out", "{data}/x.xlsx"],
])
def test_excel_commands_load_openpyxl_but_no_document_writer(data, args):
    modules = imported(data, *(a.replace("{data}", str(data)) for a in args))
    assert "openpyxl" in modules
    assert offenders(modules, (*DOCUMENTS, *GUI)) == []


def test_the_excel_dry_run_reads_the_database_without_the_orm(data):
    modules = imported(data, "import-xlsx", "--dry-run", str(data / "list.xlsx"))
    assert "sangkien_desktop.services.exchange.xlsx_check" in modules
    assert offenders(modules, ("sqlalchemy", "sangkien_desktop.storage.database")) == []


def test_a_paper_command_loads_the_writers(data):
    """The probe sees what a command imports: the one that writes a PDF does load reportlab."""
    out = data / "report.pdf"
    modules = imported(data, "doc", "bao-cao-mo-ta", "--dossier",
                       _first_uuid(data), "--out", str(out))
    assert out.is_file() and "reportlab" in modules
    # A PDF is written without python-docx (the DOCX writer is imported when a DOCX is asked).
    assert offenders(modules, ("docx", "sangkien_desktop.documents.render_docx")) == []
