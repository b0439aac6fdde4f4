"""The rule packs window: the shipped packs listed, one edited (a new version, the shipped one
kept), grades and score ranges typed, chosen for the unit, exported and imported; a council
follows the pack picked for it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from sangkien_desktop.domain.council import Role
from sangkien_desktop.services.council import councils, rule_packs
from tests.gui.list_items import assert_items_whole
from tests.gui.test_councils_dialog import _member
from tests.gui.typing import commit_text

from sangkien_desktop.gui.dialogs.councils_dialog import CouncilsDialog
from sangkien_desktop.gui.dialogs.rule_pack_dialog import RulePackDialog


def _select(dialog: RulePackDialog, pack_id: str) -> None:
    lst = dialog.ui.packList
    lst.setCurrentRow(next(i for i in range(lst.count()) if lst.item(i).data(Qt.UserRole) == pack_id))


def test_the_shipped_packs_are_listed_and_the_national_one_is_the_units(qtbot, app_data):
    dialog = RulePackDialog(app_data)
    qtbot.addWidget(dialog)
    ids = [dialog.ui.packList.item(i).data(Qt.UserRole) for i in range(dialog.ui.packList.count())]
    assert ids[0] == "quoc-gia" and set(ids) == {"quoc-gia", "giao-duc-2026", "tinh-70-phan-tram"}
    assert "★" in dialog.ui.packList.item(0).text()
    ui = dialog.ui
    assert ui.idValue.text() == "quoc-gia @ 2026.1"
    assert ui.legalEdit.toPlainText().startswith("Căn cứ Nghị định số 13/2012/NĐ-CP")
    assert ui.checkedEdit.text() == "01/12/2026"
    assert "hai phần ba" in ui.passRuleValue.text()
    _select(dialog, "giao-duc-2026")
    assert ui.filingSpin.value() == 12 and ui.shareSpin.value() == 30
    assert ui.rangesTable.rowCount() == 5
    money = [ui.rangesTable.item(r, 4).checkState() == Qt.Checked for r in range(5)]
    assert money == [False, False, False, True, False]
    assert ui.bandsTable.item(0, 3).text() == "Tính mới ≥ 30"


def test_editing_a_shipped_pack_keeps_it_and_stores_the_next_version(qtbot, app_data):
    dialog = RulePackDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.voteCombo.setEditText("70%")
    assert "70 %" in ui.passRuleValue.text()
    ui.legalEdit.setPlainText(ui.legalEdit.toPlainText() + "\nCăn cứ Quy chế Hội đồng sáng kiến năm 2026;")
    ui.checkedEdit.setText("")
    commit_text(ui.checkedEdit, "02/12/2026")
    ui.bandsTable.item(1, 3).setText("Tính mới ≥ 20")  # grade B now needs novelty 20
    assert dialog.save(), ui.errorLabel.text()
    assert "phiên bản 2026.2" in ui.errorLabel.text()
    with app_data.db.session() as session:
        new = rule_packs.get_pack(session, "quoc-gia")
        old = rule_packs.get_pack(session, "quoc-gia@2026.1")
    assert new.version == "2026.2" and new.rules.kind == "seventy_percent"
    assert new.legal_basis[-1] == "Căn cứ Quy chế Hội đồng sáng kiến năm 2026;"
    assert new.rubric.bands[1].min_scores == {"tinh_moi": Decimal(20)}
    assert old.rules.kind == "two_thirds" and len(old.legal_basis) == 2


def test_a_wrong_grade_condition_or_range_is_refused(qtbot, app_data):
    dialog = RulePackDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.bandsTable.item(0, 3).setText("Độ khó ≥ 30")
    assert not dialog.save()
    assert "không hiểu điều kiện “Độ khó ≥ 30”" in ui.errorLabel.text()
    ui.bandsTable.item(0, 3).setText("Tính mới ≥ 30")
    ui.addRangeButton.click()
    for col, text in enumerate(("Hiệu quả (kinh tế, xã hội)", "21", "35", "Có giá trị làm lợi")):
        ui.rangesTable.item(0, col).setText(text)
    assert not dialog.save()
    assert "phải nằm trong 0–30" in ui.errorLabel.text()
    ui.rangesTable.item(0, 2).setText("30")
    assert dialog.save(), ui.errorLabel.text()


def test_a_new_pack_for_the_unit_exported_and_imported(qtbot, app_data, tmp_path, monkeypatch):
    dialog = RulePackDialog(app_data)
    qtbot.addWidget(dialog)
    _select(dialog, "giao-duc-2026")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Quy định Trường THPT Lê Lợi 2026", True))
    dialog.ui.copyButton.click()
    assert dialog.ui.idValue.text() == "quy-dinh-truong-thpt-le-loi-2026 @ 1"
    dialog.ui.shareSpin.setValue(25)
    assert dialog.save()
    dialog.ui.unitButton.click()
    assert "Quy định Trường THPT Lê Lợi 2026" in dialog.ui.unitPackLabel.text()
    out = tmp_path / "le-loi.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.ui.exportButton.click()
    assert '"min_coauthor_share": "25"' in out.read_text(encoding="utf-8")
    # Another unit imports the file.
    other = tmp_path / "other"
    from sangkien_desktop.services.context import open_app_data

    there = open_app_data(other)
    try:
        second = RulePackDialog(there)
        qtbot.addWidget(second)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
        second.ui.importButton.click()
        assert "Đã nhập" in second.ui.errorLabel.text()
        assert second.ui.idValue.text() == "quy-dinh-truong-thpt-le-loi-2026 @ 1"
        assert second.ui.shareSpin.value() == 25
    finally:
        there.close()


def test_a_council_follows_the_pack_picked_and_a_change_makes_its_own(qtbot, app_data):
    dialog = CouncilsDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.nameEdit.clear()
    commit_text(ui.nameEdit, "Hội đồng sáng kiến Trường THPT Lê Lợi")
    _member(dialog, "Trần Văn Hưng", Role.CHAIR, "Hiệu trưởng")
    _member(dialog, "Lê Thị Thu", Role.SECRETARY, "Chủ tịch Công đoàn")
    _member(dialog, "Phan Đình Khoa", Role.MEMBER, "Tổ trưởng Tổ Toán")
    ui.packCombo.setCurrentIndex(ui.packCombo.findData("giao-duc-2026"))
    ui.packCombo.activated.emit(ui.packCombo.currentIndex())
    assert ui.criteriaTable.item(0, 0).text() == "Tính mới"
    assert dialog.save(), ui.errorLabel.text()
    with app_data.db.session() as session:
        (council,) = councils.list_councils(session)
    assert council.pack.ref == "giao-duc-2026@2026.1"  # unchanged: the shipped pack itself
    ui.voteCombo.setEditText("100%")
    assert dialog.save(), ui.errorLabel.text()
    with app_data.db.session() as session:
        (council,) = councils.list_councils(session)
    assert council.pack.id == f"hoi-dong-{council.uuid}"
    assert council.pack.name == "Quy định của Hội đồng sáng kiến Trường THPT Lê Lợi"
    assert council.pack.rules.kind == "unanimous"
    assert council.pack.eligibility.min_coauthor_share == 30  # the rest comes from its base
    assert council.rubric.criterion("hieu_qua").ranges[0].requires == "benefit_computed"


def test_the_rule_packs_open_from_the_council_menu(qtbot, app_data, monkeypatch):
    from sangkien_desktop.gui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(RulePackDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert window.ui.actionRulePacks in window.ui.menuCouncil.actions()
    window.ui.actionRulePacks.trigger()
    [dialog] = opened
    assert dialog.ui.idValue.text() == "quoc-gia @ 2026.1"  # the unit's pack, shown first


def test_the_sources_are_named_in_words_and_shown_as_written(qtbot, app_data, tmp_path):
    """Each part's source under its label in the window (never the file's key such as
    "council_rules"); a source's own text is shown as written, not read as markup."""
    import json

    with app_data.db.session() as s:
        data = rule_packs.get_pack(s, "quoc-gia").to_dict()
    data |= {"id": "don-vi-rieng", "version": "1", "name": "Quy định riêng",
             "sources": {"council_rules": "Quy chế <b>số 5</b> & phụ lục", "khac": "Ghi chép riêng"}}
    path = tmp_path / "rieng.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with app_data.db.session() as s:
        rule_packs.import_pack(s, path)
        s.commit()
    dialog = RulePackDialog(app_data)
    qtbot.addWidget(dialog)
    shown = dialog.ui.sourcesValue.text()
    for key in ("council_rules", "legal_basis", "eligibility", "rubric"):
        assert key not in shown, shown
    assert "Căn cứ pháp lý:" in shown and "Biểu quyết:" in shown and "Thù lao:" in shown
    _select(dialog, "don-vi-rieng")
    shown = dialog.ui.sourcesValue.text()
    assert "Biểu quyết: Quy chế &lt;b&gt;số 5&lt;/b&gt; &amp; phụ lục" in shown, shown
    assert "khac: Ghi chép riêng" in shown  # a part the program does not know keeps its name


def test_a_long_pack_name_is_shown_whole_in_the_list(qtbot, app_data, tmp_path):
    """A name that wraps keeps every line: each item is drawn as wide as the list, the width
    its height was measured at, and is as tall as its text needs (items spaced apart were drawn
    narrower than measured: "Quy định chung (NĐ 13/2012, TT 18/2013) ★…", its version line
    lost, on a screen with Liberation Sans)."""
    import json

    with app_data.db.session() as s:
        data = rule_packs.get_pack(s, "quoc-gia").to_dict()
    for n, words in enumerate(("Quy định xét công nhận sáng kiến của Công ty Cổ phần Dệt may",
                               "Quy định chung (NĐ 13/2012, TT 18/2013) của đơn vị")):
        path = tmp_path / f"p{n}.json"
        path.write_text(json.dumps(data | {"id": f"dai-{n}", "version": "1", "name": words,
                                           "short_name": words}, ensure_ascii=False), encoding="utf-8")
        with app_data.db.session() as s:
            rule_packs.import_pack(s, path)
            s.commit()
    dialog = RulePackDialog(app_data)
    qtbot.addWidget(dialog)
    lst = dialog.ui.packList
    assert_items_whole(qtbot, dialog, lst)
