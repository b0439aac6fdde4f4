"""Two officers (two processes) at once on one database: both keep editing the same dossier,
issuing decision numbers and certification (XN) numbers from the same registers, and
recording the same papers' verification codes. No save is lost (every officer's change is
in the final dossier, the revision counts every save), no number is issued twice or skipped,
and each code is recorded once. Runs on SQLite (one writer at a time: a busy database is tried again) and on the
PostgreSQL test server (row locks)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import time

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DossierChangedError, SangKienError
from sangkien_desktop.domain.verification import CERTIFICATION, certificate_paper, decision_paper
from sangkien_desktop.services.council import numbering, verification
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage.database import open_database

ROUNDS = 12
BUSY = ("db_busy", "db_server_busy")
DAY = dt.date(2026, 5, 4)
XN = numbering.register_key("XN", "CTGLH")  # the certifications of another body that decides
DECISION = "0a5b6c7d-2222-4a2b-8c3d-000000000001"
PAPERS = [decision_paper(uuid=DECISION, number_text="12/QĐ-CĐCS", date=DAY, unit_name="CĐCS",
                         authority_text="", items=[])] + [
    certificate_paper(decision_uuid=DECISION, number_text="12/QĐ-CĐCS", date=DAY,
                      unit_name="CĐCS", dossier_uuid=f"0a5b6c7d-3333-4a2b-8c3d-{n:012d}",
                      title=f"Sáng kiến {n}", person=f"Tác giả {n}", kind=kind)
    for n in range(40) for kind in ("giay_chung_nhan", CERTIFICATION)]


def _retrying(work):
    while True:
        try:
            return work()
        except SangKienError as exc:
            if exc.code not in BUSY:
                raise


def officer(target: str, name: str, uuid: str, start, results) -> None:
    """One officer's process: ROUNDS numbers issued as fast as it can, then ROUNDS edits of
    the dossier (read it, change it, save it; told someone saved meanwhile: read it again)."""
    db = open_database(target)
    db.user = name
    numbers, conflicts = [], 0
    start.wait()
    try:
        def record():
            with db.session() as s:
                verification.record(s, PAPERS)
                s.commit()

        def issue(register):
            with db.session() as s:
                row = numbering.register(s, register, None, DAY, subject=name)
                s.commit()
                return row.number

        _retrying(record)
        for _ in range(ROUNDS):
            numbers.append(_retrying(lambda: issue("QĐ")))
            numbers.append(-_retrying(lambda: issue(XN)))  # told apart by the sign
        for i in range(ROUNDS):
            while True:
                with db.session() as s:
                    read = get_dossier(s, uuid)
                time.sleep(0.01)  # the officer types: the other one may save meanwhile
                edited = dataclasses.replace(read, notes=read.notes + f"{name}{i};")

                def save(edited=edited):
                    with db.session() as s:
                        save_dossier(s, edited)
                        s.commit()

                try:
                    _retrying(save)
                    break
                except DossierChangedError:
                    conflicts += 1  # the other officer saved first: read it again
        results.put((name, numbers, conflicts))
    except BaseException as exc:  # told to the test, which fails with it
        results.put((name, repr(exc), -1))
    finally:
        db.close()


def test_no_lost_update_and_no_duplicate_number(database_url, tmp_path):
    target = database_url or str(tmp_path / "chung.sqlite3")
    db = open_database(target)
    try:
        with db.session() as s:
            uuid = save_dossier(s, Dossier(title="Hồ sơ hai người cùng sửa"), user="").uuid
            s.commit()
        ctx = multiprocessing.get_context("spawn")
        # Both officers begin together, once both processes are up.
        start, results = ctx.Barrier(2), ctx.Queue()
        workers = [ctx.Process(target=officer, args=(target, name, uuid, start, results))
                   for name in ("Hà", "Minh")]
        for w in workers:
            w.start()
        found = [results.get(timeout=300) for _ in workers]
        assert [f for f in found if f[2] < 0] == []  # no officer failed
        for w in workers:
            w.join(timeout=60)
            assert w.exitcode == 0
        numbers = sorted(n for _name, issued, _c in found for n in issued if n > 0)
        assert numbers == list(range(1, 2 * ROUNDS + 1))  # unique and gap-free
        certifications = sorted(-n for _name, issued, _c in found for n in issued if n < 0)
        assert certifications == list(range(1, 2 * ROUNDS + 1))
        with db.session() as s:
            final = get_dossier(s, uuid)
        marks = [m for m in final.notes.split(";") if m]
        assert sorted(marks) == sorted(f"{name}{i}" for name in ("Hà", "Minh")
                                       for i in range(ROUNDS))  # no save lost or doubled
        assert final.revision == 1 + 2 * ROUNDS
        with db.session() as s:
            codes = [verification.verify(s, p.code) for p in PAPERS]
        assert [c.content_hash if c else None for c in codes] == [p.content_hash
                                                                  for p in PAPERS]
    finally:
        db.close()
