"""Writer process for the crash test: commits records through the services, printing each committed id.

Run as ``python crash_writer.py DB``; it writes until killed. A line is printed
only after the service call returned, i.e. after the transaction committed.
"""

from __future__ import annotations

import sys

from dutylog.domain.enums import EntryKind
from dutylog.domain.log.records import NewLogEntry
from dutylog.office import Office


def main(db: str) -> None:
    office = Office.open(db)
    n = 0
    while True:
        n += 1
        if n % 5 == 0:
            matter = office.matters.add(f"崩溃测试事项 {n}", summary="摘要" * 50)
            print(f"matter {matter.id}", flush=True)
        else:
            entry = office.log.add_entry(
                NewLogEntry(
                    kind=EntryKind.PATROL,
                    details={"sources": ["微博"]},
                    text=f"崩溃测试记录 {n} " + "巡查" * 100,
                )
            )
            print(f"log_entry {entry.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
