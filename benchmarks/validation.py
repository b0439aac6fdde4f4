"""What checking received files costs: the schema check of a dossier file against jsonschema
(the reference 2020-12 validator, when installed) in the same run, the whole safe read
(``read_dossiers``) against a bare ``json.loads`` of the same file, and the refusal of a file
with a 20 MB title (time and peak memory, against ``json.loads`` of it alone).

    .venv/bin/python benchmarks/validation.py                 # 10,000 dossiers
    .venv/bin/python benchmarks/validation.py --count 2000    # quicker
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.exchange import schema
from sangkien_desktop.exchange.json_format import (
    dossier_from_json,
    read_dossiers,
    write_dossiers,
)
from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def peak_mb(work: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        work()
    except DataFileError:
        pass
    _size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1048576


def row(label: str, ours: float, reference: float | None, unit: str = "s") -> None:
    ratio = f"{ours / reference:6.2f}×" if reference else "      –"
    ref = f"{reference:9.3f} {unit}" if reference is not None else "          –"
    print(f"  {label:<46} {ours:9.3f} {unit}   {ref}   {ratio}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sangkien-bench-validation-"))
    try:
        path = work / "hoso.json"
        write_dossiers(path, list(generate_dossiers(args.count, seed=5)))
        text = path.read_text(encoding="utf-8")
        document = json.loads(text)
        schema.check_document(document)  # compiles the validators once, as a first import does
        print(f"{args.count:,} demo dossiers, {path.stat().st_size / 1048576:,.1f} MB of JSON")
        print(f"  {'':<46} {'ours':>11}   {'reference':>11}   ratio")

        ours = timed(lambda: schema.check_document(document))
        try:
            import jsonschema

            validator = jsonschema.Draft202012Validator(schema.schema(schema.DOSSIER_SCHEMA))
            reference = timed(lambda: list(validator.iter_errors(document)))
        except ImportError:
            reference = None
        row("schema check (fastjsonschema / jsonschema)", ours, reference)
        row("safe read (read_dossiers / json.loads)", timed(lambda: read_dossiers(path)),
            timed(lambda: json.loads(text)))
        row("  of which decoding into dossiers", timed(
            lambda: [dossier_from_json(d) for d in document["dossiers"]]), None)

        huge = dict(document, dossiers=document["dossiers"][:10])
        huge["dossiers"][3] = dict(huge["dossiers"][3], title="x" * 20_000_000)
        bad = work / "tieu-de-20mb.json"
        bad.write_text(json.dumps(huge, ensure_ascii=False), encoding="utf-8")
        raw = bad.read_bytes()
        refusal = timed(lambda: peak_mb(lambda: read_dossiers(bad)))
        row("refuse a 20 MB title (read_dossiers / loads)", refusal,
            timed(lambda: json.loads(raw)))
        row("  its peak memory", peak_mb(lambda: read_dossiers(bad)),
            peak_mb(lambda: json.loads(raw)), "MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
