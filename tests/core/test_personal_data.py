"""Erasing one person's personal data: found everywhere, erased everywhere, names and shares
kept on legal records, a frozen dossier redacted with a logged, verifiable hash step."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import select

from sangkien_desktop.domain.council import DossierFrozenError, Outcome
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.personal_data import ERASED_MARK, Identifiers, PersonQuery
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers import history, personal_data
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage.models import EditorDraftRow, HistoryRow
from tests.core.privacy_support import (
    BORN,
    CCCD,
    HOME,
    NAME,
    OTHER_CCCD,
    PHONE,
    database_bytes,
)


def _find(w, **query):
    with w.app.db.session() as s:
        return personal_data.find_person(s, PersonQuery(**query))


def _erase(w, report, **kw):
    with w.app.db.session() as s:
        result = personal_data.erase_person(s, report, reason="Theo yêu cầu của chị Phương",
                                            **kw)
        s.commit()
    personal_data.compact(w.app.db)
    return result


def test_a_search_by_cccd_shows_every_place_the_person_is(world):
    report = _find(world, cccd="038 190 012 345")
    assert {(o.dossier_uuid, o.role, o.index) for o in report.occurrences} == {
        (world.recognised, "author", 0), (world.binned, "author", 0)}
    frozen = next(o for o in report.occurrences if o.dossier_uuid == world.recognised)
    assert frozen.frozen and not frozen.in_bin and frozen.cccd == "•••••••••345"
    assert set(frozen.held) == {"cccd", "phone", "birth_date", "workplace"}
    assert next(o for o in report.occurrences if o.dossier_uuid == world.binned).in_bin
    # The applier of the draft has the same name (without diacritics) but no ID to prove it.
    assert [(o.dossier_uuid, o.role) for o in report.related] == [(world.draft, "applier")]
    assert report.mentions == {world.recognised: ["notes", "attachments[0].note"]}
    assert report.drafts == [world.recognised]
    assert report.history_entries >= 3  # creations and the applier's edit


def test_a_search_by_name_ignores_diacritics_and_finds_appliers(world):
    report = _find(world, name="kieu thi mai PHUONG")
    assert {(o.dossier_uuid, o.role) for o in report.occurrences} == {
        (world.recognised, "author"), (world.binned, "author"), (world.draft, "applier")}
    assert not _find(world, name="Kiều Thị Mai").found
    assert not _find(world, name=NAME, cccd=OTHER_CCCD).occurrences
    assert _find(world, phone="+84 912 345 678").occurrences


def test_an_empty_search_is_refused(world):
    with pytest.raises(InputError) as err:
        _find(world, name="  ")
    assert err.value.code == "person_query_empty"


def test_erasing_from_a_frozen_dossier_keeps_the_decision_and_logs_the_redaction(world):
    report = _find(world, cccd=CCCD)
    with world.app.db.session() as s:
        before = get_dossier(s, world.recognised)
        recognised_hash = history.version_of(s, world.recognised).content_hash
    result = _erase(world, report, chosen={o.key for o in report.occurrences + report.related})
    assert sorted(result.dossiers) == sorted([world.recognised, world.binned, world.draft])
    assert result.frozen == [world.recognised]
    with world.app.db.session() as s:
        after = get_dossier(s, world.recognised)
        author = after.authors[0]
        assert (author.cccd, author.phone, author.birth_date, author.workplace) == ("", "", None, "")
        # Name and share stay: the decision names its authors.
        assert (author.full_name, author.share_percent) == (NAME, before.authors[0].share_percent)
        assert after.authors[1] == before.authors[1]
        assert after.notes == f"Liên hệ chị Phương: {ERASED_MARK}"
        assert after.attachments[0].note == f"Bản chụp giấy xác nhận, CCCD {ERASED_MARK}"
        assert after.title == before.title and after.description_solution == before.description_solution
        # Still frozen, still recognised by the same decision.
        info = history.version_of(s, world.recognised)
        assert info.frozen and info.decision_uuid == world.decision
        assert info.content_hash == history.content_hash(after) != recognised_hash
        outcome = decisions.outcome_of(s, world.recognised)
        assert outcome.outcome == Outcome.RECOGNISED and outcome.decision_uuid == world.decision
        paper = decisions.decision_data(s, world.decision)
        assert [a.full_name for a in paper.items[0].authors] == [NAME, "Châu Ngọc Sơn"]
        # The hash history: recognition, then the redaction from that hash to today's.
        chain = history.hash_chain(s, after)
        assert chain.ok, chain.problems
        assert [(link.action, link.before) for link in chain.links] == [
            ("recognised", None), ("personal_data_erased", recognised_hash)]
        assert chain.links[-1].after == info.content_hash
        entry = history.for_entity(s, history.DOSSIER, world.recognised)[-1]
        assert entry.action == "personal_data_erased" and entry.user == "Đinh Thị Yến"
        assert entry.changes["reason"] == "Theo yêu cầu của chị Phương"
        assert entry.changes["content_hash"] == [recognised_hash, info.content_hash]
        assert entry.changes["authors[0].cccd"] == ["(đã ẩn)", None]
        assert "Tác giả thứ 1: số CCCD: (đã ẩn) → (trống)" in history.describe(entry)
        # No generic back door: any other change of the frozen dossier is still refused.
        with pytest.raises(DossierFrozenError):
            save_dossier(s, dataclasses.replace(after, title="Tên khác"))
        with pytest.raises(DossierFrozenError):
            save_dossier(s, dataclasses.replace(after, authors=[
                dataclasses.replace(author, cccd=CCCD), after.authors[1]]))


def test_nothing_of_the_erased_values_stays_in_the_log_the_drafts_or_the_file(world):
    report = _find(world, cccd=CCCD)
    result = _erase(world, report, chosen={o.key for o in report.occurrences + report.related})
    assert result.history_entries >= 3 and result.drafts == 1
    with world.app.db.session() as s:
        logs = " ".join(s.scalars(select(HistoryRow.changes_json)))
        payloads = " ".join(s.scalars(select(EditorDraftRow.payload)))
        other = get_dossier(s, world.recognised).authors[1]
        draft = get_dossier(s, world.draft)
        binned = get_dossier(s, world.binned)
    for value in (CCCD, PHONE, "0912 345 678", BORN.isoformat(), "05/01/1990", HOME):
        assert value not in logs, value
        assert value not in payloads, value
    assert "1990-01-04" not in logs  # the applier's birth date before the edit
    draft_rows = json.loads(payloads)["authors"]
    assert draft_rows[0][:3] == [NAME, "", ""] and draft_rows[0][5:7] == ["", ""]
    assert draft_rows[1][5] == OTHER_CCCD  # a co-author keeps his own
    assert other.cccd == OTHER_CCCD
    assert (draft.appliers[0].full_name, draft.appliers[0].birth_date) == ("Kieu Thi Mai Phuong", None)
    assert binned.deleted_at is not None and binned.authors[0].cccd == ""
    raw = database_bytes(world.app)
    for value in (CCCD, PHONE, HOME):
        assert value.encode() not in raw, value
    assert OTHER_CCCD.encode() in raw


def test_related_people_stay_unless_chosen(world):
    report = _find(world, cccd=CCCD)
    _erase(world, report)
    with world.app.db.session() as s:
        assert get_dossier(s, world.draft).appliers[0].birth_date == BORN
        assert get_dossier(s, world.binned).authors[0].cccd == ""


def test_a_reason_is_required_and_a_stale_report_is_refused(world):
    report = _find(world, cccd=CCCD)
    with world.app.db.session() as s:
        with pytest.raises(InputError) as err:
            personal_data.erase_person(s, report, reason=" ")
        assert err.value.code == "erasure_reason"
        binned = get_dossier(s, world.binned)
        save_dossier(s, dataclasses.replace(binned, authors=[]))
        s.commit()
        with pytest.raises(personal_data.RedactionError) as err:
            personal_data.erase_person(s, report, reason="Yêu cầu")
        assert err.value.code == "erasure_stale"
        s.rollback()
        assert get_dossier(s, world.recognised).authors[0].cccd == CCCD


def test_a_frozen_dossier_altered_outside_the_program_is_not_redacted(world):
    report = _find(world, cccd=CCCD)
    with world.app.db.session() as s:
        s.execute(HistoryRow.__table__.update().values(user_name="x"))  # harmless
        from sangkien_desktop.storage.models import DossierRow

        s.execute(DossierRow.__table__.update().where(DossierRow.uuid == world.recognised)
                  .values(title="Sửa lén"))
        s.commit()
        with pytest.raises(personal_data.RedactionError) as err:
            personal_data.erase_person(s, report, reason="Yêu cầu")
        assert err.value.code == "redaction_hash_mismatch"


def test_a_whole_dossier_in_the_bin(world):
    with world.app.db.session() as s:
        with pytest.raises(InputError) as err:
            personal_data.erase_binned_dossier(s, world.draft, reason="Dọn thùng rác")
        assert err.value.code == "erasure_not_in_bin"
        result = personal_data.erase_binned_dossier(s, world.binned, reason="Dọn thùng rác")
        s.commit()
        assert result.dossiers == [world.binned]
        author = get_dossier(s, world.binned).authors[0]
        assert (author.full_name, author.cccd, author.birth_date) == (NAME, "", None)
        # The other dossiers keep the person's data: only this one was asked for.
        assert get_dossier(s, world.recognised).authors[0].cccd == CCCD


def test_identifiers_match_numbers_as_people_type_them():
    ids = Identifiers(frozenset({CCCD}), frozenset({PHONE}))
    for text in ("CCCD: 038190012345.", "số 038 190 012 345", "ĐT +84 912.345.678",
                 "gọi 84912345678", "0912-345-678"):
        assert ids.found_in(text), text
        assert ERASED_MARK in ids.scrub(text)
    for text in ("1038190012345", "03819001234", "0912345679", "số tiền 912.345.678 đồng"):
        assert not ids.found_in(text), text
