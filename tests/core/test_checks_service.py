from __future__ import annotations

import datetime as dt

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.validation import Acknowledgement
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.dossiers import checks
from sangkien_desktop.services.dossiers.attachments import blob_path, store_file
from sangkien_desktop.services.dossiers.saving import save_dossier


def test_cccd_codes_come_from_the_old_province_list():
    codes = checks.cccd_province_codes()
    assert len(codes) == 63 and "001" in codes and "096" in codes and "003" not in codes


def test_duplicate_hint_finds_a_similar_dossier_elsewhere(db):
    text = (
        "Lắp cảm biến đo mức nước tại bể chứa, tự động bật bơm khi mức nước thấp và tắt bơm "
        "khi bể đầy, thay cho việc công nhân phải trực canh bơm cả ngày lẫn đêm."
    )
    with db.session() as s:
        a = save_dossier(s, Dossier(title="Tự động hóa bơm nước bể chứa", description_solution=text))
        save_dossier(s, Dossier(title="Sổ tay an toàn điện"))
        b = save_dossier(s, Dossier(title="Tu dong hoa bom nuoc be chua", description_solution=text,
                                       unit_name="Đơn vị khác"))
        s.commit()
        candidates = checks.duplicate_candidates(s, b)
        assert [c.uuid for c in candidates] == [a.uuid]
        report = checks.check(s, b, load_campaigns(), None)
        hint = [f for f in report.findings if f.rule_id == "SK-DUPLICATE"]
        assert hint and hint[0].ref == a.uuid and "Có thể trùng" in hint[0].message


def test_changed_attachment_is_an_error(db, tmp_path):
    store = tmp_path / "store"
    src = tmp_path / "qd.pdf"
    src.write_bytes(b"%PDF-1.4\n%%EOF\n")
    ref = store_file(store, src)
    with db.session() as s:
        d = save_dossier(s, Dossier(title="Có tệp", attachments=[ref]))
        assert "SK-ATTACH-HASH" not in checks.check(s, d, load_campaigns(), store).rule_ids()
        blob_path(store, ref.sha256).write_bytes(b"%PDF-1.4 changed\n%%EOF\n")
        assert "SK-ATTACH-HASH" in checks.check(s, d, load_campaigns(), store).rule_ids()
        blob_path(store, ref.sha256).unlink()
        assert "SK-ATTACH-MISSING" in checks.check(s, d, load_campaigns(), store).rule_ids()


def test_acknowledgements_are_kept_and_replaced(db):
    with db.session() as s:
        ack = Acknowledgement("SK-CCCD-BIRTH", "authors[0].cccd", "Trần Văn Tổ", dt.date(2026, 5, 1),
                              "Đã đối chiếu bản gốc")
        checks.acknowledge(s, "u-1", ack)
        checks.acknowledge(s, "u-1", Acknowledgement("SK-CCCD-BIRTH", "authors[0].cccd", "Người khác",
                                                     dt.date(2026, 5, 2), "Kiểm tra lại"))
        checks.acknowledge(s, "u-1", Acknowledgement("SK-DUPLICATE", "", "Trần Văn Tổ",
                                                     dt.date(2026, 5, 1), "Khác đơn vị"))
        s.commit()
        kept = checks.acknowledgements(s, "u-1")
        assert [(a.rule_id, a.by) for a in kept] == [("SK-CCCD-BIRTH", "Người khác"), ("SK-DUPLICATE", "Trần Văn Tổ")]
        checks.forget(s, "u-1", kept[:1])
        assert [a.rule_id for a in checks.acknowledgements(s, "u-1")] == ["SK-DUPLICATE"]
        assert checks.acknowledgements(s, "u-2") == []


def test_a_dossier_with_two_versions_is_one_possible_duplicate(db):
    """Issue 18: a recognised dossier and its correction were each warned about; and a
    correction was warned about the version it corrects."""
    from sangkien_desktop.services.council.decisions import new_version
    from sangkien_desktop.services.dossiers import history

    text = ("Lắp cảm biến đo mức nước tại bể chứa, tự động bật bơm khi mức nước thấp và tắt bơm "
            "khi bể đầy, thay cho việc công nhân phải trực canh bơm cả ngày lẫn đêm.")
    with db.session() as s:
        old = save_dossier(s, Dossier(title="Tự động hóa bơm nước bể chứa", description_solution=text))
        history.freeze(s, old)
        correction = new_version(s, old.uuid)
        other = save_dossier(s, Dossier(title="Tự động hóa bơm nước bể chứa", description_solution=text,
                                        unit_name="Đơn vị khác"))
        s.commit()
        assert [c.uuid for c in checks.duplicate_candidates(s, other)] == [correction.uuid]
        report = checks.check(s, other, load_campaigns(), None)
        assert len([f for f in report.findings if f.rule_id == "SK-DUPLICATE"]) == 1
        # The correction is no duplicate of the version it corrects, only of the other one.
        assert [c.uuid for c in checks.duplicate_candidates(s, correction)] == [other.uuid]
