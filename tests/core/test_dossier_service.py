from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sangkien_desktop.domain.dossier import Applier, AttachmentRef, Author, Dossier, Sector
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier, get_dossiers, next_code
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    SortKey,
    count_dossiers,
    distinct_units,
    list_dossiers,
)
from sangkien_desktop.services.dossiers.recycle_bin import empty_bin, move_to_bin, purge, restore
from sangkien_desktop.services.dossiers.saving import save_dossier


def _dossier(**kw) -> Dossier:
    base = dict(
        title="Cải tiến quy trình đóng gói",
        unit_name="Công ty CP Bao bì Đồng Nai",
        campaign_id="mot-trieu-sang-kien-2021-2023",
        solution_type="ky_thuat",
        first_applied_on=dt.date(2022, 3, 1),
        authors=[
            Author(full_name="Phạm Thu Trang", share_percent=Decimal("60"), cccd="075188001234"),
            Author(full_name="Đỗ Minh Đức", share_percent=Decimal("40")),
        ],
        appliers=[Applier(full_name="Bùi Văn Long", task="Vận hành thử")],
    )
    base.update(kw)
    return Dossier(**base)


def test_save_and_read_back_every_field(db):
    d = _dossier(
        sector=Sector.ENTERPRISE,
        investor="Công ty CP Bao bì Đồng Nai",
        description_before="Trước đây…",
        description_solution="Giải pháp…",
        description_novelty="Điểm mới…",
        confidential_info="Bản vẽ khuôn",
        conditions="Máy đóng gói tự động",
        benefit_author_vnd=150_000_000,
        benefit_unit_vnd=120_000_000,
        benefit_author_social="Giảm tai nạn",
        benefit_unit_social="Môi trường tốt hơn",
        benefit_calculation="2 giờ × 250 ngày",
        research_accepted_on=dt.date(2022, 1, 5),
        head_confirmed=True,
        attests_public_order=True,
        attests_no_ip_protection=True,
        has_complaint=False,
        has_authorship_dispute=True,
        portal_text="Tóm tắt",
        notes="ghi chú",
        province_code="provinces-2025/dong-nai",
    )
    with db.session() as s:
        saved = save_dossier(s, d)
        s.commit()
    ref = AttachmentRef(sha256="c" * 64, filename="bản vẽ.pdf", size=12, media_type="application/pdf",
                        note="Bản vẽ", added_at=dt.datetime(2024, 2, 3, 4, 5, 6))
    with db.session() as s:
        other = save_dossier(s, _dossier(title="Khác", attachments=[ref]))
        s.commit()
    with db.session() as s:
        back = get_dossier(s, d.uuid)
        # Many at once, read as plain rows: the same dossiers.
        many = get_dossiers(s, [other.uuid, d.uuid, "not-stored"])
        assert many == {d.uuid: back, other.uuid: get_dossier(s, other.uuid)}
        assert many[other.uuid].attachments[0].note == "Bản vẽ"
    expected = saved
    assert back == expected
    assert back.code.startswith("SK-")
    assert back.authors[1].full_name == "Đỗ Minh Đức"
    assert back.authors[0].share_percent == Decimal("60.00")
    assert back.appliers[0].task == "Vận hành thử"


def test_codes_restart_each_year(db):
    with db.session() as s:
        a = save_dossier(s, _dossier(created_at=dt.datetime(2025, 5, 1)))
        b = save_dossier(s, _dossier(created_at=dt.datetime(2025, 6, 1)))
        c = save_dossier(s, _dossier(created_at=dt.datetime(2026, 1, 2)))
        s.commit()
    assert (a.code, b.code, c.code) == ("SK-2025-00001", "SK-2025-00002", "SK-2026-00001")


def test_update_replaces_children_and_reindexes(db):
    d = _dossier()
    with db.session() as s:
        save_dossier(s, d)
        s.commit()
    with db.session() as s:
        current = get_dossier(s, d.uuid)
        current.title = "Máy cắt ống tự động"
        current.authors = [Author(full_name="Hoàng Anh Tuấn", share_percent=Decimal(100))]
        save_dossier(s, current)
        s.commit()
        assert count_dossiers(s, DossierQuery(search="dong goi")) == 0
        assert count_dossiers(s, DossierQuery(search="may cat")) == 1
        assert count_dossiers(s, DossierQuery(search="trang")) == 0
        assert count_dossiers(s, DossierQuery(search="tuan")) == 1
        assert [a.full_name for a in get_dossier(s, d.uuid).authors] == ["Hoàng Anh Tuấn"]


@pytest.mark.parametrize(
    "query, hits",
    [
        ("sang kien", 1),
        ("SÁNG KIẾN", 1),
        ("lao dong", 1),
        ("duong", 1),
        ("Đường", 1),
        ("đuong", 1),
        ("sang kien xuong", 1),
        ("sa", 1),
        ("xyz", 0),
        ('"', 3),  # punctuation only: no words, no filter
        ("AND OR NOT", 0),  # FTS syntax words are plain words here
    ],
)
def test_search_folds_diacritics_and_d_stroke(db, query, hits):
    with db.session() as s:
        save_dossier(s, _dossier(title="Sáng kiến làm mát xưởng"))
        save_dossier(s, _dossier(title="Tổ chức hội thao", unit_name="Công đoàn Lao động Quận 3"))
        save_dossier(s, _dossier(title="Sửa chữa Đường ống"))
        s.commit()
        assert count_dossiers(s, DossierQuery(search=query)) == hits
        assert len(list_dossiers(s, DossierQuery(search=query))) == hits


def test_sort_by_every_column_and_paging(db):
    with db.session() as s:
        for i, title in enumerate(["Bơm", "Ắc quy", "Đèn", "An toàn", "Cửa"]):
            save_dossier(s, _dossier(title=title, first_applied_on=dt.date(2022, 1, i + 1)))
        s.commit()
        rows = list_dossiers(s, DossierQuery(sort=SortKey.TITLE, descending=False))
        assert [r.title for r in rows] == ["An toàn", "Ắc quy", "Bơm", "Cửa", "Đèn"]
        for key in SortKey:
            assert len(list_dossiers(s, DossierQuery(sort=key))) == 5
        page1 = list_dossiers(s, DossierQuery(sort=SortKey.FIRST_APPLIED, descending=False), limit=2)
        page2 = list_dossiers(
            s, DossierQuery(sort=SortKey.FIRST_APPLIED, descending=False), offset=2, limit=2
        )
        assert [r.title for r in page1 + page2] == ["Bơm", "Ắc quy", "Đèn", "An toàn"]


def test_lead_author_is_marked_or_largest_share(db):
    with db.session() as s:
        d = save_dossier(s, _dossier())
        row = list_dossiers(s, DossierQuery())[0]
        assert row.lead_author_name == "Phạm Thu Trang"
        d.authors[1].is_lead = True
        save_dossier(s, d)
        assert list_dossiers(s, DossierQuery())[0].lead_author_name == "Đỗ Minh Đức"


def test_bin_restore_purge_and_empty(db):
    a, b, c = _dossier(), _dossier(), _dossier()
    with db.session() as s:
        for d in (a, b, c):
            save_dossier(s, d)
        s.commit()
        with pytest.raises(NotFoundError):
            purge(s, a.uuid)  # not in the bin yet
        for d in (a, b, c):
            move_to_bin(s, d.uuid)
        s.commit()
        assert count_dossiers(s, DossierQuery()) == 0
        assert count_dossiers(s, DossierQuery(in_bin=True)) == 3
        restore(s, a.uuid)
        purge(s, b.uuid)
        s.commit()
        assert count_dossiers(s, DossierQuery()) == 1
        assert empty_bin(s) == 1
        s.commit()
        assert count_dossiers(s, DossierQuery(in_bin=True)) == 0
        with pytest.raises(NotFoundError):
            get_dossier(s, c.uuid)
        assert count_dossiers(s, DossierQuery(search="dong goi")) == 1


def test_a_failed_save_leaves_the_stored_dossier_intact(db):
    d = _dossier()
    with db.session() as s:
        save_dossier(s, d)
        s.commit()
    with db.session() as s:
        broken = get_dossier(s, d.uuid)
        broken.title = "Tên mới"
        broken.attachments = []
        save_dossier(s, broken)
        s.rollback()  # e.g. the process was interrupted before commit
    with db.session() as s:
        assert get_dossier(s, d.uuid).title == "Cải tiến quy trình đóng gói"


def test_distinct_units_sorted_vietnamese(db):
    with db.session() as s:
        for unit in ("Trường Tiểu học Ái Mộ", "Công ty Đông Á", "Bệnh viện C", "Công ty Đông Á"):
            save_dossier(s, _dossier(unit_name=unit))
        assert distinct_units(s) == ["Bệnh viện C", "Công ty Đông Á", "Trường Tiểu học Ái Mộ"]


def test_next_code_compares_numbers_not_text(db):
    with db.session() as s:
        save_dossier(s, _dossier(code="SK-2026-9", created_at=dt.datetime(2026, 1, 1)))
        save_dossier(s, _dossier(code="SK-2026-00010", created_at=dt.datetime(2026, 1, 1)))
        save_dossier(s, _dossier(code="SK-2026-ABC", created_at=dt.datetime(2026, 1, 1)))
        assert next_code(s, 2026) == "SK-2026-00011"
        assert next_code(s, 2027) == "SK-2027-00001"


def test_the_list_tells_a_recognised_version_from_its_correction(db):
    from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
    from sangkien_desktop.services.council import decisions

    with db.session() as s:
        d = save_dossier(s, Dossier(
            title="Khuôn gá hàn ống", first_applied_on=dt.date(2024, 3, 1),
            authors=[Author(full_name="Vũ Văn Khải", share_percent=Decimal(100))]))
        plain = save_dossier(s, Dossier(title="Giá để dụng cụ"))
        decisions.issue_decision(s, Decision(date=dt.date(2024, 5, 2), items=[
            DecisionItem(d.uuid, Outcome.RECOGNISED)]))
        correction = decisions.new_version(s, d.uuid)
        s.commit()
        rows = {r.uuid: r for r in list_dossiers(s, DossierQuery(old_versions=True))}
        current = [r.uuid for r in list_dossiers(s, DossierQuery())]
        assert count_dossiers(s, DossierQuery()) == 2
        # The correction moves to the bin: the recognised version is the dossier again.
        move_to_bin(s, correction.uuid)
        after_bin = [r.uuid for r in list_dossiers(s, DossierQuery())]
    assert (rows[d.uuid].version, rows[d.uuid].superseded) == (1, True)
    assert (rows[correction.uuid].version, rows[correction.uuid].superseded) == (2, False)
    assert (rows[plain.uuid].version, rows[plain.uuid].superseded) == (1, False)
    # By default the list shows each dossier once, as it now stands: not the old version.
    assert sorted(current) == sorted([correction.uuid, plain.uuid])
    assert sorted(after_bin) == sorted([d.uuid, plain.uuid])
