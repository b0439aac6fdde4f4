"""Fault harness: kills the program in the middle of saves, imports, backups and restores, then
opens the data as the next start would and counts what a power cut would have cost.

    .venv/bin/python benchmarks/faults.py                    # 40 kills per operation, at random
    .venv/bin/python benchmarks/faults.py --kills 200 --seed 7
    .venv/bin/python benchmarks/faults.py --operations restore --at replace:attachments
    .venv/bin/python benchmarks/faults.py --at steps       # each known step of each operation

Each trial copies a prepared data folder, starts a child process that repeats one operation
(``save``: a dossier with an attachment, committed one by one; ``import``: a JSON file of 20
dossiers, after the pre-import backup; ``backup``: ``backup_now``; ``restore``: a backup
archive restored over changed data) and prints a line for each one it finished, then kills it
with SIGKILL (no clean-up, as a power cut) at a random moment, or with ``--at`` at a chosen
step (``replace:NAME``: a rename to NAME; ``fsync``; ``unlink:NAME``), the nth time (``--nth``);
``--at steps`` kills once at each step listed in STEPS.

The next start is then done as the program does it (``open_app_data``: the data folder is
locked, an interrupted restore finished or rolled back; then the leftovers are cleaned), and:

- corrupt: the database fails SQLite's integrity check, or does not open at all;
- lost: an operation the child reported as finished is not in the data (a saved dossier,
  the dossiers of an import, the data of a restore);
- inconsistent: an attachment a dossier refers to is missing or does not match its SHA-256,
  or a restore left the old database beside the backup's attachments (or the reverse);
- stranded: a temporary file or folder, or a restore journal, still in the data folder.

Every figure but "kills" should be 0. The kernel keeps what was written before a SIGKILL, so
this measures the program's own crash safety, not the disk's cache (a real power cut also
tests the fsyncs, which the program does and this cannot observe).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPERATIONS = ("save", "import", "backup", "restore")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"
# Known steps of each operation: (point, nth). Every durable write ends in an fsync; a
# restore's renames and its journal are named.
STEPS = {
    "save": [("fsync", n) for n in (1, 2, 3)],
    "import": [("fsync", n) for n in (1, 2, 3, 4)],
    "backup": [("fsync", n) for n in (1, 2, 3)],
    "restore": [("replace:.khoi-phuc.json", 1), ("replace:attachments-before", 1),
                ("replace:attachments", 1), ("replace:.khoi-phuc.json", 2), ("fsync", 6),
                ("unlink:.khoi-phuc.json", 1)],
}


# --- the child: one operation, over and over --------------------------------------------------

def _hooks(at: str | None, nth: int) -> None:
    """With ``at``, the process dies (os._exit, no clean-up) at the nth such step."""
    if not at:
        return
    seen: Counter[str] = Counter()

    def hit(name: str) -> None:
        seen[name] += 1
        if name == at and seen[name] == nth:
            os._exit(9)

    real_replace, real_fsync, real_unlink = os.replace, os.fsync, Path.unlink

    def replace(src, dst):
        hit("replace:" + Path(dst).name)
        real_replace(src, dst)

    def fsync(fd):
        hit("fsync")
        real_fsync(fd)

    def unlink(self, missing_ok=False):
        hit("unlink:" + self.name)
        real_unlink(self, missing_ok=missing_ok)

    os.replace, os.fsync, Path.unlink = replace, fsync, unlink


def child(operation: str, data: Path, extra: Path, at: str | None, nth: int) -> None:
    sys.path.insert(0, str(ROOT))
    from sangkien_desktop.domain.dossier import Dossier
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.backup import backups, restore
    from sangkien_desktop.services.context import open_app_data
    from sangkien_desktop.services.dossiers.attachments import store_file
    from sangkien_desktop.services.dossiers.saving import save_dossier
    from sangkien_desktop.services.exchange.interchange import import_json

    app = open_app_data(data)
    _hooks(at, nth)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if operation == "save":
            source = extra / f"tep-{os.getpid()}-{n}.pdf"
            source.write_bytes(PDF + f"{os.getpid()}-{n}".encode())
            ref = store_file(app.layout.attachments, source)
            title = f"Lưu {os.getpid()}-{n}"
            with app.db.session() as session:
                save_dossier(session, Dossier(title=title, attachments=[ref]))
                session.commit()
            print(f"ack save {title}", flush=True)
        elif operation == "import":
            # Backed up before its first write and committed once (import_json's policy).
            unit_of_work.run(app, import_json, extra / "nhap.json", app.layout.attachments)
            print("ack import", flush=True)
        elif operation == "backup":
            info = backups.backup_now(app.layout)
            print(f"ack backup {info.path.name}", flush=True)
        else:
            app.db.close()
            restore.restore_backup(app.layout, extra / "ban-sao-luu.zip")
            print("ack restore", flush=True)


# --- the parent: prepare, kill, look ---------------------------------------------------------

def prepare(base: Path) -> tuple[Path, Path, set[str], set[str]]:
    """A data folder (30 dossiers, attachments), a backup of it taken before 10 more were
    added, and an import file of 20 new dossiers. Returns the folder, the extras, and the
    titles the backup holds and those the data holds now."""
    sys.path.insert(0, str(ROOT))
    from sangkien_desktop.domain.dossier import Dossier
    from sangkien_desktop.exchange.json_format import write_dossiers
    from sangkien_desktop.services.backup import backups
    from sangkien_desktop.services.context import open_app_data
    from sangkien_desktop.services.dossiers.attachments import store_file
    from sangkien_desktop.services.dossiers.saving import save_dossier

    data, extra = base / "data", base / "extra"
    extra.mkdir(parents=True)
    app = open_app_data(data)

    def add(titles):
        with app.db.session() as session:
            for title in titles:
                source = extra / "nguon.pdf"
                source.write_bytes(PDF + title.encode())
                ref = store_file(app.layout.attachments, source)
                save_dossier(session, Dossier(title=title, attachments=[ref],
                                              description_solution="Mô tả giải pháp. " * 50))
            session.commit()

    add(f"Ban đầu {n:02d}" for n in range(30))
    archive = backups.backup_now(app.layout)
    shutil.copy(archive.path, extra / "ban-sao-luu.zip")
    archive.path.unlink()
    add(f"Sau sao lưu {n:02d}" for n in range(10))
    write_dossiers(extra / "nhap.json", [Dossier(title=f"Nhập {n:02d}") for n in range(20)])
    app.close()
    return data, extra, {f"Ban đầu {n:02d}" for n in range(30)}, {
        *(f"Ban đầu {n:02d}" for n in range(30)), *(f"Sau sao lưu {n:02d}" for n in range(10))}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def inspect(data: Path) -> dict:
    """Opens the data as the next start does, and reports what it finds."""
    from sangkien_desktop.domain.errors import SangKienError
    from sangkien_desktop.paths import DataLayout
    from sangkien_desktop.services.backup import data_folder
    from sangkien_desktop.services.backup.restore import journal_path
    from sangkien_desktop.services.context import open_app_data

    found: dict = {"corrupt": False, "titles": set(), "inconsistent": 0, "stranded": [],
                   "note": "", "recovered": False}
    try:
        app = open_app_data(data)
    except SangKienError as exc:
        found["corrupt"] = True
        found["note"] = exc.message[:80]
        return found
    found["recovered"] = bool(app.folder and app.folder.notes)
    found["note"] = " ".join(app.folder.notes)[:80] if app.folder else ""
    app.folder.started = time.time() + 60  # as if this start came later: the crash's files are old
    data_folder.clean_leftovers(app.folder)
    app.close()
    conn = sqlite3.connect(data / "sangkien.sqlite3")
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            found["corrupt"] = True
        found["titles"] = {r[0] for r in conn.execute(
            "SELECT title FROM dossier WHERE deleted_at IS NULL")}
        for (sha,) in conn.execute("SELECT sha256 FROM attachment"):
            blob = data / "attachments" / sha[:2] / sha
            if not blob.is_file() or _sha(blob) != sha:
                found["inconsistent"] += 1
    except sqlite3.DatabaseError:
        found["corrupt"] = True
    finally:
        conn.close()
    layout = DataLayout(data)
    marks = (".tmp-", ".incoming-", ".restoring")
    for folder in (layout.root, layout.backups, layout.attachments,
                   *[p for p in layout.attachments.glob("??") if p.is_dir()]):
        found["stranded"] += [p.name for p in folder.iterdir() if any(m in p.name for m in marks)]
    if journal_path(layout).exists():
        found["stranded"].append(journal_path(layout).name)
    if not layout.attachments.is_dir():
        found["stranded"].append("attachments/ missing")
    return found


def trial(operation: str, template: Path, extra: Path, work: Path, rng: random.Random,
          at: str | None, nth: int, backup_titles: set[str], start_titles: set[str]) -> dict:
    data = work / "data"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, data)
    cmd = [sys.executable, __file__, "--child", operation, str(data), str(extra),
           "--at", at or "", "--nth", str(nth)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            cwd=ROOT)
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        proc.wait()
        return {"operation": operation, "error": "child did not start"}
    if not at:
        time.sleep(rng.uniform(0.0, {"save": 0.6, "import": 1.5, "backup": 1.5,
                                     "restore": 1.5}[operation]))
        proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    acks = [line.split(" ", 2) for line in proc.stdout.read().splitlines() if line.startswith("ack")]
    found = inspect(data)
    lost = 0
    if operation == "save":
        lost = sum(1 for _a, _op, title in acks if title not in found["titles"])
    elif operation == "import" and acks:
        lost = sum(1 for n in range(20) if f"Nhập {n:02d}" not in found["titles"])
    elif operation == "restore":
        # Finished (acknowledged or recovered) the data is the backup's; else the old data.
        if acks and found["titles"] != backup_titles:
            lost = 1
        elif found["titles"] not in (backup_titles, start_titles):
            found["inconsistent"] += 1
    return {"operation": operation, "killed": proc.returncode in (-signal.SIGKILL, 9),
            "acks": len(acks), "corrupt": found["corrupt"], "lost": lost,
            "inconsistent": found["inconsistent"], "stranded": found["stranded"],
            "note": found["note"], "recovered": found["recovered"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40, help="kills per operation")
    parser.add_argument("--operations", default=",".join(OPERATIONS))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--at", default="", help="kill at this step instead of at random")
    parser.add_argument("--nth", type=int, default=1)
    parser.add_argument("--child", nargs=3, metavar=("OP", "DATA", "EXTRA"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]), args.at or None, args.nth)
        return 0
    rng = random.Random(args.seed)
    operations = [op for op in args.operations.split(",") if op]
    with tempfile.TemporaryDirectory(prefix="sangkien-faults-") as tmp:
        base = Path(tmp)
        template, extra, backup_titles, start_titles = prepare(base / "template")
        totals = {op: Counter() for op in operations}
        examples: dict[str, list[str]] = {}
        started = time.perf_counter()
        for op in operations:
            plan = (STEPS[op] if args.at == "steps" else [(args.at, args.nth)] if args.at
                    else [(None, 1)] * args.kills)
            for n, (at, nth) in enumerate(plan):
                result = trial(op, template, extra, base / "trial", rng, at, nth,
                               backup_titles, start_titles)
                if "error" in result:
                    totals[op]["errors"] += 1
                    continue
                t = totals[op]
                t["kills"] += result["killed"]
                t["acks"] += result["acks"]
                t["corrupt"] += result["corrupt"]
                t["lost"] += result["lost"]
                t["inconsistent"] += result["inconsistent"]
                t["stranded"] += len(result["stranded"])
                t["recovered"] += result["recovered"]
                if result["stranded"] or result["lost"] or result["corrupt"]:
                    examples.setdefault(op, []).append(json.dumps(result, ensure_ascii=False))
                print(f"\r{op:<8} {n + 1}/{len(plan)}", end="", file=sys.stderr, flush=True)
            print(file=sys.stderr)
        elapsed = time.perf_counter() - started
    print(f"{'operation':<10}{'kills':>7}{'finished':>10}{'corrupt':>9}{'lost':>6}"
          f"{'inconsistent':>14}{'stranded':>10}{'recovered':>11}")
    for op, t in totals.items():
        print(f"{op:<10}{t['kills']:>7}{t['acks']:>10}{t['corrupt']:>9}{t['lost']:>6}"
              f"{t['inconsistent']:>14}{t['stranded']:>10}{t['recovered']:>11}")
    all_ = sum(totals.values(), Counter())
    print(f"{'all':<10}{all_['kills']:>7}{all_['acks']:>10}{all_['corrupt']:>9}{all_['lost']:>6}"
          f"{all_['inconsistent']:>14}{all_['stranded']:>10}{all_['recovered']:>11}")
    print(f"({elapsed:.0f} s; 'finished' = operations the children reported done before the "
          "kill; 'recovered' = interrupted restores the next start finished or called off)")
    for op, lines in examples.items():
        print(f"\n{op}: first problems")
        for line in lines[:3]:
            print("  " + line)
    bad = all_["corrupt"] + all_["lost"] + all_["inconsistent"] + all_["stranded"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
