"""``python -m sangkien_desktop.gui.i18n update|release|check`` (also ``make translations``).

update   regenerate gui/i18n/core_messages.py from the core, merge every UI string into
         resources/i18n/sangkien_<lang>.ts (translations kept) and list what is unfinished
release  compile every .ts in resources/i18n into the shipped .qm
check    list unfinished messages and whether the .ts is stale; exit 1 if anything is left
"""

from __future__ import annotations

import argparse

from sangkien_desktop.gui.i18n import catalogue


def _report(language: str, messages: list[catalogue.Message]) -> None:
    for m in messages:
        print(f"  [{m.context}] {m.source}")
    total = len(catalogue.read_ts(catalogue.ts_path(language)))
    print(f"{catalogue.ts_path(language).name}: {total} messages, {len(messages)} unfinished")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sangkien_desktop.gui.i18n")
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("--language", action="append", choices=catalogue.TRANSLATIONS)
    args = parser.parse_args(argv)
    if args.command == "release":
        for path in catalogue.release():
            print(f"{path.relative_to(catalogue.ROOT)} written")
        return 0
    status = 0
    for language in args.language or catalogue.TRANSLATIONS:
        if args.command == "update":
            _report(language, catalogue.update(language))
        else:
            left = catalogue.unfinished(language)
            _report(language, left)
            ts = {m.key for m in catalogue.read_ts(catalogue.ts_path(language))}
            stale = not catalogue.core_module_is_fresh() or catalogue.fresh_sources(language) != ts
            if stale:
                print("stale: run `python -m sangkien_desktop.gui.i18n update`")
            status = 1 if left or stale else status
    return status


if __name__ == "__main__":
    raise SystemExit(main())
