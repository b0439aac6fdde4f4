"""Liberation Serif for reportlab: registered once, embedded (as subsets) in every PDF.

Each PDF's first subset of a face is the same in every paper (``seed_fonts``): ASCII, which
reportlab always puts there, then the Vietnamese letters and the punctuation papers print, in
one fixed order (``SEED``), whether the paper uses them all or not. So that subset's font
program is made and compressed once per process instead of once per paper, which was a third
of the time a description report takes to draw; each face costs a paper about 5 KB more. A
character outside the seed goes to a second subset, made for that paper as before.
"""

from __future__ import annotations

import unicodedata
import zlib
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from sangkien_desktop.documents import layout
from sangkien_desktop.resources import resource_path

FAMILY = layout.PDF_FONT_FAMILY
# (bold, italic) → the registered face name.
FONT = {
    (False, False): FAMILY,
    (True, False): f"{FAMILY}-Bold",
    (False, True): f"{FAMILY}-Italic",
    (True, True): f"{FAMILY}-BoldItalic",
}


@cache
def register_fonts() -> str:
    """Registers the four faces from resources/fonts; returns the family name."""
    files = layout.PDF_FONT_FILES
    faces = {
        FONT[(False, False)]: files["regular"],
        FONT[(True, False)]: files["bold"],
        FONT[(False, True)]: files["italic"],
        FONT[(True, True)]: files["bolditalic"],
    }
    for name, filename in faces.items():
        font = TTFont(name, str(resource_path("fonts", filename)))
        font.face.__class__ = _SharedSubsetFace  # reportlab makes the face inside TTFont
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=FONT[(False, False)],
        bold=FONT[(True, False)],
        italic=FONT[(False, True)],
        boldItalic=FONT[(True, True)],
    )
    return FAMILY


def _seed() -> str:
    vowels = "aăâeêioôơuưy"
    letters = [unicodedata.normalize("NFC", base + tone)
               for base in vowels + vowels.upper()
               for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")]
    chars = [c for c in letters if ord(c) > 127] + list("đĐ“”‘’–—…•°№")
    return "".join(dict.fromkeys(chars))


# 144 characters: with ASCII, 241 of a subset's 256 codes.
SEED = _seed()


def seed_fonts(doc: Any) -> None:
    """Gives the SEED characters their codes in every face, in a new PDF (a reportlab
    PDFDocument) before anything is drawn, and closes the first subset: it is the same in every
    PDF, and what a paper prints beyond it opens a second subset. A face the paper never draws
    with is not embedded all the same."""
    for name in FONT.values():
        font = pdfmetrics.getFont(name)
        font.splitString(SEED, doc)
        state = font.state[doc]
        state.nextCode = max(state.nextCode, 256)
        face = font.face
        if isinstance(face, _SharedSubsetFace) and face.shared_key is None:
            face.shared_key = tuple(state.subsets[0])


class _Deflated:
    """The Flate filter of a font program whose compressed form is already made."""

    pdfname = "FlateDecode"

    def __init__(self, raw: bytes, packed: bytes):
        self.raw, self.packed = raw, packed

    def encode(self, text: bytes) -> bytes:
        return self.packed if text is self.raw else zlib.compress(text)


class _SharedSubsetFace(TTFontFace):
    """A face that keeps the font program of its seeded subset (``shared_key``, the same in
    every PDF) made and compressed; the bytes written are those reportlab writes."""

    shared_key: tuple[int, ...] | None = None
    _shared: tuple[bytes, _Deflated] | None = None

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 - reportlab's name
        if self.shared_key is None or tuple(subset) != self.shared_key:
            return super().makeSubset(subset)
        if self._shared is None:
            data = super().makeSubset(subset)
            self._shared = (data, _Deflated(data, zlib.compress(data)))
        return self._shared[0]

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:  # noqa: N802
        ref = super().addSubsetObjects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{self.filename}({fontname})")
        if (self._shared is not None and stream is not None and stream.filters
                and stream.content is self._shared[0]):
            stream.filters = [self._shared[1]]
        return ref
