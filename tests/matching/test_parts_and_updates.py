"""Numbers that count only part of a quantity (an increment, a part of a total said before, a
count over a period), and a speaker's replaced figure, which is history rather than a position."""

import dataclasses
import datetime

import pytest

from factcheck.extraction import ClaimFrame
from factcheck.matching import ClaimRef, match_claims
from factcheck.matching.conflicts import Position, conflicting_ids, find_conflict, same_speaker, timeline
from factcheck.matching.features import (
    CHILDREN, DEMAND, FOREIGN, INCREMENT, LIMIT, OFFER, ON_STRIKE, PART, PERIOD, POLICE, UNIDENTIFIED, qualifier_keys, recipient_key,
    running_total,
    holder_key, projected,
)

DAY = datetime.date(2024, 9, 1)


def claim(sentence, number, *, unit="drone", measure="weapons", event="shoot", claimant=None, article="a", published=DAY, low="same", zero=False):
    at = sentence.index(number)
    digits = "".join(char for char in number if char.isdigit() or char == ".")
    value = 0.0 if zero else float(digits) if digits else 4.0
    frame = ClaimFrame(
        start=at, end=at + len(number), text=number, value=value, low=value if low == "same" else low, high=value,
        hedge="exact", unit=unit, measure=measure, claimant=claimant, sentence=sentence, sentence_start=0, event=event, zero=zero,
    )
    return ClaimRef(id=f"{article}:{number}", frame=frame, article=article, outlet=article, published=published)


@pytest.mark.parametrize(
    ("sentence", "number", "mark"),
    [
        ('Another 14 drones were "locally lost," the Air Force said.', "14", INCREMENT),
        ("Green said there could be 10 more deaths per day.", "10", INCREMENT),
        ("Only five of the victims had been identified.", "five", PART),
        ("He said 11 of them had been taken to hospital.", "11", PART),
        ("Of the 50, 31 were treated in Iraq and returned to duty.", "31", PART),
        ("Of the injured, about 200 are still in hospitals.", "200", PART),
        ("Russia has launched more than 1,000 drones since the start of August.", "1,000", PERIOD),
        ("Over the past week, air defences have shot down more than 400 drones.", "400", PERIOD),
        ("Some 2,000 people have died at sea so far this year.", "2,000", PERIOD),
        ("Metro recorded 193,000 trips by 11 a.m. on Friday.", "193,000", PERIOD),
        ("By the same hour in 2009, riders had taken 513,000 trips, and 317,000 in 2013.", "317,000", PERIOD),
        ("The 317,000 figure was the number of trips taken by 11 a.m. in 2013.", "317,000", PERIOD),
    ],
)
def test_a_number_that_counts_part_of_a_quantity_is_marked(sentence, number, mark):
    kind = {} if "drone" in sentence else {"unit": "person", "measure": "people", "event": None}
    assert mark in qualifier_keys(claim(sentence, number, **kind).frame)


def test_a_limit_is_not_the_speed_it_limits():
    sentence = "The train was travelling at 47mph, below the track's speed limit of 50mph."
    speed, limit = (claim(sentence, number, unit="mph", measure="other", event="travel") for number in ("47mph", "50mph"))
    assert LIMIT in qualifier_keys(limit.frame) and LIMIT not in qualifier_keys(speed.frame)
    assert LIMIT in qualifier_keys(claim("Crowds were held to a 500-person cap.", "500", unit="person", measure="people").frame)
    assert len(match_claims([speed, dataclasses.replace(limit, id="a:limit")])) == 2
    debt = claim("Congress raised the $31.4 trillion debt ceiling.", "31.4", unit="dollar", measure="money", event="raise")
    assert LIMIT not in qualifier_keys(debt.frame), "a sum is told by its subject, the debt limit"


@pytest.mark.parametrize(
    ("sentence", "number", "event", "part"),
    [
        ("Its air defences destroyed 76 of the drones and all three cruise missiles.", "76", "destroy", False),
        ("Ten of the missiles struck Ain al-Asad.", "Ten", "strike", False),
        ("Iran fired 22 missiles, 17 of them at Ain al-Asad.", "17", "fire", True),
    ],
)
def test_the_part_of_a_salvo_that_met_one_fate_is_that_fates_count(sentence, number, event, part):
    salvo = claim(sentence, number, unit="missile", event=event)
    assert (PART in qualifier_keys(salvo.frame)) is part


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Air defence units shot down 74 drones overnight.", "74"),
        ("None of the Russian missiles were intercepted.", "None"),
        ("Two people were killed and 15 others were injured.", "15"),
        ("Russia launched 90 drones against Ukraine overnight, the air force said on Sunday.", "90"),
        ("Of the 50, 31 were treated in Iraq and returned to duty.", "50"),
    ],
)
def test_a_whole_count_is_not_marked(sentence, number):
    assert not qualifier_keys(claim(sentence, number, zero=number == "None").frame) & {INCREMENT, PART, PERIOD, UNIDENTIFIED}


@pytest.mark.parametrize(
    ("sentence", "number", "unidentified"),
    [
        ("Nearly 100 bodies were yet to be identified, a senior official said.", "100", True),
        ("Officials say 83 bodies remain unclaimed.", "83", True),
        ("The official death toll stands at 288.", "288", False),
        ("288 people were killed, and the police have not yet identified the driver.", "288", False),
    ],
)
def test_the_dead_not_yet_identified_are_a_count_of_their_own(sentence, number, unidentified):
    frame = claim(sentence, number, unit="person", measure="killed", event="be").frame
    assert (UNIDENTIFIED in qualifier_keys(frame)) is unidentified


def test_an_increment_does_not_join_the_figure_of_the_whole():
    figures = match_claims([
        claim("Air defence units shot down 74 drones, the Air Force said.", "74", claimant="the Air Force", article="kyiv"),
        claim('Another 14 drones were "locally lost," the Air Force said.', "14", claimant="the Air Force", article="kyiv-2"),
        claim("Air defences destroyed 76 drones, Ukraine's air force said.", "76", claimant="Ukraine's air force", article="reuters"),
    ])
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [["kyiv-2:14"], ["kyiv:74", "reuters:76"]]
    assert not any(figure.conflict for figure in figures), "the Air Force raised its own count from 74 to 76"


def test_a_part_of_a_toll_does_not_join_the_toll():
    figures = match_claims([
        claim("The fire has killed at least 36 people, officials said.", "36", unit="person", measure="killed", event="kill", article="ap"),
        claim("Only five of the victims had been identified, the county said.", "five", unit="person", measure="killed", event="identify", article="cnn"),
    ])
    assert len(figures) == 2
    assert not any(figure.conflict for figure in figures)


def test_a_count_over_weeks_is_not_the_count_of_one_night():
    figures = match_claims([
        claim("Russia launched 90 drones against Ukraine overnight.", "90", event="launch", claimant="the air force", article="kyiv"),
        claim("Russia has launched more than 1,000 drones since the start of August, Zelensky said.", "1,000", event="launch", claimant="Zelensky", article="kyiv-2", low=1000),
        claim("Russia had launched 90 drones, Ukraine's air force said.", "90", event="launch", claimant="Ukraine's air force", article="reuters"),
    ])
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [["kyiv-2:1,000"], ["kyiv:90", "reuters:90"]]


def position(claim_id, value, speaker, *, published=DAY, low=None, measure="killed", event=None):
    return Position(
        claim_id=claim_id, low=value if low is None else low, high=value, value=value, measure=measure, speaker=speaker,
        report=claim_id, published=published, text=str(value), outlet=claim_id, event=event,
    )


def test_a_head_of_government_and_the_government_speak_with_one_voice():
    assert same_speaker("mexico s federal government", "mexico s president")
    assert same_speaker("united states government", "us s president") is False, "only a possessive names the country"
    assert not same_speaker("mexico s president", "guerrero state officials")
    assert not same_speaker("syria s government", "turkey s president")
    later = DAY + datetime.timedelta(days=2)
    missing = [
        position("reuters", 10, "mexico s federal government", measure="missing"),
        position("guardian", 36, "mexico s president", measure="missing", published=later),
    ]
    assert find_conflict(missing) == (False, "")


def test_two_speakers_set_side_by_side_in_one_report_disagree_even_after_one_has_moved_on():
    def said(claim_id, report, value, speaker, published):
        return dataclasses.replace(position(claim_id, value, speaker, published=published), report=report, sentence=(report, 0))

    later = DAY + datetime.timedelta(days=2)
    positions = [
        said("federal", "reuters", 39, "mexico s federal government", DAY),
        said("state", "reuters", 43, "guerrero state officials", DAY),
        said("president", "guardian", 48, "mexico s president", later),
    ]
    assert find_conflict(positions)[0]
    assert conflicting_ids(positions) == {"federal", "state"}
    # Reports of one day may be hours apart: a toll that rose between them is no dispute.
    apart = [
        said("morning", "reuters", 672, "interior ministry", DAY),
        said("evening", "guardian", 1204, "ministry", DAY),
        said("next-day", "ap", 2059, "interior ministry", later),
    ]
    assert find_conflict(apart) == (False, "")


def test_a_speakers_replaced_figure_is_not_held_against_another_speaker():
    positions = [
        position("kyiv-independent", 2, "serhii popko"),
        position("pravda", 4, "popko"),
        position("reuters", 4, "ukrainian officials", low=4),
    ]
    assert find_conflict(positions) == (False, "")
    assert [p.claim_id for p in timeline(positions)] == ["kyiv-independent", "pravda"]


def test_numbers_that_only_happened_not_to_differ_are_not_flagged():
    troops = [
        Position(claim_id="ap", low=5200, high=5200, value=5200, measure="people", speaker="outlet:ap", report="ap",
                 published=DAY, text="5,200", outlet="ap", unit="troop"),
        Position(claim_id="d1", low=1500, high=1500, value=1500, measure="people", speaker="officials", report="d1",
                 published=DAY, text="1,500", outlet="d1", unit="troop", event="station"),
    ]
    assert find_conflict(troops) == (False, "")
    linked = [dataclasses.replace(troops[0], event="station"), troops[1]]
    assert find_conflict(linked)[0]


def test_a_speakers_current_figure_still_conflicts():
    positions = [
        position("kyiv-independent", 2, "serhii popko"),
        position("pravda", 4, "popko"),
        position("reuters", 9, "ukrainian officials"),
    ]
    conflict, reason = find_conflict(positions)
    assert conflict and "“4”" in reason and "“9”" in reason
    assert conflicting_ids(positions) == {"pravda", "reuters"}


def test_a_lower_count_the_same_day_from_one_speaker_is_not_taken_as_replaced_for_a_salvo():
    positions = [
        position("a", 15, "the pentagon", measure="weapons", event="launch"),
        position("b", 22, "the pentagon", measure="weapons", event="launch"),
        position("c", 12, "iran", measure="weapons", event="launch"),
    ]
    assert conflicting_ids(positions) == {"a", "b", "c"}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("serhii popko", "popko", True),
        ("ukraine s air force", "air force", True),
        ("commissioner of police stephen lo wai-chung", "lo", True),
        ("un s food agency", "agency", False),
        ("turkish officials", "officials", False),
        ("kyiv:officials", "officials", False),
        ("serhii popko", "volodymyr artiukh", False),
        ("administration s head serhii popko", "head of the kyiv city military administration serhii popko", True),
        ("syria s health ministry", "turkey s health ministry", False),
        ("turkish officials", "syrian officials", False),
    ],
)
def test_a_short_mention_of_a_speaker_is_the_same_speaker(a, b, same):
    assert same_speaker(a, b) is same


@pytest.mark.parametrize(
    ("sentence", "number", "population"),
    [
        ("Almost 2 million people took to the streets, in a city of 7.4 million.", "7.4 million", True),
        ("In Antakya, a city of about 400,000, almost every street had a collapsed building.", "about 400,000", True),
        ("Almost 2 million people took to the streets, in a city of 7.4 million.", "2 million", False),
    ],
)
def test_the_people_of_a_place_are_not_the_people_of_an_event(sentence, number, population):
    from factcheck.matching.features import POPULATION

    frame = claim(sentence, number, unit="person", measure="people", event="take").frame
    assert (POPULATION in qualifier_keys(frame)) is population


def money(sentence, number, *, article, claimant=None, low=None, high=None, hedge="exact"):
    ref = claim(sentence, number, unit="dollar", measure="money", event=None, claimant=claimant, article=article)
    frame = dataclasses.replace(ref.frame, low=low if low is not None else ref.frame.low, high=high if high is not None else ref.frame.high, hedge=hedge)
    return dataclasses.replace(ref, frame=frame)


def test_sums_of_money_are_told_apart_by_what_they_are_sums_of():
    figures = match_claims([
        money("The center estimated a $5.52 billion rebuild cost.", "$5.52 billion", article="civil-beat", claimant="The center"),
        money("KCC said insured losses will total about $3.2 billion.", "$3.2 billion", article="ij", claimant="KCC", low=2.88e9, high=3.52e9, hedge="approximate"),
        money("Moody's RMS put insured losses in a range of $4 billion to $6 billion.", "$4 billion to $6 billion", article="ij", claimant="Moody's RMS", low=4e9, high=6e9, hedge="range"),
    ])
    (cost,) = [figure for figure in figures if "civil-beat:$5.52 billion" in figure.claim_ids]
    (losses,) = [figure for figure in figures if "ij:$3.2 billion" in figure.claim_ids]
    assert cost is not losses and cost.claim_ids == ["civil-beat:$5.52 billion"]
    assert losses.conflict, "two modellers in one article disagree: about 3.2 against 4 to 6 billion"


def test_an_approximate_number_is_not_widened_again_for_rounding():
    def position(value, low, high, hedge, speaker):
        return Position(claim_id=speaker, low=low, high=high, value=value, measure="money", speaker=speaker, report=speaker,
                        published=DAY, text=str(value), outlet=speaker, hedge=hedge, qualifiers=frozenset({"what:loss"}))

    about = position(3.2e9, 2.88e9, 3.52e9, "approximate", "kcc")
    assert find_conflict([about, position(4e9, 4e9, 6e9, "range", "moodys")])[0]
    assert not find_conflict([position(5000, 5000, 5000, "exact", "a"), position(5140, 5140, 5140, "exact", "b")])[0], "5,000 is said to the thousand"


def test_a_later_count_of_unidentified_dead_replaces_the_earlier_whoever_gives_it():
    later = DAY + datetime.timedelta(days=3)
    figures = match_claims([
        claim("Nearly 100 bodies were yet to be identified, a senior official said.", "100", unit="body", measure="killed", event="be",
              claimant="a senior official", article="ndtv", low=90),
        claim("Officials say 83 bodies remain unclaimed.", "83", unit="body", measure="killed", event="remain", claimant="Officials",
              article="bbc", published=later),
    ])
    assert [len(figure.claim_ids) for figure in figures] == [2]
    assert not figures[0].conflict


@pytest.mark.parametrize(
    ("sentence", "number", "measure", "subject"),
    [
        ("India will raise capital expenditure by 33% to 10 trillion rupees.", "10 trillion", "money", "what:capital spending"),
        ("Total expenditure is estimated at ₹45.03 lakh crore.", "₹45.03 lakh crore", "money", "what:spending"),
        ("The government will spend ₹45 lakh crore in 2023-24.", "₹45 lakh crore", "money", "what:spending"),
        ("Gross market borrowing is budgeted at a record 15.43 trillion rupees.", "15.43 trillion", "money", "what:market borrowing"),
        ("The government aims to narrow its fiscal deficit to 5.9% of gross domestic product in 2023/24.", "5.9%", "percent", "what:deficit"),
        ("Search teams had now covered 85% of the burn zone.", "85%", "percent", "what:zone"),
        ("The Economic Survey projected GDP growth of 6.5% for 2023-24.", "6.5%", "percent", "what:growth"),
        # A share of what something holds is a share of the things, not of the holder.
        ("The governor said about 80% of the city's hotels had been damaged.", "80%", "percent", "what:hotels"),
        ("Only about 10% of the city's hotel rooms were fit to receive guests.", "10%", "percent", "what:rooms"),
        # The sum in another currency in brackets is skipped; what follows a comma is said of
        # something else.
        ("The bill seeks to raise 346 billion shillings ($2.7 billion) in taxes.", "346 billion shillings", "money", "what:tax"),
        ("He said the government would have to borrow one trillion shillings, or cut spending.", "one trillion shillings", "money", "what:borrowing"),
        # What a cut saves, however it is put.
        ("McCarthy said the deal would cut federal spending by $2.1 trillion.", "$2.1 trillion", "money", "what:saving"),
        ("The deal would reduce deficits by about $1.5 trillion, the CBO said.", "$1.5 trillion", "money", "what:saving"),
        ("Republicans say it will save $2.1tn over a decade.", "$2.1tn", "money", "what:saving"),
        ("The Congressional Budget Office has put the savings at $1.5tn.", "$1.5tn", "money", "what:saving"),
        # One law, however it is called; one word, however it is spelt.
        ("Biden and McCarthy agreed to suspend the $31.4 trillion debt ceiling.", "$31.4 trillion", "money", "what:debt limit"),
        ("The Senate voted to suspend the $31.4tn borrowing limit.", "$31.4tn", "money", "what:debt limit"),
        ("Defence spending rises to $886bn next year.", "$886bn", "money", "what:defense spending"),
        # A proper name is no subject: the Congressional Budget Office is no budget.
        ("The Congressional Budget Office says $1.5tn.", "$1.5tn", "money", None),
        ("Defence got ₹5.94 lakh crore.", "₹5.94 lakh crore", "money", None),
    ],
)
def test_a_sum_or_a_share_is_known_by_what_it_is_of(sentence, number, measure, subject):
    from factcheck.matching.features import subject_key

    frame = claim(sentence, number, unit="rupee" if measure == "money" else "percent", measure=measure, event=None).frame
    assert subject_key(frame) == subject


def test_a_sum_given_again_in_another_currency_is_the_same_figure():
    sentence = "India will raise capital expenditure by 33% to 10 trillion rupees ($122 billion), Sitharaman said."
    rupees = claim(sentence, "10 trillion", unit="rupee", measure="money", event="raise", claimant="Sitharaman", article="reuters")
    dollars = claim(sentence, "$122 billion", unit="dollar", measure="money", event="raise", claimant="Sitharaman", article="reuters")
    hindu = claim("Sitharaman raised capital expenditure to ₹10 lakh crore.", "₹10 lakh crore", unit="rupee", measure="money",
                  event="raise", claimant="Sitharaman", article="hindu")
    (figure,) = match_claims([rupees, dollars, hindu])
    assert sorted(figure.claim_ids) == ["hindu:₹10 lakh crore", "reuters:$122 billion", "reuters:10 trillion"]
    assert not figure.conflict


def test_sums_with_nothing_in_common_are_not_one_figure():
    figures = match_claims([
        claim("Defence got ₹5.94 lakh crore.", "₹5.94 lakh crore", unit="rupee", measure="money", event="get", article="mint"),
        claim("The railways received ₹2.40 lakh crore.", "₹2.40 lakh crore", unit="rupee", measure="money", event="receive", article="hindu"),
    ])
    assert len(figures) == 2 and not any(figure.conflict for figure in figures)


def test_a_share_to_a_tenth_is_rounded_to_a_tenth():
    from factcheck.matching.conflicts import rounding_slack

    assert rounding_slack(6.5) == pytest.approx(0.05)
    assert rounding_slack(45.03) == pytest.approx(0.005)
    assert rounding_slack(7) == 0.5
    survey = position("survey", 6.5, "the economic survey", measure="percent", event="grow")
    imf = position("imf", 6.1, "the international monetary fund", measure="percent", event="grow")
    assert find_conflict([survey, imf])[0], "6.5% and 6.1% growth forecasts disagree"


@pytest.mark.parametrize(
    ("sentence", "number", "key"),
    [
        ("The railways received a capital outlay of ₹2.40 lakh crore.", "₹2.40 lakh crore", "what:capital spending@railways"),
        ("Defence got ₹5.94 lakh crore.", "₹5.94 lakh crore", "what:@defence"),
        ("The chancellor promised £22.6bn for the NHS over two years.", "£22.6bn", "what:@nhs"),
        ("Borrowing is budgeted at 15.43 trillion rupees for the next fiscal year.", "15.43 trillion", "what:borrowing"),
        ("Capital expenditure will rise to ₹10 lakh crore.", "₹10 lakh crore", "what:capital spending"),
    ],
)
def test_who_a_sum_goes_to_is_part_of_what_it_is(sentence, number, key):
    frame = claim(sentence, number, unit="rupee", measure="money", event=None).frame
    assert key in qualifier_keys(frame)
    assert len([name for name in qualifier_keys(frame) if name.startswith("what:")]) == 1


def test_people_at_one_site_are_not_the_people_of_the_country():
    at_base = claim("Roughly 1,500 troops are stationed at the base, officials said.", "1,500", unit="troop", measure="people", event="station").frame
    assert "site:base" in qualifier_keys(at_base)
    in_country = claim("More than 5,000 US troops remain in Iraq.", "5,000", unit="troop", measure="people", event="remain").frame
    assert not any(name.startswith("site:") for name in qualifier_keys(in_country))
    toll = claim("At least 471 people were killed at the hospital.", "471", unit="person", measure="killed", event="kill").frame
    assert not any(name.startswith("site:") for name in qualifier_keys(toll)), "a toll is the event's, wherever it names"


def test_children_included_in_a_toll_are_a_part_and_the_people_on_board_their_own_count():
    from factcheck.matching.features import ABOARD

    sentence = "At least 59 migrants, including 12 children, died when their boat broke apart."
    children = claim(sentence, "12", unit="child", measure="killed", event="die")
    assert CHILDREN in qualifier_keys(children.frame)
    everyone = claim(sentence, "At least 59", unit="migrant", measure="killed", event="die", article="b")
    assert len(match_claims([everyone, children])) == 2, "the children are a part of the toll, not a value of it"
    aboard = claim("The boat had set sail with about 150 people on board.", "150", unit="person", measure="people", event="set").frame
    carrying = claim("The coastguard said the boat was carrying about 150 people.", "about 150", unit="person", measure="people", event="carry").frame
    survived = claim("Eighty people survived, the coastguard said.", "Eighty", unit="person", measure="people", event="survive").frame
    assert ABOARD in qualifier_keys(aboard) and ABOARD in qualifier_keys(carrying) and ABOARD not in qualifier_keys(survived)


def test_a_rivals_true_figure_is_a_value_of_the_quantity_the_other_speaker_gave():
    sentence = ("The coastguard has maintained that the boat was carrying about 150 people, while aid groups "
                "working with the 80 survivors say the true figure was closer to 200.")
    people = {"unit": "person", "measure": "people"}
    aboard = claim(sentence, "about 150", event="carry", claimant="The coastguard", article="guardian", **people)
    survivors = claim(sentence, "80", unit="survivor", measure="people", event="work", article="guardian")
    rival = claim(sentence, "200", unit="survivor", measure="people", event="say", claimant="aid groups", article="guardian")
    survived = claim("Eighty people survived, the coastguard said.", "Eighty", event="survive", claimant="the coastguard",
                     article="reuters", **people)
    survived = dataclasses.replace(survived, frame=dataclasses.replace(survived.frame, value=80.0, low=80.0, high=80.0))
    figures = match_claims([aboard, survivors, rival, survived])
    figure_of = {claim_id: figure for figure in figures for claim_id in figure.claim_ids}
    assert figure_of["guardian:200"] is figure_of["guardian:about 150"]
    assert figure_of["guardian:200"] is not figure_of["reuters:Eighty"]


@pytest.mark.parametrize(
    ("sentence", "linked"),
    [
        ("Organisers said 1.03 million marched, but police put the figure at 240,000.", True),
        ("Organisers said 1.03 million marched; the police said the real number was about 240,000.", True),
        # One speaker's two numbers, and a total that is no rival's figure.
        ("Police said 1.03 million marched and put the figure at 240,000 in the capital.", False),
        ("Organisers said 1.03 million marched, and police said 240,000 of them were in the capital.", False),
    ],
)
def test_only_a_rival_speakers_figure_restates_the_number_named_before(sentence, linked):
    from factcheck.matching.features import restatements

    first_speaker = "Organisers" if sentence.startswith("Organisers") else "Police"
    first = claim(sentence, "1.03 million", unit="person", measure="people", claimant=first_speaker)
    first = dataclasses.replace(first, frame=dataclasses.replace(first.frame, value=1030000.0, low=1030000.0, high=1030000.0))
    second = claim(sentence, "240,000", unit="person", measure="people", claimant="police" if first_speaker == "Organisers" else "Police")
    assert (restatements([first, second]) == {second.id: first.id}) is linked


@pytest.mark.parametrize(
    ("sentence", "number", "unit", "measure", "role"),
    [
        ("Lo said 22 police officers had been hurt.", "22", "police officer", "injured", POLICE),
        ("Police said three officers were injured.", "three", "officer", "injured", POLICE),
        ("At least 12 children died.", "12", "child", "killed", CHILDREN),
        # A toll of people, and officers who are not a toll.
        ("The Hospital Authority said 81 people had been injured.", "81", "person", "injured", None),
        ("More than 5,000 officers were deployed.", "5,000", "officer", "people", None),
    ],
)
def test_a_toll_of_one_kind_of_people_is_marked_as_such(sentence, number, unit, measure, role):
    marks = qualifier_keys(claim(sentence, number, unit=unit, measure=measure).frame) & {POLICE, CHILDREN}
    assert marks == ({role} if role else set())


def test_the_police_officers_hurt_are_not_the_people_injured():
    injured = {"measure": "injured", "event": "injure", "claimant": "The Hospital Authority"}
    figures = match_claims([
        claim("The Hospital Authority said 81 people had been injured in the clashes.", "81", unit="person", article="scmp", **injured),
        claim("Lo said 22 police officers had been hurt and 11 people had been arrested.", "22", unit="police officer",
              measure="injured", event="hurt", claimant="Lo", article="scmp2"),
        claim("Hong Kong's Hospital Authority said 79 people were treated for injuries.", "79", unit="person", article="ap", **injured),
    ])
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [["ap:79", "scmp:81"], ["scmp2:22"]]


def test_a_later_higher_count_of_the_missing_updates_an_earlier_one_but_a_lower_one_disputes_it():
    later = DAY + datetime.timedelta(days=3)
    rising = [position("junta", 30, "military government", measure="missing"), position("leader", 441, "min aung hlaing", measure="missing", published=later)]
    assert find_conflict(rising) == (False, "")
    falling = [position("governor", 1000, "governor josh green", measure="missing", low=1000), position("fbi", 388, "fbi", measure="missing", published=later)]
    assert find_conflict(falling)[0]


def test_another_count_of_another_kind_is_no_increment():
    text = "The toll rose to 1,644, and 3,408 people were injured. Another 139 people are missing."
    figures_of = {}
    killed = claim(text, "1,644", unit="person", measure="killed", event=None, article="bbc")
    injured = claim(text, "3,408", unit="person", measure="injured", event=None, article="bbc")
    missing = claim(text, "139", unit="person", measure="missing", event=None, article="bbc")
    earlier = claim("Officials said 30 people were missing.", "30", unit="person", measure="missing", event=None, article="ap")
    figures_of = {figure_id for figure in match_claims([killed, injured, missing, earlier]) for figure_id in [tuple(sorted(figure.claim_ids))]}
    assert ("ap:30", "bbc:139") in figures_of
    drones = "The Air Force said it shot down 74 drones. Another 14 drones were lost."
    shot = claim(drones, "74", article="kyiv")
    lost = claim(drones, "14", article="kyiv")
    assert len(match_claims([shot, lost])) == 2, "another count of the same kind adds to it"


def test_a_sum_said_to_be_additional_is_no_increment_of_another():
    extra = claim("The bill seeks to raise an additional 346 billion shillings in taxes.", "346 billion", unit="shilling", measure="money", event="raise")
    assert INCREMENT not in qualifier_keys(extra.frame)


def test_one_hospitals_patients_are_not_all_the_injured():
    hospital = claim("Kenyatta National Hospital said it had treated 160 people since Tuesday.", "160", unit="person", measure="injured",
                     event="treat", claimant="Kenyatta National Hospital", article="ap")
    commission = claim("The commission said about 300 people had been injured.", "300", unit="person", measure="injured",
                       event="injure", claimant="The commission", article="ap-2")
    assert "at:kenyatta national hospital" in qualifier_keys(hospital.frame)
    assert len(match_claims([hospital, commission])) == 2
    authority = claim("The Hospital Authority said it had treated 81 people.", "81", unit="person", measure="injured", event="treat",
                      claimant="The Hospital Authority")
    assert not any(key.startswith("at:") for key in qualifier_keys(authority.frame)), "an authority speaks for every hospital"


def test_a_rivals_sum_set_against_anothers_in_one_sentence_is_a_value_of_it():
    sentence = "Republicans say it will save $2.1tn over a decade; the Congressional Budget Office says $1.5tn."
    claimed = claim(sentence, "$2.1tn", unit="dollar", measure="money", event="save", claimant="Republicans", article="bbc")
    scored = claim(sentence, "$1.5tn", unit="dollar", measure="money", event="say", claimant="the Congressional Budget Office", article="bbc")
    others = [
        claim("Defense spending rises to $886bn.", "$886bn", unit="dollar", measure="money", event="rise", article="reuters"),
        claim("The deal suspends the $31.4tn debt ceiling.", "$31.4tn", unit="dollar", measure="money", event="suspend", article="ap"),
    ]
    figures = [figure for figure in match_claims([claimed, scored, *others]) if "bbc:$2.1tn" in figure.claim_ids]
    assert sorted(figures[0].claim_ids) == ["bbc:$1.5tn", "bbc:$2.1tn"] and figures[0].conflict
    alone = dataclasses.replace(scored, frame=dataclasses.replace(scored.frame, sentence=sentence.replace(";", " and"), claimant=None))
    assert len(match_claims([claimed, alone, *others])) == 4, "a sum of nothing in no one's mouth stays apart"


def test_votes_for_and_against_and_the_tallies_of_two_votes_are_apart():
    from factcheck.matching.features import VOTES_AGAINST, VOTES_FOR

    def votes(sentence, number, article, published=DAY):
        return claim(sentence, number, unit="vote", measure="other", event="pass", article=article, published=published)

    house = "The House passed the bill on Wednesday night by 314 votes to 117."
    senate = "The bill passed by 63 votes to 36 on Thursday night."
    assert VOTES_FOR in qualifier_keys(votes(house, "314", "g").frame)
    assert VOTES_AGAINST in qualifier_keys(votes(house, "117", "g").frame)
    figures = match_claims([
        votes(house, "314", "guardian"), votes(house, "117", "guardian"),
        votes(senate, "63", "bbc", DAY + datetime.timedelta(days=1)), votes(senate, "36", "bbc", DAY + datetime.timedelta(days=1)),
        votes("It had been passed by parliament with 314 votes.", "314", "aj", DAY + datetime.timedelta(days=2)),
    ])
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [["aj:314", "guardian:314"], ["bbc:36"], ["bbc:63"], ["guardian:117"]]
    assert not any(figure.conflict for figure in figures)


def test_the_figure_a_revision_replaces_is_history_not_a_rival():
    sentence = "The department raised its estimate of the fish killed to about 43,700, from 3,500 last week."
    fish = dict(unit="fish", measure="other", event="kill")
    figures = match_claims([
        claim(sentence, "43,700", claimant="The department", article="guardian", **fish),
        claim(sentence, "3,500", claimant="The department", article="guardian", **fish),
        claim("State officials say about 43,700 fish died.", "43,700", claimant="State officials", article="bbc", **{**fish, "event": "die"}),
    ])
    assert len(figures) == 1 and not figures[0].conflict
    assert figures[0].timeline_ids == ["guardian:3,500", "guardian:43,700"]


def test_parts_of_two_wholes_and_cars_with_two_cargoes_are_apart():
    cars = dict(unit="car", measure="other", event="carry")
    on_train = claim("Norfolk Southern said 20 of the train's cars were carrying hazardous materials.", "20", claimant="Norfolk Southern", article="ap", **cars)
    # (Figures in digits: the helper reads no number words, and two of them would be one value.)
    derailed = claim("11 of the derailed cars were carrying hazardous materials, the board said.", "11", claimant="the board", article="guardian", **cars)
    chloride = claim("Investigators say 38 cars left the tracks, 5 of them carrying vinyl chloride.", "5", claimant="Investigators", article="bbc", **cars)
    assert {key for key in qualifier_keys(on_train.frame) if ":" in key} == {"of:train", "what:material"}
    assert {key for key in qualifier_keys(derailed.frame) if ":" in key} == {"of:derailed", "what:material"}
    assert "what:chloride" in qualifier_keys(chloride.frame)
    figures = match_claims([on_train, derailed, chloride])
    assert len(figures) == 3 and not any(figure.conflict for figure in figures)


def test_a_countrys_total_after_a_count_of_one_place_in_the_same_article_is_another_figure():
    people = dict(unit="person", measure="people", event="join")
    local = claim("District officials estimated that 500,000 people joined the march.", "500,000", claimant="District officials", article="wp", **people)
    nationwide = claim("Across the country, political scientists put the total at more than 3 million.", "3 million",
                       claimant="political scientists", article="wp", **{**people, "event": "put"})
    nationwide = dataclasses.replace(nationwide, frame=dataclasses.replace(
        nationwide.frame, start=200, end=209, sentence_start=200 - nationwide.frame.start, value=3e6, low=3e6, high=None,
    ))
    elsewhere = claim("About 500,000 people marched in Washington, city officials said.", "500,000", claimant="city officials", article="bbc", **people)
    figures = match_claims([local, nationwide, elsewhere])
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [["bbc:500,000", "wp:500,000"], ["wp:3 million"]]
    assert not any(figure.conflict for figure in figures)


def test_two_years_compared_in_one_sentence_are_two_figures_though_set_against_each_other():
    # "The government aims to narrow its fiscal deficit to 5.9% of gross domestic product in
    # 2023/24, from 6.4% in the current year": "from" sets the two against each other, but
    # their years differ. Read in the India budget story, whose other claims weigh its names.
    from factcheck.evaluation import load_corpus, story_claim_refs

    (story,) = [story for story in load_corpus() if story.name == "india-union-budget-2023"]
    refs, _ = story_claim_refs(story)
    figure_of = {claim_id: index for index, figure in enumerate(match_claims(refs)) for claim_id in figure.claim_ids}
    sentence_claims = [ref.id for ref in refs if "from 6.4% in the current year" in (ref.frame.sentence or "") and ref.article == "reuters"]
    next_year, this_year = sorted(sentence_claims, key=lambda claim_id: int(claim_id.split(":")[1]))[:2]
    assert figure_of[next_year] != figure_of[this_year]


@pytest.mark.parametrize(
    ("sentence", "number", "unit"),
    [
        ("Officials said 19 foreigners were among the dead.", "19", "foreigner"),
        ("The ministry said 26 of the dead were foreign nationals, from 14 countries.", "26", "dead"),
        ("It said that 26 of the dead were foreigners.", "26", "dead"),
    ],
)
def test_the_foreign_dead_are_a_count_of_their_own(sentence, number, unit):
    keys = qualifier_keys(claim(sentence, number, unit=unit, measure="killed", event=None).frame)
    assert FOREIGN in keys
    assert PART not in keys, "the role already makes it a part of the dead"


def test_the_foreign_dead_and_all_the_dead_are_two_figures():
    claims = [
        claim("At least 151 people were killed, fire officials said.", "151", unit="person", measure="killed", event="kill", article="r"),
        claim("Officials said 19 foreigners were among the dead.", "19", unit="foreigner", measure="killed", event=None, article="r2"),
        claim("The ministry said 26 of the dead were foreign nationals.", "26", unit="dead", measure="killed", event=None, article="ap"),
    ]
    assert sorted(sorted(figure.claim_ids) for figure in match_claims(claims)) == [["ap:26", "r2:19"], ["r:151"]]


def test_a_count_a_report_calls_earlier_is_outdated_wherever_it_stands():
    def said(speaker, value, *, report, earlier=False, measure="killed"):
        return Position(
            claim_id=f"{report}:{value}", low=value, high=value, value=value, measure=measure, speaker=speaker,
            report=report, published=DAY, text=str(value), outlet=report, sentence=(report, value), earlier=earlier,
            event="march" if measure == "people" else None,
        )

    ministry = said("ministry", 26, report="ap")
    reuters = said("reuters:officials", 19, report="reuters")
    assert find_conflict([ministry, reuters])[0], "two counts of one day, nothing says which came first"
    told_earlier = said("ap:officials", 19, report="ap", earlier=True)
    assert not find_conflict([ministry, told_earlier, reuters])[0], "AP says 19 was the count earlier in the day"
    crowd = [
        said("organisers", 1000, report="h", measure="people"), said("police", 240, report="k", measure="people"),
        said("police", 240, report="g", earlier=True, measure="people"),
    ]
    assert find_conflict(crowd)[0], "a crowd's count does not only grow: an earlier word is no update"


def test_offers_of_each_side_and_the_demand_are_figures_of_their_own():
    def percent(sentence, number, *, event, claimant=None, qualifiers=(), article="a", published=DAY):
        ref = claim(sentence, number, unit="percent", measure="percent", event=event, claimant=claimant, article=article, published=published)
        # (The parse gives every number of the list the names the verb's clause holds.)
        scope = ("GM", "Stellantis") if "offered" in sentence else ()
        return dataclasses.replace(ref, frame=dataclasses.replace(ref.frame, qualifiers=tuple(qualifiers), scope=scope))

    offers = "Ford has offered a 20% raise, GM 20% and Stellantis 21%."
    claims = [
        percent("The union is seeking a 40% pay rise over four years.", "40%", event="seek", article="r1"),
        percent(offers, "20%", event="offer", qualifiers=["Ford"], article="r2"),
        dataclasses.replace(percent(offers, "21%", event="offer", qualifiers=["Stellantis"], article="r2"), id="r2:stellantis"),
        percent("GM has offered a 20% raise.", "20%", event="offer", qualifiers=["GM"], article="r3"),
        percent("Ford said it had raised its offer to a 23% general wage increase.", "23%", event="raise", claimant="Ford", article="ap",
                published=DAY + datetime.timedelta(days=14)),
    ]
    keys = {ref.id: qualifier_keys(ref.frame) for ref in claims}
    assert DEMAND in keys["r1:40%"] and OFFER in keys["r2:20%"] and OFFER in keys["ap:23%"]
    assert "by:ford" in keys["ap:23%"], "a named speaker's own offer is that speaker's"
    figures = sorted(sorted(figure.claim_ids) for figure in match_claims(claims))
    assert figures == [["ap:23%", "r2:20%"], ["r1:40%"], ["r2:stellantis"], ["r3:20%"]]


def test_what_a_strike_cost_one_company_is_not_what_it_cost_the_economy():
    def cost(sentence, number, value, claimant, article):
        ref = claim(sentence, number, unit="dollar", measure="money", event="cost", claimant=claimant, article=article)
        return dataclasses.replace(ref, frame=dataclasses.replace(ref.frame, value=value, low=value, high=value))

    ford = cost("Ford said the strike had cost it about $1.3bn in lost production.", "about $1.3bn", 1.3e9, "Ford", "bbc")
    economy = cost("The group estimated the strike had cost the US economy $3.5 billion.", "$3.5 billion", 3.5e9, "The group", "ap")
    total = cost("The group estimated that the total cost to the US economy had reached $9.3bn.", "$9.3bn", 9.3e9, "The group", "bbc-2")
    assert recipient_key(ford.frame) == "ford" and recipient_key(economy.frame) == recipient_key(total.frame) == "economy"
    figures = match_claims([ford, economy, total])
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [["ap:$3.5 billion", "bbc-2:$9.3bn"], ["bbc:about $1.3bn"]]
    assert not any(figure.conflict for figure in figures)


def test_a_running_total_grows_across_reports_and_what_was_added_is_apart():
    def workers(sentence, number, *, published, article, event=None):
        ref = claim(sentence, number, unit="worker", measure="people", event=event, article=article, published=published)
        return dataclasses.replace(ref, frame=dataclasses.replace(ref.frame, qualifiers=("UAW",)))

    first = workers("About 12,700 workers walked off the job on Friday, the union said.", "12,700", published=DAY, article="r", event="walk")
    widened = "The union expanded its strike, adding 7,000 workers and bringing the total on strike to about 25,000."
    added = workers(widened, "7,000", published=DAY + datetime.timedelta(days=14), article="ap", event="add")
    total = workers(widened, "25,000", published=DAY + datetime.timedelta(days=14), article="ap", event="bring")
    assert running_total(total.frame) and not running_total(first.frame)
    assert INCREMENT in qualifier_keys(added.frame)
    figures = match_claims([first, added, total])
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [["ap:25,000", "r:12,700"], ["ap:7,000"]]
    assert not any(figure.conflict for figure in figures), "a total that grew is an update"


def test_an_exit_polls_seats_are_held_against_the_declared_seats_of_the_same_party():
    def seats(sentence, number, *, article, published=DAY):
        ref = claim(sentence, number, unit="seat", measure="other", event="win", article=article, published=published)
        value = {"five": 5.0}.get(number, ref.frame.value)
        return dataclasses.replace(ref, frame=dataclasses.replace(ref.frame, value=value, low=value, high=value))

    poll = "The exit poll puts Reform UK on 13 seats and the Conservatives on 131."
    claims = [
        seats(poll, "131", article="bbc"),
        dataclasses.replace(seats(poll, "13", article="bbc"), id="bbc:reform"),
        seats("The Conservatives won 121 seats, the worst result in their history.", "121", article="reuters"),
        seats("Nigel Farage's Reform UK won five.", "five", article="reuters-2"),
        seats("Labour won 412 of the 650 seats.", "650", article="reuters-3"),
    ]
    assert holder_key(claims[0].frame) == "for:conservatives" and holder_key(claims[3].frame) == "for:reform uk"
    assert projected(claims[0].frame) and not projected(claims[2].frame)
    assert holder_key(claims[4].frame) is None, "the whole house is no party's"
    figures = match_claims(claims)
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [
        ["bbc:131", "reuters:121"], ["bbc:reform", "reuters-2:five"], ["reuters-3:650"],
    ]
    assert all(figure.conflict for figure in figures if len(figure.claim_ids) == 2), "the poll was wrong about both"
    declared = [seats("The Conservatives won 121 seats.", "121", article="a"), seats("The Conservatives won 131 seats.", "131", article="b")]
    assert len(match_claims(declared)) == 2, "two counts of record that differ are two counts"


def test_the_number_a_figure_was_revised_from_goes_with_it_unless_it_is_of_another_year():
    def percent(sentence, number, *, event, claimant=None, article="a", published=DAY):
        return claim(sentence, number, unit="percent", measure="percent", event=event, claimant=claimant, article=article, published=published)

    raised = "Ford said it had raised its offer to a 23% general wage increase over four years, from 20%."
    claims = [
        percent("The union is seeking a 40% pay rise.", "40%", event="seek", article="r"),
        percent(raised, "23%", event="raise", claimant="Ford", article="ap"),
        percent(raised, "20%", event="raise", claimant="Ford", article="ap"),
    ]
    figures = sorted(sorted(figure.claim_ids) for figure in match_claims(claims))
    assert figures == [["ap:20%", "ap:23%"], ["r:40%"]]
    (offer,) = [figure for figure in match_claims(claims) if "ap:23%" in figure.claim_ids]
    assert not offer.conflict, "one speaker's offer, raised"
    years = "The deficit will fall to 5.9% of GDP in 2023/24, from 6.4% in the current year."
    deficits = [percent(years, "5.9%", event="fall", article="b"), percent(years, "6.4%", event="fall", article="b")]
    assert len(match_claims(deficits)) == 2, "two years' deficits compared"


def test_a_toll_with_a_place_of_its_own_is_that_places_toll_not_a_part_mark():
    keys = qualifier_keys(claim("The toll rose to 205, with 202 of the dead in the Valencia region.", "202", unit="dead", measure="killed", event=None).frame)
    assert PART in keys, "the frame has no place of its own here"
    placed = claim("The toll rose to 205, with 202 of the dead in the Valencia region.", "202", unit="dead", measure="killed", event=None)
    placed = dataclasses.replace(placed, frame=dataclasses.replace(placed.frame, qualifiers=("Valencia",)))
    assert PART not in qualifier_keys(placed.frame) and "valencia" in qualifier_keys(placed.frame)
    sentence = "The toll has risen to 217, of whom 211 died in the Valencia region."
    scoped = claim(sentence, "211", unit="person", measure="killed", event="die")
    assert PART in qualifier_keys(scoped.frame)
    scoped = dataclasses.replace(scoped, frame=dataclasses.replace(scoped.frame, scope=("Valencia",)))
    assert PART not in qualifier_keys(scoped.frame), "a place in its clause says which part it is"


def test_a_crowd_with_a_place_of_its_own_is_that_places_crowd_but_a_share_of_members_stays_a_part():
    people = {"unit": "person", "measure": "people", "event": None}
    sentence = "A count put the number who gathered nationwide at about 250,000, including 160,000 in Tel Aviv."
    included = claim(sentence, "160,000", claimant="Crowd Solutions", **people)
    assert PART in qualifier_keys(included.frame), "the sentence alone: a part of the nationwide count"
    included = dataclasses.replace(included, frame=dataclasses.replace(included.frame, scope=("Tel Aviv",), event="gather"))
    organisers = claim("The organisers said 240,000 gathered in Tel Aviv.", "240,000", article="b", claimant="The organisers", **people)
    organisers = dataclasses.replace(organisers, frame=dataclasses.replace(organisers.frame, event="gather"))
    organisers = dataclasses.replace(organisers, frame=dataclasses.replace(organisers.frame, scope=("Tel Aviv",)))
    (figure,) = match_claims([included, organisers])
    assert figure.conflict, "Tel Aviv's crowd, counted by two"
    members = claim("Some 45,000 of the union's 150,000 members work at Ford.", "45,000", **people)
    members = dataclasses.replace(members, frame=dataclasses.replace(members.frame, qualifiers=("Ford",)))
    assert PART in qualifier_keys(members.frame), "of the union's members: a part, whoever employs them"


@pytest.mark.parametrize(
    ("sentence", "number", "striking"),
    [
        ("About 12,700 workers walked off the job at three plants, the union said.", "12,700", True),
        ("The union widened its strike, bringing the total on strike to about 25,000.", "25,000", True),
        ("At its height, the walkout involved about 45,000 of the union's roughly 150,000 members.", "45,000", True),
        ("At its height, the walkout involved about 45,000 of the union's roughly 150,000 members.", "150,000", False),
        ("The three companies employ about 146,000 UAW members.", "146,000", False),
        ("GM has laid off 2,000 workers at its plant in Fairfax, because of a lack of parts from the striking plant.", "2,000", False),
        ("Ford said it would lay off about 600 workers who had not been called out on strike.", "600", False),
    ],
)
def test_workers_on_strike_are_a_count_of_their_own_beside_the_members(sentence, number, striking):
    keys = qualifier_keys(claim(sentence, number, unit="worker", measure="people", event=None).frame)
    assert (ON_STRIKE in keys) is striking
    if striking:
        assert PART not in keys, "being on strike already says they are some of the members"


def test_the_strikers_and_the_members_are_two_figures():
    strikers = claim("The walkout raised the number of UAW members on strike to more than 33,000.", "33,000", unit="member", measure="people", event="raise", article="freep")
    members = claim("The three companies employ about 146,000 UAW members.", "146,000", unit="member", measure="people", event="employ", article="reuters")
    assert len(match_claims([strikers, members])) == 2


def test_a_share_of_the_vote_named_before_the_number_is_the_partys_and_its_subject_is_the_vote():
    share = claim("Labour's majority of 174 was built on a share of the vote of just 33.7%.", "33.7%", unit="percent", measure="percent", event=None)
    assert holder_key(share.frame) == "for:labour"
    reform = claim("Reform UK took about 14% of the vote but only five seats.", "14%", unit="percent", measure="percent", event="take")
    assert "what:vote" in qualifier_keys(reform.frame) and holder_key(reform.frame) == "for:reform uk"
