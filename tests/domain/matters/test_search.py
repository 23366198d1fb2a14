"""The grams a term needs are always among the grams of any text that contains it.

That is what makes the PostgreSQL gram index safe: a record containing the term is
always a candidate, and the substring check afterwards removes the rest.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dutylog.domain.matters.search import fold, normalize_term, term_grams, text_grams

ALPHABET = "删帖谣言网民aAbB.%_\\ "


@given(
    before=st.text(alphabet=ALPHABET, max_size=10),
    term=st.text(alphabet=ALPHABET, min_size=1, max_size=6).filter(lambda t: t.strip()),
    after=st.text(alphabet=ALPHABET, max_size=10),
)
def test_a_text_containing_the_term_has_all_its_grams(before: str, term: str, after: str) -> None:
    wanted = normalize_term(term)
    assert set(term_grams(wanted)) <= text_grams(before + term + after)


@given(st.text(max_size=30))
def test_text_grams_are_the_short_substrings_of_the_folded_text(text: str) -> None:
    folded = fold(text)
    grams = text_grams(text)
    assert all(1 <= len(gram) <= 2 and gram in folded for gram in grams)
    assert len(grams) >= len(set(folded))


def test_short_terms_are_their_own_gram_and_longer_ones_need_each_bigram() -> None:
    assert term_grams("删") == ["删"]
    assert term_grams("删帖") == ["删帖"]
    assert term_grams("删帖删帖") == ["删帖", "帖删"]
    assert text_grams("Ab") == {"a", "b", "ab"}
