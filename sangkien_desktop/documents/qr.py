"""QR codes for the verification line of a paper: reportlab's encoder, drawn as vector shapes
in PDFs and as a PNG (Pillow) in DOCX files."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

QUIET = 2  # modules of white around the code


def modules(payload: str) -> list[list[bool]]:
    """The dark (True) and light modules of the QR code for ``payload``, row by row."""
    qr = QRCode(None, QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    n = qr.getModuleCount()
    return [[bool(qr.isDark(r, c)) for c in range(n)] for r in range(n)]


def png(payload: str, scale: int = 8) -> bytes:
    """The QR code as a black-and-white PNG, ``scale`` pixels a module, with a quiet zone."""
    grid = modules(payload)
    size = (len(grid) + 2 * QUIET) * scale
    image = Image.new("1", (size, size), 1)
    pixels = image.load()
    assert pixels is not None
    for r, row in enumerate(grid):
        for c, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    for dx in range(scale):
                        pixels[(c + QUIET) * scale + dx, (r + QUIET) * scale + dy] = 0
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
