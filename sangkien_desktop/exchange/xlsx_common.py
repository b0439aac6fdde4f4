"""What the XLSX writers and the reader share: the dossier sheet's columns, the names of
choices (kinds, target groups, provinces, campaigns) and the atomic save (cell styles and the
sheet layout are in ``sangkien_desktop/sheets.py``).

The dossier list export has the import template's columns and two more (the version and the
dossier's uuid), so an exported list can be imported again (on another computer, or after
editing it in Excel).
"""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.workbook import Workbook

from sangkien_desktop import atomic
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.catalogue import Catalogue
from sangkien_desktop.domain.dossier import STATUS_LABELS, Status
from sangkien_desktop.domain.text import fold

OLD_PROVINCE_SUFFIX = " (trước 7/2025)"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float
    kind: str = "text"  # text, date, money, int
    required: bool = False
    # Other headers real sheets use for the same thing (matched after folding).
    aliases: tuple[str, ...] = ()
    # Written by the list export and read back by the import, but not offered in the blank
    # template: the program fills it, people do not.
    export_only: bool = False


DOSSIER_COLUMNS: tuple[Column, ...] = (
    Column("stt", "STT", 6, "int", aliases=("tt", "so tt", "so thu tu")),
    Column("code", "Mã hồ sơ", 15, aliases=("ma", "ma sang kien", "ma so")),
    Column("title", "Tên sáng kiến", 48, required=True,
           aliases=("ten giai phap", "ten de tai", "ten sang kien giai phap", "sang kien")),
    Column("authors", "Tác giả (tỷ lệ đóng góp %)", 36, required=True,
           aliases=("tac gia", "tac gia dong tac gia", "ho va ten tac gia", "ho ten tac gia",
                    "tac gia va ty le dong gop")),
    Column("unit", "Đơn vị", 32, aliases=("don vi cong tac", "noi cong tac", "co quan don vi",
                                           "cong doan co so", "cdcs")),
    Column("province", "Tỉnh/thành phố", 22, aliases=("tinh thanh pho", "tinh", "tinh tp")),
    Column("campaign", "Chương trình", 22, aliases=("chuong trinh phong trao",)),
    Column("kind", "Loại giải pháp", 26, aliases=("loai", "loai sang kien")),
    Column("target_group", "Đối tượng", 30, aliases=("doi tuong tac gia", "nhom doi tuong")),
    Column("field", "Lĩnh vực áp dụng", 26, aliases=("linh vuc",)),
    Column("first_applied_on", "Ngày áp dụng lần đầu", 14, "date",
           aliases=("ngay ap dung", "thoi gian ap dung", "ngay ap dung lan dau hoac ap dung thu")),
    Column("benefit_vnd", "Giá trị làm lợi (đồng)", 18, "money",
           aliases=("gia tri lam loi", "hieu qua kinh te", "gia tri lam loi vnd")),
    Column("benefit_social", "Hiệu quả xã hội", 36, aliases=("loi ich xa hoi", "hieu qua")),
    Column("summary", "Tóm tắt giải pháp", 50,
           aliases=("tom tat", "tom tat noi dung", "mo ta", "tom tat noi dung sang kien")),
    Column("status", "Trạng thái", 18, aliases=("tinh trang",)),
    Column("notes", "Ghi chú", 30),
    # A recognised dossier corrected later has two versions under one code: these two columns
    # tell them apart and keep the dossier's identity when the sheet is imported elsewhere.
    Column("version", "Phiên bản", 10, "int", aliases=("phien ban ho so", "lan sua doi"),
           export_only=True),
    Column("uuid", "Mã định danh", 38, aliases=("uuid", "ma dinh danh ho so", "id"),
           export_only=True),
)  # fmt: skip
COLUMNS_BY_KEY = {c.key: c for c in DOSSIER_COLUMNS}
TEMPLATE_COLUMNS = tuple(c for c in DOSSIER_COLUMNS if not c.export_only)

_PARENS = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^\w/]+")
# What the template writes in the STT cell of its example row; the import skips that row.
EXAMPLE_MARK = "Ví dụ"


def header_key(text: object) -> str:
    """A header as compared: folded, without parenthesised notes, stars or punctuation."""
    value = _PARENS.sub(" ", fold(str(text or "")))
    value = _NON_WORD.sub(" ", value.replace("/", " "))
    return " ".join(value.split())


def header_lookup() -> dict[str, str]:
    """Folded header text → column key, for every header and alias."""
    found: dict[str, str] = {}
    for column in DOSSIER_COLUMNS:
        for name in (column.header, *column.aliases):
            found[header_key(name)] = column.key
    return found


def _fold_table() -> dict[int, str | None]:
    """fold() of each Latin letter with marks, and combining marks dropped: one C-level
    str.translate instead of a walk over every character (a 10,000-row sheet has 100,000
    names and titles to compare)."""
    table: dict[int, str | None] = {cp: None for cp in range(0x300, 0x370)}
    for start, end in ((0xC0, 0x250), (0x1E00, 0x1F00)):
        for cp in range(start, end):
            folded = fold(chr(cp))
            if folded != chr(cp).casefold():
                table[cp] = folded
    return table


_FOLD = _fold_table()


# A syllable ending in a lone i or y after its consonants is spelled both ways: kĩ/kỹ thuật,
# lí/lý, mĩ/mỹ, quí/quý, tỉ/tỷ. Folded, they compare as one ("ki", "li", "qui").
_FINAL_Y = re.compile(r"\b(qu|[bcdghklmnprstvx]+)y\b")


@functools.lru_cache(maxsize=8192)
def value_key(text: str) -> str:
    """A cell's text as compared with names and titles: folded (as fold() does), without
    punctuation, single-spaced, a syllable's final lone y read as i. Memoised: a sheet
    repeats its campaigns, kinds, provinces and statuses on every row."""
    folded = unicodedata.normalize("NFC", text).translate(_FOLD).casefold()
    return _FINAL_Y.sub(r"\1i", " ".join(_NON_WORD.sub(" ", folded).split()))


@dataclass(frozen=True)
class Province:
    code: str  # "provinces-2025/quang-tri", as the dossier stores it
    name: str
    short_name: str
    old: bool  # from the list before 01/7/2025

    @property
    def label(self) -> str:
        return self.name + (OLD_PROVINCE_SUFFIX if self.old else "")


@dataclass
class Vocabulary:
    """The names a sheet may use for codes the dossier stores, both ways."""

    campaigns: dict[str, Campaign]
    provinces: list[Province] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._province_by_code = {p.code: p for p in self.provinces}
        self._catalogue = Catalogue(self.campaigns)
        self._kinds: dict[str, str] = {}
        self._groups: dict[str, str] = {}
        for campaign in self.campaigns.values():
            for choice in campaign.solution_types:
                self._kinds.setdefault(choice.code, choice.label)
            for choice in campaign.target_groups:
                self._groups.setdefault(choice.code, choice.label)

    # --- code → text, for writing ------------------------------------------------------------
    def campaign_label(self, campaign_id: str) -> str:
        c = self.campaigns.get(campaign_id)
        return c.short_name if c else campaign_id

    def kind_label(self, campaign_id: str, code: str) -> str:
        return self._catalogue.solution_type(code, campaign_id)

    def group_label(self, campaign_id: str, code: str) -> str:
        return self._catalogue.target_group(code, campaign_id)

    def province_label(self, code: str) -> str:
        p = self._province_by_code.get(code)
        return p.label if p else code

    # --- what a template offers in its drop-down lists ---------------------------------------
    def kind_labels(self) -> list[str]:
        return list(dict.fromkeys(self._kinds.values()))

    def group_labels(self) -> list[str]:
        return list(dict.fromkeys(self._groups.values()))

    def campaign_labels(self) -> list[str]:
        return [c.short_name for c in sorted(self.campaigns.values(), key=lambda c: c.short_name)]

    @staticmethod
    def status_labels() -> list[str]:
        return list(STATUS_LABELS.values())

    def province_labels(self) -> list[str]:
        return [p.label for p in self.provinces]


def status_label(status: str) -> str:
    try:
        return STATUS_LABELS[Status(status)]
    except ValueError:
        return status


def save_atomically(wb: Workbook, path: Path) -> Path:
    """Writes the workbook to memory, then to ``path`` through a temporary file and a rename:
    an interrupted export never leaves a half-written file where the old one was."""
    buffer = io.BytesIO()
    wb.save(buffer)
    path = Path(path)
    atomic.write_bytes(path, buffer.getvalue())
    return path
