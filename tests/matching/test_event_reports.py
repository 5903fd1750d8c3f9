"""What reports of one disaster over several days say about which numbers are one quantity:
its magnitude and depth, distances, tolls of earlier events, parts of a toll, and counts too
far apart in scale to be a dispute (the lessons of the Morocco earthquake story)."""

import dataclasses
import datetime

import pytest

from factcheck.extraction import ClaimFrame
from factcheck.matching import ClaimRef, match_claims
from factcheck.matching.conflicts import Position, apart_in_scale, conflicting, slack_of
from factcheck.matching.features import AFTERSHOCK, CHILDREN, DEPTH, PART, POPULATION, counted_unit, event_class, qualifier_keys, story_scopes

DAY = datetime.date(2023, 9, 9)


def ref(sentence, text, value, *, unit="person", measure="killed", claimant=None, event=None, scope=(), qualifiers=(),
        article="a", published=DAY, hedge="exact", sentence_start=0):
    at = sentence.index(text)
    frame = ClaimFrame(
        start=sentence_start + at, end=sentence_start + at + len(text), text=text, value=value, low=value, high=value,
        hedge=hedge, unit=unit, measure=measure, claimant=claimant, sentence=sentence, sentence_start=sentence_start,
        event=event, scope=tuple(scope), qualifiers=tuple(qualifiers),
    )
    return ClaimRef(id=f"{article}:{text}", frame=frame, article=article, outlet=article, published=published)


def groups(figures):
    return sorted(sorted(figure.claim_ids) for figure in figures)


def test_teams_from_several_countries_do_not_make_a_toll_the_whole_of_them():
    toll = ref("Rescue teams from Spain, the UK and Qatar have joined the search after a quake that has killed more than 2,100.",
               "more than 2,100", 2100, article="bbc")
    spain = ref("Spain said it was sending 56 military rescuers.", "56", 56, unit="rescuer", measure="people", scope=["Spain"], article="ap")
    uk = ref("The UK sent 60 specialists.", "60", 60, unit="specialist", measure="people", scope=["UK"], article="uk")
    qatar = ref("Qatar sent 87 rescuers.", "87", 87, unit="rescuer", measure="people", scope=["Qatar"], article="qa")
    assert story_scopes([toll, spain, uk, qatar])[toll.id] == frozenset()


def test_the_country_of_the_event_does_not_set_its_toll_apart():
    said = ref("Morocco's earthquake death toll has climbed to 2,862.", "2,862", 2862, qualifiers=["Morocco"], event="climb")
    assert "morocco" not in qualifier_keys(said.frame)
    other = ref("Morocco's toll from the floods has climbed to 28.", "28", 28, qualifiers=["Morocco"], event="climb")
    assert "morocco" in qualifier_keys(other.frame), "'Morocco's toll' alone says nothing of the event"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "mark"),
    [
        ("Villagers said at least 68 of its roughly 100 residents had been killed.", "at least 68", 68, "resident", PART),
        ("Villagers said at least 68 of its roughly 100 residents had been killed.", "roughly 100", 100, "resident", POPULATION),
        ("UNICEF estimated that 100,000 women were among them.", "100,000", 100000, "woman", PART),
        # (A role already makes the count a part: children among the dead are the children killed.)
        ("UNICEF estimated that 100,000 children were among them.", "100,000", 100000, "child", CHILDREN),
    ],
)
def test_parts_of_a_toll_and_the_people_of_a_place_are_marked(sentence, text, value, unit, mark):
    assert mark in qualifier_keys(ref(sentence, text, value, unit=unit).frame)


def test_the_toll_of_an_earlier_disaster_named_for_comparison_is_not_this_ones():
    claims = [
        ref("The interior ministry said 2,012 people had been killed.", "2,012", 2012, claimant="The interior ministry", article="ap"),
        ref("The quake was the deadliest since 1960, when an earthquake near Agadir killed an estimated 12,000 people.",
            "an estimated 12,000", 12000, article="ap", sentence_start=100),
        ref("The ministry said 2,122 people had died.", "2,122", 2122, claimant="the ministry", article="bbc", published=DAY + datetime.timedelta(days=2)),
    ]
    assert groups(match_claims(claims)) == [["ap:2,012", "bbc:2,122"], ["ap:an estimated 12,000"]]


def magnitude(sentence, text, value, **fields):
    return ref(sentence, text, value, unit="magnitude", measure="other", **fields)


def test_a_quakes_magnitude_is_one_figure_whenever_reported_and_its_aftershock_another():
    later = DAY + datetime.timedelta(days=4)
    claims = [
        magnitude("The magnitude 6.8 quake hit shortly after 11 p.m. Friday.", "6.8", 6.8, event="hit", article="ap"),
        magnitude("An aftershock of magnitude 4.9 followed 19 minutes later.", "4.9", 4.9, event="follow", article="reuters"),
        magnitude("Morocco's geophysics institute put the magnitude at 7.0.", "7.0", 7.0, event="put",
                  claimant="Morocco's geophysics institute", article="reuters", sentence_start=100),
        magnitude("The US Geological Survey measured the quake at magnitude 6.8.", "6.8", 6.8, event="measure",
                  claimant="The US Geological Survey", article="aj", published=later),
    ]
    assert AFTERSHOCK in qualifier_keys(claims[1].frame)
    figures = match_claims(claims)
    assert groups(figures) == [["aj:6.8", "ap:6.8", "reuters:7.0"], ["reuters:4.9"]]
    quake = next(figure for figure in figures if "ap:6.8" in figure.claim_ids)
    assert quake.conflict, "6.8 and 7.0, each said to a tenth, cannot both be right"


def test_a_number_said_to_a_tenth_is_rounded_to_a_tenth_even_when_whole():
    def position(text, value):
        return Position(claim_id=text, low=value, high=value, value=value, measure="other", speaker="s", report="r", published=DAY, text=text, outlet="")

    assert slack_of(position("7.0", 7.0)) == pytest.approx(0.05)
    assert slack_of(position("7", 7.0)) == pytest.approx(0.5)
    assert slack_of(position("$1.5 billion", 1.5e9)) == pytest.approx(0.05e9)


def distance(sentence, text, value, *, unit="kilometre", **fields):
    return ref(sentence, text, value, unit=unit, measure="distance", **fields)


def test_a_depth_and_a_distance_in_another_unit_are_told_apart_and_together():
    sentence = "The quake struck at a depth of 18.5 km, about 72 km (45 miles) southwest of Marrakech."
    depth = distance(sentence, "18.5", 18.5, event="strike", scope=["Marrakech"], article="reuters")
    km = distance(sentence, "about 72", 72, event="strike", scope=["Marrakech"], article="reuters")
    miles = distance(sentence, "45", 45, unit="mile", event="strike", scope=["Marrakech"], article="reuters")
    ap = distance("Its epicenter was about 70 kilometers southwest of Marrakech.", "about 70", 70, scope=["Marrakech"], article="ap")
    assert DEPTH in qualifier_keys(depth.frame) and DEPTH not in qualifier_keys(km.frame)
    assert groups(match_claims([depth, km, miles, ap])) == [["ap:about 70", "reuters:45", "reuters:about 72"], ["reuters:18.5"]]


def test_distances_of_two_villages_from_one_city_are_no_dispute():
    brahim = distance("In the village of Moulay Brahim, some 45 km south of Marrakech, homes collapsed.", "some 45", 45,
                      qualifiers=["Marrakech"], article="reuters")
    amizmiz = distance("Survivors in Amizmiz, 55km south of Marrakech, said aid was slow.", "55", 55, qualifiers=["Marrakech"], article="aj")
    assert qualifier_keys(brahim.frame) == {"at:moulay brahim"} and qualifier_keys(amizmiz.frame) == {"at:amizmiz"}
    assert not any(figure.conflict for figure in match_claims([brahim, amizmiz]))


def test_counts_a_hundred_times_apart_are_a_part_and_a_whole_not_a_dispute():
    def position(value, speaker, report):
        return Position(claim_id=speaker, low=value, high=value, value=value, measure="injured", speaker=speaker, report=report,
                        published=DAY, text=str(value), outlet="")

    assert apart_in_scale(position(2, "local media", "g"), position(1204, "the ministry", "r"))
    assert not conflicting(position(2, "local media", "g"), position(1204, "the ministry", "r"))
    assert conflicting(position(0, "the pentagon", "a"), position(80, "state television", "b")), "a zero is still disputed"
    assert conflicting(position(30, "police", "a"), position(300, "organisers", "b"))


@pytest.mark.parametrize(("joining", "one_figure"), [("though", True), ("and", False)])
def test_though_sets_two_values_of_one_sentence_against_each_other(joining, one_figure):
    sentence = f"The USGS measured the quake at magnitude 6.8, {joining} another reading was 7.0."
    first = magnitude(sentence, "6.8", 6.8, event="measure", article="aj")
    second = dataclasses.replace(magnitude(sentence, "7.0", 7.0, event="be", article="aj"), id="aj:second")
    assert (len(match_claims([first, second])) == 1) is one_figure


def test_a_speed_given_again_in_another_unit_is_one_figure_but_a_part_in_brackets_is_not():
    sentence = "Otis made landfall with winds of 165 mph (270 kph), forecasters said."
    mph = ref(sentence, "165", 165, unit="mph", measure="other", article="ap")
    kph = ref(sentence, "270", 270, unit="kmph", measure="other", article="ap")
    guardian = ref("Otis struck with winds of 165mph.", "165mph", 165, unit="mph", measure="other", article="guardian")
    assert groups(match_claims([mph, kph, guardian])) == [["ap:165", "ap:270", "guardian:165mph"]]
    toll = "At least 80 people (12 children) died."
    people = ref(toll, "80", 80, article="b")
    children = ref(toll, "12", 12, unit="child", article="b")
    assert len(match_claims([people, children])) == 2


def test_people_detained_charged_or_signing_are_counts_of_their_own():
    def people(sentence, text, value, event, article):
        return ref(sentence, text, value, measure="people", event=event, article=article)

    detained = people("Police said they had detained 22 people during the day.", "22", 22, "detain", "reuters")
    again = people("Dacic said 22 people had been detained.", "22", 22, "detain", "balkan")
    charged = people("Thirteen people have been charged over the collapse.", "Thirteen", 13, "charge", "guardian")
    assert groups(match_claims([detained, again, charged])) == [["balkan:22", "reuters:22"], ["guardian:Thirteen"]]
    crowd = people("Serbian authorities said 107,000 people attended.", "107,000", 107_000, "attend", "ap")
    petition = people("More than 4,000 people had signed a petition by Monday.", "4,000", 4_000, "sign", "guardian")
    assert len(match_claims([crowd, petition])) == 2


def test_troops_sent_deployed_and_at_work_are_one_figure_whose_rise_is_an_update():
    def troops(sentence, text, value, event, article, day):
        return ref(sentence, text, value, unit="soldier", measure="people", event=event, article=article,
                   published=DAY + datetime.timedelta(days=day), claimant=article)

    figures = match_claims([
        troops("Some 8,000 soldiers had been sent to help clear roads.", "8,000", 8_000, "send", "president", 0),
        troops("10,000 soldiers were now deployed in the area.", "10,000", 10_000, "deploy", "minister", 2),
        troops("About 17,000 troops are now working in Acapulco.", "17,000", 17_000, "work", "ministry", 5),
    ])
    assert len(figures) == 1 and not figures[0].conflict
    salvo = ref("Iran sent 30 drones.", "30", 30, unit="drone", measure="weapons", event="send")
    fired = ref("Iran fired 30 drones at the port.", "30", 30, unit="drone", measure="weapons", event="fire", article="b")
    assert len(match_claims([salvo, fired])) == 1, "weapons sent are weapons launched"


def test_people_counted_by_their_rides_are_the_systems_trips():
    friday = datetime.date(2017, 1, 20)
    spicer = "Spicer said 420,000 people had used the Washington Metro on Friday."
    white_house = "The White House said 420,000 people rode the Metro on inauguration day."
    metro = "Metro counted 570,557 trips on Friday."
    march = "District officials said 500,000 people joined the march on Friday."
    shelters = "Officials said 2,000 people used the shelters on Friday."
    claims = [
        ref(spicer, "420,000", 420000, measure="people", event="use", claimant="Spicer", scope=["Washington Metro"], article="r", published=friday),
        ref(white_house, "420,000", 420000, measure="people", event="ride", claimant="The White House", scope=["Metro"], article="b", published=friday),
        ref(metro, "570,557", 570557, unit="trip", measure="other", event="count", claimant="Metro", article="w", published=friday),
        ref(march, "500,000", 500000, measure="people", event="join", claimant="District officials", article="m", published=friday),
        ref(shelters, "2,000", 2000, measure="people", event="use", claimant="Officials", article="s", published=friday),
    ]
    figures = match_claims(claims)
    assert groups(figures) == [["b:420,000", "r:420,000", "w:570,557"], ["m:500,000"], ["s:2,000"]]
    (rides,) = [figure for figure in figures if "w:570,557" in figure.claim_ids]
    assert rides.conflict, "the press secretary's riders are held against the transit agency's trips"


def test_people_who_got_off_at_a_station_are_its_passengers_not_the_crowd():
    riders = ref("Data showed that more than 130,000 people got off at Itaewon station on Saturday.", "130,000", 130000, measure="people", event="get")
    crowd = ref("About 100,000 people were estimated to have gathered in Itaewon on Saturday.", "100,000", 100000, measure="people", event="gather", article="b")
    assert counted_unit(riders.frame) == "trip" and counted_unit(crowd.frame) == "person"
    assert len(match_claims([riders, crowd])) == 2


def test_a_share_of_a_year_long_past_is_not_this_years():
    election = datetime.date(2024, 7, 5)
    sentence = "Turnout was 59.7%, down from 67.3% in 2019."
    claims = [
        ref(sentence, "59.7%", 59.7, unit="percent", measure="percent", article="r", published=election),
        ref(sentence, "67.3%", 67.3, unit="percent", measure="percent", article="r", published=election),
        ref("Turnout was about 60%, according to provisional figures.", "about 60%", 60, unit="percent", measure="percent",
            article="g", published=election + datetime.timedelta(days=1)),
    ]
    assert groups(match_claims(claims)) == [["g:about 60%", "r:59.7%"], ["r:67.3%"]]


def test_the_train_and_its_derailed_cars_of_one_derailment():
    friday, weeks_on = datetime.date(2023, 2, 5), datetime.date(2023, 2, 23)
    cars = {"unit": "car", "measure": "other"}
    claims = [
        ref("About 50 cars of a Norfolk Southern freight train derailed late on Friday in East Palestine.", "About 50", 50,
            event="derail", claimant="officials", article="r", published=friday, scope=["East Palestine"],
            qualifiers=["Norfolk Southern"], **cars),
        ref("The train was hauling about 150 cars.", "about 150", 150, event="haul", article="r2", published=friday, **cars),
        ref("The board said 38 cars derailed.", "38", 38, event="derail", claimant="The board", article="g", published=weeks_on, **cars),
        ref("The train, of 149 cars, was travelling at 47mph.", "149", 149, event="consist", article="g2", published=weeks_on, **cars),
    ]
    figures = match_claims(claims)
    assert groups(figures) == [["g2:149", "r2:about 150"], ["g:38", "r:About 50"]]
    (derailed,) = [figure for figure in figures if "g:38" in figure.claim_ids]
    assert derailed.conflict, "the early 'about 50' against the safety board's 38, weeks on"
    assert event_class("consist", "other") == event_class("haul", "other"), "what a train is made of is what it hauls"
