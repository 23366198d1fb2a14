"""Roster benchmarks (not collected by pytest). Run:

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_roster.py

Prints medians of several runs:
- generate: one year for 60 staff (50 officers, 10 leaders) with the 2026 holiday
  table, leave for 10 people, a 24-hour minimum rest and a special period;
  the pure algorithm, and the service end to end (SQLite writes included);
- month view: RosterMonthModel reset + a full repaint of the calendar for a month
  with 100 assignments, and the page's refresh() (queries + checks + repaint).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(action: Callable[[], object], runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench_generate() -> list[tuple[str, float]]:
    from dutylog.domain.roster.calendar import HolidayCalendar, package_days
    from dutylog.domain.roster.rotation import RotationInput, RotationOptions, generate

    officers = list(range(1, 51))
    leaders = list(range(51, 61))
    leave = {pid: [(date(2026, 1 + pid % 12, 3), date(2026, 1 + pid % 12, 16))] for pid in range(1, 11)}
    special = frozenset(date(2026, 9, 28) + timedelta(days=i) for i in range(12))
    request = RotationInput(
        first=date(2026, 1, 1),
        last=date(2026, 12, 31),
        officers=officers,
        leaders=leaders,
        calendar=HolidayCalendar(package_days(2026), [2026]),
        options=RotationOptions(min_rest_hours=24, officer_covers_rest_days=True),
        special_days=special,
        leave=leave,
    )
    plan = generate(request)
    assert not plan.unfilled, plan.unfilled[:3]
    pure = median_ms(lambda: generate(request))

    from dutylog.domain.enums import DutyRole
    from dutylog.office import Office
    from tests.conftest import FakeClock

    folder = Path(tempfile.mkdtemp(prefix="roster-bench-"))
    office = Office.open(folder / "bench.sqlite3", clock=FakeClock())
    for pid in officers:
        office.staff.add(f"值班员{pid:02d}")
    for pid in leaders:
        office.staff.add(f"领导{pid:02d}", roles=[DutyRole.LEADER])
    for pid in range(1, 11):
        office.roster.add_leave(pid, date(2027, 1 + pid % 12, 3), date(2027, 1 + pid % 12, 16))
    office.holidays.set_day(date(2027, 1, 1), "holiday", "元旦")  # type: ignore[arg-type]
    office.roster.add_special_period("重大活动", date(2027, 9, 28), date(2027, 10, 9))
    service = median_ms(lambda: office.roster.generate(date(2027, 1, 1), date(2027, 12, 31)), runs=5)
    office.close()
    return [
        ("generate 1 year, 60 staff (pure algorithm)", pure),
        ("generate 1 year, 60 staff (service, SQLite, replace)", service),
    ]


def bench_month_view() -> list[tuple[str, float]]:
    from PySide6.QtWidgets import QApplication

    from dutylog.domain.enums import DutyRole
    from dutylog.office import Office
    from dutylog.services.roster.roster import RosterRules
    from dutylog.ui.roster.roster_page import RosterPage
    from dutylog.ui.theme import apply_fonts
    from tests.conftest import FakeClock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_fonts(app)  # type: ignore[arg-type]
    folder = Path(tempfile.mkdtemp(prefix="roster-bench-"))
    office = Office.open(folder / "view.sqlite3", clock=FakeClock())
    for i in range(12):
        office.staff.add(f"值班员{i:02d}", phone=f"138000000{i:02d}")
    for i in range(4):
        office.staff.add(f"领导{i}", phone=f"139000000{i:02d}", roles=[DutyRole.LEADER])
    office.roster.set_rules(RosterRules(officers=2))
    office.roster.add_special_period("重大活动", date(2026, 12, 24), date(2026, 12, 30))
    office.roster.generate(date(2026, 12, 1), date(2026, 12, 31))
    count = len(office.roster.between(date(2026, 12, 1), date(2026, 12, 31)))
    page = RosterPage(office)
    page.resize(1200, 760)
    page.show_month(2026, 12)
    page.show()
    app.processEvents()
    days = office.roster.days(*page.month_model.grid_range(2026, 12))

    def render() -> None:
        page.month_model.set_month(2026, 12, days)
        page.calendar.viewport().repaint()

    def refresh() -> None:
        page.refresh()
        page.calendar.viewport().repaint()

    render()
    results = [
        (f"month view model reset + repaint ({count} assignments)", median_ms(render, runs=11)),
        (f"month page refresh from database + repaint ({count} assignments)", median_ms(refresh, runs=7)),
    ]
    page.close()
    page.deleteLater()
    app.processEvents()
    office.close()
    return results


def main() -> None:
    rows = bench_generate() + bench_month_view()
    width = max(len(name) for name, _ in rows)
    print(f"{'benchmark'.ljust(width)}  median ms")
    for name, value in rows:
        print(f"{name.ljust(width)}  {value:9.1f}")


if __name__ == "__main__":
    main()
