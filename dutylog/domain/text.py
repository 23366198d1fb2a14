"""Which characters a record may hold: names that cannot impersonate, text that shows what it says.

Pure functions over single characters and strings; `validation.clean_text` and
`validation.clean_name` apply them to what people type, the ledger import to what it reads.

Decisions (issue 16):

- Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) make
  text display in another order than it is stored ("invoice\u202efdp.exe"): refused in
  every field. The marks LRM, RLM and ALM (U+200E, U+200F, U+061C) have no reordering
  scope and quoted right-to-left text needs them: kept in free text, refused in names.
- Zero-width characters and BOMs hide inside words from pasted web pages and BOM'd files;
  they are removed from free text and the removal is reported (see `collect_notices`).
  ZWJ and ZWNJ are kept where they do work: between emoji (👨‍👩‍👧) and between letters of
  the scripts that join (Arabic, Indic, Mongolian...). Beside Latin letters, digits or Chinese
  characters they only hide, and are removed.
- Names (accounts, staff, units, holidays) are NFKC-normalised, trimmed, single-spaced,
  and refused when they hold a control, format or other default-ignorable (invisible)
  character. Fullwidth punctuation is kept as typed in stored names: Chinese unit names
  write （）and ：by convention, and it is fullwidth letters and digits that impersonate
  (ａｄｍｉｎ). `name_key` folds everything, case included, for comparisons.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Removed from free text wherever they stand: soft hyphen, zero-width space, word joiner,
# the invisible mathematical operators, and the BOM / zero-width no-break space.
_ZERO_WIDTH = frozenset("\u00ad\u200b\u2060\u2061\u2062\u2063\u2064\ufeff")
_JOINERS = frozenset("\u200c\u200d")
# One regex search per field decides the common case (nothing to do) at C speed: the ledger
# import runs these rules over every cell of files with 100,000 rows.
_ANY_ZERO_WIDTH = re.compile("[" + "".join(sorted(_ZERO_WIDTH | _JOINERS)) + "]")
_ANY_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
# Unicode's Default_Ignorable_Code_Point: characters that display as nothing at all.
_DEFAULT_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_NOT_IN_NAMES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
# Chinese, Japanese and Korean text never needs a joiner between its characters.
_CJK = (
    (0x1100, 0x11FF),
    (0x2E80, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
)


def _in(ranges: tuple[tuple[int, int], ...], code: int) -> bool:
    return any(first <= code <= last for first, last in ranges)


def is_invisible(ch: str) -> bool:
    """A character that has no place in a name: control, format, separator or default-ignorable."""
    return unicodedata.category(ch) in _NOT_IN_NAMES or _in(_DEFAULT_IGNORABLE, ord(ch))


def first_invisible(text: str) -> str | None:
    return next((ch for ch in text if is_invisible(ch)), None)


def first_bidi_control(text: str) -> str | None:
    found = _ANY_BIDI.search(text)
    return found.group() if found else None


def code_point(ch: str) -> str:
    """How a message names an invisible character: U+202E."""
    return f"U+{ord(ch):04X}"


def _joins(ch: str) -> bool:
    """Whether a ZWJ/ZWNJ beside ``ch`` can be doing work (emoji, joining scripts)."""
    code = ord(ch)
    if code < 0x0300 or _in(_CJK, code):
        return False
    category = unicodedata.category(ch)
    return category[0] in "LM" or category in ("So", "Sk")


def remove_zero_width(text: str) -> tuple[str, int]:
    """``text`` without zero-width characters and BOMs, and how many were removed."""
    if not _ANY_ZERO_WIDTH.search(text):
        return text, 0
    kept: list[str] = []
    removed = 0
    for index, ch in enumerate(text):
        if ch in _JOINERS:
            following = text[index + 1] if index + 1 < len(text) else ""
            if kept and following and _joins(kept[-1]) and _joins(following):
                kept.append(ch)
                continue
            removed += 1
        elif ch in _ZERO_WIDTH:
            removed += 1
        else:
            kept.append(ch)
    return "".join(kept), removed


def normalize_name(text: str, *, keep_fullwidth_punctuation: bool = True) -> str:
    """NFKC (fullwidth punctuation kept unless asked), trimmed, inner white space single."""
    if keep_fullwidth_punctuation:
        parts: list[str] = []
        run: list[str] = []
        for ch in text:
            if 0xFF01 <= ord(ch) <= 0xFF5E and not unicodedata.normalize("NFKC", ch).isalnum():
                parts.append(unicodedata.normalize("NFKC", "".join(run)))
                parts.append(ch)
                run.clear()
            else:
                run.append(ch)
        parts.append(unicodedata.normalize("NFKC", "".join(run)))
        folded = "".join(parts)
    else:
        folded = unicodedata.normalize("NFKC", text)
    return " ".join(folded.split())


def name_key(name: str) -> str:
    """What two names are compared by: NFKC, case-folded, without white space or invisibles.

    Applied to both sides of every comparison, so rows stored before these rules
    (``ad\u200bmin``, ``ADMIN``) still collide with a new ``admin``.
    """
    key = name
    for _ in range(4):  # NFKC and case folding settle in one or two rounds
        visible = "".join(ch for ch in unicodedata.normalize("NFKC", key) if not is_invisible(ch))
        folded = "".join(unicodedata.normalize("NFKC", visible.casefold()).split())
        if folded == key:
            break
        key = folded
    return key


# -- file names --------------------------------------------------------------------

_FILE_NAME_BYTES = 180  # room in a 255-byte name for the archive's "<hash>-<matter>-" prefix
_WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*')
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"{stem}{n}" for stem in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)


def safe_file_name(name: str, *, fallback: str = "file") -> str:
    """``name`` as a file name safe on every system and inside a zip.

    No path separators or characters Windows forbids (replaced by ``_``), no control,
    format or invisible characters (removed), no leading dots or spaces, no trailing
    dots or spaces, no Windows device name (CON, NUL, COM1...), at most 180 UTF-8
    bytes with the extension kept. Idempotent: a safe name comes back unchanged.
    """
    text = unicodedata.normalize("NFC", name.encode("utf-8", "replace").decode("utf-8", "replace"))
    text = "".join("_" if ch in _WINDOWS_FORBIDDEN else ch for ch in text if not is_invisible(ch))
    text = " ".join(text.split()).lstrip(". ").rstrip(". ")
    if not text:
        text = fallback
    if text.split(".")[0].strip().upper() in _WINDOWS_RESERVED:
        text = f"_{text}"
    if len(text.encode("utf-8")) > _FILE_NAME_BYTES:
        stem, dot, suffix = text.rpartition(".")
        if not dot or not stem or len(suffix) > 16:
            stem, suffix = text, ""
        budget = _FILE_NAME_BYTES - len(suffix.encode("utf-8")) - (1 if suffix else 0)
        stem = stem.encode("utf-8")[:budget].decode("utf-8", "ignore").rstrip(". ")
        text = f"{stem}.{suffix}" if suffix else stem
    return text


def recorded_file_name(name: str, limit: int = 255) -> str:
    """``name`` as given, made storable in any database, at most ``limit`` characters.

    Only what no database can hold is changed: NUL (PostgreSQL's text refuses it) becomes
    its visible picture ␀ (U+2400), a lone surrogate (no UTF-8 for it) becomes U+FFFD.
    Everything else is kept, format and bidi characters included: they are evidence.
    """
    out = ["\u2400" if ch == "\x00" else "\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in name]
    return "".join(out)[:limit]


# -- notices -----------------------------------------------------------------------

_NOTICES: ContextVar[list[str] | None] = ContextVar("dutylog_text_notices", default=None)


@contextmanager
def collect_notices() -> Iterator[list[str]]:
    """Collect what the rules changed in the input without refusing it, for the caller to show.

        with collect_notices() as notices:
            office.log.add_entry(entry)
        for notice in notices: ...   # "内容中的 2 个不可见字符……已删除。"

    Without a collector the rules still clean the text; nobody is told. A nested
    collector passes its notices on to the enclosing one.
    """
    notices: list[str] = []
    token = _NOTICES.set(notices)
    try:
        yield notices
    finally:
        _NOTICES.reset(token)
        outer = _NOTICES.get()
        if outer is not None:
            outer.extend(n for n in notices if n not in outer)


def notify(message: str) -> None:
    """Tell the current collector, if any, once per distinct message."""
    notices = _NOTICES.get()
    if notices is not None and message not in notices:
        notices.append(message)
