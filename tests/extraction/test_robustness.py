"""Any text gives claims or nothing, never an exception, and every claim points into the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extraction import extract_claims, extract_many

NEWS_WORDS = [
    "said", "killed", "injured", "missiles", "troops", "more", "than", "at", "least", "about", "none", "no",
    "casualties", "the", "ministry", "police", "officials", "were", "dozens", "of", "hundreds", "two", "thousand",
    "million", "$", "£", "%", "per", "cent", "between", "and", "to", "according", "Reuters", "told", '"', "“", "”",
    ",", ".", "\n\n", "5,000", "1.5", "80", "15", "2020", "11", "am", "January", "Fateh-313", "٣٠٠", "１２",
]


def assert_claims_point_into(text):
    for frame in extract_claims(text):
        assert text[frame.start:frame.end] == frame.text
        assert 0 <= frame.start < frame.end <= len(text)
        assert text[frame.sentence_start:frame.sentence_start + len(frame.sentence)] == frame.sentence
        assert frame.low is None or frame.high is None or frame.low <= frame.high


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(NEWS_WORDS), max_size=60).map(" ".join))
def test_news_like_word_salad_gives_claims_that_point_into_the_text(text):
    assert_claims_point_into(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_arbitrary_unicode_never_raises(text):
    assert_claims_point_into(text)


def test_empty_and_blank_texts_have_no_claims():
    assert extract_claims("") == []
    assert extract_claims(" \n\n\t ") == []


def test_one_huge_line_without_full_stops_is_read_in_pieces():
    text = ", ".join(f"officials said {n} rockets were fired" for n in range(2, 4000))
    claims = extract_claims(text)
    assert len(claims) > 3000
    assert_claims_point_into(text)


def test_a_text_longer_than_the_parser_accepts_is_still_read():
    filler = " ".join(["The march went on through the old town in the rain."] * 20)
    paragraph = f"Police said 40 people were arrested after the march. {filler}\n\n"
    text = paragraph * 2_000  # over 2 million characters, twice spaCy's default max_length
    assert len(text) > 2_000_000
    claims = extract_claims(text)
    assert len(claims) == 2_000
    assert claims[-1].text == "40" and claims[-1].start > 2_000_000


def test_many_texts_give_the_same_claims_as_one_at_a_time():
    texts = ["Officials said 40 people were killed.", "", "The army said 15 missiles were fired and none were intercepted."]
    assert list(extract_many(texts)) == [extract_claims(text) for text in texts]
