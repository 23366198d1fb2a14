"""Command-line tests run in the same process as the GUI tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _widgets_application_first(request: pytest.FixtureRequest) -> None:
    # Printing from the command line makes a QGuiApplication when there is none; in a test
    # process the GUI tests that follow need a QApplication, so pytest-qt's is made first.
    # Session-wide, so it comes before module fixtures that already print (the fuzz test's).
    request.getfixturevalue("qapp")
