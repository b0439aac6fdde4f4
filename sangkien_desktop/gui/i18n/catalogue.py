"""The translation catalogues: lupdate over the GUI sources into resources/i18n/*.ts, lrelease
into the shipped .qm files, and reading a .ts to see what is left to translate.

Vietnamese is the source language: every UI string is written in Vietnamese and goes through
``self.tr()`` / ``QCoreApplication.translate``; resources/i18n/sangkien_en.ts holds the English.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import PySide6

from sangkien_desktop.gui.i18n import core_strings

GUI_DIR = Path(__file__).resolve().parents[1]
ROOT = GUI_DIR.parents[1]
UI_DIR = ROOT / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "vi"
# Languages with a catalogue; the source language needs none.
TRANSLATIONS = ("en",)


def ts_path(language: str) -> Path:
    return I18N_DIR / f"sangkien_{language}.ts"


def _tool(name: str) -> Path:
    return Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)


def source_files() -> list[Path]:
    """Every GUI module (the generated forms are read from their ui/*.ui instead) and form."""
    modules = [p for p in GUI_DIR.rglob("*.py") if "forms" not in p.relative_to(GUI_DIR).parts]
    return sorted(modules) + sorted(UI_DIR.glob("*.ui"))


def run_lupdate(target: Path, language: str) -> None:
    """Merges the sources' strings into ``target`` (created when missing): translations of
    unchanged strings are kept, vanished strings are dropped (a changed string keeps its old
    translation as an unfinished suggestion). No line numbers, so the file changes only when
    the strings do."""
    command = [
        str(_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none",
        "-source-language", SOURCE_LANGUAGE, "-target-language", language,
        *(str(p) for p in source_files()), "-ts", str(target),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def run_lrelease(source: Path, target: Path) -> None:
    command = [str(_tool("lrelease")), "-silent", "-nounfinished", str(source), "-qm", str(target)]
    subprocess.run(command, check=True, capture_output=True, text=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    finished: bool
    numerus: bool
    comment: str = ""  # the disambiguation: a core message's code

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            finished = kind != "unfinished" and bool(texts) and all(t.strip() for t in texts)
            messages.append(Message(name, message.findtext("source") or "", texts, finished, numerus,
                                    message.findtext("comment") or ""))
    return messages


def fresh_sources(language: str = "en") -> set[tuple[str, str, str]]:
    """(context, source, comment) of every string in today's sources, by running lupdate into
    a copy."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "fresh.ts"
        run_lupdate(target, language)
        return {m.key for m in read_ts(target)}


def update(language: str) -> list[Message]:
    """Regenerates the core's string list, merges every source string into the .ts and
    returns the messages still to translate."""
    core_strings.write_module()
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    run_lupdate(ts_path(language), language)
    return unfinished(language)


def release() -> list[Path]:
    """Compiles every catalogue in resources/i18n (ours, and the hand-kept qtbase_vi.ts)."""
    written = []
    for source in sorted(I18N_DIR.glob("*.ts")):
        run_lrelease(source, source.with_suffix(".qm"))
        written.append(source.with_suffix(".qm"))
    return written


def unfinished(language: str) -> list[Message]:
    return [m for m in read_ts(ts_path(language)) if not m.finished]
