"""Each speaker's latest word, found without comparing every pair of a figure's claims, is the
same as the pairwise definition says."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.matching.conflicts import Position, _voices, current, supersedes

SPEAKERS = [
    "serhii popko", "popko", "officials", "air force", "ukraine s air force", "kyiv:officials", "outlet:ap",
    "federal government", "mexico s federal government", "mexico s president",
]
DAYS = [None, datetime.date(2024, 9, 1), datetime.date(2024, 9, 2)]

positions = st.lists(
    st.builds(
        lambda index, value, wide, measure, speaker, day, event: Position(
            claim_id=index, low=value, high=value + wide, value=value, measure=measure, speaker=speaker, report=index,
            published=day, text=str(value), outlet="outlet", event=event,
        ),
        index=st.integers(0, 10_000),
        value=st.sampled_from([0, 2, 4, 9, 15]),
        wide=st.sampled_from([0, 1]),
        measure=st.sampled_from(["killed", "weapons", "people"]),
        speaker=st.sampled_from(SPEAKERS),
        day=st.sampled_from(DAYS),
        event=st.sampled_from([None, "arrest", "launch"]),
    ),
    max_size=9,
)


@settings(max_examples=400, deadline=None)
@given(positions)
def test_current_keeps_exactly_the_positions_no_other_supersedes(figure):
    voices = _voices(sorted({position.speaker for position in figure}))
    pairwise = [position for position in figure if not any(supersedes(other, position, voices) for other in figure)]
    assert current(figure) == pairwise


def test_a_bare_government_and_its_head_are_one_voice_through_the_governments_full_name():
    def said(speaker, value, day):
        return Position(
            claim_id=f"{speaker}:{value}", low=value, high=value, value=value, measure="missing", speaker=speaker,
            report=speaker, published=day, text=str(value), outlet="outlet",
        )

    full = said("mexico s federal government", 10, datetime.date(2023, 10, 28))
    bare = said("federal government", 47, datetime.date(2023, 10, 31))
    head = said("mexico s president", 36, datetime.date(2023, 11, 2))
    assert current([full, bare, head]) == [head], "the president's later count replaces the government's, by either name"
    assert current([bare, head]) == [bare, head], "without the full name nothing links the two"
