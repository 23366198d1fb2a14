"""Saving a document from any page: refused over the record, and the status names file and size."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dutylog.office import Office
from dutylog.reports.official import OfficialDocument
from dutylog.ui.printing import export_docx, export_pdf

DOCUMENT = OfficialDocument("值班情况报告", "<p>今日无重大舆情。</p>", [("状态", "草稿")])


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def choose(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> list[str]:
    """The save dialog answers ``path``; returns the warnings shown."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    return warnings


@pytest.mark.parametrize("export", [export_pdf, export_docx])
def test_saving_over_the_database_is_refused_with_a_message(
    parent: QWidget, office: Office, monkeypatch: pytest.MonkeyPatch, export: object
) -> None:
    db_file = office.db.file
    assert db_file is not None
    before = hashlib.sha256(db_file.read_bytes()).hexdigest()
    warnings = choose(monkeypatch, db_file)
    assert export(parent, DOCUMENT, office) is None  # type: ignore[operator]
    assert len(warnings) == 1 and "数据库" in warnings[0]
    assert hashlib.sha256(db_file.read_bytes()).hexdigest() == before


def test_a_saved_pdf_is_named_with_its_size(
    parent: QWidget, office: Office, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "exports" / "报告.pdf"
    target.parent.mkdir()
    warnings = choose(monkeypatch, target)
    shown = export_pdf(parent, DOCUMENT, office)
    assert warnings == [] and shown is not None
    assert str(target.resolve()) in shown and f"{target.stat().st_size:,} B" in shown
    assert target.read_bytes().rstrip().endswith(b"%%EOF")
    assert [p.name for p in target.parent.iterdir()] == ["报告.pdf"]
