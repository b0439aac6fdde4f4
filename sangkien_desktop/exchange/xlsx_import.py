"""Checking a dossier sheet row by row: what each row would create, and every problem with
the row, the column and how to fix it. Nothing here touches the database; the service
passes in what is already stored (for duplicates) and writes only a sheet without errors.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import STATUS_LABELS, Author, Dossier, Status, new_uuid
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.values import format_date, format_money, format_share, parse_share
from sangkien_desktop.domain.workflow import imported_status
from sangkien_desktop.exchange.xlsx_common import (
    COLUMNS_BY_KEY,
    EXAMPLE_MARK,
    OLD_PROVINCE_SUFFIX,
    Province,
    Vocabulary,
    value_key,
)
from sangkien_desktop.exchange.xlsx_read import Sheet, cell_date, cell_money, cell_text, iter_values

ERROR = "error"
WARNING = "warning"
_HUNDRED = Decimal(100)


@dataclass
class Problem:
    row: int  # sheet row number; 0 for the sheet as a whole
    column: str  # column letter, "" for the whole row
    header: str
    message: str  # what is wrong and how to fix it (a Message)
    code: str
    severity: str = ERROR

    @property
    def text(self) -> str:
        """The message with where it is: "Dòng 7, cột K (Ngày áp dụng lần đầu): …"."""
        if not self.row:
            return self.message
        if self.column:
            return Message("xlsx_at_cell", row=self.row, column=self.column, header=self.header,
                           message=self.message)
        return Message("xlsx_at_row", row=self.row, message=self.message)


@dataclass
class RowResult:
    row: int
    dossier: Dossier | None  # what would be created; None when the row cannot be read at all
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == ERROR for p in self.problems)


@dataclass
class ImportReport:
    file_name: str
    sheet_name: str
    header_row: int
    rows: list[RowResult]
    problems: list[Problem] = field(default_factory=list)  # about the sheet as a whole
    created: int = 0  # set by the real import

    def all_problems(self) -> list[Problem]:
        return self.problems + [p for r in self.rows for p in r.problems]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.all_problems() if p.severity == ERROR]

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def dossiers(self) -> list[Dossier]:
        return [r.dossier for r in self.rows if r.dossier is not None]


# --- matching names to codes ---------------------------------------------------------------
_PROVINCE_PREFIX = re.compile(r"^(tinh|thanh pho|tp)\s+")
_OLD_MARK = value_key(OLD_PROVINCE_SUFFIX)
_EXAMPLE = value_key(EXAMPLE_MARK)


class Names:
    """Looks up what a sheet wrote (folded) in the vocabulary."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self.campaigns: dict[str, Campaign] = {}
        for c in vocab.campaigns.values():
            for name in (c.id, c.short_name, c.name):
                self.campaigns.setdefault(value_key(name), c)
        self.provinces: dict[str, Province] = {}
        self.old_provinces: dict[str, Province] = {}
        for p in sorted(vocab.provinces, key=lambda p: not p.old):  # the new list wins
            for name in (p.name, p.short_name, p.code.rsplit("/", 1)[-1].replace("-", " ")):
                key = _PROVINCE_PREFIX.sub("", value_key(name))
                self.provinces[key] = p
                if p.old:
                    self.old_provinces[key] = p
        self.statuses = {value_key(label): s for s, label in STATUS_LABELS.items()}
        self.statuses.update({value_key(s.value): s for s in Status})
        self._choices: dict[tuple[str, str], dict[str, str]] = {}

    def province(self, text: str) -> Province | None:
        key = value_key(text)
        if key.endswith(_OLD_MARK):
            return self.old_provinces.get(_PROVINCE_PREFIX.sub("", key[: -len(_OLD_MARK)].strip()))
        return self.provinces.get(_PROVINCE_PREFIX.sub("", key))

    def choices(self, kind: str, campaign: Campaign | None) -> dict[str, str]:
        """Folded label or code → code, of the campaign's kinds (or target groups), or of
        every campaign's when none is named."""
        cache_key = (kind, campaign.id if campaign else "")
        if cache_key not in self._choices:
            pool = [campaign] if campaign else list(self.vocab.campaigns.values())
            found: dict[str, str] = {}
            for c in pool:
                for choice in c.solution_types if kind == "kind" else c.target_groups:
                    found.setdefault(value_key(choice.label), choice.code)
                    found.setdefault(value_key(choice.code), choice.code)
            self._choices[cache_key] = found
        return self._choices[cache_key]

    def labels(self, kind: str, campaign: Campaign | None) -> list[str]:
        pool = [campaign] if campaign else list(self.vocab.campaigns.values())
        labels = [ch.label for c in pool for ch in (c.solution_types if kind == "kind" else c.target_groups)]
        return list(dict.fromkeys(labels))


# --- authors -----------------------------------------------------------------------------------
_SHARE_TAIL = re.compile(r"^(?P<name>.*?)[\s:(\-–—]*(?P<share>\d+(?:[.,]\d+)?)\s*%?\s*\)?$")
_NUMBERING = re.compile(r"^\s*(\d+[.)]|[-–•+*])\s*")


_AUTHOR_MARKS = re.compile(r"[;\n,()]")
_LINE_OR_SEMICOLON = re.compile(r"[;\n]")


def split_authors(text: str) -> list[str]:
    """Splits on ";", new lines, and commas outside parentheses that are not a decimal comma.
    Only the separators and parentheses are visited, not every letter."""
    if "," not in text:  # the usual "Nguyễn Văn An (60%); Trần Thị Bình (40%)"
        return [p.strip() for p in _LINE_OR_SEMICOLON.split(text) if p.strip()]
    parts: list[str] = []
    start, depth = 0, 0
    for mark in _AUTHOR_MARKS.finditer(text):
        ch, i = mark.group(), mark.start()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif ch == "," and (depth > 0 or (0 < i < len(text) - 1 and text[i - 1].isdigit()
                                          and text[i + 1].isdigit())):
            continue  # inside parentheses, or a decimal comma
        else:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_authors(text: str) -> tuple[list[Author], list[tuple[str, Message]]]:
    """Authors and (code, message) problems from "Nguyễn Văn An (60%); Trần Thị Bình (40%)"."""
    authors: list[Author] = []
    problems: list[tuple[str, Message]] = []
    for part in split_authors(text):
        part = _NUMBERING.sub("", part)
        m = _SHARE_TAIL.match(part)
        name, share_text = (m.group("name"), m.group("share")) if m else (part, "")
        name = " ".join(name.strip(" -–:,(").split())
        share = None
        if share_text:
            try:
                share = parse_share(share_text)
            except InputError as exc:
                problems.append((exc.code, Message("xlsx_author_named", name=name,
                                                   message=exc.message)))
        if not name:
            problems.append(("author_name", Message("xlsx_share_without_name", share=share_text)))
            continue
        authors.append(Author(full_name=name, share_percent=share))
    if len(authors) == 1 and authors[0].share_percent is None:
        authors[0].share_percent = _HUNDRED
    missing = [a.full_name for a in authors if a.share_percent is None]
    if missing:
        problems.append(("share_missing", Message("xlsx_share_missing", names=missing)))
    elif authors and not problems:
        total = sum((a.share_percent or Decimal(0) for a in authors), Decimal(0))
        if total != _HUNDRED:
            parts = " + ".join(format_share(a.share_percent) for a in authors)
            problems.append(("shares_total", Message("xlsx_shares_total", total=format_share(total),
                                                     parts=parts)))
    return authors, problems


# --- one row -------------------------------------------------------------------------------
DuplicateKey = tuple[str, str]


def duplicate_key(title: str, lead_author: str) -> DuplicateKey:
    return value_key(title), value_key(lead_author)


class RowChecker:
    def __init__(
        self,
        sheet: Sheet,
        vocab: Vocabulary,
        existing: dict[DuplicateKey, str],
        existing_codes: set[str],
        today: dt.date,
        existing_uuids: set[str] | None = None,
    ):
        self.sheet = sheet
        self.names = Names(vocab)
        self.existing = existing
        self.existing_codes = existing_codes
        self.existing_uuids = existing_uuids or set()
        self.today = today
        self.seen: dict[DuplicateKey, int] = {}
        self.seen_codes: dict[str, int] = {}
        self.seen_uuids: dict[str, int] = {}

    def check(self, number: int, raw: dict[str, Any]) -> RowResult | None:
        stt = value_key(cell_text(raw.get("stt")))
        if stt == _EXAMPLE or (len(raw) == 1 and "stt" in raw):
            return None  # the template's example, or a numbered empty line
        title = cell_text(raw.get("title"))
        title_key = value_key(title)
        if title_key.startswith("tong cong") or title_key == "cong":
            return None  # a totals row
        result = RowResult(number, None)

        def problem(key: str, code: str, message: str, severity: str = ERROR) -> None:
            col = self.sheet.columns.get(key)
            header = col.header if col else COLUMNS_BY_KEY[key].header
            result.problems.append(Problem(number, col.letter if col else "", header, message, code, severity))

        def guarded(key: str, read: Callable[[], Any]) -> Any:
            try:
                return read()
            except InputError as exc:
                problem(key, exc.code, exc.message)
                return None

        if not title:
            problem("title", "title_missing", Message("xlsx_no_title"))
        authors, author_problems = parse_authors(cell_text(raw.get("authors"), multiline=True))
        if not authors and not author_problems:
            problem("authors", "authors_missing",
                    Message("xlsx_no_authors"))  # fmt: skip
        for code, message in author_problems:
            problem("authors", code, message)
        campaign = None
        if "campaign" in raw:
            text = cell_text(raw["campaign"])
            campaign = self.names.campaigns.get(value_key(text))
            if campaign is None:
                options = "; ".join(self.names.vocab.campaign_labels())
                problem("campaign", "campaign_unknown",
                        Message("xlsx_campaign_unknown", text=text, options=options))  # fmt: skip
        codes = {}
        for key in ("kind", "target_group"):
            if key not in raw:
                continue
            text = cell_text(raw[key])
            codes[key] = self.names.choices(key, campaign).get(value_key(text))
            if codes[key] is None:
                options = "; ".join(self.names.labels(key, campaign))
                message = (Message(f"xlsx_{key}_unknown_in", text=text, campaign=campaign.short_name,
                                   options=options) if campaign else
                           Message(f"xlsx_{key}_unknown", text=text, options=options))
                problem(key, f"{key}_unknown", message)
        province = None
        if "province" in raw:
            text = cell_text(raw["province"])
            province = self.names.province(text)
            if province is None:
                problem("province", "province_unknown",
                        Message("xlsx_province_unknown", text=text))  # fmt: skip
        status = Status.DRAFT
        if "status" in raw:
            text = cell_text(raw["status"])
            found = self.names.statuses.get(value_key(text))
            if found is None:
                options = "; ".join(STATUS_LABELS.values())
                problem("status", "status_unknown", Message("xlsx_status_unknown", text=text, options=options))
            else:
                status = imported_status(found, None)
                if status != found:
                    problem("status", "status_needs_decision",
                            Message("xlsx_status_needs_decision", text=text,
                                    status=STATUS_LABELS[status]), WARNING)  # fmt: skip
        label = COLUMNS_BY_KEY["first_applied_on"].header
        first = guarded("first_applied_on", lambda: cell_date(raw.get("first_applied_on"), label))
        if first and first > self.today:
            problem("first_applied_on", "date_future",
                    Message("xlsx_applied_future", date=format_date(first)),
                    WARNING)  # fmt: skip
        benefit = guarded("benefit_vnd", lambda: cell_money(raw.get("benefit_vnd")))
        code = cell_text(raw.get("code"))
        uuid = self._uuid(raw, problem)
        d = Dossier(
            uuid=uuid or new_uuid(),
            code=code,
            title=title,
            authors=authors,
            unit_name=cell_text(raw.get("unit")),
            province_code=province.code if province else "",
            campaign_id=campaign.id if campaign else "",
            solution_type=codes.get("kind") or "",
            target_group=codes.get("target_group") or "",
            field_of_application=cell_text(raw.get("field")),
            first_applied_on=first,
            benefit_author_vnd=benefit,
            benefit_author_social=cell_text(raw.get("benefit_social"), multiline=True),
            description_solution=cell_text(raw.get("summary"), multiline=True),
            notes=cell_text(raw.get("notes"), multiline=True),
            status=status,
        )
        if uuid is None or not self._known_uuid(uuid, d, number, problem):
            self._duplicates(d, number, problem)
        result.dossier = d
        return result

    def _uuid(self, raw: dict[str, Any], problem: Callable[..., None]) -> str | None:
        """The dossier's uuid from the "Mã định danh" column, when the sheet has one."""
        text = cell_text(raw.get("uuid"))
        if not text:
            return None
        try:
            return str(uuidlib.UUID(text))
        except ValueError:
            problem("uuid", "uuid_invalid",
                    Message("xlsx_uuid_invalid", text=text))  # fmt: skip
            return None

    def _known_uuid(self, uuid: str, d: Dossier, number: int, problem: Callable[..., None]) -> bool:
        """Reports a uuid already stored or already in the file; True when it did."""
        if uuid in self.existing_uuids:
            problem("uuid", "uuid_existing",
                    Message("xlsx_uuid_stored", title=d.title, uuid=uuid))  # fmt: skip
            return True
        if uuid in self.seen_uuids:
            problem("uuid", "uuid_in_file",
                    Message("xlsx_uuid_twice", uuid=uuid, row=self.seen_uuids[uuid]))  # fmt: skip
            return True
        self.seen_uuids[uuid] = number
        return False

    def _duplicates(self, d: Dossier, number: int, problem: Callable[..., None]) -> None:
        if d.title and d.authors:
            lead = d.lead_author
            key = duplicate_key(d.title, lead.full_name if lead else "")
            if key in self.existing:
                problem("title", "duplicate_existing",
                        Message("xlsx_duplicate_stored", existing=self.existing[key]))  # fmt: skip
                return  # its code, if any, is that dossier's: one message is enough
            if key in self.seen:
                problem("title", "duplicate_in_file",
                        Message("xlsx_duplicate_row", row=self.seen[key]))  # fmt: skip
            else:
                self.seen[key] = number
        if d.code:
            if d.code in self.existing_codes:
                problem("code", "code_existing",
                        Message("xlsx_code_used", code=d.code))  # fmt: skip
            elif d.code in self.seen_codes:
                problem("code", "code_in_file",
                        Message("xlsx_code_twice", code=d.code, row=self.seen_codes[d.code]))  # fmt: skip
            else:
                self.seen_codes[d.code] = number


def _version(raw: dict[str, Any]) -> int | None:
    """The "Phiên bản" cell as a version number ≥ 1; None when empty or not a number."""
    value = raw.get("version")
    text = cell_text(value).removeprefix("v").removeprefix("V").strip()
    return int(text) if text.isdigit() and int(text) >= 1 else None


def _older_versions(sheet: Sheet, rows: list[tuple[int, dict[str, Any]]]) -> dict[int, Problem]:
    """Rows that are an older version of a dossier whose newer version (same code, higher
    version) is also in the sheet: skipped with a warning, so an export of every version
    imports as one dossier each."""
    newest: dict[str, tuple[int, int]] = {}
    for number, raw in rows:
        code, version = cell_text(raw.get("code")), _version(raw)
        if code and version is not None and version > newest.get(code, (0, 0))[0]:
            newest[code] = (version, number)
    col = sheet.columns.get("version")
    older = {}
    for number, raw in rows:
        code, version = cell_text(raw.get("code")), _version(raw)
        if code and version is not None and version < newest[code][0]:
            v, row = newest[code]
            older[number] = Problem(
                number, col.letter if col else "", col.header if col else "Phiên bản",  # i18n: keep (the template's own column header)
                Message("xlsx_older_version", version=version, code=code, row=row, newer=v), "version_older", WARNING)
    return older


def check_sheet(
    sheet: Sheet,
    vocab: Vocabulary,
    existing: dict[DuplicateKey, str] | None = None,
    existing_codes: set[str] | None = None,
    today: dt.date | None = None,
    existing_uuids: set[str] | None = None,
) -> ImportReport:
    """Every data row checked; the report lists what would be created and every problem."""
    report = ImportReport(sheet.path.name, sheet.name, sheet.header_row, [])
    for note in sheet.notes:
        report.problems.append(Problem(0, "", "", note.message, note.code, note.severity))
    if any(n.severity == ERROR for n in sheet.notes):
        return report
    checker = RowChecker(sheet, vocab, existing or {}, existing_codes or set(),
                         today or dt.date.today(), existing_uuids)
    rows = list(iter_values(sheet))
    older = _older_versions(sheet, rows)
    for number, raw in rows:
        if number in older:
            report.rows.append(RowResult(number, None, [older[number]]))
            continue
        result = checker.check(number, raw)
        if result is not None:
            report.rows.append(result)
    if not report.rows:
        report.problems.append(Problem(
            0, "", "", Message("xlsx_sheet_empty", sheet=sheet.name, header_row=sheet.header_row), "xlsx_empty",
        ))  # fmt: skip
    return report


def summary_parts(d: Dossier, vocab: Vocabulary) -> list[str]:
    """What a row creates, part by part (the data as it is, the words as Messages), for a
    front-end to join with " — " in its language."""
    authors = ", ".join(
        a.full_name + (f" ({format_share(a.share_percent)}%)" if a.share_percent is not None else "")
        for a in d.authors
    )
    parts = [f"“{d.title}”", authors]
    if d.solution_type:
        parts.append(vocab.kind_label(d.campaign_id, d.solution_type))
    if d.first_applied_on:
        parts.append(Message("xlsx_applied_on", date=format_date(d.first_applied_on)))
    if d.benefit_author_vnd is not None:
        parts.append(format_money(d.benefit_author_vnd))
    parts.append(STATUS_LABELS[d.status])
    return [p for p in parts if p]


def describe(d: Dossier, vocab: Vocabulary) -> str:
    """One line saying what a row creates."""
    return " — ".join(summary_parts(d, vocab))
