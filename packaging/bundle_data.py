"""What goes into the PyInstaller bundle besides the Python code: read by sangkien.spec and tests.

Kept apart from the spec so that tests can import it without PyInstaller: every folder under
resources/ (today and any added later) is collected whole, minus source-only files.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"

# Files under resources/ that the running program never reads: Qt Linguist sources (the
# compiled .qm files are shipped), editor and OS litter.
SOURCE_ONLY = ("*.ts", "*.pyc", ".DS_Store", "Thumbs.db", "*~", ".gitignore", ".gitkeep")

# The Qt modules the program imports (only sangkien_desktop/gui/ imports them). Every other
# PySide6 module is excluded, so no hook drags in QML, WebEngine or networking. A test fails when
# the code imports a Qt module that is missing here: add it here in the same change.
QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtDBus",  # imported by QtGui and QtWidgets themselves on Linux
    "QtSvg",
    "QtPrintSupport",
)

# Python packages present in a development virtual environment that the program never imports.
PYTHON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "pydoc_data",
    "lib2to3",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "jsonschema",
    "ruff",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
    # Pillow is needed (reportlab imports it), but not its AVIF codec (5 MB) nor its Tk bridge.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
)

# Qt's own translations (standard buttons and dialogs): only the program's languages.
QT_TRANSLATION_LANGUAGES = ("vi", "en")

# Qt plugins the program has no use for, as "folder/file" patterns: databases, QML tooling,
# TLS, network state; embedded-device platforms (EGLFS, framebuffer, VNC, Vulkan display);
# image formats it never reads; the GTK theme, whose GTK libraries a bundle cannot carry.
QT_PLUGIN_EXCLUDES = (
    "sqldrivers/*",
    "qmltooling/*",
    "tls/*",
    "networkinformation/*",
    "designer/*",
    "egldeviceintegrations/*",
    "platforms/*eglfs*",
    "platforms/*minimalegl*",
    "platforms/*linuxfb*",
    "platforms/*vnc*",
    "platforms/*vkkhrdisplay*",
    "imageformats/*tiff*",
    "imageformats/*webp*",
    "imageformats/*icns*",
    "imageformats/*tga*",
    "imageformats/*wbmp*",
    "platformthemes/*gtk3*",
)
# Qt libraries that only the excluded EGLFS plugins load.
QT_LIBRARY_EXCLUDES = ("libQt6EglFSDeviceIntegration*", "libQt6EglFsKmsSupport*")


def _source_only(path: Path) -> bool:
    return any(fnmatch.fnmatch(path.name, pattern) for pattern in SOURCE_ONLY)


def resource_datas(resources: Path = RESOURCES) -> list[tuple[str, str]]:
    """(file, folder inside the bundle) for every shipped file under resources/.

    Files land in ``resources/<same relative folder>`` inside the bundle, which is where
    ``sangkien_desktop.resources`` looks under ``sys._MEIPASS``.
    """
    datas = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or _source_only(path):
            continue
        if any(part == "__pycache__" for part in path.relative_to(resources).parts):
            continue
        target = Path("resources") / path.parent.relative_to(resources)
        datas.append((str(path), target.as_posix()))
    return datas


def qt_excludes(pyside_dir: Path) -> list[str]:
    """Every PySide6 module installed except QT_MODULES, as module names to exclude."""
    installed = {p.name.split(".")[0] for p in pyside_dir.glob("Qt*.*") if p.suffix in (".so", ".pyd")}
    return sorted(f"PySide6.{name}" for name in installed - set(QT_MODULES))


def keep_bundled_file(dest: str) -> bool:
    """False for Qt files collected by PyInstaller's hooks that the program does not need."""
    parts = dest.replace("\\", "/").split("/")
    if "translations" in parts and dest.endswith(".qm") and "PySide6" in parts:
        catalogue, _, language = parts[-1].rsplit(".", 1)[0].partition("_")
        return catalogue in ("qt", "qtbase") and language in QT_TRANSLATION_LANGUAGES
    if "plugins" in parts and "PySide6" in parts:
        plugin = "/".join(parts[parts.index("plugins") + 1 :])
        return not any(fnmatch.fnmatch(plugin, pattern) for pattern in QT_PLUGIN_EXCLUDES)
    return not any(fnmatch.fnmatch(parts[-1], pattern) for pattern in QT_LIBRARY_EXCLUDES)
