"""Schema 9: the requirement an attachment meets moves out of the hidden "#code" in its note
into its own field (the note of a recognised dossier stays as frozen); councils can be
archived and nominations withdrawn. Run on a database made at schema 8, twice."""

from __future__ import annotations

import sqlite3

from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.migrations import APPLICATION_ID, STEPS

NOW = "2023-03-01 08:00:00"


def _schema8(path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for step in STEPS:
        if step.version > 8:
            break
        for statement in step.statements:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 8")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for n, uuid in enumerate(("d-nhap", "d-congnhan"), 1):
        conn.execute("INSERT INTO dossier (id, uuid, code, title, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (n, uuid, f"SK-2023-0000{n}", uuid, NOW, NOW))
    conn.execute("INSERT INTO blob (sha256, size, media_type, created_at) "
                 "VALUES (?, 10, 'application/pdf', ?)", ("a" * 64, NOW))
    notes = [(1, "#danh_gia_hieu_qua Bảng tính giá trị làm lợi"),
             (1, "Ảnh sản phẩm"),
             (1, "Quyết định #quyet_dinh_cong_nhan"),
             (2, "#danh_gia_hieu_qua")]
    for position, (dossier_id, note) in enumerate(notes):
        conn.execute("INSERT INTO attachment (dossier_id, sha256, position, filename, note, "
                     "added_at) VALUES (?, ?, ?, ?, ?, ?)",
                     (dossier_id, "a" * 64, position, f"tep-{position}.pdf", note, NOW))
    conn.execute("INSERT INTO dossier_version (dossier_uuid, lineage_uuid, version, "
                 "content_hash, frozen_at, decision_uuid) VALUES (?, ?, 1, ?, ?, '')",
                 ("d-congnhan", "d-congnhan", "", NOW))
    conn.close()


def test_the_hidden_code_becomes_the_requirement_and_the_step_runs_twice(tmp_path):
    path = tmp_path / "sangkien.sqlite3"
    _schema8(path)
    db = open_database(path)
    with db.session() as s:
        draft, frozen = get_dossier(s, "d-nhap"), get_dossier(s, "d-congnhan")
    db.close()
    assert [(a.requirement, a.note) for a in draft.attachments] == [
        ("danh_gia_hieu_qua", "Bảng tính giá trị làm lợi"),
        ("", "Ảnh sản phẩm"),
        ("quyet_dinh_cong_nhan", "Quyết định"),
    ]
    # A recognised dossier's content is never rewritten: the note keeps its words.
    assert [(a.requirement, a.note) for a in frozen.attachments] == [
        ("danh_gia_hieu_qua", "#danh_gia_hieu_qua")]
    # The requirement is outside the content hash: the freeze holds across the upgrade.
    assert "requirement" not in history.canonical_content(frozen)["attachments"][0]

    conn = sqlite3.connect(path, isolation_level=None)
    step9 = next(s for s in STEPS if s.version == 9)
    step9.run(conn)  # again: nothing moves twice, no column is added twice
    rows = conn.execute("SELECT requirement, note FROM attachment ORDER BY id").fetchall()
    columns = {r[1] for r in conn.execute("PRAGMA table_info(council)")}
    conn.close()
    assert rows[0] == ("danh_gia_hieu_qua", "Bảng tính giá trị làm lợi")
    assert "archived_at" in columns
