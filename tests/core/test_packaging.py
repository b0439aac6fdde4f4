"""The bundle's contents (packaging/bundle_data.py, read by the PyInstaller spec), the Linux
desktop entry, the Windows installer script and the icons. Building the bundle itself is
`make bundle` (its smoke test runs the built program)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
PACKAGE = ROOT / "sangkien_desktop"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


bundle_data = _load("sangkien_bundle_data", PACKAGING / "bundle_data.py")


def _imports(package: Path) -> set[str]:
    names = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


# --- what the spec collects ---------------------------------------------------------------


def test_every_resources_folder_is_collected():
    destinations = {dest for _src, dest in bundle_data.resource_datas()}
    folders = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_dir() and any(f.is_file() for f in p.iterdir()) and "__pycache__" not in p.parts
    }
    assert folders, "resources/ has no folder with files"
    assert folders <= destinations
    for name in ("fonts", "campaigns", "units", "icons"):
        assert f"resources/{name}" in destinations


def test_every_shipped_file_lands_at_its_relative_place():
    for src, dest in bundle_data.resource_datas():
        source = Path(src)
        assert source.is_file()
        assert Path(dest) == Path("resources") / source.parent.relative_to(ROOT / "resources")


def test_a_future_resources_folder_is_picked_up_and_sources_left_out(tmp_path):
    resources = tmp_path / "resources"
    (resources / "templates" / "nested").mkdir(parents=True)
    (resources / "templates" / "nested" / "a.docx").write_bytes(b"x")
    (resources / "i18n").mkdir()
    (resources / "i18n" / "sangkien_en.ts").write_text("<TS/>")
    (resources / "i18n" / "sangkien_en.qm").write_bytes(b"qm")
    (resources / "licenses.json").write_text("[]")
    datas = bundle_data.resource_datas(resources)
    shipped = {(Path(src).name, dest) for src, dest in datas}
    assert ("a.docx", "resources/templates/nested") in shipped
    assert ("sangkien_en.qm", "resources/i18n") in shipped
    assert ("licenses.json", "resources") in shipped
    assert not any(name.endswith(".ts") for name, _dest in shipped)


def test_the_spec_uses_the_shared_data_list_and_exclusions():
    tree = ast.parse((PACKAGING / "sangkien.spec").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "Analysis"]
    assert len(calls) == 1
    keywords = {k.arg: k.value for k in calls[0].keywords}
    assert ast.unparse(keywords["datas"]) == "resource_datas()"
    excludes = ast.unparse(keywords["excludes"])
    assert "PYTHON_EXCLUDES" in excludes and "qt_excludes(" in excludes
    assert "collect_submodules('sangkien_desktop')" in ast.unparse(keywords["hiddenimports"])


def test_every_qt_module_the_program_imports_is_bundled():
    used = {
        name.split(".")[1]
        for name in _imports(PACKAGE)
        if name.startswith("PySide6.") and name.split(".")[1].startswith("Qt")
    }
    assert used, "found no Qt import at all"
    assert used <= set(bundle_data.QT_MODULES), f"add to QT_MODULES: {used - set(bundle_data.QT_MODULES)}"


def test_qt_excludes_spare_the_modules_in_use(tmp_path):
    for name in ("QtCore", "QtGui", "QtWidgets", "QtQml", "QtNetwork"):
        (tmp_path / f"{name}.abi3.so").write_bytes(b"")
    (tmp_path / "QtQuick.pyd").write_bytes(b"")
    (tmp_path / "QtCore.pyi").write_text("")
    assert bundle_data.qt_excludes(tmp_path) == ["PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick"]


def test_no_module_the_program_imports_is_excluded():
    used = {name.split(".")[0] for name in _imports(PACKAGE)} | _imports(PACKAGE)
    assert not used & set(bundle_data.PYTHON_EXCLUDES)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/translations/qtbase_vi.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/designer_en.qm", False),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("resources/fonts/LiberationSerif-Regular.ttf", True),
    ],
)
def test_qt_file_filter(dest, kept):
    assert bundle_data.keep_bundled_file(dest) is kept


# --- icons, Linux and Windows integration --------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_icon_pngs_are_rendered_at_their_sizes():
    icons = ROOT / "resources" / "icons"
    assert (icons / "sangkien.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 32, 48, 256):
        assert _png_size(icons / f"sangkien-{size}.png") == (size, size)
    ico = (icons / "sangkien.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5


def test_desktop_entry_in_both_languages_with_the_package_type():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "sangkien-desktop.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application"
    assert d["Name"] and d["Name[vi]"] == "Sáng kiến Desktop"
    assert "công đoàn" in d["Comment[vi]"] and "trade union" in d["Comment"]
    assert d["Icon"] == "sangkien-desktop"
    assert d["Exec"].startswith("SangKienDesktop ")
    mime = (PACKAGING / "linux" / "sangkien-desktop-mime.xml").read_text(encoding="utf-8")
    assert "application/x-sangkien-package" in d["MimeType"].split(";")
    assert 'type="application/x-sangkien-package"' in mime and '"*.skpkg"' in mime


def test_inno_setup_script_installs_per_user_and_keeps_user_data():
    iss = (PACKAGING / "windows" / "sangkien.iss").read_text(encoding="utf-8-sig")
    lines = [line.strip() for line in iss.splitlines()]
    assert "PrivilegesRequired=lowest" in lines
    assert r"DefaultDirName={localappdata}\Programs\{#AppFolder}" in lines
    assert any(line.startswith('Name: "{userprograms}\\{#AppName}"') for line in lines)
    registry = [line for line in lines if line.startswith("Root:")]
    assert registry and all(line.startswith("Root: HKCU;") for line in registry)
    assert '#define PackageExt ".skpkg"' in lines
    assert not any(line == "[UninstallDelete]" for line in lines)
    # The installer touches no data folder: neither %APPDATA%\sangkien_desktop nor {app}\data.
    code = "\n".join(line for line in lines if not line.startswith(";"))
    assert "{userappdata}" not in code and "sangkien_desktop" not in code
    assert "\\data" not in code
    # It installs the folder the spec builds, and starts the windowed program.
    spec = (PACKAGING / "sangkien.spec").read_text(encoding="utf-8")
    name = spec.split('NAME = "', 1)[1].split('"', 1)[0]
    assert f'#define AppFolder "{name}"' in lines and f'#define AppExe "{name}.exe"' in lines


def test_portable_marker_file_matches_the_program():
    from sangkien_desktop.paths import PORTABLE_MARKER

    assert (PACKAGING / "windows" / PORTABLE_MARKER).is_file()
    assert PORTABLE_MARKER in (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8-sig")


# --- the smoke test's own checks ------------------------------------------------------------

smoke_test = _load("sangkien_smoke_test", PACKAGING / "smoke_test.py")


def test_smoke_test_rejects_a_pdf_with_a_font_that_is_not_embedded(tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "helvetica.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "Sang kien")
    c.save()
    with pytest.raises(smoke_test.SmokeFailure, match="not embedded"):
        smoke_test.check_pdf_fonts(pdf)


def test_smoke_test_accepts_the_program_pdf_fonts(tmp_path):
    from reportlab.pdfgen import canvas

    from sangkien_desktop.documents.fonts import register_fonts

    family = register_fonts()
    pdf = tmp_path / "liberation.pdf"
    c = canvas.Canvas(str(pdf), initialFontName=family)
    c.setFont(family, 12)
    c.drawString(72, 720, "Sáng kiến")
    c.save()
    assert any("LiberationSerif" in name for name in smoke_test.check_pdf_fonts(pdf))


def test_smoke_test_environment_points_nowhere_near_the_source(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("VIRTUAL_ENV", str(ROOT / ".venv"))
    env = smoke_test.clean_environment(tmp_path)
    assert "PYTHONPATH" not in env and "VIRTUAL_ENV" not in env
    assert str(ROOT) not in env["PATH"]
    assert env["SANGKIEN_DATA_DIR"] == str(tmp_path / "data")
    assert env["QT_QPA_PLATFORM"] == "offscreen"
