"""Grouping claims into figures, and telling conflicts from updates. No database."""

import dataclasses
import datetime

from factcheck.extraction import ClaimFrame
from factcheck.matching import ClaimRef, match_claims
from factcheck.matching.conflicts import Position, agree, find_conflict

DAY = datetime.date(2020, 1, 8)


def frame(value, unit="missile", measure="weapons", event="fire", *, low="same", high="same", claimant=None, scope=(), qualifiers=(), start=0, sentence_start=0, text=None):
    return ClaimFrame(
        start=start, end=start + 2, text=text or str(value), value=value, low=value if low == "same" else low,
        high=value if high == "same" else high, hedge="exact", unit=unit, measure=measure, claimant=claimant,
        sentence="", sentence_start=sentence_start, event=event, scope=tuple(scope), qualifiers=tuple(qualifiers),
    )


def ref(claim_id, frame, article, published=DAY, outlet="", **kwargs):
    return ClaimRef(id=claim_id, frame=frame, article=article, outlet=outlet or article, published=published, **kwargs)


def groups(figures):
    return sorted(sorted(figure.claim_ids) for figure in figures)


def test_reports_of_one_salvo_stand_together_and_disagree():
    figures = match_claims([
        ref("reuters-15", frame(15, claimant="Iranian state television"), "reuters"),
        ref("ap-22", frame(22, claimant="Iraq's military"), "ap"),
        ref("ap-dozen", frame(12, high=None, claimant="the Pentagon"), "ap2"),
    ])
    assert groups(figures) == [["ap-22", "ap-dozen", "reuters-15"]]
    assert figures[0].conflict
    assert "15" in figures[0].conflict_reason and "22" in figures[0].conflict_reason


def the_rest_of_the_story():
    """Claims of other kinds: a story has them, and they make its place names specific."""
    return [
        ref(f"other-{n}", frame(n + 2, unit=unit, measure=measure, event=event), f"other-{n}")
        for n, (unit, measure, event) in enumerate(
            [("troop", "people", "deploy"), ("person", "killed", "kill"), ("site", "targets", "target"),
             ("person", "injured", "injure"), ("dollar", "money", "pay"), ("day", "duration", "last")]
        )
    ]


def test_sub_quantities_with_their_own_places_stay_apart():
    figures = match_claims([
        *the_rest_of_the_story(),
        ref("asad", frame(17, claimant="Iraq's military", qualifiers=["Ain al-Asad"], sentence_start=100), "ap2"),
        ref("erbil", frame(5, claimant="Iraq's military", qualifiers=["Erbil"], sentence_start=100), "ap3"),
        ref("asad-2", frame(10, low=10, high=None, event="strike", claimant="officials", qualifiers=["Ain al-Asad"]), "dod"),
    ])
    assert ["asad", "asad-2"] in groups(figures)
    assert ["erbil"] in groups(figures)


def test_different_events_of_weapons_are_different_figures():
    figures = match_claims([
        ref("launched", frame(90, unit="drone", event="launch"), "a"),
        ref("downed", frame(74, unit="drone", event="shoot"), "b"),
        ref("launched-2", frame(90, unit="drone", event="fire"), "c"),
    ])
    assert groups(figures) == [["downed"], ["launched", "launched-2"]]


def test_killed_and_no_casualties_answer_the_same_question():
    figures = match_claims([
        ref("tv", frame(80, unit="terrorist", measure="killed", event="kill", claimant="state TV"), "reuters"),
        ref("us", frame(0, unit="casualty", measure="casualties", event="suffer", claimant="the Pentagon"), "ap"),
        ref("troops", frame(5000, unit="troop", measure="people", event="remain"), "ap2"),
    ])
    assert ["tv", "us"] in groups(figures)
    killed = next(figure for figure in figures if "tv" in figure.claim_ids)
    assert killed.conflict


def test_a_toll_rising_over_days_is_an_update_not_a_conflict():
    figures = match_claims([
        ref(f"day{n}", frame(toll, unit="person", measure="killed", event="kill", claimant="officials"), f"a{n}", published=DAY + datetime.timedelta(days=n))
        for n, toll in enumerate([36, 53, 80, 114])
    ])
    (figure,) = figures
    assert not figure.conflict


def test_the_same_speaker_revising_down_is_an_update():
    figures = match_claims([
        ref("first", frame(500, unit="person", measure="killed", event="kill", claimant="The Health Ministry"), "a", published=DAY),
        ref("revised", frame(471, unit="person", measure="killed", event="kill", claimant="the health ministry"), "b", published=DAY + datetime.timedelta(days=1)),
    ])
    (figure,) = figures
    assert not figure.conflict
    assert figure.timeline_ids == ["revised", "first"][::-1]


def test_a_lower_figure_from_someone_else_later_is_a_conflict():
    figures = match_claims([
        ref("railways", frame(288, unit="person", measure="killed", event="kill", claimant="railway officials"), "a", published=DAY),
        ref("state", frame(275, unit="person", measure="killed", event="kill", claimant="the state government"), "b", published=DAY + datetime.timedelta(days=1)),
    ])
    assert figures[0].conflict


def test_syndicated_copies_are_one_report():
    figures = match_claims([
        ref("wire", frame(15, claimant="state TV"), "reuters"),
        ref("copy", frame(16, claimant="state TV2"), "straits-times", syndicated_from="reuters"),
    ])
    (figure,) = figures
    assert figure.report_count == 1
    assert not figure.conflict, "a copy does not contradict its original"


def test_an_editors_placement_and_separation_are_kept():
    figures = match_claims(
        [
            ref("a", frame(15), "x"),
            ref("b", frame(15), "y"),
            ref("c", frame(15, unit="drone"), "z", locked_figure=7),
        ],
        separations=[("a", "b")],
    )
    assert all(not ({"a", "b"} <= set(figure.claim_ids)) for figure in figures)
    locked = next(figure for figure in figures if "c" in figure.claim_ids)
    assert locked.locked_figure == 7


def test_rounded_figures_agree():
    def position(low, high):
        return Position(claim_id=1, low=low, high=high, value=low, measure="people", speaker="", report=1, published=None, text="", outlet="")

    assert agree(position(5000, 5000), position(5140, 5140))
    assert not agree(position(15, 15), position(22, 22))
    assert agree(position(12, float("inf")), position(15, 15)), "more than a dozen and 15 agree"
    assert find_conflict([position(15, 15)]) == (False, "")


def test_matching_compares_claims_with_figures_not_with_every_claim(monkeypatch):
    """Near-linear by construction: count the comparisons as the story grows tenfold."""
    from factcheck.matching import core

    calls = {"n": 0}
    real_fit = core._fit

    def counting_fit(*args):
        calls["n"] += 1
        return real_fit(*args)

    monkeypatch.setattr(core, "_fit", counting_fit)

    def story(copies):
        claims = []
        for copy in range(copies):
            for index, (unit, event, measure) in enumerate([("missile", "fire", "weapons"), ("drone", "launch", "weapons"), ("person", "kill", "killed"), ("troop", "deploy", "people")]):
                claims.append(ref(f"{copy}-{index}", frame(10 + copy % 3, unit=unit, event=event, measure=measure), f"article{copy}"))
        return claims

    match_claims(story(10))
    small = calls["n"]
    calls["n"] = 0
    match_claims(story(100))
    assert calls["n"] <= 12 * small


def test_a_vague_word_against_a_count_is_not_flagged():
    import dataclasses

    dozens = dataclasses.replace(frame(24, unit="person", measure="killed", event="kill", high=99, text="dozens"), hedge="vague")
    figures = match_claims([
        ref("tv-dozens", dozens, "tv"),
        ref("ministry-140", frame(140, unit="person", measure="killed", event="kill", claimant="the ministry"), "wire"),
        ref("ngo-300", frame(300, unit="person", measure="killed", event="kill", claimant="an aid group"), "ngo"),
    ])
    assert groups(figures) == [["ministry-140", "ngo-300", "tv-dozens"]]
    assert figures[0].conflict and "dozens" not in figures[0].conflict_reason, "140 against 300 is a conflict; dozens against either is not"


def test_destroyed_means_intercepted_for_weapons_and_destruction_for_buildings():
    from factcheck.matching.features import event_class

    assert event_class("destroy", "weapons") == event_class("intercept", "weapons")
    assert event_class("destroy", "other") == event_class("collapse", "other") != event_class("intercept", "weapons")
    figures = match_claims([
        ref("governor", frame(1000, unit="building", measure="other", event="lose"), "ap"),
        ref("kcc", frame(2200, unit="building", measure="other", event="destroy"), "kcc"),
    ])
    assert groups(figures) == [["governor", "kcc"]]


def test_two_numbers_of_one_sentence_set_against_each_other_are_one_quantity():
    sentence = "The Railways said 288 people were killed, contradicting the state government's 275."
    railways = frame(288, unit="person", measure="killed", event="kill", claimant="The Railways")
    state = frame(275, unit="person", measure="killed", event="contradict", claimant="The Railways", start=sentence.index("275"))
    railways = dataclasses.replace(railways, start=sentence.index("288"), end=sentence.index("288") + 3, sentence=sentence)
    state = dataclasses.replace(state, end=state.start + 3, sentence=sentence)
    figures = match_claims([ref("288", railways, "hindu"), ref("275", state, "hindu")])
    assert groups(figures) == [["275", "288"]]

    from factcheck.matching.core import _rival_values

    sentence = "Officials said 288 people were killed and 1,000 were injured."
    killed = dataclasses.replace(frame(288), start=15, end=18, sentence=sentence)
    assert not _rival_values(killed, (42, 47)), "numbers side by side keep the same-sentence penalty"
    revised = "The United Nations revised the death toll to 3,958, after earlier putting it at 11,300."
    new = dataclasses.replace(frame(3958), start=revised.index("3,958"), end=revised.index("3,958") + 5, sentence=revised)
    assert _rival_values(new, (revised.index("11,300"), revised.index("11,300") + 6)), "a revision sets the old value against the new"


def test_a_count_of_destroyed_buildings_that_rises_is_an_update():
    figures = match_claims([
        ref("afad", frame(5606, unit="building", measure="other", event="collapse", claimant="AFAD"), "reuters", published=DAY),
        ref("minister", frame(6444, unit="building", measure="other", event="destroy", claimant="the minister"), "ap", published=DAY + datetime.timedelta(days=1)),
    ])
    assert groups(figures) == [["afad", "minister"]]
    assert not figures[0].conflict, "a later, higher count of destroyed buildings updates the earlier one"


def test_only_two_classed_verbs_tell_two_events_apart():
    people = lambda claim_id, value, event, article: ref(  # noqa: E731
        claim_id, frame(value, unit="person", measure="people", event=event), article,
    )
    unclassed = match_claims([people("spent", 2100, "spend", "ap"), people("sheltered", 2300, "house", "cb")])
    assert groups(unclassed) == [["sheltered", "spent"]], "'spent the night' and 'housed' say nothing against each other"
    classed = match_claims([people("marched", 2100, "march", "ap"), people("arrested", 2300, "arrest", "cb")])
    assert groups(classed) == [["arrested"], ["marched"]]


def test_participles_and_plurals_in_figure_names_are_english():
    from factcheck.matching.labels import day_words, participle, plural

    assert [participle(verb) for verb in ("peg", "trap", "feed", "do", "get", "fire", "carry", "admit", "comb", "visit")] == [
        "pegged", "trapped", "fed", "done", "got", "fired", "carried", "admitted", "combed", "visited",
    ]
    assert [plural(unit) for unit in ("mph", "percent", "missile", "ballistic missile", "person", "country")] == [
        "mph", "percent", "missiles", "ballistic missiles", "people", "countries",
    ]
    assert day_words((datetime.date(2023, 4, 1), datetime.date(2024, 3, 31))) == "2023-24"
    assert day_words((datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))) == "2025"
    assert day_words((datetime.date(2019, 6, 9), datetime.date(2019, 6, 9))) == "9 Jun 2019"
