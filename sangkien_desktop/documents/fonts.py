"""Liberation Serif for reportlab: registered once, embedded (as subsets) in every PDF."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=FONT[(False, False)],
        bold=FONT[(True, False)],
        italic=FONT[(False, True)],
        boldItalic=FONT[(True, True)],
    )
    return FAMILY
