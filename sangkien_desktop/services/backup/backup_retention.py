"""Which backups to keep: 7 daily and 4 weekly, plus a week's grace for backups taken before
a migration, an import or a restore. A pure rule on (name, time, reason), tested with fake dates.

The rule, applied to the archives in the backups folder whose names the program wrote
(any other file there is never touched):

1. Daily: for each of the 7 most recent calendar days that have a backup, one backup of
   that day is kept (days without a backup are not counted, so a PC left off for a month
   still has 7).
2. Weekly: for each of the 4 most recent calendar weeks (Monday to Sunday) that have a
   backup, one backup of that week is kept; a week whose backup is already kept by the
   daily rule is not counted, so the weekly backups reach further back than the daily
   ones (as ``borg prune --keep-daily 7 --keep-weekly 4`` does).
   The backup kept for a day or a week is its newest regular one (daily or on demand);
   an event backup stands for the period only when the period has no regular backup.
3. Event backups, taken just before a schema migration, an import or a restore, are kept
   for 7 days whatever the rules above say, so such a change can be undone for a week,
   and they never push a regular backup of the same day out.
4. A backup dated in the future (the clock was wrong) is kept.
5. Only backups that verified good count: a backup whose check found the data damaged (or
   that cannot be read) neither fills a day's or a week's place nor is deleted by these
   rules, and the newest good backup is always kept, however old it is. Weeks of backups of
   damaged data therefore never push the last good one out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

KEEP_DAILY = 7
KEEP_WEEKLY = 4
EVENT_GRACE = dt.timedelta(days=7)
EVENT_REASONS = frozenset({"migration", "import", "package_import", "restore"})


@dataclass(frozen=True)
class Entry:
    name: str
    taken_at: dt.datetime
    reason: str
    good: bool = True  # the backup's own check found its data sound


def _best(members: list[Entry]) -> Entry:
    """A period's representative: its newest regular backup, else its newest event backup."""
    return max(members, key=lambda e: (e.reason not in EVENT_REASONS, e.taken_at, e.name))


def _rule(entries: list[Entry], period: Callable[[dt.datetime], Hashable], count: int, kept: set[str]) -> None:
    groups: dict[Hashable, list[Entry]] = {}
    for entry in entries:  # newest first, so the groups are in the same order
        groups.setdefault(period(entry.taken_at), []).append(entry)
    taken = 0
    for members in groups.values():
        if taken >= count:
            return
        best = _best(members)
        if best.name not in kept:
            kept.add(best.name)
            taken += 1


def to_keep(
    entries: Iterable[Entry],
    now: dt.datetime,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
) -> set[str]:
    """The names of the backups to keep; every other entry may be deleted."""
    ordered = sorted(entries, key=lambda e: (e.taken_at, e.name), reverse=True)
    good = [e for e in ordered if e.good]
    kept: set[str] = set()
    _rule(good, lambda t: t.date(), daily, kept)
    _rule(good, lambda t: t.isocalendar()[:2], weekly, kept)
    newest_good = [e for e in good if e.taken_at <= now][:1]
    kept.update(e.name for e in newest_good)
    for entry in ordered:
        if not entry.good or entry.taken_at > now:
            kept.add(entry.name)
        elif entry.reason in EVENT_REASONS and now - entry.taken_at < EVENT_GRACE:
            kept.add(entry.name)
    return kept
