"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

Each step is a list of SQL statements run in one transaction together with the version bump,
and written so that running it twice changes nothing (IF NOT EXISTS). What SQL cannot say that
way is said beside them: new columns (SQLite has no ADD COLUMN IF NOT EXISTS), added only
where missing; moving data out of free text, a function of the step run after its statements
in the same transaction, that looks before it changes. A released step is never edited: a
change to the schema is a new step at the end of STEPS.

The steps are written in SQLite's dialect; storage/server_schema.py translates them for a
PostgreSQL server, and a step's function runs on either engine (``StepConnection``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, Protocol

from sangkien_desktop.storage import dossier_summary

# PRAGMA application_id marks the file as ours ("SKD1"), so a stranger database is refused.
APPLICATION_ID = 0x534B4431

# The step that lets several officers share one database (revisions, register locks,
# attachments in the database). Its number is said here only: a branch adding a step before it
# renumbers it here, and the tests that look at a database from just before it follow.
SHARED_OFFICE_STEP = 10
# The step that keeps one narrow summary row per dossier, its check with it (the overview's
# counts, storage/dossier_summary.py): its number said here only, like the one above.
SUMMARY_STEP = 11


class Step(NamedTuple):
    version: int
    description: str
    statements: tuple[str, ...]
    # (table, column, definition) added before the statements run, each only when the table
    # lacks it: SQLite has no ADD COLUMN IF NOT EXISTS, and a step must be safe to run twice.
    columns: tuple[tuple[str, str, str], ...] = ()
    # Run after the statements, in the same transaction, given the engine's connection behind
    # one small interface (``StepConnection``): what SQL cannot say once for both engines.
    run: Callable[[StepConnection], None] | None = None


class StepConnection(Protocol):
    """What a step's ``run`` may do with the database: statements with ``?`` parameters and
    their rows. A sqlite3 connection is one as it is; a server's is wrapped (storage/server.py)."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        """Runs ``sql``; the result has ``fetchall()``."""


def apply_step(conn: sqlite3.Connection, step: Step) -> None:
    """Runs ``step`` on ``conn`` (the caller holds the transaction)."""
    for table, column, definition in step.columns:
        add_column(conn, table, column, definition)
    for statement in step.statements:
        conn.execute(statement)
    if step.run is not None:
        step.run(conn)


def add_column(conn: sqlite3.Connection, table: str, column: str, declaration: str) -> None:
    """``ALTER TABLE table ADD COLUMN column declaration`` unless the column is there."""
    names = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    if column not in names:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")


def _step9(conn: StepConnection) -> None:
    # Imported here: the window's first paint reads this module (schema_is_current) and loads
    # nothing of the domain before it paints.
    from sangkien_desktop.domain.dossier import split_requirement_tag

    # The "#code" leaves the note, except in a recognised (frozen) dossier, whose content is
    # never rewritten: there only the requirement is set (it is outside the content hash).
    rows = conn.execute(
        """SELECT a.id, a.note, v.frozen_at IS NOT NULL
           FROM attachment AS a JOIN dossier AS d ON d.id = a.dossier_id
           LEFT JOIN dossier_version AS v ON v.dossier_uuid = d.uuid
           WHERE a.requirement = '' AND a.note LIKE '%#%'""").fetchall()
    for rowid, note, frozen in rows:
        code, rest = split_requirement_tag(note)
        if code:
            conn.execute("UPDATE attachment SET requirement = ?, note = ? WHERE id = ?",
                         (code, note if frozen else rest, rowid))


# The legal basis a council's pack gets when its rubric becomes a rule pack (the rule-pack step): the
# national texts, as decisions printed them before rule packs existed.
_ND13 = ("Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ "
         "Sáng kiến;")
_TT18 = ("Căn cứ Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013 của Bộ Khoa học và Công nghệ "
         "hướng dẫn thi hành một số quy định của Điều lệ Sáng kiến;")
_SCOPES = (
    {"code": "co_so", "label": "Phạm vi cơ sở: áp dụng, có hiệu quả tại đơn vị"},
    {"code": "tinh", "label": "Phạm vi tỉnh, ngành: được nhân rộng hoặc có khả năng nhân rộng "
                             "trong tỉnh, ngành"},
)


# Rule packs (issue 21). The step's number is said here once: every other mention (the step
# in STEPS, tests, tools/schema_fixtures.py) reads it from RULE_PACKS_STEP, so the step moves
# to another number with this one edit (and the fixture of the schema before it).
RULE_PACKS_STEP = 12

# (table, column, declaration) the rule-pack step adds where missing.
_RULE_PACK_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("council", "rule_pack_id", "VARCHAR NOT NULL DEFAULT ''"),
    ("council_member", "heads_unit", "TEXT NOT NULL DEFAULT ''"),
    ("meeting", "rule_pack_ref", "VARCHAR NOT NULL DEFAULT ''"),
    ("meeting", "closed_at", "DATETIME"),
    ("decision", "rule_pack_ref", "VARCHAR NOT NULL DEFAULT ''"),
    ("decision_item", "scope_code", "VARCHAR NOT NULL DEFAULT ''"),
    ("decision_item", "pay_json", "TEXT NOT NULL DEFAULT ''"),
    # The level a nomination is sent to on the unit's route (domain/unit_route.py); "" for
    # those made before, which keep only the recipient's name they carry.
    ("nomination", "to_level", "VARCHAR NOT NULL DEFAULT ''"),
)

_RULE_PACK_STATEMENTS: tuple[str, ...] = (
    # One row per version of a pack; a version a meeting or decision names never changes.
    """CREATE TABLE IF NOT EXISTS rule_pack (
        id INTEGER PRIMARY KEY,
        pack_id VARCHAR NOT NULL,
        version VARCHAR NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        body_json TEXT NOT NULL,
        origin VARCHAR NOT NULL DEFAULT 'edited',
        created_at DATETIME NOT NULL,
        UNIQUE (pack_id, version)
    )""",
    # A member out of the scoring of one dossier: a declared conflict of interest, an
    # abstention, or found by the program (an author, the authors' unit head).
    """CREATE TABLE IF NOT EXISTS meeting_recusal (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES council_member (id),
        dossier_uuid VARCHAR(36) NOT NULL,
        kind VARCHAR NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (meeting_id, member_id, dossier_uuid)
    )""",
    # The papers a code verifies: ours, and those received in packages (source: the
    # package id) so any level that has the package can answer.
    """CREATE TABLE IF NOT EXISTS verification (
        code VARCHAR PRIMARY KEY,
        kind VARCHAR NOT NULL,
        owner_uuid VARCHAR(36) NOT NULL,
        dossier_uuid VARCHAR(36) NOT NULL DEFAULT '',
        person TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        number_text VARCHAR NOT NULL DEFAULT '',
        issued_on DATE,
        unit_name TEXT NOT NULL DEFAULT '',
        content_hash VARCHAR(64) NOT NULL,
        source VARCHAR NOT NULL DEFAULT '',
        recorded_at DATETIME NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS ix_verification_owner ON verification (owner_uuid)",
    # Folded title and description (form headings and legal boilerplate left out) as
    # words and word pairs; rowid is dossier.id. services/similarity keeps it in step.
    """CREATE VIRTUAL TABLE IF NOT EXISTS similarity_fts USING fts5(
        body, tokenize = "unicode61 tokenchars '_'"
    )""",
    # How many dossiers hold each term (the weights): kept with the index, a seek per
    # term where fts5vocab would walk the term's whole posting list.
    """CREATE TABLE IF NOT EXISTS similarity_df (
        term TEXT PRIMARY KEY,
        docs INTEGER NOT NULL
    ) WITHOUT ROWID""",
)

# After the tables: what the data moves, the same on both engines (a step's function).
_RULE_PACK_MOVES: tuple[str, ...] = (
    "UPDATE council SET rule_pack_id = 'hoi-dong-' || uuid WHERE rule_pack_id = ''",
    """UPDATE meeting SET rule_pack_ref = (
           SELECT c.rule_pack_id || '@1' FROM council AS c WHERE c.id = meeting.council_id)
       WHERE rule_pack_ref = '' AND EXISTS (
           SELECT 1 FROM council AS c WHERE c.id = meeting.council_id
           AND c.rule_pack_id LIKE 'hoi-dong-%')""",
    # A meeting a decision was issued from is closed: its results are what decided.
    """UPDATE meeting SET closed_at = (
           SELECT MIN(d.created_at) FROM decision AS d WHERE d.meeting_uuid = meeting.uuid)
       WHERE closed_at IS NULL AND EXISTS (
           SELECT 1 FROM decision AS d WHERE d.meeting_uuid = meeting.uuid)""",
    """UPDATE decision SET rule_pack_ref = COALESCE((
           SELECT m.rule_pack_ref FROM meeting AS m WHERE m.uuid = decision.meeting_uuid), '')
       WHERE rule_pack_ref = '' AND meeting_uuid != ''""",
)


def _compact(value: object) -> str:
    """JSON as SQLite's json_object() writes it: no spaces, letters as they are."""
    import json  # here: ``sangkien list`` reads this module and loads no JSON writer

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _loads(text: str) -> object:
    import json

    return json.loads(text)


def _rule_packs(conn: StepConnection) -> None:
    """Each council's rubric and vote rules become its own pack, named after it (version 1),
    and the councils, meetings and decisions name it."""
    present = {row[0] for row in conn.execute(
        "SELECT pack_id FROM rule_pack WHERE version = '1'").fetchall()}
    councils = conn.execute(
        "SELECT uuid, name, unit_name, rules_json, rubric_json, created_at FROM council "
        "WHERE rule_pack_id = '' ORDER BY id").fetchall()
    for uuid, name, unit_name, rules_json, rubric_json, created_at in councils:
        pack_id = f"hoi-dong-{uuid}"
        if pack_id in present:
            continue
        title = f"Quy định của {name}"
        body = {
            "format": "sangkien-rule-pack", "format_version": 1, "id": pack_id, "version": "1",
            "name": title, "short_name": name, "level": "unit", "applies_to": unit_name,
            "legal_basis": [_ND13, _TT18], "legal_checked_on": None,
            "council_rules": _loads(rules_json), "rubric": _loads(rubric_json),
            "eligibility": {"research_requires_acceptance": True},
            "scopes": list(_SCOPES),
            "papers": [{"code": "don_yeu_cau", "label": "Đơn yêu cầu công nhận sáng kiến"}],
            "note": "Chuyển từ bộ tiêu chí và quy tắc biểu quyết của Hội đồng khi nâng cấp "
                    "dữ liệu.",
        }
        conn.execute(
            "INSERT INTO rule_pack (pack_id, version, name, body_json, origin, created_at) "
            "VALUES (?, '1', ?, ?, 'migrated', ?)", (pack_id, title, _compact(body), created_at))
        present.add(pack_id)
    for statement in _RULE_PACK_MOVES:
        conn.execute(statement)
    # The similarity index of no dossier is complete: a new database's first check builds
    # nothing (its format, 1, marked as storage/similarity_index.py keeps it); one holding
    # dossiers builds it at its first look (services/similarity.ensure_index).
    if not conn.execute("SELECT 1 FROM dossier LIMIT 1").fetchall():
        conn.execute("INSERT INTO similarity_df (term, docs) VALUES ('', 1) "
                     "ON CONFLICT (term) DO NOTHING")


STEPS: tuple[Step, ...] = (
    Step(
        1,
        "dossiers, authors, appliers, attachments, settings, search index, document numbers, acknowledgements, editor drafts",
        (
            """CREATE TABLE IF NOT EXISTS dossier (
                id INTEGER PRIMARY KEY,
                uuid VARCHAR(36) NOT NULL UNIQUE,
                code VARCHAR NOT NULL DEFAULT '',
                title TEXT NOT NULL DEFAULT '',
                solution_type VARCHAR NOT NULL DEFAULT '',
                field_of_application TEXT NOT NULL DEFAULT '',
                target_group VARCHAR NOT NULL DEFAULT '',
                campaign_id VARCHAR NOT NULL DEFAULT '',
                unit_name TEXT NOT NULL DEFAULT '',
                province_code VARCHAR NOT NULL DEFAULT '',
                sector VARCHAR NOT NULL DEFAULT '',
                investor TEXT NOT NULL DEFAULT '',
                first_applied_on DATE,
                applied_as_trial BOOLEAN NOT NULL DEFAULT 0,
                description_before TEXT NOT NULL DEFAULT '',
                description_solution TEXT NOT NULL DEFAULT '',
                description_novelty TEXT NOT NULL DEFAULT '',
                confidential_info TEXT NOT NULL DEFAULT '',
                conditions TEXT NOT NULL DEFAULT '',
                benefit_author_vnd INTEGER,
                benefit_author_social TEXT NOT NULL DEFAULT '',
                benefit_unit_vnd INTEGER,
                benefit_unit_social TEXT NOT NULL DEFAULT '',
                benefit_calculation TEXT NOT NULL DEFAULT '',
                portal_text TEXT NOT NULL DEFAULT '',
                research_accepted_on DATE,
                head_confirmed BOOLEAN NOT NULL DEFAULT 0,
                attests_public_order BOOLEAN NOT NULL DEFAULT 0,
                attests_no_ip_protection BOOLEAN NOT NULL DEFAULT 0,
                has_complaint BOOLEAN NOT NULL DEFAULT 0,
                has_authorship_dispute BOOLEAN NOT NULL DEFAULT 0,
                status VARCHAR NOT NULL DEFAULT 'draft',
                notes TEXT NOT NULL DEFAULT '',
                lead_author_name TEXT NOT NULL DEFAULT '',
                sort_title TEXT NOT NULL DEFAULT '',
                sort_unit TEXT NOT NULL DEFAULT '',
                sort_author TEXT NOT NULL DEFAULT '',
                created_at DATETIME NOT NULL,
                updated_at DATETIME NOT NULL,
                deleted_at DATETIME
            )""",
            # Every list sort has an index led by deleted_at (the list shows live dossiers):
            # SQLite then walks the index in order instead of sorting 100,000 wide rows.
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_updated ON dossier (deleted_at, updated_at, id)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_title ON dossier (deleted_at, sort_title, id)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_code ON dossier (deleted_at, code, id)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_kind ON dossier (deleted_at, solution_type, id)",
            # Covers unit_name too, so the unit filter's list is read from the index alone.
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_unit ON dossier (deleted_at, sort_unit, unit_name, id)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_author ON dossier (deleted_at, sort_author, id)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_applied ON dossier (deleted_at, first_applied_on, id)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_status ON dossier (deleted_at, status, id)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_campaign ON dossier (deleted_at, campaign_id, id)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_unit ON dossier (unit_name)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_code ON dossier (code)",
            """CREATE TABLE IF NOT EXISTS author (
                id INTEGER PRIMARY KEY,
                dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
                position INTEGER NOT NULL DEFAULT 0,
                full_name TEXT NOT NULL DEFAULT '',
                birth_date DATE,
                workplace TEXT NOT NULL DEFAULT '',
                job_title TEXT NOT NULL DEFAULT '',
                qualification TEXT NOT NULL DEFAULT '',
                cccd VARCHAR NOT NULL DEFAULT '',
                phone VARCHAR NOT NULL DEFAULT '',
                share_hundredths INTEGER,
                is_lead BOOLEAN NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX IF NOT EXISTS ix_author_dossier ON author (dossier_id)",
            """CREATE TABLE IF NOT EXISTS applier (
                id INTEGER PRIMARY KEY,
                dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
                position INTEGER NOT NULL DEFAULT 0,
                full_name TEXT NOT NULL DEFAULT '',
                birth_date DATE,
                workplace TEXT NOT NULL DEFAULT '',
                job_title TEXT NOT NULL DEFAULT '',
                qualification TEXT NOT NULL DEFAULT '',
                task TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX IF NOT EXISTS ix_applier_dossier ON applier (dossier_id)",
            """CREATE TABLE IF NOT EXISTS blob (
                sha256 VARCHAR(64) PRIMARY KEY,
                size INTEGER NOT NULL,
                media_type VARCHAR NOT NULL,
                created_at DATETIME NOT NULL
            )""",
            """CREATE TABLE IF NOT EXISTS attachment (
                id INTEGER PRIMARY KEY,
                dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
                sha256 VARCHAR(64) NOT NULL REFERENCES blob (sha256),
                position INTEGER NOT NULL DEFAULT 0,
                filename TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                added_at DATETIME NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS ix_attachment_dossier ON attachment (dossier_id)",
            "CREATE INDEX IF NOT EXISTS ix_attachment_blob ON attachment (sha256)",
            """CREATE TABLE IF NOT EXISTS setting (
                key VARCHAR PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            # Every numbered document the unit issued: numbers restart each year per type.
            """CREATE TABLE IF NOT EXISTS document_number (
                id INTEGER PRIMARY KEY,
                doc_type VARCHAR NOT NULL,
                year INTEGER NOT NULL,
                number INTEGER NOT NULL,
                suffix VARCHAR NOT NULL DEFAULT '',
                doc_date DATE,
                subject TEXT NOT NULL DEFAULT '',
                ref_uuid VARCHAR NOT NULL DEFAULT '',
                created_at DATETIME NOT NULL,
                UNIQUE (doc_type, year, number)
            )""",
            # A warning a named person accepted for a dossier (printed with the bundle).
            """CREATE TABLE IF NOT EXISTS acknowledgement (
                id INTEGER PRIMARY KEY,
                dossier_uuid VARCHAR(36) NOT NULL,
                rule_id VARCHAR NOT NULL,
                field VARCHAR NOT NULL DEFAULT '',
                ref VARCHAR NOT NULL DEFAULT '',
                person TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                rules_version VARCHAR NOT NULL DEFAULT '',
                acknowledged_at DATETIME NOT NULL,
                UNIQUE (dossier_uuid, rule_id, field, ref)
            )""",
            # The editor's unsaved state, written every few seconds: survives a crash.
            """CREATE TABLE IF NOT EXISTS editor_draft (
                dossier_uuid VARCHAR(36) PRIMARY KEY,
                payload TEXT NOT NULL,
                saved_at DATETIME NOT NULL
            )""",
            # Folded text (lower case, no diacritics, đ→d) of the fields the list searches;
            # rowid is dossier.id. Kept in step by the dossier service.
            # prefix indexes make the first letters typed in the search box cheap.
            """CREATE VIRTUAL TABLE IF NOT EXISTS dossier_fts USING fts5(
                body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
            )""",
        ),
    ),
    Step(
        2,
        "councils, members, meetings, score sheets, decisions, dossier versions, history",
        (
            # Criteria, bands and the quorum/vote rules are JSON: the unit's rubric is data.
            """CREATE TABLE IF NOT EXISTS council (
                id INTEGER PRIMARY KEY,
                uuid VARCHAR(36) NOT NULL UNIQUE,
                name TEXT NOT NULL DEFAULT '',
                unit_name TEXT NOT NULL DEFAULT '',
                employer TEXT NOT NULL DEFAULT '',
                year INTEGER NOT NULL,
                founding_number VARCHAR NOT NULL DEFAULT '',
                founding_date DATE,
                rubric_json TEXT NOT NULL,
                rules_json TEXT NOT NULL,
                created_at DATETIME NOT NULL,
                updated_at DATETIME NOT NULL
            )""",
            """CREATE TABLE IF NOT EXISTS council_member (
                id INTEGER PRIMARY KEY,
                council_id INTEGER NOT NULL REFERENCES council (id) ON DELETE CASCADE,
                position INTEGER NOT NULL DEFAULT 0,
                full_name TEXT NOT NULL,
                role VARCHAR NOT NULL DEFAULT 'uy_vien',
                title TEXT NOT NULL DEFAULT '',
                job_position TEXT NOT NULL DEFAULT '',
                active BOOLEAN NOT NULL DEFAULT 1
            )""",
            "CREATE INDEX IF NOT EXISTS ix_council_member_council ON council_member (council_id)",
            """CREATE TABLE IF NOT EXISTS meeting (
                id INTEGER PRIMARY KEY,
                uuid VARCHAR(36) NOT NULL UNIQUE,
                council_id INTEGER NOT NULL REFERENCES council (id),
                date DATE NOT NULL,
                place TEXT NOT NULL DEFAULT '',
                present_json TEXT NOT NULL DEFAULT '[]',
                absences_json TEXT NOT NULL DEFAULT '{}',
                minutes_number VARCHAR NOT NULL DEFAULT '',
                start_time VARCHAR NOT NULL DEFAULT '',
                end_time VARCHAR NOT NULL DEFAULT '',
                agenda TEXT NOT NULL DEFAULT '',
                conclusion TEXT NOT NULL DEFAULT '',
                created_at DATETIME NOT NULL,
                updated_at DATETIME NOT NULL
            )""",
            "CREATE INDEX IF NOT EXISTS ix_meeting_council ON meeting (council_id, date)",
            """CREATE TABLE IF NOT EXISTS meeting_dossier (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
                dossier_uuid VARCHAR(36) NOT NULL,
                position INTEGER NOT NULL DEFAULT 0,
                UNIQUE (meeting_id, dossier_uuid)
            )""",
            "CREATE INDEX IF NOT EXISTS ix_meeting_dossier_dossier ON meeting_dossier (dossier_uuid)",
            """CREATE TABLE IF NOT EXISTS score_sheet (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
                member_id INTEGER NOT NULL REFERENCES council_member (id),
                dossier_uuid VARCHAR(36) NOT NULL,
                scores_json TEXT NOT NULL,
                remarks TEXT NOT NULL DEFAULT '',
                in_favour BOOLEAN,
                UNIQUE (meeting_id, member_id, dossier_uuid)
            )""",
            """CREATE TABLE IF NOT EXISTS decision (
                id INTEGER PRIMARY KEY,
                uuid VARCHAR(36) NOT NULL UNIQUE,
                number INTEGER NOT NULL,
                number_text VARCHAR NOT NULL,
                doc_type VARCHAR NOT NULL DEFAULT 'QĐ',
                year INTEGER NOT NULL,
                date DATE NOT NULL,
                authority VARCHAR NOT NULL DEFAULT 'council',
                authority_text TEXT NOT NULL DEFAULT '',
                signer_name TEXT NOT NULL DEFAULT '',
                signer_title TEXT NOT NULL DEFAULT '',
                signing_capacity TEXT NOT NULL DEFAULT '',
                legal_basis_json TEXT NOT NULL DEFAULT '[]',
                scope TEXT NOT NULL DEFAULT '',
                meeting_uuid VARCHAR(36) NOT NULL DEFAULT '',
                unit_name TEXT NOT NULL DEFAULT '',
                status VARCHAR NOT NULL DEFAULT 'issued',
                created_at DATETIME NOT NULL,
                UNIQUE (doc_type, year, number)
            )""",
            """CREATE TABLE IF NOT EXISTS decision_item (
                id INTEGER PRIMARY KEY,
                decision_id INTEGER NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
                dossier_uuid VARCHAR(36) NOT NULL,
                outcome VARCHAR NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                benefit_agreed_vnd INTEGER,
                reward_vnd INTEGER,
                annex_order INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX IF NOT EXISTS ix_decision_item_dossier ON decision_item (dossier_uuid)",
            "CREATE INDEX IF NOT EXISTS ix_decision_item_decision ON decision_item (decision_id)",
            # One row per dossier that is frozen or is a correction of a frozen one; a dossier
            # without a row is version 1 of its own lineage, not frozen. save_dossier looks
            # here by dossier_uuid (unique index) before every save.
            """CREATE TABLE IF NOT EXISTS dossier_version (
                id INTEGER PRIMARY KEY,
                dossier_uuid VARCHAR(36) NOT NULL UNIQUE,
                lineage_uuid VARCHAR(36) NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                previous_uuid VARCHAR(36),
                content_hash VARCHAR(64) NOT NULL DEFAULT '',
                frozen_at DATETIME,
                decision_uuid VARCHAR(36) NOT NULL DEFAULT '',
                UNIQUE (lineage_uuid, version)
            )""",
            """CREATE TABLE IF NOT EXISTS history (
                id INTEGER PRIMARY KEY,
                entity_kind VARCHAR NOT NULL,
                entity_uuid VARCHAR(36) NOT NULL,
                action VARCHAR NOT NULL,
                user_name TEXT NOT NULL DEFAULT '',
                at DATETIME NOT NULL,
                changes_json TEXT NOT NULL DEFAULT '{}'
            )""",
            "CREATE INDEX IF NOT EXISTS ix_history_entity ON history (entity_kind, entity_uuid, id)",
        ),
    ),
    Step(
        3,
        "nominations upward with their dossiers, targets per unit and phase",
        (
            """CREATE TABLE IF NOT EXISTS nomination (
                id INTEGER PRIMARY KEY,
                uuid VARCHAR(36) NOT NULL UNIQUE,
                campaign_id VARCHAR NOT NULL,
                to_unit TEXT NOT NULL DEFAULT '',
                deadline DATETIME,
                status VARCHAR NOT NULL DEFAULT 'draft',
                letter_number INTEGER,
                letter_number_text VARCHAR NOT NULL DEFAULT '',
                letter_date DATE,
                basis TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                created_at DATETIME NOT NULL,
                updated_at DATETIME NOT NULL,
                sent_at DATETIME
            )""",
            """CREATE TABLE IF NOT EXISTS nomination_item (
                id INTEGER PRIMARY KEY,
                nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
                dossier_uuid VARCHAR(36) NOT NULL,
                position INTEGER NOT NULL DEFAULT 0,
                favoured_field VARCHAR NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                UNIQUE (nomination_id, dossier_uuid)
            )""",
            "CREATE INDEX IF NOT EXISTS ix_nomination_item_dossier ON nomination_item (dossier_uuid)",
            """CREATE TABLE IF NOT EXISTS target (
                id INTEGER PRIMARY KEY,
                campaign_id VARCHAR NOT NULL,
                unit_name TEXT NOT NULL,
                phase_code VARCHAR NOT NULL,
                count INTEGER NOT NULL,
                updated_at DATETIME NOT NULL,
                UNIQUE (campaign_id, unit_name, phase_code)
            )""",
            # Progress per unit reads the live dossiers of one campaign.
            "CREATE INDEX IF NOT EXISTS ix_dossier_campaign_unit ON dossier (campaign_id, unit_name)",
        ),
    ),
    Step(
        4,
        "portal outbox, received packages, decisions, documents and kept copies",
        (
            # One row per dossier entered on the national portal; result "" until it answers.
            """CREATE TABLE IF NOT EXISTS portal_entry (
                id INTEGER PRIMARY KEY,
                dossier_uuid VARCHAR(36) NOT NULL UNIQUE,
                entered_on DATE NOT NULL,
                receipt TEXT NOT NULL DEFAULT '',
                result VARCHAR NOT NULL DEFAULT '',
                reason TEXT NOT NULL DEFAULT '',
                result_on DATE,
                next_uuid VARCHAR(36) NOT NULL DEFAULT '',
                recorded_at DATETIME NOT NULL
            )""",
            """CREATE TABLE IF NOT EXISTS received_package (
                id INTEGER PRIMARY KEY,
                package_id VARCHAR(36) NOT NULL UNIQUE,
                kind VARCHAR NOT NULL,
                sending_unit TEXT NOT NULL DEFAULT '',
                created_at DATETIME NOT NULL,
                imported_at DATETIME NOT NULL,
                app_version VARCHAR NOT NULL DEFAULT '',
                rules_versions TEXT NOT NULL DEFAULT '',
                summary_json TEXT NOT NULL DEFAULT '{}'
            )""",
            # Another unit's decisions: their numbers are the sender's, so not in "decision".
            """CREATE TABLE IF NOT EXISTS received_decision (
                id INTEGER PRIMARY KEY,
                uuid VARCHAR(36) NOT NULL UNIQUE,
                sending_unit TEXT NOT NULL DEFAULT '',
                number_text VARCHAR NOT NULL DEFAULT '',
                date DATE,
                payload_json TEXT NOT NULL,
                package_id VARCHAR(36) NOT NULL DEFAULT '',
                received_at DATETIME NOT NULL
            )""",
            """CREATE TABLE IF NOT EXISTS received_document (
                id INTEGER PRIMARY KEY,
                owner_kind VARCHAR NOT NULL,
                owner_uuid VARCHAR(36) NOT NULL,
                kind VARCHAR NOT NULL,
                filename TEXT NOT NULL,
                sha256 VARCHAR(64) NOT NULL,
                size INTEGER NOT NULL,
                package_id VARCHAR(36) NOT NULL DEFAULT '',
                received_at DATETIME NOT NULL,
                UNIQUE (owner_uuid, kind, sha256)
            )""",
            """CREATE TABLE IF NOT EXISTS imported_copy (
                id INTEGER PRIMARY KEY,
                source_uuid VARCHAR(36) NOT NULL UNIQUE,
                local_uuid VARCHAR(36) NOT NULL,
                package_id VARCHAR(36) NOT NULL DEFAULT ''
            )""",
        ),
    ),
    Step(
        5,
        "received nominations per sending unit, and the items of received decisions",
        (
            """CREATE TABLE IF NOT EXISTS received_unit (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                parent TEXT NOT NULL DEFAULT '',
                province_code VARCHAR NOT NULL DEFAULT '',
                level VARCHAR NOT NULL DEFAULT '',
                first_received_at DATETIME NOT NULL,
                UNIQUE (name, parent)
            )""",
            """CREATE TABLE IF NOT EXISTS received_nomination (
                id INTEGER PRIMARY KEY,
                uuid VARCHAR(36) NOT NULL UNIQUE,
                unit_id INTEGER NOT NULL REFERENCES received_unit (id),
                campaign_id VARCHAR NOT NULL DEFAULT '',
                to_unit TEXT NOT NULL DEFAULT '',
                status VARCHAR NOT NULL DEFAULT '',
                letter_number_text VARCHAR NOT NULL DEFAULT '',
                letter_date DATE,
                payload_json TEXT NOT NULL,
                package_id VARCHAR(36) NOT NULL DEFAULT '',
                received_at DATETIME NOT NULL
            )""",
            """CREATE TABLE IF NOT EXISTS received_nomination_item (
                id INTEGER PRIMARY KEY,
                nomination_id INTEGER NOT NULL REFERENCES received_nomination (id) ON DELETE CASCADE,
                dossier_uuid VARCHAR(36) NOT NULL,
                position INTEGER NOT NULL DEFAULT 0,
                UNIQUE (nomination_id, dossier_uuid)
            )""",
            "CREATE INDEX IF NOT EXISTS ix_received_nomination_item_dossier "
            "ON received_nomination_item (dossier_uuid)",
            # Which dossiers a received decision decides, so "recognised by the sender's
            # decision" is a lookup, not a scan of every decision's JSON.
            """CREATE TABLE IF NOT EXISTS received_decision_item (
                id INTEGER PRIMARY KEY,
                decision_uuid VARCHAR(36) NOT NULL,
                dossier_uuid VARCHAR(36) NOT NULL,
                outcome VARCHAR NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                UNIQUE (decision_uuid, dossier_uuid)
            )""",
            "CREATE INDEX IF NOT EXISTS ix_received_decision_item_dossier "
            "ON received_decision_item (dossier_uuid)",
            # Decisions received under schema 4 get their items from the JSON they came in.
            """INSERT OR IGNORE INTO received_decision_item
                   (decision_uuid, dossier_uuid, outcome, reason)
               SELECT d.uuid, json_extract(i.value, '$.dossier_uuid'),
                      json_extract(i.value, '$.outcome'),
                      COALESCE(json_extract(i.value, '$.reason'), '')
               FROM received_decision AS d, json_each(d.payload_json, '$.items') AS i
               WHERE json_extract(i.value, '$.dossier_uuid') IS NOT NULL""",
        ),
    ),
    Step(
        6,
        "the unit index covers the unit name on databases made before step 1 said so",
        (
            # Step 1 was changed after its first release to cover unit_name (the unit filter
            # reads the index alone); a database made before kept the narrower index, which
            # IF NOT EXISTS never replaces (tests/core/test_migrations.py found it).
            "DROP INDEX IF EXISTS ix_dossier_live_unit",
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_unit "
            "ON dossier (deleted_at, sort_unit, unit_name, id)",
        ),
    ),
    Step(
        7,
        "the dossier list finds a dossier's newer version through an index",
        (
            # The list leaves out a version once a newer one exists, checking each row of the
            # page it reads (services/dossiers/list_query.py): a seek here, not a scan of every
            # version on every row.
            "CREATE INDEX IF NOT EXISTS ix_dossier_version_previous "
            "ON dossier_version (previous_uuid)",
        ),
    ),
    Step(
        8,
        "search index in the list's order; narrow indexes for the list's filters",
        (
            # Every search entry re-keyed by storage.search_key.list_key: seconds since 1900 of
            # updated_at, shifted left 26 bits, then the id (2208988800 s from 1900 to 1970),
            # so FTS5 hands out matches newest first. The index is built again from a copy of
            # its text, in key order (several times faster than re-keying in place). Safe to
            # run twice: ``rowid & 67108863`` is the dossier id under the old key (the id
            # itself) and the new one alike; entries of dossiers no longer stored are dropped.
            "DROP TABLE IF EXISTS temp.fts_rekey",
            "CREATE TEMP TABLE fts_rekey AS SELECT rowid & 67108863 AS id, body FROM dossier_fts",
            "DROP TABLE dossier_fts",
            """CREATE VIRTUAL TABLE dossier_fts USING fts5(
                body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
            )""",
            """INSERT INTO dossier_fts (rowid, body)
               SELECT (MAX(0, CAST(strftime('%s', d.updated_at) AS INTEGER) + 2208988800) << 26)
                      | d.id AS key, t.body
               FROM fts_rekey AS t JOIN dossier AS d ON d.id = t.id
               ORDER BY key""",
            "DROP TABLE temp.fts_rekey",
            # What a search walking the index checks per match (bin, status, campaign, unit,
            # and the uuid the old-version check looks up), read without touching the wide
            # dossier row.
            "CREATE INDEX IF NOT EXISTS ix_dossier_filter "
            "ON dossier (id, deleted_at, status, campaign_id, unit_name, uuid)",
            # A status or campaign filter in the default order (last saved first): a search
            # whose matches hold few of them walks these and checks each against the matches.
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_status_updated "
            "ON dossier (deleted_at, status, updated_at, id)",
            "CREATE INDEX IF NOT EXISTS ix_dossier_live_campaign_updated "
            "ON dossier (deleted_at, campaign_id, updated_at, id)",
        ),
    ),
    Step(
        9,
        "the requirement an attachment meets (moved out of its note's #code), archived "
        "councils, withdrawn nominations",
        (),
        columns=(
            ("attachment", "requirement", "VARCHAR NOT NULL DEFAULT ''"),
            ("council", "archived_at", "DATETIME"),
            ("nomination", "withdrawn_at", "DATETIME"),
            ("nomination", "withdrawn_reason", "TEXT NOT NULL DEFAULT ''"),
        ),
        run=_step9,
    ),
    Step(
        SHARED_OFFICE_STEP,
        "several officers at once: dossier revisions, register locks, attachments in the database",
        (
            # One row per numbering register and year, locked (written) by whoever issues its
            # next number until their transaction ends (storage/registers.py).
            """CREATE TABLE IF NOT EXISTS register_lock (
                register VARCHAR NOT NULL,
                year INTEGER NOT NULL,
                taken_at DATETIME NOT NULL,
                PRIMARY KEY (register, year)
            )""",
            # Attachment content on a server database, in pieces of 1 MiB read and written
            # one at a time (a SQLite data folder keeps its files in attachments/ instead).
            """CREATE TABLE IF NOT EXISTS blob_chunk (
                sha256 VARCHAR(64) NOT NULL,
                seq INTEGER NOT NULL,
                data BLOB NOT NULL,
                PRIMARY KEY (sha256, seq)
            )""",
        ),
        columns=(
            # Optimistic locking: each save checks the revision the editor loaded and moves it
            # on; who saved last is said to the officer whose save came second.
            ("dossier", "revision", "INTEGER NOT NULL DEFAULT 1"),
            ("dossier", "updated_by", "TEXT NOT NULL DEFAULT ''"),
        ),
    ),
    Step(
        SUMMARY_STEP,
        "one narrow summary row per dossier (status, bin, versions, recognition, its check) "
        "kept by triggers; meetings found by decision",
        dossier_summary.STATEMENTS,
    ),
    Step(
        RULE_PACKS_STEP,
        "rule packs (each council's rubric and vote rules become one), the pack a meeting and "
        "a decision were decided under, closing meetings, conflicts of interest, pay to "
        "authors and scopes per decision item, verification codes, the similarity index, the "
        "level a nomination is sent to",
        _RULE_PACK_STATEMENTS,
        columns=_RULE_PACK_COLUMNS,
        run=_rule_packs,
    ),
)

LATEST_VERSION = STEPS[-1].version


def schema_is_current(conn: sqlite3.Connection) -> bool:
    """Whether the database is ours and needs no migration: two pragmas, nothing else read (the
    window's first paint asks, gui/first_paint.py; storage/database.py's ``migrate`` explains
    what is wrong with any other)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return app_id == APPLICATION_ID and version == LATEST_VERSION
