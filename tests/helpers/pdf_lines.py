"""A PDF's text lines with their positions, read back with poppler's `pdftotext -bbox`."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from dutylog.reports import official as gb

MM = 72 / 25.4
SAME_LINE_PT = 10.0  # words whose tops differ less than this share a line (mixed fonts do)

Line = tuple[float, float, float, str]  # top, left, right, text


def lines_by_page(pdf: Path) -> list[list[Line]]:
    """Each page's visible text lines, top to bottom.

    A paragraph running over a page break is painted on both pages under a clip;
    poppler still reports the clipped line, so lines above the type area are left out.
    """
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages: list[list[Line]] = []
    for page in xml.split("<page ")[1:]:
        words = sorted(
            (float(y0), float(x0), float(x1), text)
            for x0, y0, x1, text in re.findall(
                r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', page
            )
        )
        lines: list[list[tuple[float, float, float, str]]] = []
        for word in words:
            if lines and word[0] - lines[-1][0][0] < SAME_LINE_PT:
                lines[-1].append(word)
            else:
                lines.append([word])
        pages.append(
            [
                (
                    line[0][0],
                    min(w[1] for w in line),
                    max(w[2] for w in line),
                    "".join(w[3] for w in sorted(line, key=lambda w: w[1])),
                )
                for line in lines
                if line[0][0] >= gb.MARGIN_TOP_MM * MM - 1
            ]
        )
    return pages


def body_lines(page: list[Line]) -> list[Line]:
    """The page without its page number ("— N —")."""
    return [line for line in page if "—" not in line[3]]
