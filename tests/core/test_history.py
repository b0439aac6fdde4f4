"""The change log and the content hash that freezes a recognised dossier."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sangkien_desktop.domain.dossier import Author, Dossier, Status
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.exchange.json_format import dossier_to_json
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.settings import save_unit_profile


def test_diff_names_changed_leaves():
    old = {"title": "Cữ gá hàn", "authors": [{"full_name": "Vũ Quang Huy", "share": 100}],
           "notes": ""}
    new = {"title": "Cữ gá hàn ống", "authors": [{"full_name": "Vũ Quang Huy", "share": 60},
                                                 {"full_name": "Tạ Thị Bích Ngọc", "share": 40}],
           "notes": "", "code": "SK-2022-00001"}
    assert history.diff(old, new) == {
        "title": ["Cữ gá hàn", "Cữ gá hàn ống"],
        "authors[0].share": [100, 60],
        "authors[1]": [None, {"full_name": "Tạ Thị Bích Ngọc", "share": 40}],
        "code": [None, "SK-2022-00001"],
    }
    assert history.diff(old, old) == {}


def test_diff_of_two_dossier_json_documents():
    before = Dossier(title="Sổ giao ca điện tử", benefit_unit_vnd=10_000_000)
    after = dataclasses.replace(before, benefit_unit_vnd=12_500_000)
    changes = history.diff(dossier_to_json(before), dossier_to_json(after))
    assert changes == {"benefit_unit_vnd": [10_000_000, 12_500_000]}


def test_entries_are_read_back_in_order_with_the_profile_user(db):
    with db.session() as s:
        save_unit_profile(s, UnitProfile(unit_name="CĐCS Trường THCS Bến Thủy",
                                         user_name="Quách Văn Toàn"))
        history.record(s, "dossier", "u-1", "recognised", changes={"status": ["draft", "recognised"]},
                       at=dt.datetime(2022, 3, 22, 9, 0))
        history.record(s, "dossier", "u-1", "nominated", "Kiều Thị Mai Phương")
        history.record(s, "dossier", "u-2", "rejected")
        entries = history.for_entity(s, "dossier", "u-1")
        assert [(e.action, e.user) for e in entries] == [
            ("recognised", "Quách Văn Toàn"), ("nominated", "Kiều Thị Mai Phương")]
        assert entries[0].changes == {"status": ["draft", "recognised"]}
        assert entries[0].at == dt.datetime(2022, 3, 22, 9, 0)


def test_content_hash_ignores_volatile_fields_only():
    d = Dossier(title="Thu hồi nhiệt nước thải", authors=[Author(full_name="Châu Ngọc Sơn",
                                                                  share_percent=Decimal(100))])
    h = history.content_hash(d)
    assert len(h) == 64
    moved_on = dataclasses.replace(d, uuid="other", status=Status.NOMINATED, notes="Đã gửi",
                                   updated_at=dt.datetime(2023, 1, 1), portal_text="Tóm tắt")
    assert history.content_hash(moved_on) == h
    assert history.content_hash(dataclasses.replace(d, title="Thu hồi nhiệt")) != h
    other_author = dataclasses.replace(d, authors=[Author(full_name="Châu Ngọc Sơn",
                                                          share_percent=Decimal(90))])
    assert history.content_hash(other_author) != h


def test_an_unfrozen_dossier_is_version_one_of_its_own_lineage(db):
    with db.session() as s:
        info = history.version_of(s, "abc")
        assert (info.lineage_uuid, info.version, info.frozen) == ("abc", 1, False)
