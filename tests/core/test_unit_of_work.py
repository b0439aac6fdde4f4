"""The unit of work (services/unit_of_work.py): one commit per use-case, everything rolled back
on a failure or a cancel, the backup before an import taken once before its first write and
never for anything else, every change to a dossier in its history; and the title rule held by
the core for every way in (the command line, a JSON file, a spreadsheet, the bulk insert)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DataFileError, InputError
from sangkien_desktop.exchange import json_format
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers import history, saving
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers
from sangkien_desktop.services.exchange import interchange
from sangkien_desktop.services.unit_of_work import HistoryGapError, UnitOfWork
from sangkien_desktop.storage.models import DossierRow


@pytest.fixture
def app(tmp_path):
    data = open_app_data(tmp_path / "data")
    yield data
    data.close()


def _count(app) -> int:
    with app.db.session() as s:
        return count_dossiers(s, DossierQuery())


def _reasons(app) -> list[str]:
    return [b.reason for b in backups.list_backups(app.layout)]


def _json(tmp_path: Path, *titles: str, name: str = "ho-so.json") -> Path:
    path = tmp_path / name
    dossiers = [Dossier(title=t, code=f"SK-2024-{n:05d}") for n, t in enumerate(titles, 1)]
    path.write_text(json.dumps(json_format.document(dossiers), ensure_ascii=False),
                    encoding="utf-8")
    return path


@pytest.fixture
def commits():
    """How many transactions were committed (every Session, while the test runs)."""
    seen: list[Session] = []

    def committed(session: Session) -> None:
        seen.append(session)

    event.listen(Session, "after_commit", committed)
    yield seen
    event.remove(Session, "after_commit", committed)


def test_a_use_case_of_several_writes_is_committed_once(app, commits):
    def two_dossiers(session: Session) -> list[str]:
        return [saving.save_dossier(session, Dossier(title=t)).uuid for t in ("Một", "Hai")]

    uuids, changes = unit_of_work.run_changes(app, two_dossiers)
    assert len(commits) == 1
    assert _count(app) == 2
    assert changes.dossiers == set(uuids)
    assert {"dossier", "history"} <= changes.tables and not changes.only("editor_draft")


def test_a_failure_half_way_leaves_nothing_written(app, commits):
    def fails_after_one(session: Session) -> None:
        saving.save_dossier(session, Dossier(title="Ghi được"))
        session.flush()  # the row is in the database's transaction: the rollback must undo it
        raise OSError("ổ đĩa đầy")

    with pytest.raises(OSError):
        unit_of_work.run(app, fails_after_one)
    assert commits == [] and _count(app) == 0


def test_a_json_import_failing_on_its_second_dossier_writes_none(app, tmp_path, monkeypatch):
    path = _json(tmp_path, "Thứ nhất", "Thứ hai", "Thứ ba")
    real = saving.save_dossier
    saved: list[str] = []

    def second_fails(session, dossier, **kw):
        if saved:
            raise OSError("ổ đĩa đầy")
        saved.append(dossier.title)
        return real(session, dossier, **kw)

    monkeypatch.setattr(interchange, "save_dossier", second_fails)
    with pytest.raises(OSError):
        unit_of_work.run(app, interchange.import_json, path)
    assert saved == ["Thứ nhất"] and _count(app) == 0
    with app.db.session() as s:
        assert s.scalar(text("SELECT count(*) FROM history")) == 0


def test_cancel_closes_the_generator_and_rolls_back(app):
    def long_work(session: Session):
        for title in ("Một", "Hai", "Ba"):
            saving.save_dossier(session, Dossier(title=title))
            session.flush()
            yield title
        return "xong"

    steps = unit_of_work.iter_run(app, long_work)
    assert next(steps) == "Một" and next(steps) == "Hai"
    steps.close()  # Cancel in the window
    assert _count(app) == 0
    steps = unit_of_work.iter_run(app, long_work)
    assert list(steps) == ["Một", "Hai", "Ba"] and _count(app) == 3


def test_an_import_is_backed_up_once_before_its_first_write(app, tmp_path):
    path = _json(tmp_path, "Thứ nhất", "Thứ hai")
    report = unit_of_work.run(app, interchange.import_json, path)
    assert len(report.added) == 2 and _count(app) == 2
    [backup] = backups.list_backups(app.layout)  # once, though two dossiers were written
    assert backup.reason == "import" and backup.dossier_count == 0  # the data before the import
    # The same file again brings nothing new: nothing is written, so no backup either.
    again = unit_of_work.run(app, interchange.import_json, path)
    assert len(again.unchanged) == 2 and _reasons(app) == ["import"]


def test_a_refused_file_and_a_use_case_that_is_no_import_take_no_backup(app, tmp_path):
    bad = tmp_path / "hong.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(DataFileError):
        unit_of_work.run(app, interchange.import_json, bad)
    unit_of_work.run(app, saving.save_dossier, Dossier(title="Lưu thường"))
    with unit_of_work.session(app) as s:
        saving.save_dossier(s, Dossier(title="Lưu thường nữa"))
    assert _reasons(app) == []


def test_the_backup_policy_is_the_use_cases_or_the_callers(app):
    assert interchange.import_json.policy.backup == backups.Reason.IMPORT
    with unit_of_work.open_work(app, backup=backups.Reason.IMPORT) as work:
        assert not work.backed_up
        work.session.execute(select(DossierRow.id)).all()  # reading is no write
        assert not work.backed_up
        saving.save_dossier(work.session, Dossier(title="Một"))
        work.session.flush()
        assert work.backed_up
        saving.save_dossier(work.session, Dossier(title="Hai"))
    assert _reasons(app) == ["import"]


def test_the_history_of_a_use_case_is_written_and_told(app, tmp_path):
    report, changes = unit_of_work.run_changes(app, interchange.import_json,
                                               _json(tmp_path, "Sổ tay an toàn"))
    [uuid] = report.added
    assert changes.dossiers == {uuid}
    with app.db.session() as s:
        assert [e.action for e in history.for_entity(s, history.DOSSIER, uuid)] == ["created"]


def test_a_dossier_changed_without_its_history_is_refused(app):
    dossier = unit_of_work.run(app, saving.save_dossier, Dossier(title="Tên đúng"))

    def unlogged(session: Session) -> None:
        row = session.scalar(select(DossierRow).where(DossierRow.uuid == dossier.uuid))
        row.title = "Sửa không ghi lịch sử"

    with pytest.raises(HistoryGapError):
        unit_of_work.run(app, unlogged)
    with app.db.session() as s:
        assert get_dossier(s, dossier.uuid).title == "Tên đúng"


def test_rollback_steps_run_only_on_a_rollback(app):
    undone: list[str] = []
    with unit_of_work.open_work(app) as work:
        unit_of_work.on_rollback(work.session, lambda: undone.append("ok"))
    assert undone == []
    with pytest.raises(RuntimeError), unit_of_work.open_work(app) as work:
        unit_of_work.on_rollback(work.session, lambda: undone.append("rolled back"))
        raise RuntimeError("hỏng")
    assert undone == ["rolled back"]


def test_a_backup_needs_the_data_folder(db):
    with pytest.raises(ValueError):
        UnitOfWork(db, backup=backups.Reason.IMPORT)


# --- the title rule, held by the core ---------------------------------------------------------
def test_an_untitled_dossier_is_refused_by_the_save_and_the_bulk_insert(db):
    for title in ("", "   "):
        with pytest.raises(InputError) as refused, unit_of_work.session(db) as s:
            saving.save_dossier(s, Dossier(title=title))
        assert refused.value.code == "dossier_untitled" and refused.value.field == "title"
        assert refused.value.message == ("Hãy nhập tên sáng kiến trước khi lưu: đó là cách bạn "
                                         "tìm lại hồ sơ.")
        with pytest.raises(InputError), unit_of_work.session(db) as s:
            insert_dossiers(s, [Dossier(title="Có tên"), Dossier(title=title)])
    with db.session() as s:
        assert count_dossiers(s, DossierQuery()) == 0  # the titled one went back out too


def test_the_command_line_refuses_a_json_file_with_an_untitled_dossier(tmp_path, capsys):
    path = _json(tmp_path, "Có tên", "   ")
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "import-json", str(path)]) == 2
    err = capsys.readouterr().err
    assert "chưa nhập gì" in err
    assert "Hồ sơ thứ 2 chưa có tên sáng kiến: mỗi hồ sơ cần một tên để tìm lại" in err
    assert "Traceback" not in err
    app = open_app_data(data)
    try:
        assert _count(app) == 0 and _reasons(app) == []  # refused before any write or backup
    finally:
        app.close()


MAINTENANCE = {"services/backup/server_backups.py", "gui/models/list_reader.py"}


def test_only_the_unit_of_work_commits():
    """No front-end or service commits or rolls back a session of its own: the unit of work
    does (``staging.commit()`` marks a folder of files complete, not a transaction). Below
    it, storage/ drives the engines' connections, and maintenance keeps its own transactions:
    a server's backups and restores, and the list's read-only connection ending a read."""
    import ast

    import sangkien_desktop

    root = Path(sangkien_desktop.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "unit_of_work.py" or "forms" in path.parts or "storage" in path.parts:
            continue
        if path.relative_to(root).as_posix() in MAINTENANCE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("commit", "rollback") \
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "staging"):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert found == []
