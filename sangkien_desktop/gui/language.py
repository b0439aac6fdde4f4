"""The interface language: chosen in Settings (kept in QSettings), applied at start-up.

Vietnamese is the source language of the interface. English loads
resources/i18n/sangkien_en.qm and Qt's own qtbase_en.qm (standard buttons, context menus).
PySide6 ships no Vietnamese catalogue for Qt itself, so resources/i18n/qtbase_vi.qm (from a
small hand-kept qtbase_vi.ts) puts Qt's standard buttons and menus into Vietnamese.

Documents are always Vietnamese: only the interface changes. ``SANGKIEN_LANG=en`` overrides
the setting (tests, screenshots) without changing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from sangkien_desktop.resources import resource_path

SOURCE = "vi"
# Each language's name in that language, so anyone can find their own.
LANGUAGES: tuple[tuple[str, str], ...] = (("vi", "Tiếng Việt"), ("en", "English"))  # i18n: keep
SETTINGS_KEY = "ui/language"
ENVIRONMENT = "SANGKIEN_LANG"


def _known(code: str) -> str | None:
    code = code.strip().lower().replace("-", "_").split("_")[0]
    return code if code in dict(LANGUAGES) else None


def saved_language() -> str:
    """The language chosen in Settings (Vietnamese until one is chosen)."""
    return _known(str(QSettings().value(SETTINGS_KEY, SOURCE))) or SOURCE


def save_language(code: str) -> None:
    QSettings().setValue(SETTINGS_KEY, _known(code) or SOURCE)


def startup_language() -> str:
    """The language to start in: SANGKIEN_LANG when set to a known language, else the setting."""
    return _known(os.environ.get(ENVIRONMENT, "")) or saved_language()


def _qt_translations_dirs() -> list[Path]:
    import PySide6
    from PySide6.QtCore import QLibraryInfo  # English only: not for a Vietnamese start

    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).parent / "Qt" / "translations"]


def catalogues(language: str) -> list[Path]:
    """The .qm files that make up ``language``, in the order they are installed."""
    found = []
    if language == SOURCE:
        found.append(resource_path("i18n", "qtbase_vi.qm"))
    else:
        qt = next((d / f"qtbase_{language}.qm" for d in _qt_translations_dirs()
                   if (d / f"qtbase_{language}.qm").is_file()), None)
        if qt is not None:
            found.append(qt)
        found.append(resource_path("i18n", f"sangkien_{language}.qm"))
    return [p for p in found if p.is_file()]


_installed: list[QTranslator] = []
_current = [SOURCE]


def current() -> str:
    """The interface language installed last (Vietnamese before any)."""
    return _current[0]


def number(n: int) -> str:
    """``n`` with its thousands grouped as the interface language writes them: "21.627" in
    Vietnamese, "21,627" in English (gui/counts.py: every count shown)."""
    text = f"{n:,}"
    return text if _current[0] == "en" else text.replace(",", ".")


def grouped(text: str, n: int) -> str:
    """``text``, a translation that wrote ``n`` with Qt's ``%n`` (which groups nothing), with
    ``n`` grouped."""
    if abs(n) < 1000:
        return text
    return re.sub(rf"(?<![\d.,]){abs(n)}(?![\d.,])", number(abs(n)), text, count=1)


def install(language: str) -> list[Path]:
    """Replaces the installed translators by those of ``language``; returns the files loaded."""
    app = QCoreApplication.instance()
    assert app is not None, "install() needs the application"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = _known(language) or SOURCE
    loaded = []
    for path in catalogues(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    return loaded
