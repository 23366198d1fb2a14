"""文件 → 年度归档: the year's archive package, built on a worker while the window stays usable.

The same package as `dutylog archive --year Y --out F.zip` (services/office/archive.py):
all or nothing, every file listed with its SHA-256 in the manifest, checked afterwards by
`dutylog archive --verify`. A busy year takes minutes: the operations layer's dialog shows
each step on a bar, and Cancel stops the build at the next step; since the package is
written to a temporary file and moved into place only at the end, a cancelled build leaves
no file behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from dutylog.domain.errors import DutyLogError
from dutylog.office import Office
from dutylog.ui.operations import Progress, Running, run_for
from dutylog.ui.widgets.file_dialogs import Purpose, save_file

if TYPE_CHECKING:
    from dutylog.services.office.archive import YearArchiveResult


def build_year_archive(
    office: Office, year: int, path: Path, progress: Progress | None = None
) -> YearArchiveResult:
    from dutylog.render.documents import QtDocumentPrinter

    return office.archive.build(year, path, printer=QtDocumentPrinter(), progress=progress)


def archive_year(parent: QWidget, office: Office) -> Running[YearArchiveResult] | None:
    """Ask which year and where, then build the package off the GUI thread.

    Returns the running build in a window (its Cancel is the dialog's), else None.
    """
    this_year = office.clock().year
    # In January the office files the year just ended.
    suggested = this_year - 1 if office.clock().month == 1 else this_year
    year, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("YearArchive", "年度归档"),
        QCoreApplication.translate("YearArchive", "归档年份："),
        suggested,
        1990,
        this_year,
    )
    if not ok:
        return None
    name = QCoreApplication.translate("YearArchive", "{unit}{year}年档案.zip").format(
        unit=office.unit_name(), year=year
    )
    chosen = save_file(
        parent,
        Purpose.EXPORT,
        QCoreApplication.translate("YearArchive", "保存归档包"),
        name,
        QCoreApplication.translate("YearArchive", "归档包 (*.zip)"),
    )
    if not chosen:
        return None

    def done(result: YearArchiveResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("YearArchive", "年度归档"),
            QCoreApplication.translate(
                "YearArchive",
                "已生成 {year} 年归档包：\n{path}\n{files} 个文件，{matters} 条事项，{size} 字节。",
            ).format(
                year=result.year,
                path=result.path,
                files=len(result.files),
                matters=result.matters,
                size=result.size,
            ),
        )

    def failed(error: DutyLogError) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("YearArchive", "年度归档"), error.message)

    steps = Progress()
    return run_for(
        parent,
        office,
        lambda worker_office: build_year_archive(worker_office, year, Path(chosen), steps),
        on_done=done,
        on_error=failed,
        what=QCoreApplication.translate("YearArchive", "生成 {year} 年归档包").format(year=year),
        reporter=steps,
    )
