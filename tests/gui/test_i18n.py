"""The English catalogue is complete and fresh, the GUI has no text lupdate cannot see, the
core's messages are translated by code with the officer's data as it is, and the language
chosen in Settings sticks."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sangkien_desktop.domain.dossier import STATUS_LABELS, Status
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.messages import PLACEHOLDER, Message
from sangkien_desktop.domain.messages import VIETNAMESE as CODES
from sangkien_desktop.domain.values import parse_date

from sangkien_desktop.gui import counts, language
from sangkien_desktop.gui.i18n import catalogue, literals
from sangkien_desktop.gui.labels import core_text, error_text, exception_text, status_label

VIETNAMESE = re.compile(r"[À-ỹĐđ]")
UPDATE = "run `python -m sangkien_desktop.gui.i18n update` (make translations) and translate"


@pytest.fixture
def english(app_data):
    language.install("en")
    yield app_data
    language.install("vi")


def test_every_message_has_an_english_translation():
    left = catalogue.unfinished("en")
    assert not left, f"{len(left)} untranslated, e.g. {[m.source for m in left[:5]]}: {UPDATE}"
    for m in catalogue.read_ts(catalogue.ts_path("en")):
        assert not m.numerus or len(m.translations) == 2, m.source  # English: one, many


def test_every_core_message_code_has_an_english_translation():
    english = {m.comment: m for m in catalogue.read_ts(catalogue.ts_path("en"))
               if m.context == "core" and m.comment}
    missing = [code for code in CODES if code not in english or not english[code].finished]
    assert not missing, f"no English for {missing[:10]}: {UPDATE}"
    # The .ts holds each code with today's Vietnamese as its source text.
    stale = [code for code in CODES if english[code].source != CODES[code]]
    assert not stale, f"Vietnamese changed for {stale[:10]}: {UPDATE}"


def test_translations_keep_their_placeholders():
    for m in catalogue.read_ts(catalogue.ts_path("en")):
        if m.comment in CODES:  # a coded core message: every named param, once or more
            wanted = set(PLACEHOLDER.findall(m.source))
            assert all(set(PLACEHOLDER.findall(t)) == wanted for t in m.translations), m.source
            continue
        wanted = set(re.findall(r"%\d", m.source))
        for text in m.translations:
            # A core template may leave out a Vietnamese-only fragment (e.g. "mới"/"đã").
            found = set(re.findall(r"%\d", text))
            assert found <= wanted and (m.context == "core" or found == wanted), (m.source, text)
        if m.numerus:  # the singular may say "the dossier" instead of "1 dossier"
            assert "%n" in m.translations[-1], m.source


def test_catalogue_matches_the_sources():
    """Fails when a string was added, changed or removed without running the update tool."""
    assert catalogue.core_module_is_fresh(), UPDATE
    in_ts = {m.key for m in catalogue.read_ts(catalogue.ts_path("en"))}
    fresh = catalogue.fresh_sources("en")
    assert not fresh - in_ts, f"not in the .ts: {sorted(fresh - in_ts)[:5]}: {UPDATE}"
    assert not in_ts - fresh, f"gone from the sources: {sorted(in_ts - fresh)[:5]}: {UPDATE}"


def test_compiled_catalogues_match_their_sources(tmp_path):
    for source in catalogue.I18N_DIR.glob("*.ts"):
        fresh = tmp_path / source.with_suffix(".qm").name
        catalogue.run_lrelease(source, fresh)
        shipped = source.with_suffix(".qm")
        assert shipped.is_file() and shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped.name} is stale: python -m sangkien_desktop.gui.i18n release"
        )


def test_no_gui_text_escapes_translation():
    found = literals.untranslated()
    assert not found, "Vietnamese text lupdate cannot see (wrap it in self.tr(), "\
        "QCoreApplication.translate or QT_TRANSLATE_NOOP):\n" + "\n".join(map(str, found))


def test_no_gui_text_looks_up_what_the_core_gave():
    found = literals.looked_up_core_text()
    assert not found, "the core's Messages go through gui/labels.core_text (translated by " \
        "their code), not self.tr:\n" + "\n".join(map(str, found))


def test_the_scanner_finds_core_text_looked_up_by_tr(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "class A:\n"
        "    def f(self, paper, entry, s, label):\n"
        "        self.tr(paper.label)\n"
        "        QCoreApplication.translate('A', entry.result_label)\n"
        "        self.tr(s.band.label)\n"
        "        self.tr(paper.labels[0])\n"
        "        self.tr(label)\n"
        "        self.tr(COLUMNS[1][1])\n"
        "        QCoreApplication.translate('field_help', HELP['x'].label)\n"
        "        self.tr(self.caption)\n"
        "        QT_TRANSLATE_NOOP('A', 'Lưu')\n",
        encoding="utf-8",
    )
    assert [lit.line for lit in literals.looked_up_core_text_in(module)] == [3, 4, 5, 6]


def test_the_scanner_finds_a_bare_literal_and_a_wrong_form(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "class A:\n"
        "    def f(self, w):\n"
        "        w.setText('Lưu')\n"
        "        w.setToolTip(self.tr('Đóng'))\n"
        "    @classmethod\n"
        "    def g(cls, w):\n"
        "        w.setText(cls.tr('Mở'))\n"
        "        w.setText('Tiếng Việt')  # i18n: keep\n",
        encoding="utf-8",
    )
    assert [lit.text for lit in literals.untranslated_in(module)] == ["Lưu", "Mở"]


def test_core_text_in_english(english):
    """Real findings and errors of the core, in English; the officer's data stays as typed."""
    from dataclasses import replace

    from tests.core.test_validation_support import check, good_dossier

    assert status_label("recognised") == "Recognised"
    dossier = good_dossier()
    lan = replace(dossier.authors[1], full_name="Lan", cccd=dossier.authors[0].cccd)
    dossier = replace(dossier, target_group="", authors=[dossier.authors[0], lan])
    messages = {core_text(f.message) for f in check(dossier).findings}
    assert "No target group is chosen (the programme “01 triệu sáng kiến” has 5 target groups)." in messages
    first = dossier.authors[0].full_name
    assert f"Author 2 (Lan) has the same ID number as author 1 ({first})." in messages
    with pytest.raises(InputError) as caught:
        parse_date("31/02/2024", label="Ngày sinh")  # the GUI passes its own, translated label
    text = error_text(caught.value.message)
    assert text.startswith("Ngày sinh “31/02/2024” is not a real date"), text


def test_core_messages_translate_by_code_and_keep_data_verbatim(english):
    """The officer's own words are never translated, even when they read like core text."""
    title = "Từ rơm đến phân bón"  # "từ … đến …" is also a core phrase ("from … to …")
    assert core_text(Message("dossier_named", title=title)) == f"The dossier “{title}”"
    message = Message("check_not_recognised_claimed", dossier=Message("dossier_named", title=title),
                      status=STATUS_LABELS[Status.RECOGNISED])
    assert core_text(message) == (f"The dossier “{title}” has no initiative recognition decision "
                                  "yet (its status says “Recognised” but the data holds no decision).")
    # A param with braces or a placeholder-like text goes in as typed.
    assert core_text(Message("dossier_named", title="{title} %1")) == "The dossier “{title} %1”"


# A count followed by an English plural noun: the word must follow the number (one form for
# 1, another for the rest), written as {count|file|files} in the translation.
COUNT_BEFORE_A_NOUN = re.compile(r"\{(count|n|days|errors|over|quota|length|limit|rows)\} (?!\{|has\b|was\b|is\b)([a-z]+s)\b")


def test_english_core_messages_choose_the_word_for_the_number():
    bare = [(m.comment, match[0]) for m in catalogue.read_ts(catalogue.ts_path("en"))
            if m.context == "core" for match in COUNT_BEFORE_A_NOUN.finditer(m.translations[-1])]
    assert not bare, f"write the count's word as {{count|one|other}}: {bare[:5]}"


def test_counts_in_english_read_as_one_and_many(english):
    assert core_text(Message("check_attachments_missing", count=1)).startswith(
        "1 attachment is missing from the data folder. Restore from a backup that has it, or attach it again.")
    assert core_text(Message("check_attachments_missing", count=4)).startswith("4 attachments are missing")
    assert core_text(Message("deadline_near", days=1, at="05/12/2026")) == "1 day left until the deadline (05/12/2026)."
    assert counts.fill("%1, %2", counts.nominations(1),
                       counts.dossiers(1)) == "1 nomination, 1 dossier"
    assert counts.dossiers(3) == "3 dossiers"
    assert counts.dossiers(None) == "number of dossiers unknown"  # an old backup uncounted


def test_core_text_in_vietnamese_is_the_core_text(app_data):
    message = Message("meeting_not_found", uuid="abc-123")
    assert error_text(message) == message == "Không tìm thấy cuộc họp abc-123."
    assert status_label("recognised") == "Đã công nhận"


def test_text_without_a_code_is_shown_as_it_is(english):
    """Data (a unit's name, a campaign's own words) and the system's words are never matched
    against the core's sentences: only a Message is translated."""
    for text in ("Tổng cộng", "Không tìm thấy cuộc họp abc-123.", "Từ rơm đến phân bón", "{title}"):
        assert core_text(text) == text
    assert core_text(Message("targets_total")) == "Total"


def test_qt_standard_buttons_follow_the_language(app_data, english):
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    assert box.button(QDialogButtonBox.Cancel).text() == "Cancel"
    language.install("vi")
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    assert box.button(QDialogButtonBox.Cancel).text() == "Hủy"
    assert box.button(QDialogButtonBox.Ok).text() == "Đồng ý"


def _texts(widget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = [a.text() for a in widget.findChildren(type(widget.menuBar().actions()[0]))]
    found += [b.text() for b in widget.findChildren(QAbstractButton)]
    found += [label.text() for label in widget.findChildren(QLabel)]
    return [t for t in found if t]


def test_main_window_in_english(qtbot, english, monkeypatch):
    from sangkien_desktop.gui.main_window import MainWindow

    window = MainWindow(english)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Dossier"]
    assert "&Help" in menus
    assert window.ui.searchEdit.placeholderText().startswith("Search by title")
    model = window.ui.dossierTable.model()
    from PySide6.QtCore import Qt

    assert model.headerData(0, Qt.Horizontal, Qt.DisplayRole) == "Initiative title"
    vietnamese = [t for t in _texts(window) if VIETNAMESE.search(t)]
    assert not vietnamese, vietnamese


def test_startup_language_from_the_environment(app_data, monkeypatch):
    monkeypatch.setenv(language.ENVIRONMENT, "en")
    assert language.startup_language() == "en"
    assert language.saved_language() == "vi"  # the setting itself is untouched
    monkeypatch.setenv(language.ENVIRONMENT, "fr")
    assert language.startup_language() == "vi"


def test_language_chosen_in_settings_persists(qtbot, app_data, _no_modal_boxes):
    from sangkien_desktop.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.languageCombo.currentData() == "vi"
    ui.unitNameEdit.setText("Công đoàn Công ty A")
    ui.placeEdit.setText("Việt Trì")
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    ui.buttonBox.accepted.emit()
    assert dialog.result() == QDialog.Accepted
    assert language.saved_language() == "en"
    # It applies on restart, and the dialog said so.
    assert QCoreApplication.translate("MainWindow", "&Tệp") == "&Tệp"
    assert any("lần mở chương trình sau" in text for _title, text in _no_modal_boxes)
    again = SettingsDialog(app_data)
    qtbot.addWidget(again)
    assert again.ui.languageCombo.currentData() == "en"
    assert language.catalogues(language.startup_language())[-1].name == "sangkien_en.qm"


def test_a_damaged_backup_in_english(english, tmp_path):
    """A backup refused for what was found in it: the sentence and the finding in English, the
    archive's name as it is on disk."""
    import zipfile

    from sangkien_desktop.storage.backup import BackupError, read_manifest

    archive = tmp_path / "Sao lưu đợt 1.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("other.txt", "x")
    with pytest.raises(BackupError) as caught:
        read_manifest(archive)
    assert caught.value.code == "backup_damaged"
    assert exception_text(caught.value) == (
        "The backup “Sao lưu đợt 1.zip” is damaged or is not a Sáng kiến Desktop backup (the "
        "manifest.json file is missing). The current data has not been changed; choose another "
        "backup.")


def test_a_refused_json_file_in_english(english, tmp_path):
    """Each problem of the validator worded in English: the record, the item, the field and
    what is wrong; the dossier's title and the values as they are in the file."""
    from sangkien_desktop.exchange import schema
    from sangkien_desktop.exchange.json_format import read_dossiers
    from tests.core.test_hostile_json import good_document, write

    data = good_document()
    data["dossiers"][0]["title"] = "Từ rơm đến phân bón"
    data["dossiers"][0]["authors"][1]["share_percent"] = -5
    data["dossiers"][1]["attachments"] = [dict(data["dossiers"][0]["attachments"][0],
                                               filename="../hồ sơ.pdf")]
    data["app_version"] = 7
    with pytest.raises(schema.InvalidDataError) as caught:
        read_dossiers(write(tmp_path / "đợt 1.json", data))
    assert exception_text(caught.value).splitlines() == [
        "The file “đợt 1.json” holds data that is not valid, so nothing was imported:",
        "- Program version must be a text string.",
        "- Dossier 1 (“Từ rơm đến phân bón”), author 2: contribution share (%) must be from 0 "
        "to 100.",
        "- Dossier 2 (“Hồ sơ thứ hai”), attachment 1: file name “../hồ sơ.pdf” cannot be used: "
        "the file name has a folder separator (/ or \\), so it is a path. Rename the file where "
        "it was sent from and export again.",
    ]


def test_a_spreadsheet_check_in_english(qtbot, english, tmp_path):
    """What each row would create and what is wrong with it, in English; the names, dates and
    the sheet's own headers as they are in the file."""
    from tests.gui.test_xlsx_import_dialog import _sheet

    from sangkien_desktop.gui.dialogs.xlsx_import_dialog import XlsxImportDialog

    path = _sheet(tmp_path / "ds.xlsx", [
        [1, "Từ rơm đến phân bón", "Vũ Thị Nga", "12/5/2023", ""],
        [2, "Thiếu tỷ lệ", "An; Bình", "", ""],
    ])
    dialog = XlsxImportDialog(english, None, path)
    qtbot.addWidget(dialog)
    table = dialog.ui.resultTable
    assert table.item(0, 2).text() == "“Từ rơm đến phân bón” — Vũ Thị Nga (100%) — applied 12/05/2023 — Draft"
    assert table.item(1, 3).text().startswith(
        "Error — column C (Tác giả): No contribution share for An, Bình. Write the share after "
        "each name")


def _shown_counts(qtbot, app_data) -> tuple[str, str, str]:
    """The status bar's count, the overview's badge and its "with errors" line for 98,977
    dossiers (21,627 of them with errors)."""
    from sangkien_desktop.services.overview import Overview

    from sangkien_desktop.gui.main_window import MainWindow
    from sangkien_desktop.gui.views.overview_panel import stage_links

    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window._show_count(98977, False)
    found = Overview({"draft": 98977}, 0, (), 0, None, with_errors=21627)
    badge = re.search(r"&nbsp;(\S+)&nbsp;", stage_links(found)[0])
    assert badge is not None
    return (window.count_label.text(), badge[1],
            re.sub(r"<[^>]+>", "", window.overview_panel._check_links(found)[0]))


def test_every_count_is_grouped_the_one_way_of_the_interface_language(qtbot, app_data):
    assert _shown_counts(qtbot, app_data) == ("98.977 hồ sơ", "98.977", "21.627 hồ sơ có lỗi")
    assert counts.number(1234567) == "1.234.567" and counts.number(999) == "999"
    assert counts.dossiers(1000) == "1.000 hồ sơ"


def test_every_count_is_grouped_the_english_way_in_english(qtbot, english):
    assert _shown_counts(qtbot, english) == ("98,977 dossiers", "98,977",
                                             "21,627 dossiers with errors")
    assert counts.dossiers(1000) == "1,000 dossiers" and counts.number(12) == "12"


def test_the_backup_table_groups_counts_and_shows_an_uncounted_backup(qtbot, app_data):
    """A backup made before backups counted their dossiers has no count: a dash, not a crash."""
    import datetime as dt
    from pathlib import Path

    from PySide6.QtWidgets import QTableWidget

    from sangkien_desktop.services.backup.backups import BackupInfo

    from sangkien_desktop.gui.views.backup_table import fill_backup_table

    table = QTableWidget(0, 4)
    qtbot.addWidget(table)
    taken = dt.datetime(2026, 3, 9, 14, 5)
    fill_backup_table(table, [
        BackupInfo(Path("a.zip"), taken, "daily", 21627, 13, "1.0", 2048),
        BackupInfo(Path("b.zip"), taken, "daily", None, 5, "0.9", 2048)])
    shown = [[table.item(r, c).text() for c in range(table.columnCount()) if table.item(r, c)]
             for r in range(2)]
    assert "21.627" in shown[0] and "—" in shown[1]
