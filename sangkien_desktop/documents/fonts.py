"""Liberation Serif for reportlab: registered once, embedded (as subsets) in every PDF.

Each PDF's first subset of a face is the same in every paper (``seed_fonts``): ASCII, which
reportlab always puts there, then the Vietnamese letters and the punctuation papers print, in
one fixed order (``SEED``), whether the paper uses them all or not. So that subset's font
program is made and compressed once per process instead of once per paper, which was a third
of the time a description report takes to draw; each face costs a paper about 5 KB more. So
are the subset's other objects that name no other object: its widths (written as a list of
numbers) and its ToUnicode map (made and compressed). A character outside the seed goes to a
second subset, made for that paper as before.
"""

from __future__ import annotations

import copy
import unicodedata
import zlib
from functools import cache, lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
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
    _remember_cmaps()
    files = layout.PDF_FONT_FILES
    faces = {
        FONT[(False, False)]: files["regular"],
        FONT[(True, False)]: files["bold"],
        FONT[(False, True)]: files["italic"],
        FONT[(True, True)]: files["bolditalic"],
    }
    for name, filename in faces.items():
        font = _SharedSubsetFont(name, str(resource_path("fonts", filename)))
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


def _remember_cmaps() -> None:
    """reportlab's ToUnicode map of a subset, made once per subset and process: a paper's
    fonts ask for their shared subsets' maps again (a pure function of the font name and the
    subset; the paper then writes the map already written: _SharedSubsetFace.share_objects)."""
    make = ttfonts.makeToUnicodeCMap
    if getattr(make, "remembered", False):
        return
    known = lru_cache(maxsize=32)(lambda name, subset: make(name, list(subset)))

    def remembered(fontname: str, subset: list[int]) -> str:
        return known(fontname, tuple(subset))

    remembered.remembered = True  # type: ignore[attr-defined]
    remembered.original = make  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = remembered


def _seed() -> str:
    vowels = "aăâeêioôơuưy"
    letters = [unicodedata.normalize("NFC", base + tone)
               for base in vowels + vowels.upper()
               for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")]
    # The signs of a benefit's calculation ("2.000 giờ × 60.000 đồng", "200 m²") too: a
    # paper with one of them would otherwise make a second subset of its own.
    chars = [c for c in letters if ord(c) > 127] + list("đĐ“”‘’–—…•°№×÷±≤≥≈²³")
    return "".join(dict.fromkeys(chars))


# 152 characters: with ASCII, 249 of a subset's 256 codes (160 can take other characters).
SEED = _seed()


def seed_fonts(doc: Any) -> None:
    """Gives the SEED characters their codes in every face, in a new PDF (a reportlab
    PDFDocument) before anything is drawn, and closes the first subset: it is the same in every
    PDF, and what a paper prints beyond it opens a second subset. A face the paper never draws
    with is not embedded all the same."""
    for name in FONT.values():
        font = pdfmetrics.getFont(name)
        face = font.face
        seeded = face.seeded if isinstance(face, _SharedSubsetFace) else None
        if seeded is not None and doc not in font.state:
            # What the lines below leave, copied: a Python step per character saved.
            state = font.state[doc] = TTFont.State(font._asciiReadable, font)
            state.assignments = dict(seeded.assignments)
            state.subsets = [list(subset) for subset in seeded.subsets]
            state.nextCode = seeded.nextCode
            state.shared = True
            continue
        font.splitString(SEED, doc)
        state = font.state[doc]
        state.nextCode = max(state.nextCode, 256)
        if isinstance(face, _SharedSubsetFace):
            if face.shared_key is None:
                face.shared_key = tuple(state.subsets[0])
                face.shared_codes = _codes(state.assignments)
                face.seeded = copy.deepcopy(state)
            state.shared = tuple(state.subsets[0]) == face.shared_key


def _codes(assignments: dict[int, int]) -> dict[int, str]:
    """str.translate's table giving each character of the first subset its code there (a
    character), as splitString does; every other character below 256 becomes one above 255,
    so no character outside the subset passes as a code."""
    codes = {code: chr(n) for code, n in assignments.items() if n < 256}
    if 32 in codes:
        codes[0xA0] = codes[32]  # splitString prints a no-break space as a space
    for code in range(256):
        codes.setdefault(code, "\u0100")
    return codes


class _Deflated:
    """The Flate filter of a font program whose compressed form is already made."""

    pdfname = "FlateDecode"

    def __init__(self, raw: bytes, packed: bytes):
        self.raw, self.packed = raw, packed

    def encode(self, text: bytes | str) -> bytes:
        if text is self.raw:
            return self.packed
        return zlib.compress(text.encode("utf-8") if isinstance(text, str) else text)


class _Written(pdfdoc.PDFObject):
    """A PDF object (one naming no other) whose written form is already made."""

    def __init__(self, written: bytes):
        self.written = written

    def format(self, document: Any) -> bytes:
        return self.written


class _SharedSubsetFont(TTFont):
    """A TrueType font whose seeded subset's widths and ToUnicode map are written as made for
    the first PDF of this process (the same bytes: what reportlab makes of the same subset),
    and whose text in that subset is coded by one str.translate (reportlab's splitString
    takes a Python step per character)."""

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8"  # noqa: N802
                    ) -> list[tuple[int, bytes]]:
        codes = self.face.shared_codes
        if codes is not None and text and isinstance(text, str):
            state = self.state.get(doc)
            if state is not None and getattr(state, "shared", False):
                try:
                    return [(0, text.translate(codes).encode("latin-1"))]
                except UnicodeEncodeError:  # a character outside the subset
                    pass
        return super().splitString(text, doc, encoding)

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        state = self.state.get(doc)
        first = tuple(state.subsets[0]) if state is not None and state.subsets else None
        super().addObjects(doc)
        face = self.face
        if first is None or not isinstance(face, _SharedSubsetFace) or first != face.shared_key:
            return
        internal = doc.fontMapping.get(self.fontName, "")[1:]
        pdf_font = doc.idToObject["BasicFonts"].dict.get(f"{internal}+0")
        if pdf_font is not None:
            face.share_objects(pdf_font, doc)


class _SharedSubsetFace(TTFontFace):
    """A face that keeps the font program of its seeded subset (``shared_key``, the same in
    every PDF) made and compressed; the bytes written are those reportlab writes."""

    shared_key: tuple[int, ...] | None = None
    shared_codes: dict[int, str] | None = None
    seeded: Any = None  # a reportlab TTFont.State, as seeded in the first PDF
    _shared: tuple[bytes, _Deflated] | None = None
    _widths: _Written | None = None
    _cmap: tuple[str, _Deflated] | None = None

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

    def share_objects(self, pdf_font: Any, doc: Any) -> None:
        """Gives the seeded subset's font object (reportlab's, just made for ``doc``) the
        widths and ToUnicode map already written for an earlier PDF."""
        if self._widths is None:
            self._widths = _Written(pdfdoc.format(pdf_font.Widths, doc))
        pdf_font.Widths = self._widths
        cmap = doc.idToObject.get(getattr(pdf_font.ToUnicode, "name", None))
        if not isinstance(cmap, pdfdoc.PDFStream) or cmap.filters != [pdfdoc.PDFZCompress]:
            return
        if self._cmap is None:
            raw = cmap.content
            self._cmap = (raw, _Deflated(raw, zlib.compress(raw.encode("utf-8"))))
        if cmap.content == self._cmap[0]:
            cmap.content = self._cmap[0]
            cmap.filters = [self._cmap[1]]
