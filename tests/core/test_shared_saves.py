"""Two officers on one dossier: the second save is refused and told who saved first and when,
nothing is overwritten, and the officer can reload or keep their copy apart. Who saved goes
to the history."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from sangkien_desktop.domain.dossier import Author, Dossier, Status
from sangkien_desktop.domain.errors import DossierChangedError
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import (
    COPY_MARK,
    save_as_copy,
    save_dossier,
    stored_revision,
)
from sangkien_desktop.storage.models import DossierRow


def _stored(db) -> Dossier:
    with db.session() as s:
        saved = save_dossier(s, Dossier(title="Máy bơm tiết kiệm điện", unit_name="Tổ bảo trì",
                                        authors=[Author(full_name="Lê Văn An")]), user="Hà")
        s.commit()
    return saved


def test_each_save_moves_the_revision_on_and_says_who(db):
    first = _stored(db)
    assert first.revision == 1 and first.updated_by == "Hà"
    with db.session() as s:
        second = save_dossier(s, dataclasses.replace(first, notes="x"), user="Minh")
        s.commit()
    assert second.revision == 2 and second.updated_by == "Minh"
    with db.session() as s:
        found = stored_revision(s, first.uuid)
        assert (found.revision, found.updated_by) == (2, "Minh")
        assert stored_revision(s, "none") is None


def test_the_second_save_from_an_older_copy_is_refused_and_names_the_first(db):
    base = _stored(db)
    mine = dataclasses.replace(base, notes="của Hà")
    theirs = dataclasses.replace(base, title="Máy bơm tiết kiệm điện (sửa)")
    with db.session() as s:
        save_dossier(s, theirs, user="Minh", when=dt.datetime(2026, 3, 9, 14, 5))
        s.commit()
    with db.session() as s, pytest.raises(DossierChangedError) as info:
        save_dossier(s, mine, user="Hà")
    error = info.value
    assert (error.uuid, error.changed_by) == (base.uuid, "Minh")
    assert error.changed_at == dt.datetime(2026, 3, 9, 14, 5)
    assert "Minh" in error.message and "14:05 09/03/2026" in error.message
    with db.session() as s:  # nothing of the refused save was written
        kept = get_dossier(s, base.uuid)
        assert kept.title.endswith("(sửa)") and kept.notes == "" and kept.revision == 2


def test_reloading_then_saving_goes_through(db):
    base = _stored(db)
    with db.session() as s:
        save_dossier(s, dataclasses.replace(base, notes="một"), user="Minh")
        s.commit()
    with db.session() as s:
        fresh = get_dossier(s, base.uuid)
        saved = save_dossier(s, dataclasses.replace(fresh, notes="một, hai"), user="Hà")
        s.commit()
    assert saved.notes == "một, hai" and saved.revision == 3


def test_keeping_my_copy_makes_a_dossier_of_its_own(db):
    base = _stored(db)
    with db.session() as s:
        save_dossier(s, dataclasses.replace(base, notes="của Minh"), user="Minh")
        s.commit()
    mine = dataclasses.replace(base, notes="của Hà", status=Status.SUBMITTED)
    with db.session() as s:
        copy = save_as_copy(s, mine, user="Hà")
        s.commit()
        assert copy.uuid != base.uuid and copy.code != base.code and copy.code
        assert copy.title == f"{base.title} {COPY_MARK}" and copy.notes == "của Hà"
        assert copy.status == Status.DRAFT and copy.revision == 1
        assert get_dossier(s, base.uuid).notes == "của Minh"
        assert s.scalar(select(func.count(DossierRow.id))) == 2


def test_a_copy_not_read_from_the_database_is_not_checked(db):
    """Imports and services that build a dossier themselves (revision 0) save as before."""
    base = _stored(db)
    with db.session() as s:
        save_dossier(s, dataclasses.replace(base, notes="a"))
        s.commit()
    with db.session() as s:
        save_dossier(s, dataclasses.replace(base, notes="b", revision=0))
        s.commit()
        assert get_dossier(s, base.uuid).notes == "b"


def test_the_history_names_who_works_through_the_database(db):
    db.user = "Nguyễn Thị Hà"  # the officer's name set on this computer (or the server login)
    with db.session() as s:
        saved = save_dossier(s, Dossier(title="Sổ tay an toàn"))
        s.commit()
        entries = history.for_entity(s, history.DOSSIER, saved.uuid)
    assert [e.user for e in entries] == ["Nguyễn Thị Hà"]
    assert saved.updated_by == "Nguyễn Thị Hà"


def test_the_revision_is_no_content(db):
    """Exports, content hashes and equality ignore it: two copies of one dossier compare equal
    and export the same whatever their revision."""
    from sangkien_desktop.exchange.json_format import dossier_to_json

    base = _stored(db)
    later = dataclasses.replace(base, revision=7, updated_by="x")
    assert later == base
    assert dossier_to_json(later) == dossier_to_json(base)
    assert "revision" not in dossier_to_json(base)


def test_a_recognition_by_one_officer_stops_the_others_open_copy(db):
    """Minh recognises the dossier while Hà has it open: Hà's save is refused (the decision
    moved the revision on), and after reloading her changes to the content are refused too
    (frozen), so nobody can overwrite a recognised dossier from a copy opened before."""
    from sangkien_desktop.domain.council import DossierFrozenError
    from sangkien_desktop.services.settings import save_unit_profile
    from tests.core.test_councils import make_council, make_dossiers, make_meeting
    from tests.core.test_decisions import UNIT, issue

    with db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        good, weak = make_dossiers(s)
        meeting = make_meeting(s, council, (good, weak))
        s.commit()
    with db.session() as s:
        open_in_ha = get_dossier(s, good.uuid)  # Hà's editor
    with db.session() as s:
        issue(s, meeting, (get_dossier(s, good.uuid), get_dossier(s, weak.uuid)))
        s.commit()
    with db.session() as s, pytest.raises(DossierChangedError):
        save_dossier(s, dataclasses.replace(open_in_ha, title="Sửa sau khi đã công nhận"),
                     user="Hà")
    with db.session() as s:
        reloaded = get_dossier(s, good.uuid)
        assert reloaded.status == Status.RECOGNISED and reloaded.revision > open_in_ha.revision
        with pytest.raises(DossierFrozenError):
            save_dossier(s, dataclasses.replace(reloaded, title="Sửa sau khi đã công nhận"),
                         user="Hà")
    with db.session() as s:
        assert get_dossier(s, good.uuid).title == good.title
