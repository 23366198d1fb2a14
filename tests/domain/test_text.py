"""Names that cannot impersonate, free text that shows what it says, safe file names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dutylog.domain.errors import ValidationError
from dutylog.domain.text import (
    collect_notices,
    is_invisible,
    name_key,
    notify,
    recorded_file_name,
    remove_zero_width,
    safe_file_name,
)
from dutylog.domain.validation import clean_name, clean_text

LOOK_ALIKES = ["ad\u200bmin", "admin\u202e", "ａｄｍｉｎ", "ADMIN", " Admin ", "ad\u2060min", "ad\u00admin"]
# Text as it arrives from keyboards, clipboards and files: letters of many scripts,
# fullwidth forms, spaces, and the invisible characters the rules are about.
NAME_TEXT = st.text(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("ａＢ１（）：\u3000\u00a0\u200b\u200d\u202e\u2066\ufeff\u00ad\ufe0f\u3164"),
    ),
    max_size=30,
)


def name(value: str) -> str:
    return clean_name(value, field="name", label="名称", max_length=50)


def text(value: str, *, multiline: bool = True) -> str:
    return clean_text(value, field="text", label="内容", max_length=500, multiline=multiline)


# -- names ---------------------------------------------------------------------------


@pytest.mark.parametrize("typed", LOOK_ALIKES)
def test_look_alikes_are_refused_or_become_the_same_name(typed: str) -> None:
    try:
        cleaned = name(typed)
    except ValidationError as exc:
        assert exc.code == "bad_characters" and "U+" in exc.message
        return
    assert name_key(cleaned) == name_key("admin")


@pytest.mark.parametrize("typed", ["ad\u200bmin", "admin\u202e", "ad\u2060min", "\u2066admin", "ad\u200emin"])
def test_invisible_and_bidi_characters_are_refused_in_names(typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        name(typed)
    assert info.value.code == "bad_characters"


def test_names_are_nfkc_trimmed_and_single_spaced() -> None:
    assert name("ａｄｍｉｎ") == "admin"
    assert name("  ＬＩ\u3000\u3000Ｍｉｎｇ ") == "LI Ming"
    assert name("张伟") == "张伟"
    assert name("买买提·艾力") == "买买提·艾力"


def test_fullwidth_punctuation_is_kept_in_names_but_compared_folded() -> None:
    # Chinese unit names write fullwidth brackets; only identifiers fold them.
    assert name("区委宣传部（网信办）") == "区委宣传部（网信办）"
    assert name_key("区委宣传部（网信办）") == name_key("区委宣传部(网信办)")
    assert (
        clean_name("ａｂ（ｃ）", field="u", label="用户名", max_length=50, fold_punctuation=True) == "ab(c)"
    )


def test_name_rules_keep_the_familiar_messages() -> None:
    with pytest.raises(ValidationError) as info:
        name("   ")
    assert info.value.code == "required"
    assert clean_name("", field="unit", label="单位", max_length=10, required=False) == ""
    with pytest.raises(ValidationError) as info:
        name("字" * 51)
    assert info.value.code == "too_long"
    with pytest.raises(ValidationError) as info:
        name("张\n三")
    assert info.value.code == "bad_characters"


def test_keys_fold_case_width_space_and_invisibles() -> None:
    assert name_key("Admin") == name_key("ADMIN") == name_key("ａｄｍｉｎ") == "admin"
    assert name_key("张 伟") == name_key("张伟")
    assert name_key("ad\u200bmin") == "admin"  # rows stored before the rules still collide
    assert name_key("Straße") == name_key("STRASSE")
    assert name_key("张伟") != name_key("张玮")


@given(NAME_TEXT)
@example("ａｄｍｉｎ（１）")
@example("ǅ\u0345")
def test_accepted_names_are_normal_visible_and_stable(typed: str) -> None:
    try:
        cleaned = name(typed)
    except ValidationError as exc:
        assert exc.message and exc.code in ("bad_characters", "required", "too_long")
        return
    assert not any(is_invisible(ch) for ch in cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert name(cleaned) == cleaned  # idempotent
    assert name_key(cleaned) == name_key(typed)


@given(NAME_TEXT)
def test_name_key_is_idempotent_and_ignores_width_and_case(typed: str) -> None:
    key = name_key(typed)
    assert name_key(key) == key
    assert name_key(unicodedata.normalize("NFKC", typed)) == key
    assert name_key(typed.casefold()) == key


@given(st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=20))
def test_fullwidth_and_uppercase_spellings_share_a_key(ascii_name: str) -> None:
    fullwidth = "".join(chr(ord(ch) + 0xFEE0) for ch in ascii_name)
    assert name_key(fullwidth) == name_key(ascii_name.upper()) == name_key(ascii_name)


# -- free text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "control", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
)
def test_bidi_controls_are_refused_in_free_text(control: str) -> None:
    with pytest.raises(ValidationError) as info:
        text(f"正常{control}文字")
    assert info.value.code == "bad_characters"
    assert f"U+{ord(control):04X}" in info.value.message


def test_directional_marks_are_kept_in_free_text() -> None:
    assert text("引用：\u200fمرحبا\u200f 完") == "引用：\u200fمرحبا\u200f 完"


def test_zero_width_characters_are_removed_with_a_notice() -> None:
    with collect_notices() as notices:
        assert text("\ufeff巡查\u200b微博\u2060完毕") == "巡查微博完毕"
    assert notices == ["内容中的 3 个不可见字符（零宽字符或 BOM）已删除。"]


def test_nothing_is_noticed_when_nothing_is_removed() -> None:
    with collect_notices() as notices:
        assert text("巡查微博 😀") == "巡查微博 😀"
    assert notices == []


def test_joiners_are_kept_in_emoji_and_joining_scripts_only() -> None:
    family = "👨\u200d👩\u200d👧"
    assert text(f"家庭 {family}") == f"家庭 {family}"
    persian = "می\u200cخواهم"
    assert text(persian) == persian
    assert text("ad\u200dmin 张\u200c伟") == "admin 张伟"


def test_text_of_only_invisible_characters_is_empty() -> None:
    with pytest.raises(ValidationError) as info:
        text("\u200b\ufeff")
    assert info.value.code == "required"
    assert clean_text("\u200b", field="t", label="备注", max_length=5, required=False) == ""


def test_line_separators_are_line_breaks() -> None:
    assert text("第一行\u2028第二行") == "第一行\n第二行"
    with pytest.raises(ValidationError):
        text("第一行\u2029第二行", multiline=False)


@given(st.text(max_size=200))
def test_removing_zero_width_is_idempotent_and_only_removes(value: str) -> None:
    cleaned, removed = remove_zero_width(value)
    assert remove_zero_width(cleaned) == (cleaned, 0)
    assert len(cleaned) + removed == len(value)
    assert not any(ch in "\u200b\u2060\ufeff\u00ad" for ch in cleaned)


def test_nested_collectors_pass_notices_on() -> None:
    with collect_notices() as outer:
        with collect_notices() as inner:
            notify("一")
            notify("一")
        notify("二")
    assert inner == ["一"] and outer == ["一", "二"]
    notify("无人收集")  # without a collector: nothing happens


# -- file names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "safe"),
    [
        ("截图.png", "截图.png"),
        ("a\x00b.png", "ab.png"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("..\\..\\boot.ini", "_.._boot.ini"),
        ("发票\u202egnp.exe", "发票gnp.exe"),
        (".bashrc", "bashrc"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("com1.log", "_com1.log"),
        ("a:b*c?.pdf", "a_b_c_.pdf"),
        ("名称. ", "名称"),
        ("\x00", "file"),
    ],
)
def test_file_names_are_made_safe(original: str, safe: str) -> None:
    assert safe_file_name(original) == safe


def test_long_file_names_keep_their_extension() -> None:
    safe = safe_file_name("很长的文件名" * 40 + ".png")
    assert safe.endswith(".png") and len(safe.encode("utf-8")) <= 180


@given(st.text(max_size=300))
@example("CON")
@example("." * 300)
@example("a" + "." * 300 + ".png")
def test_safe_file_names_are_safe_and_stable(original: str) -> None:
    safe = safe_file_name(original)
    assert safe and safe_file_name(safe) == safe
    assert not any(ch in '/\\<>:"|?*' or is_invisible(ch) for ch in safe)
    assert not safe.startswith((".", " ")) and not safe.endswith((".", " "))
    assert len(safe.encode("utf-8")) <= 180
    assert safe.split(".")[0].strip().upper() not in ("CON", "PRN", "AUX", "NUL", "COM1", "LPT1")


def test_recorded_names_keep_all_that_a_database_can_hold() -> None:
    assert recorded_file_name("a\x00b\x1b\u202e.png") == "a\u2400b\x1b\u202e.png"
    assert recorded_file_name("半个\udc80.txt") == "半个\ufffd.txt"
    assert recorded_file_name("x" * 300) == "x" * 255


@given(st.text(max_size=300))
def test_recorded_names_are_storable(original: str) -> None:
    recorded = recorded_file_name(original)
    recorded.encode("utf-8")
    assert "\x00" not in recorded and len(recorded) <= 255
