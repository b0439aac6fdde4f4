"""Writes tests/fixtures/schemas/schema-<n>.sqlite3: one database per released schema, with data.

Each is made by the migration steps *as they were* when that schema was the newest (read from
git history, not from today's migrations.py, so a step changed after its release shows up as a
difference the upgrade must mend), then filled with a few rows in every table: dossiers with
authors, appliers and attachments, councils, meetings, decisions, nominations, received
packages, the search index. tests/core/test_migrations.py upgrades each and compares it with
a fresh database.

    python tools/schema_fixtures.py          # writes every fixture (run from the repository)

Run it again only on purpose: when a schema is released, add its version to RELEASES.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "schemas"
MIGRATIONS = "sangkien_desktop/storage/migrations.py"
APPLICATION_ID = 0x534B4431

# Schema version → the commit whose migration steps made it: the last commit at which that
# version was the newest (for 3 and 4, developed side by side, the first commit that had
# every step up to it). Steps above the version are left out.
RELEASES: dict[int, str] = {
    1: "1895438",  # before step 2; ix_dossier_live_unit did not yet cover unit_name
    2: "f6efb4a",
    3: "17ca344",
    4: "17ca344",
    5: "17ca344",
    6: "f027151",  # the unit index made to cover unit_name everywhere
    7: "c5ca597",  # the version index (previous_uuid); step 8 re-keys the search index
    8: "b84e4ca",  # the search re-keyed, filter indexes; released when step 9 (the workflow) came
    9: "99ed8cc",  # attachment requirements, archived councils, withdrawn nominations; step 10
                   # (several officers at once) followed
    10: "833e46c",  # several officers at once; the summary step (SUMMARY_STEP) followed
    11: "145dacd",  # one summary row per dossier kept by triggers; the rule-pack step followed
}

D1, D2, D3 = ("0a5b6c7d-1111-4a2b-8c3d-000000000001", "0a5b6c7d-1111-4a2b-8c3d-000000000002",
              "0a5b6c7d-1111-4a2b-8c3d-000000000003")
SHA = "9f" * 32
WHEN = "2022-03-15 08:30:00.000000"
# Realistic values by table and column; any other column gets a value of its declared type.
VALUES: dict[str, list[dict[str, object]]] = {
    "dossier": [
        {"uuid": D1, "code": "SK-2022-00001", "title": "Máy bóc vỏ lạc dùng động cơ cũ",
         "unit_name": "HTX Nông nghiệp Gio An", "sort_title": "may boc vo lac",
         "sort_unit": "htx nong nghiep gio an", "lead_author_name": "Lê Văn Nam",
         "sort_author": "nam le van", "status": "recognised", "campaign_id": "mot-trieu-sang-kien",
         "first_applied_on": "2021-10-01", "benefit_unit_vnd": 120_000_000, "deleted_at": None},
        {"uuid": D2, "code": "SK-2022-00002", "title": "Sổ tay an toàn lao động bằng tranh",
         "unit_name": "Công ty May Hòa Bình", "status": "submitted", "deleted_at": None,
         "first_applied_on": "2022-01-10"},
        {"uuid": D3, "code": "SK-2022-00003", "title": "Bảng theo dõi ca máy bằng mã màu",
         "unit_name": "Công ty May Hòa Bình", "status": "draft", "deleted_at": WHEN},
    ],
    "author": [
        {"full_name": "Lê Văn Nam", "share_hundredths": 6000, "is_lead": 1, "cccd": "045090001234",
         "phone": "0912345678", "birth_date": "1985-09-15"},
        {"full_name": "Hồ Thị Lan", "share_hundredths": 4000, "is_lead": 0},
    ],
    "applier": [{"full_name": "Trần Văn Bình", "task": "Vận hành thử"}],
    "blob": [{"sha256": SHA, "size": 2048, "media_type": "application/pdf"}],
    "attachment": [{"sha256": SHA, "filename": "bảng tính.pdf", "note": "#danh_gia_hieu_qua"}],
    "setting": [{"key": "unit_profile", "value": '{"unit_name": "Công đoàn cơ sở HTX Gio An"}'}],
    "council": [{"uuid": "c0000000-0000-4000-8000-000000000001", "name": "Hội đồng sáng kiến HTX",
                 "year": 2022, "rules_json": '{"quorum": "2/3"}', "rubric_json": "{}"}],
    "decision": [{"uuid": "d0000000-0000-4000-8000-000000000001", "number_text": "12/QĐ-CĐCS",
                  "date": "2022-03-22"}],
    "decision_item": [{"dossier_uuid": D1, "outcome": "recognised"}],
    "received_decision": [{
        "uuid": "d0000000-0000-4000-8000-000000000002", "number_text": "7/QĐ-CĐCS",
        "payload_json": '{"items": [{"dossier_uuid": "' + D2 + '", "outcome": "recognised"}, '
                        '{"dossier_uuid": "' + D3 + '", "outcome": "rejected", '
                        '"reason": "Chưa có số liệu"}]}'}],
    "history": [{"entity_kind": "dossier", "entity_uuid": D1, "action": "created",
                 "changes_json": '{"title": [null, "Máy bóc vỏ lạc dùng động cơ cũ"]}'}],
}


def steps_at(commit: str, version: int) -> list[Any]:
    """The migration steps up to ``version`` as written at ``commit``."""
    source = subprocess.run(["git", "show", f"{commit}:{MIGRATIONS}"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"migrations_{commit}.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
    steps = sorted((s for s in module.STEPS if s.version <= version), key=lambda s: s.version)
    assert [s.version for s in steps] == list(range(1, version + 1)), (commit, version)
    return steps


def _value(table: str, column: dict[str, object], n: int, keys: dict[str, list[object]]) -> object:
    name, kind = str(column["name"]), str(column["type"]).upper()
    if name in keys:  # a foreign key: the parent row of the same rank, else the first
        parents = keys[name]
        return parents[min(n, len(parents) - 1)]
    if name == "uuid" or name.endswith("_uuid"):
        return f"{zlib.crc32(f'{table}.{name}'.encode()):08x}-0000-4000-8000-{n:012d}"
    if name.endswith(("_at", "_time")) or kind == "DATETIME":
        return WHEN
    if kind == "DATE" or name.endswith(("_on", "_date")) or name == "date":
        return "2022-03-15"
    if name.endswith("_json"):
        return "{}"
    if kind.startswith(("INT", "BOOL")):
        return n + 1 if name in ("year", "number", "version", "position") else 0
    return f"{table} {name} {n + 1}"


def fill(conn: sqlite3.Connection) -> None:
    """A few rows in every table, parents first, each foreign key pointing at a real row."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'dossier_fts%' ORDER BY rowid")]
    inserted: dict[str, list[dict[str, object]]] = {}
    pending = list(tables)
    while pending:
        for table in list(pending):
            fks = conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            parents = {fk[2] for fk in fks if fk[2] != table}
            if parents - set(inserted):
                continue
            if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                # Filled by triggers on its parents' rows (dossier_summary): kept as they made it.
                cursor = conn.execute(f"SELECT * FROM {table}")
                names = [d[0] for d in cursor.description]
                inserted[table] = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
                pending.remove(table)
                continue
            keys = {fk[3]: [row[fk[4]] for row in inserted[fk[2]]] for fk in fks}
            columns = [dict(zip(("cid", "name", "type", "notnull", "default", "pk"), c, strict=True))
                       for c in conn.execute(f"PRAGMA table_info({table})")]
            rows = VALUES.get(table) or [{}, {}]
            # The key SQLite numbers itself (the rowid): a primary key of one INTEGER column.
            rowid = [c["name"] for c in columns if c["pk"]]
            rowid = rowid if len(rowid) == 1 and next(
                c for c in columns if c["pk"])["type"].upper() == "INTEGER" else []
            done = []
            for n, given in enumerate(rows):
                # Given values, else the column's default, else one of its type.
                row = {c["name"]: given.get(c["name"], _value(table, c, n, keys))
                       for c in columns if c["name"] not in rowid
                       and (c["name"] in given or c["name"] in keys or c["default"] is None)}
                cursor = conn.execute(
                    f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()))
                row["id"] = cursor.lastrowid
                done.append(row)
            inserted[table] = done
            pending.remove(table)
    for row in inserted.get("dossier", []):
        conn.execute("INSERT INTO dossier_fts (rowid, body) VALUES (?, ?)",
                     (row["id"], f"{row['title']} {row['unit_name']}".lower()))


def build(version: int, commit: str, target: Path) -> None:
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA page_size = 512")  # small files; the schema is what matters
    conn.execute("PRAGMA foreign_keys = ON")
    for step in steps_at(commit, version):
        conn.execute("BEGIN")
        # Each part of a step as that commit had them: new columns (where missing), the
        # statements, then the step's function.
        for table, column, declaration in getattr(step, "columns", ()):
            if column not in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
        for statement in step.statements:
            conn.execute(statement)
        if getattr(step, "run", None) is not None:
            step.run(conn)
        conn.execute(f"PRAGMA user_version = {step.version}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    conn.execute("BEGIN")
    fill(conn)
    conn.execute("COMMIT")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("VACUUM")
    conn.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for version, commit in RELEASES.items():
        target = OUT / f"schema-{version}.sqlite3"
        build(version, commit, target)
        print(f"{target.relative_to(ROOT)}: schema {version} from {commit}, "
              f"{target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
