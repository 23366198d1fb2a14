"""Cost of the audit trail: a log entry saved with and without its audit record, and chain verification.

    PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_trust.py [--records 20000]

Prints a table. Goal: the audit record adds well under 1 ms per save, and
`dutylog check` verifies 100,000 audit records in a few seconds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from dutylog.domain.enums import EntryKind
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office


def timed(call: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=20_000, help="audit records to verify")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        office = Office.open(Path(folder) / "bench.sqlite3", clock=lambda: datetime(2026, 11, 17, 15, 30))
        entry = NewLogEntry(kind=EntryKind.OTHER, text="巡查微博、抖音、本地论坛，未发现异常。")
        with_audit = timed(lambda: office.log.add_entry(entry), 500)
        real_record = office.audit.record

        def no_audit(*_args: object, **_kwargs: object) -> None:
            return None

        office.audit.record = no_audit  # type: ignore[method-assign,assignment]
        without = timed(lambda: office.log.add_entry(entry), 500)
        office.audit.record = real_record  # type: ignore[method-assign]

        # Bulk-append audit records in large transactions to reach the wanted chain length.
        remaining = args.records - office.audit.count()
        while remaining > 0:
            batch = min(remaining, 5000)
            with office.db.transaction() as store:
                for i in range(batch):
                    office.audit.record(
                        store, "update", "log_entry", i, before={"text": "旧"}, after={"text": "新"}
                    )
            remaining -= batch
        count = office.audit.count()
        started = time.perf_counter()
        report = office.audit.verify()
        verify_s = time.perf_counter() - started
        started = time.perf_counter()
        office.audit.find(limit=200)
        first_page_ms = (time.perf_counter() - started) * 1000
        office.close()
    print(f"{'measure':<44}{'value':>12}")
    print(f"{'log entry saved, with audit (median ms)':<44}{statistics.median(with_audit):>12.2f}")
    print(f"{'log entry saved, without audit (median ms)':<44}{statistics.median(without):>12.2f}")
    print(f"{'audit records verified':<44}{count:>12}")
    print(f"{'chain verification (s)':<44}{verify_s:>12.2f}")
    print(f"{'verification rate (records/s)':<44}{count / verify_s:>12.0f}")
    print(f"{'audit viewer first page, 200 rows (ms)':<44}{first_page_ms:>12.1f}")
    print(f"chain intact: {report.intact}")


if __name__ == "__main__":
    main()
