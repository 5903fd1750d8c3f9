"""The day a number's clause puts its event on, and figures of different days kept apart."""

import dataclasses
import datetime

import pytest

from factcheck.extraction import ClaimFrame
from factcheck.matching import ClaimRef, match_claims
from factcheck.matching.timing import clocked, event_time

MONDAY = datetime.date(2019, 6, 10)
D = datetime.date


def crowd(sentence, number, *, published=MONDAY, claimant=None, article="a"):
    at = sentence.index(number)
    digits = "".join(char for char in number if char.isdigit() or char == ".")
    value = float(digits or 1) * (1e6 if "million" in number else 1)
    frame = ClaimFrame(
        start=at, end=at + len(number), text=number, value=value, low=value, high=value, hedge="exact", unit="person",
        measure="people", claimant=claimant, sentence=sentence, sentence_start=0, event="march",
    )
    return ClaimRef(id=f"{article}:{number}", frame=frame, article=article, outlet=article, published=published)


@pytest.mark.parametrize(
    ("sentence", "number", "published", "days"),
    [
        ("Hundreds of thousands of people marched through Hong Kong on Sunday.", "Hundreds", MONDAY, (D(2019, 6, 9), D(2019, 6, 9))),
        ("Organisers said more than a million people joined Sunday's march.", "a million", D(2019, 6, 13), (D(2019, 6, 9), D(2019, 6, 9))),
        ("Organisers said 550,000 people joined the annual 1 July march.", "550,000", D(2019, 7, 2), (D(2019, 7, 1), D(2019, 7, 1))),
        ("Russia launched 90 drones overnight on Sept. 1, the air force said.", "90", D(2024, 9, 1), (D(2024, 9, 1), D(2024, 9, 1))),
        ("Iran fired 15 missiles on 8 January.", "15", D(2020, 1, 10), (D(2020, 1, 8), D(2020, 1, 8))),
        ("Rebels fired 40 rockets on 30 December.", "40", D(2020, 1, 3), (D(2019, 12, 30), D(2019, 12, 30))),
        ("Just over two weeks ago, as many as 2 million people marched.", "2 million", D(2019, 7, 2), (D(2019, 6, 16), D(2019, 6, 20))),
        ("The week before, police counted 240,000 at the peak.", "240,000", D(2019, 6, 17), (D(2019, 6, 8), D(2019, 6, 12))),
        ("Nearly 2 million marched, a week after a march they said drew 1.03 million.", "1.03 million", D(2019, 6, 17), (D(2019, 6, 8), D(2019, 6, 12))),
        ("Last year's march drew 50,000, according to the organisers.", "50,000", D(2019, 7, 2), (D(2018, 1, 1), D(2018, 12, 31))),
        ("Borrowing will fall to 70,000 by 2029-30.", "70,000", D(2024, 10, 30), (D(2029, 4, 1), D(2030, 3, 31))),
        ("The economy was expected to grow 7,000 in the current fiscal year.", "7,000", D(2023, 2, 1), (D(2022, 4, 1), D(2023, 3, 31))),
        ("Borrowing is budgeted at 15,430 for the next fiscal year.", "15,430", D(2023, 2, 1), (D(2023, 4, 1), D(2024, 3, 31))),
        ("Capital spending will rise to 10,000 in the fiscal year starting April 1.", "10,000", D(2023, 2, 1), (D(2023, 4, 1), D(2024, 3, 31))),
        ("The office expects 2,000 new homes in 2025.", "2,000", D(2024, 10, 30), (D(2025, 1, 1), D(2025, 12, 31))),
        # Of two times in one clause, the nearer: each of a list of years dates its own number.
        ("It expects 1,100 new homes this year and 2,000 in 2025.", "2,000", D(2024, 10, 30), (D(2025, 1, 1), D(2025, 12, 31))),
        ("It expects 1,100 new homes this year and 2,000 in 2025.", "1,100", D(2024, 10, 30), (D(2024, 1, 1), D(2024, 12, 31))),
        ("This will raise 25,000 a year by the end of the parliament.", "25,000", D(2024, 10, 30), (D(2028, 1, 1), D(2028, 12, 31))),
        ("Emissions will fall by 40,000 by the end of the decade.", "40,000", D(2024, 10, 30), (D(2029, 1, 1), D(2029, 12, 31))),
        ("The rate had been 4,200 in August.", "4,200", D(2024, 10, 4), (D(2024, 8, 1), D(2024, 8, 31))),
        ("Payrolls increased by 254,000 last month.", "254,000", D(2024, 10, 4), (D(2024, 9, 1), D(2024, 9, 30))),
        ("Prices rose by 3,000 in December.", "3,000", D(2024, 10, 4), (D(2023, 12, 1), D(2023, 12, 31))),
    ],
)
def test_the_day_of_the_event_is_read_from_the_numbers_clause(sentence, number, published, days):
    assert event_time(crowd(sentence, number, published=published).frame, published) == days


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Police have arrested 32 people, the force said on Monday.", "32"),
        ("The authority said 81 people had been injured as of Thursday morning.", "81"),
        ("Police said 338,000 had marched at the peak along the approved route.", "338,000"),
        ("The Front said 2 million people had taken part, counting the protester who died on Saturday.", "2 million"),
        ("Officials said 12,000 may march 20 km to the capital.", "12,000"),
        ("Nearly 2 million marched a week after the first march.", "Nearly 2 million"),
        ("NEW DELHI, Feb 1 (Reuters) - India will raise capital expenditure to 10,000 crore.", "10,000"),
    ],
)
def test_times_of_the_report_or_of_another_clause_are_not_the_events(sentence, number):
    assert event_time(crowd(sentence, number).frame, MONDAY) is None


def test_marches_of_different_days_are_different_figures_and_each_is_disputed():
    first, second = D(2019, 6, 10), D(2019, 6, 17)
    claims = [
        crowd("Organisers said 1.03 million people marched on Sunday, while police said 240,000 took part.", "1.03 million", published=first, claimant="Organisers", article="r"),
        crowd("Organisers said 1.03 million people marched on Sunday, while police said 240,000 took part.", "240,000", published=first, claimant="police", article="r"),
        crowd("Organisers said nearly 2 million people turned out on Sunday.", "2 million", published=second, claimant="Organisers", article="ap"),
        crowd("Police said 338,000 people were on the route at the peak of the march.", "338,000", published=second, claimant="Police", article="ap-2"),
        crowd("The week before, police counted 240,000 at the peak of the first march.", "240,000", published=second, claimant="police", article="g"),
    ]
    figures = match_claims(claims)
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [
        ["ap-2:338,000", "ap:2 million"], ["g:240,000", "r:1.03 million", "r:240,000"],
    ]
    assert all(figure.conflict for figure in figures), "organisers and police disagree about each march, even in one sentence"


def test_tolls_are_not_split_by_the_day_of_their_count():
    toll = lambda sentence, number, published, article: ClaimRef(  # noqa: E731
        id=f"{article}:{number}", article=article, outlet=article, published=published,
        frame=ClaimFrame(
            start=sentence.index(number), end=sentence.index(number) + len(number), text=number, value=float(number),
            low=float(number), high=float(number), hedge="exact", unit="person", measure="killed", claimant=None,
            sentence=sentence, sentence_start=0, event="kill",
        ),
    )
    figures = match_claims([
        toll("The fire has killed 36 people, officials said on Wednesday.", "36", D(2023, 8, 10), "ap"),
        toll("The number of people confirmed dead rose to 80 on Friday night.", "80", D(2023, 8, 12), "cb"),
    ])
    assert len(figures) == 1


def test_one_report_setting_two_speakers_against_each_other_is_a_conflict():
    sentence = "Organisers said 550,000 people joined the annual 1 July march, while police put the number at 190,000 at its peak."
    (figure,) = match_claims([
        crowd(sentence, "550,000", claimant="Organisers", article="bbc", published=D(2019, 7, 2)),
        crowd(sentence, "190,000", claimant="police", article="bbc", published=D(2019, 7, 2)),
    ])
    assert figure.conflict and "550,000" in figure.conflict_reason and "190,000" in figure.conflict_reason


def test_one_report_and_one_speaker_is_not_a_conflict_with_itself():
    first = "Organisers said 550,000 people joined the march."
    second = "Organisers later said 600,000 people joined the march."
    figures = match_claims([
        crowd(first, "550,000", claimant="Organisers", article="bbc"),
        dataclasses.replace(crowd(second, "600,000", claimant="the organisers", article="bbc"), id="bbc:second"),
    ])
    assert [figure.conflict for figure in figures] == [False]


def test_a_figures_name_says_the_day_or_year_it_is_for():
    first, second = D(2019, 6, 10), D(2019, 6, 17)
    figures = match_claims([
        crowd("About 200,000 people marched on Sunday.", "200,000", published=first, article="r"),
        crowd("Organisers said 1.03 million people marched on Sunday.", "1.03 million", published=first, claimant="Organisers", article="r2"),
        crowd("The week before, police counted 240,000 at the peak of the march.", "240,000", published=second, claimant="police", article="g"),
        crowd("Organisers said nearly 2 million people marched on Sunday.", "2 million", published=second, claimant="Organisers", article="ap"),
    ])
    assert sorted(figure.label for figure in figures) == ["people marched — 16 Jun 2019", "people marched — 9 Jun 2019"]


def test_a_clause_with_no_day_in_a_report_that_opens_weeks_later_is_not_about_the_earlier_rally():
    january, march = D(2023, 1, 22), D(2023, 3, 12)

    def placed(ref, scope=(), sentence_start=0, **changes):
        frame = dataclasses.replace(
            ref.frame, scope=scope, start=ref.frame.start + sentence_start, end=ref.frame.end + sentence_start,
            sentence_start=sentence_start, **changes,
        )
        return dataclasses.replace(ref, frame=frame)

    claims = [
        placed(crowd("More than 100,000 people rallied in Tel Aviv on Saturday night.", "100,000", published=january, claimant="Channel 12", article="toi"), ("Tel Aviv",)),
        placed(crowd("Buses came from 50 towns, organizers said.", "50", published=january, article="toi"), (), 100, unit="town", measure="other", event="come"),
        # The March report opens with its day; its later sentence names none.
        placed(crowd("Buses came from 60 towns on Saturday.", "60", published=march, article="haaretz"), (), 0, unit="town", measure="other", event="come"),
        placed(crowd("The organizers' figure for Tel Aviv was 240,000.", "240,000", published=march, claimant="Organizers", article="haaretz"), ("Tel Aviv",), 400, event=None),
    ]
    figure_of = {claim_id: index for index, figure in enumerate(match_claims(claims)) for claim_id in figure.claim_ids}
    assert figure_of["haaretz:240,000"] != figure_of["toi:100,000"]


def test_a_dated_price_is_held_against_the_report_days_of_an_undated_one():
    def price(sentence, number, published, article):
        at = sentence.index(number)
        value = float(number.strip("$"))
        frame = ClaimFrame(
            start=at, end=at + len(number), text=number, value=value, low=value, high=value, hedge="exact", unit="dollar",
            measure="money", claimant=None, sentence=sentence, sentence_start=0, event="fall",
        )
        return ClaimRef(id=f"{article}:{number}", frame=frame, article=article, outlet=article, published=published)

    figures = match_claims([
        price("Sterling fell to a record low of $1.0857 against the dollar.", "$1.0857", D(2022, 9, 23), "reuters"),
        price("The pound had fallen to a record low of $1.0327 on Monday.", "$1.0327", D(2022, 9, 28), "ft"),
    ])
    assert len(figures) == 2 and not any(figure.conflict for figure in figures)


def test_a_report_published_before_the_day_another_opens_with_did_not_count_its_arrests():
    def arrests(sentence, number, published, article, *, opening, claimant):
        lede = crowd(opening, opening.split()[0], published=published, article=article)
        at = len(opening) + 1 + sentence.index(number)
        frame = dataclasses.replace(
            crowd(sentence, number, published=published, claimant=claimant, article=article).frame,
            start=at, end=at + len(number), sentence_start=len(opening) + 1, event="arrest",
        )
        lede = dataclasses.replace(lede, frame=dataclasses.replace(lede.frame, measure="other", unit="march", event="march"))
        return [lede, ClaimRef(id=f"{article}:{number}", frame=frame, article=article, outlet=article, published=published)]

    claims = [
        *arrests("Police said 19 people had been arrested.", "19", D(2019, 6, 10), "reuters",
                 opening="1,000 marched on Sunday.", claimant="Police"),
        *arrests("Lo said 11 people had been arrested.", "11", D(2019, 6, 13), "scmp",
                 opening="5,000 clashed with police on Wednesday.", claimant="Lo"),
        *arrests("Police have arrested 32 people.", "32", D(2019, 6, 17), "guardian",
                 opening="6,000 clashed with police on Wednesday.", claimant="the force"),
    ]
    figure_of = {claim_id: index for index, figure in enumerate(match_claims(claims)) for claim_id in figure.claim_ids}
    assert figure_of["reuters:19"] != figure_of["scmp:11"]
    assert figure_of["scmp:11"] == figure_of["guardian:32"], "reports opening with the same day count the same arrests"


def test_a_report_published_before_a_counts_day_did_not_count_it():
    def arrested(sentence, number, published, article):
        ref = crowd(sentence, number, published=published, article=article)
        return dataclasses.replace(ref, frame=dataclasses.replace(ref.frame, event="arrest"))

    early = arrested("Police said 19 people had been arrested.", "19", D(2019, 6, 10), "reuters")
    dated = arrested("Police arrested 11 people on June 12.", "11", D(2019, 6, 13), "scmp")
    # Either order: the dated count after the early report, or the early report after it.
    assert len(match_claims([early, dated])) == 2
    assert len(match_claims([dataclasses.replace(early, published=D(2019, 6, 14)), dated])) == 1, "a later report may count it"
    seeded = arrested("Police arrested 11 people on June 12.", "11", D(2019, 6, 9), "scmp")
    assert len(match_claims([seeded, early])) == 2


def test_counts_dated_more_than_a_month_apart_are_never_one_figure():
    def trips(sentence, number, published, article):
        ref = crowd(sentence, number, published=published, article=article)
        return dataclasses.replace(ref, frame=dataclasses.replace(ref.frame, unit="trip", measure="other", event="take"))

    friday = D(2017, 1, 20)
    claims = [
        trips("Metro recorded 193,000 trips by 11 a.m. on Friday.", "193,000", friday, "ap"),
        trips("By the same hour in 2009, riders had taken 513,000 trips.", "513,000", friday, "ap-2"),
        trips("In 2013, riders had taken 317,000 trips by the same hour.", "317,000", friday, "ap-3"),
    ]
    assert len(match_claims(claims)) == 3, "the same hour of three inaugurations is three figures"
    same_year = [claims[0], trips("Riders had taken 200,000 trips by 11 a.m. on 20 January.", "200,000", friday, "wp")]
    assert len(match_claims(same_year)) == 1, "the same day named two ways is one figure"


def test_a_toll_of_another_year_is_another_event():
    sentence = "In 1960, a quake near Agadir killed 2,500 people."
    old = crowd(sentence, "2,500", published=D(2023, 9, 10), article="r")
    old = dataclasses.replace(old, frame=dataclasses.replace(old.frame, measure="killed", event="kill"))
    new = crowd("The quake on Friday killed 2,012 people.", "2,012", published=D(2023, 9, 10), article="ap")
    new = dataclasses.replace(new, frame=dataclasses.replace(new.frame, measure="killed", event="kill"))
    assert len(match_claims([new, old])) == 2


def test_counts_up_to_an_hour_of_two_days_are_two_counts_though_the_days_are_adjacent():
    friday = crowd("Washington's Metro system recorded 193,000 trips by 11 a.m. on Friday.", "193,000", published=D(2017, 1, 20), article="ap")
    saturday = crowd("By 11 a.m. on Saturday, riders had already taken 275,000 trips.", "275,000", published=D(2017, 1, 22), article="wapo")
    assert clocked(friday.frame) and clocked(saturday.frame)
    assert not clocked(crowd("Hundreds of thousands marched on Sunday.", "Hundreds").frame)
    assert len(match_claims([friday, saturday])) == 2
    # Without a time of day, a day either side may be the same day seen from another time zone.
    friday_undated_hour = crowd("Organisers said 193,000 marched on Friday.", "193,000", published=D(2017, 1, 20), article="ap")
    saturday_undated_hour = crowd("Police said 175,000 marched on Saturday.", "175,000", published=D(2017, 1, 22), article="wapo")
    assert len(match_claims([friday_undated_hour, saturday_undated_hour])) == 1
