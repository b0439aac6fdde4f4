"""Required attachments (issue 18, item 6): each file is matched to the program's required
document from a list in the editor, stored in its own field, and the check counts it."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from tests.gui.typing import commit_text

from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

MOT_TRIEU = "mot-trieu-sang-kien-2021-2023"


def _required(editor) -> set[str]:
    report = editor.panel.run()
    return {f.ref for f in report.findings if f.rule_id == "SK-ATTACH-REQUIRED"}


def test_a_file_is_picked_as_a_required_document_from_the_programs_list(qtbot, app_data,
                                                                       monkeypatch, tmp_path):
    pdf = tmp_path / "quyet-dinh-12.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% quyet dinh\n%%EOF\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(pdf)], ""))
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    ui = editor.ui
    commit_text(ui.titleEdit, "Giá đỡ khuôn ép nhanh")
    ui.campaignCombo.setCurrentIndex(ui.campaignCombo.findData(MOT_TRIEU))
    assert _required(editor) == {"quyet_dinh_cong_nhan", "danh_gia_hieu_qua"}
    editor.attachments.add()
    combo = editor.attachments.requirement_combo(0)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "(không phải giấy tờ bắt buộc)"
    assert labels[1].startswith("Quyết định công nhận sáng kiến") and len(labels) == 3
    combo.setCurrentIndex(combo.findData("quyet_dinh_cong_nhan"))
    assert _required(editor) == {"danh_gia_hieu_qua"}
    # The fix the check gives names the list, not a hidden code.
    finding = next(f for f in editor.panel.report.findings if f.rule_id == "SK-ATTACH-REQUIRED")
    assert "Giấy tờ bắt buộc" in finding.fix and "#" not in finding.fix
    assert editor.save()
    with app_data.db.session() as s:
        (ref,) = get_dossier(s, editor.saved_uuid).attachments
    assert ref.requirement == "quyet_dinh_cong_nhan" and ref.note == ""
    # Opened again, the choice is there; a program without the document says so, not lost.
    again = DossierEditor(app_data, editor.saved_uuid)
    qtbot.addWidget(again)
    assert again.attachments.requirement_combo(0).currentData() == "quyet_dinh_cong_nhan"
    again.ui.campaignCombo.setCurrentIndex(again.ui.campaignCombo.findData("cong-nhan-cap-co-so"))
    combo = again.attachments.requirement_combo(0)
    assert combo.currentData() == "quyet_dinh_cong_nhan"
    assert "không có trong chương trình này" in combo.currentText()


def test_the_unit_packs_papers_are_offered_and_counted(qtbot, app_data, monkeypatch, tmp_path):
    """Issue 21: a paper the rule pack asks (the provincial pack: the applying unit's
    confirmation of the effect) is picked from the same list and satisfies SK-ELIG-PAPER."""
    from sangkien_desktop.services.council.rule_packs import set_unit_pack

    with app_data.db.session() as s:
        set_unit_pack(s, "tinh-70-phan-tram")
        s.commit()
    pdf = tmp_path / "xac-nhan-hieu-qua.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% xac nhan\n%%EOF\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(pdf)], ""))
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    commit_text(editor.ui.titleEdit, "Giá đỡ khuôn ép nhanh")
    report = editor.panel.run()
    assert "xac_nhan_hieu_qua" in {f.ref for f in report.findings if f.rule_id == "SK-ELIG-PAPER"}
    editor.attachments.add()
    combo = editor.attachments.requirement_combo(0)
    combo.setCurrentIndex(combo.findData("xac_nhan_hieu_qua"))
    assert combo.currentText() == "Xác nhận hiệu quả áp dụng của đơn vị áp dụng"
    assert "SK-ELIG-PAPER" not in editor.panel.run().rule_ids()
