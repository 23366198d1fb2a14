"""What a search term means, independent of how the database finds it.

A record matches a term when one of its searched fields contains the term as a
substring, ignoring ASCII letter case (URLs and Latin names are typed either
way; Chinese has no case). `text_matches` is the reference the index-backed
search is tested against.
"""

from __future__ import annotations

import re

from dutylog.domain.errors import ValidationError

TERM_MAX = 100
# Shortest term the trigram index answers directly; shorter ones use the term list.
TRIGRAM = 3
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ASCII_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """Lowercase ASCII letters only, exactly as SQLite's built-in lower() does."""
    return text.translate(_ASCII_UPPER)


def normalize_term(term: str) -> str:
    """The folded term to look for; control characters and surrounding space are dropped."""
    cleaned = fold(_CONTROL.sub("", term)).strip()
    if not cleaned:
        raise ValidationError("请输入要搜索的文字。", code="empty_search", field="term")
    if len(cleaned) > TERM_MAX:
        raise ValidationError(f"搜索词过长，最多 {TERM_MAX} 字。", code="too_long", field="term")
    return cleaned


def text_matches(term: str, *fields: str | None) -> bool:
    """Reference semantics: does any field contain the (normalised) term?"""
    wanted = normalize_term(term)
    return any(wanted in fold(value or "") for value in fields)


# PostgreSQL indexes every 1- and 2-character substring of the folded text (its
# "grams"); see migration 0008_pg_search. A term's grams are looked up in that index,
# then the candidates are checked with a plain substring test.
GRAM = 2


def text_grams(text: str) -> set[str]:
    """Every distinct 1- and 2-character substring of the folded ``text``.

    The reference for the database's ``dutylog_grams()``: the two must agree.
    """
    folded = fold(text)
    return {folded[i : i + size] for size in (1, GRAM) for i in range(len(folded) - size + 1)}


def term_grams(wanted: str) -> list[str]:
    """The grams a record must contain for the normalised term ``wanted`` to be in it.

    A short term is its own gram; a longer one needs each of its bigrams. Sorted, so
    that equal terms give equal queries.
    """
    if len(wanted) <= GRAM:
        return [wanted]
    return sorted({wanted[i : i + GRAM] for i in range(len(wanted) - 1)})


def fts_phrase(text: str) -> str:
    """Quote ``text`` as one FTS5 phrase (double quotes doubled)."""
    return '"' + text.replace('"', '""') + '"'
