"""Which watch-list words a text contains (case-insensitive, as typed: Chinese has no word breaks)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def words_in(texts: Mapping[str, str], words: Iterable[str]) -> dict[str, str]:
    """Each word found in ``texts`` (place -> text) with the first place it was found in."""
    folded = {place: text.casefold() for place, text in texts.items() if text}
    found: dict[str, str] = {}
    for word in words:
        key = word.casefold()
        if not key:
            continue
        for place, text in folded.items():
            if key in text:
                found[word] = place
                break
    return found
