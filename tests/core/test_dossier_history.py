"""Every change to a dossier is in its history: who (the user in Settings), when, what changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from sangkien_desktop.domain.change_log import describe_changes, field_label
from sangkien_desktop.domain.council import DossierFrozenError
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.domain.workflow import Act
from sangkien_desktop.services.dossiers import history, workflow
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.recycle_bin import empty_bin, move_to_bin, purge, restore
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile

USER = "Kiều Thị Mai Phương"


@pytest.fixture
def s(db):
    session = db.session()
    save_unit_profile(session, UnitProfile(unit_name="CĐCS Công ty Cấp nước Bến Thành",
                                           user_name=USER))
    yield session
    session.close()


def _dossier() -> Dossier:
    return Dossier(
        title="Thiết bị dò rò rỉ đường ống cấp nước",
        unit_name="Công ty Cổ phần Cấp nước Bến Thành",
        first_applied_on=dt.date(2022, 5, 4),
        authors=[Author(full_name="Lương Văn Cảnh", share_percent=Decimal(100),
                        cccd="079090123456", phone="0903123456")],
    )


def _log(s, uuid):
    return history.for_entity(s, history.DOSSIER, uuid)


def test_creation_is_logged_with_the_settings_user_and_the_filled_fields(s):
    saved = save_dossier(s, _dossier())
    (entry,) = _log(s, saved.uuid)
    assert entry.action == "created" and entry.user == USER
    assert abs(entry.at - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert entry.changes["title"] == [None, "Thiết bị dò rò rỉ đường ống cấp nước"]
    assert entry.changes["code"] == [None, saved.code]
    assert "investor" not in entry.changes  # empty fields are not listed
    # Personal data: the log never keeps an ID or phone number.
    author = entry.changes["authors"][1][0]
    assert author["full_name"] == "Lương Văn Cảnh"
    assert author["cccd"] == "(đã ẩn)" and author["phone"] == "(đã ẩn)"
    assert "079090123456" not in str(entry.changes)


def test_an_update_logs_only_what_changed_and_a_no_op_save_logs_nothing(s):
    saved = save_dossier(s, _dossier())
    save_dossier(s, saved)
    assert len(_log(s, saved.uuid)) == 1
    edited = dataclasses.replace(
        saved, title="Thiết bị dò rò rỉ đường ống cấp nước bằng âm thanh",
        authors=[dataclasses.replace(saved.authors[0], share_percent=Decimal(60),
                                     cccd="079090654321"),
                 Author(full_name="Hà Thị Thùy Trang", share_percent=Decimal(40))])
    save_dossier(s, edited, user="Đặng Minh Khoa")
    entry = _log(s, saved.uuid)[-1]
    assert entry.action == "updated" and entry.user == "Đặng Minh Khoa"
    assert entry.changes["title"] == ["Thiết bị dò rò rỉ đường ống cấp nước",
                                      "Thiết bị dò rò rỉ đường ống cấp nước bằng âm thanh"]
    assert entry.changes["authors[0].share_percent"] == [100.0, 60.0]
    assert entry.changes["authors[0].cccd"] == ["(đã ẩn)", "(đã ẩn)"]
    assert entry.changes["authors[1]"][0] is None
    assert set(entry.changes) == {"title", "authors[0].share_percent",
                                  "authors[0].cccd", "authors[1]"}


def test_the_log_reads_as_vietnamese_lines(s):
    saved = save_dossier(s, _dossier())
    save_dossier(s, dataclasses.replace(saved, notes="Nộp ngày 5/6"))
    assert "Ghi chú: (trống) → “Nộp ngày 5/6”" in history.describe(_log(s, saved.uuid)[-1])
    workflow.submit(s, saved.uuid)
    entry = _log(s, saved.uuid)[-1]
    assert entry.action == "submitted"
    assert "Trạng thái: Bản nháp → Đã nộp Hội đồng" in history.describe(entry)
    created = history.describe(_log(s, saved.uuid)[0])
    assert "Tác giả: “Lương Văn Cảnh”" in created
    assert field_label("authors[1].full_name") == "Tác giả thứ 2: họ và tên"
    assert describe_changes({"applied_as_trial": [False, True]}) == ["Áp dụng thử: không → có"]


def test_bin_restore_and_purge_are_logged_and_the_purge_says_which_dossier(s):
    saved = save_dossier(s, _dossier())
    move_to_bin(s, saved.uuid)
    restore(s, saved.uuid)
    move_to_bin(s, saved.uuid, user="Đặng Minh Khoa")
    purge(s, saved.uuid)
    entries = _log(s, saved.uuid)
    assert [e.action for e in entries] == ["created", "binned", "restored", "binned", "purged"]
    assert entries[3].user == "Đặng Minh Khoa"
    assert entries[-1].changes == {"code": saved.code, "title": saved.title}


def test_emptying_the_bin_logs_each_purge(s):
    uuids = [save_dossier(s, _dossier()).uuid for _ in range(2)]
    for uuid in uuids:
        move_to_bin(s, uuid)
    assert empty_bin(s) == 2
    assert [_log(s, u)[-1].action for u in uuids] == ["purged", "purged"]


# ---- a recognised dossier stays: no bin, no purge ------------------------------------------


def _recognised(s) -> Dossier:
    saved = save_dossier(s, _dossier())
    saved = workflow.transition(s, saved.uuid, Act.RECOGNISE)
    history.freeze(s, saved, decision_uuid="qd-1")
    return saved


def test_a_recognised_dossier_cannot_go_to_the_bin(s):
    saved = _recognised(s)
    with pytest.raises(DossierFrozenError) as caught:
        move_to_bin(s, saved.uuid)
    assert caught.value.code == "frozen_bin"
    assert "đã được công nhận" in caught.value.message and "thùng rác" in caught.value.message
    assert get_dossier(s, saved.uuid).deleted_at is None
    assert [e.action for e in _log(s, saved.uuid)] == ["created"]


def test_a_recognised_dossier_cannot_be_purged_even_from_the_bin(s):
    saved = save_dossier(s, _dossier())
    move_to_bin(s, saved.uuid)
    # Frozen while in the bin (an older database, or a decision recorded by another path).
    history.freeze(s, get_dossier(s, saved.uuid), decision_uuid="qd-1")
    with pytest.raises(DossierFrozenError) as caught:
        purge(s, saved.uuid)
    assert caught.value.code == "frozen_purge" and "xóa hẳn" in caught.value.message
    other = save_dossier(s, _dossier())
    move_to_bin(s, other.uuid)
    assert empty_bin(s) == 1  # only the unrecognised one
    assert get_dossier(s, saved.uuid).deleted_at is not None
    restore(s, saved.uuid)
    assert get_dossier(s, saved.uuid).deleted_at is None


def test_council_and_decision_changes_read_with_their_own_words():
    assert field_label("members[0].title") == "Thành viên thứ 1: học hàm, học vị"
    assert field_label("items[2].reason") == "Sáng kiến trong quyết định thứ 3: lý do"
    assert describe_changes({"founding_number": ["04/QĐ-DNSL", "05/QĐ-DNSL"]}) == [
        "Số quyết định thành lập: “04/QĐ-DNSL” → “05/QĐ-DNSL”"]


def test_values_read_as_people_write_them(s):
    """Dates dd/mm/yyyy, sums in đồng, shares in percent (the CLI's text, history.describe)."""
    saved = save_dossier(s, _dossier())
    save_dossier(s, dataclasses.replace(
        saved, first_applied_on=dt.date(2022, 12, 28), benefit_unit_vnd=120_000_000,
        authors=[dataclasses.replace(saved.authors[0], birth_date=dt.date(1970, 12, 28),
                                     share_percent=Decimal("60.5"))]))
    lines = history.describe(_log(s, saved.uuid)[-1])
    assert "Ngày áp dụng lần đầu: 04/05/2022 → 28/12/2022" in lines
    assert "Giá trị làm lợi (đơn vị áp dụng): 120.000.000 đồng" in lines
    # A birth date is personal data: the log says it changed, not what it is.
    assert "Tác giả thứ 1: ngày sinh: (đã ẩn)" in lines
    assert "Tác giả thứ 1: tỷ lệ đóng góp (%): 100% → 60,5%" in lines
    assert describe_changes({"content_hash": "ab" * 32}) == [
        f"Mã kiểm tra nội dung (SHA-256): “{'ab' * 32}”"]
