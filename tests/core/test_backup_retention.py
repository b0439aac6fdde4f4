from __future__ import annotations

import datetime as dt

from sangkien_desktop.services.backup.backup_retention import Entry, to_keep

NOW = dt.datetime(2025, 6, 30, 18, 0)  # a Monday


def _e(when: dt.datetime, reason: str = "daily") -> Entry:
    return Entry(f"{when:%Y%m%d-%H%M%S}-{reason}", when, reason)


def _days(kept: set[str]) -> list[str]:
    return sorted(k[:8] for k in kept)


def test_one_backup_a_day_for_two_months_keeps_7_daily_and_4_weekly():
    entries = [_e(dt.datetime(2025, 5, 1, 8) + dt.timedelta(days=i)) for i in range(61)]  # to 30/6
    kept = to_keep(entries, NOW)
    assert _days(kept) == [
        # weekly: the newest of each of the 4 weeks before the daily ones (Sundays)
        "20250601", "20250608", "20250615", "20250622",
        # daily: 24/6 (Tuesday) … 30/6
        "20250624", "20250625", "20250626", "20250627", "20250628", "20250629", "20250630",
    ]


def test_several_backups_a_day_keep_the_newest_of_each_day():
    day = dt.datetime(2025, 6, 30)
    entries = [_e(day.replace(hour=h), "manual") for h in (8, 12, 17)]
    assert to_keep(entries, NOW) == {entries[-1].name}


def test_days_without_backups_are_not_counted():
    # A PC used once a week: seven backups over seven weeks are all kept.
    entries = [_e(NOW - dt.timedelta(days=7 * i)) for i in range(7)]
    assert to_keep(entries, NOW) == {e.name for e in entries}


def test_event_backups_are_kept_a_week_and_never_push_out_a_regular_one():
    morning = _e(dt.datetime(2025, 6, 30, 8), "daily")
    before_import = _e(dt.datetime(2025, 6, 30, 10), "import")
    before_restore = _e(dt.datetime(2025, 6, 30, 11), "restore")
    old_import = _e(dt.datetime(2025, 6, 20, 10), "import")
    old_daily = _e(dt.datetime(2025, 6, 20, 8), "daily")
    kept = to_keep([morning, before_import, before_restore, old_import, old_daily], NOW)
    # The day's regular backup stands for the day; today's event backups are in their week
    # of grace; on 20/6 the regular backup stands for the day and the import one has expired.
    assert kept == {morning.name, before_import.name, before_restore.name, old_daily.name}


def test_an_event_backup_stands_for_a_day_without_a_regular_one():
    lone = _e(dt.datetime(2025, 6, 1, 10), "migration")
    assert to_keep([lone], NOW) == {lone.name}


def test_a_backup_dated_in_the_future_is_kept():
    entries = [_e(NOW - dt.timedelta(days=i)) for i in range(10)]
    future = _e(NOW + dt.timedelta(days=400))
    kept = to_keep(entries + [future], NOW)
    assert future.name in kept
    # Daily: the future one and 30/6 … 25/6; weekly: 22/6, the newest of the week before.
    assert _days(kept) == [
        "20250622", "20250625", "20250626", "20250627", "20250628", "20250629", "20250630", "20260804"
    ]


def test_nothing_to_keep_from_nothing():
    assert to_keep([], NOW) == set()
