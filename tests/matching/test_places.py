"""What a claim's sentence says about its place: the whole event or one place, the country
"in the country" means, a part named beside its whole, and places within places."""

import dataclasses
import datetime

import pytest

from factcheck.extraction import ClaimFrame
from factcheck.matching import ClaimRef, match_claims
from factcheck.matching.features import WHOLE, claim_scope, claimant_country, nested_places, qualifier_keys, story_scopes, sub_area

DAY = datetime.date(2023, 2, 8)


def toll(sentence, number, *, scope=(), qualifiers=(), claimant=None, article="a", sentence_start=0, published=DAY):
    """A toll claim for `number` as it stands in `sentence`."""
    at = sentence.index(number)
    value = float(number.replace(",", ""))
    frame = ClaimFrame(
        start=sentence_start + at, end=sentence_start + at + len(number), text=number, value=value, low=value, high=value,
        hedge="exact", unit="person", measure="killed", claimant=claimant, sentence=sentence, sentence_start=sentence_start,
        event="kill", scope=tuple(scope), qualifiers=tuple(qualifiers),
    )
    return ClaimRef(id=f"{article}:{number}", frame=frame, article=article, outlet=article, published=published)


def test_words_of_the_whole_make_a_combined_figure():
    assert claim_scope(toll("Officials said 5,894 people had died, bringing the combined toll to 7,400.", "7,400").frame) == {WHOLE}
    assert claim_scope(toll("The ministry counted 1.1 million demonstrators nationwide.", "1.1").frame) == {WHOLE}
    combined_word_before_the_next_number = toll("In Turkey, officials said 5,894 people had died, bringing the combined toll to 7,400.", "5,894", scope=["Turkey"])
    assert claim_scope(combined_word_before_the_next_number.frame) == {"turkey"}


def test_two_places_joined_are_the_whole_but_a_place_and_its_people_are_not():
    sentence = "The death toll from the earthquake in Turkey and Syria has passed 21,000."
    assert claim_scope(toll(sentence, "21,000", scope=["Turkey"]).frame, {"turkey", "syria"}) == {WHOLE}
    sentence = "Officials said 5,000 US troops remain in Iraq."
    assert claim_scope(toll(sentence, "5,000", scope=["US", "Iraq"]).frame, {"united states", "iraq"}) == {"united states", "iraq"}


def test_the_country_is_the_claimants_and_a_framing_place_counts():
    said = toll("Turkey's disaster agency said 31,643 people had been killed in the country.", "31,643", claimant="Turkey's disaster agency")
    assert claim_scope(said.frame) == {"turkey"}
    framed = toll("In Paris, the police counted 119,000 people.", "119,000", claimant="the police")
    assert claim_scope(framed.frame) == {"paris"}
    no_country = toll("The agency said 31,643 people had been killed in the country.", "31,643", claimant="the agency")
    assert claim_scope(no_country.frame) == frozenset()


def test_a_part_keeps_its_place_to_itself():
    def crowd(ref):
        return dataclasses.replace(ref, frame=dataclasses.replace(ref.frame, measure="people", event="march"))

    sentence = "The ministry counted 1,089 demonstrators, including 119 in Paris."
    whole = crowd(toll(sentence, "1,089", scope=["Paris"]))
    part = crowd(toll(sentence, "119", scope=["Paris"], qualifiers=["Paris"]))
    scopes = story_scopes([whole, part])
    assert scopes[whole.id] == frozenset() and scopes[part.id] == {"paris"}


def test_a_toll_a_places_toll_is_said_to_be_part_of_is_the_whole():
    sentence = "The toll has risen to 217, of whom 211 died in the Valencia region."
    whole, part = toll(sentence, "217"), toll(sentence, "211", scope=["Valencia"])
    assert story_scopes([whole, part]) == {whole.id: {WHOLE}, part.id: {"valencia"}}
    mostly = toll("Floods have killed at least 95 people, most of them in the Valencia region.", "95", scope=["Valencia"])
    assert claim_scope(mostly.frame) == {WHOLE}, "where most of them died is a part's place"


def test_places_within_places_are_found_in_the_sentences():
    claims = [
        toll("A wildfire that swept through the historic Maui town of Lahaina has killed 36 people.", "36", scope=["Lahaina"]),
        toll("The death toll from the Maui wildfires has risen to 106.", "106", scope=["Maui"], article="b"),
    ]
    assert nested_places(claims) == {frozenset({"lahaina", "maui"})}


def test_tolls_of_each_country_and_the_combined_toll_are_three_figures():
    day = lambda n: DAY + datetime.timedelta(days=n)  # noqa: E731
    claims = [
        toll("In Turkey, officials said 5,894 people had died.", "5,894", scope=["Turkey"], article="t1", published=day(0)),
        toll("In Syria, at least 2,662 people have been killed.", "2,662", scope=["Syria"], article="s1", published=day(0)),
        toll("The combined toll rose to 7,400, officials said.", "7,400", article="w1", published=day(0)),
        toll("Turkey's disaster agency said 8,574 people had died in the country.", "8,574", claimant="Turkey's disaster agency", article="t2", published=day(1)),
        toll("Across Syria, the death toll stood at 3,377.", "3,377", scope=["Syria"], article="s2", published=day(1)),
        toll("The death toll in Turkey and Syria has passed 11,000.", "11,000", scope=["Turkey", "Syria"], article="w2", published=day(1)),
    ]
    figures = match_claims(claims)
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [
        ["s1:2,662", "s2:3,377"], ["t1:5,894", "t2:8,574"], ["w1:7,400", "w2:11,000"],
    ]
    assert not any(figure.conflict for figure in figures), "each toll rises over the days"


def test_the_towns_toll_and_the_islands_stay_together():
    claims = [
        toll("A wildfire that swept through the historic Maui town of Lahaina has killed at least 36 people.", "36", scope=["Lahaina"]),
        toll("The number of people confirmed dead in the Lahaina fire rose to 80.", "80", scope=["Lahaina"], article="b", published=DAY + datetime.timedelta(days=2)),
        toll("The death toll from the Maui wildfires has risen to 106.", "106", scope=["Maui"], article="c", published=DAY + datetime.timedelta(days=6)),
    ]
    claims = [dataclasses.replace(claims[0], frame=dataclasses.replace(claims[0].frame, low=36.0, high=None)), *claims[1:]]
    assert len(match_claims(claims)) == 1


def test_two_counts_joined_by_and_share_the_place_named_after_them():
    sentence = "Turkish President Tayyip Erdogan said 2,379 people had been killed and 14,483 injured in Turkey."
    killed = toll(sentence, "2,379")
    injured = dataclasses.replace(toll(sentence, "14,483", scope=["Turkey"]), id="a:injured")
    assert story_scopes([killed, injured])[killed.id] == {"turkey"}
    apart = "Officials said 40 people had been killed, and hours later a minister said 12 died in Syria."
    assert story_scopes([toll(apart, "40"), toll(apart, "12", scope=["Syria"])])["a:40"] == frozenset()


def test_a_figure_whose_placed_claims_name_one_country_turns_away_another():
    day = lambda n: DAY + datetime.timedelta(days=n)  # noqa: E731
    claims = [
        toll("An earthquake killed more than 3,800 people, officials said.", "3,800", article="w", published=day(0)),
        toll("The civil defence said at least 1,020 people had been killed.", "1,020", article="h", published=day(0)),
        toll("A rescue group put the toll at 733.", "733", article="r", published=day(0)),
        toll("In Syria, at least 2,662 people have been killed.", "2,662", scope=["Syria"], article="s", published=day(1)),
        toll("Officials said 8,574 people had died in Turkey.", "8,574", scope=["Turkey"], article="t", published=day(2)),
    ]
    figure_of = {claim_id: index for index, figure in enumerate(match_claims(claims)) for claim_id in figure.claim_ids}
    assert figure_of["t:8,574"] != figure_of["s:2,662"], "most of the figure's claims are unplaced, but those placed say Syria"


def test_places_in_a_list_are_side_by_side_not_one_within_the_other():
    claims = [
        toll("Rescue teams came from Turkey, Syria and Lebanon, and 40 people were killed.", "40", scope=["Turkey", "Syria", "Lebanon"]),
        toll("In Syria, 12 people were killed.", "12", scope=["Syria"], article="b"),
    ]
    assert nested_places(claims) == set()


def test_a_toll_with_no_place_of_its_own_takes_the_places_its_sentence_joins():
    lede = "A 7.8 magnitude earthquake struck southern Turkey and northwest Syria before dawn, killing more than 3,800 people."
    assert claim_scope(toll(lede, "3,800").frame, {"turkey", "syria"}) == {WHOLE}
    one_place = "A 7.8 magnitude earthquake struck southern Turkey before dawn, killing more than 3,800 people."
    assert claim_scope(toll(one_place, "3,800").frame, {"turkey", "syria"}) == frozenset()


@pytest.mark.parametrize(
    ("claimant", "country"),
    [
        ("Syria's government and the White Helmets", "syria"),
        ("Turkey’s disaster agency", "turkey"),
        ("Syrian officials", None),
        ("The White Helmets", None),
        (None, None),
    ],
)
def test_a_countrys_government_counts_its_own_dead(claimant, country):
    sentence = "They have reported a total of 5,714 deaths."
    expected = {country} if country else frozenset()
    assert claim_scope(toll(sentence, "5,714", claimant=claimant).frame, {"turkey", "syria"}) == expected


def test_between_figures_that_fit_alike_a_claim_joins_the_nearer_in_magnitude():
    day = lambda n: DAY + datetime.timedelta(days=n)  # noqa: E731
    claims = [
        toll("The combined toll rose to 11,000, officials said.", "11,000", article="a-w", published=day(0)),
        toll("In Syria, at least 1,602 people have been killed.", "1,602", scope=["Syria"], article="b-s", published=day(0)),
        toll("The WHO warned that the number of deaths could rise to 20,000.", "20,000", article="who", published=day(1)),
    ]
    figure_of = {claim_id: index for index, figure in enumerate(match_claims(claims)) for claim_id in figure.claim_ids}
    assert figure_of["who:20,000"] == figure_of["a-w:11,000"] != figure_of["b-s:1,602"]


def test_across_a_place_is_the_whole_event_unless_the_story_sets_the_place_beside_another():
    nationwide = toll("The CGT said 3.5 million people had marched nationwide.", "3.5", article="cgt")
    across = toll("More than 1.28 million people took to the streets across France, the ministry said.", "1.28", scope=["France"], article="min")
    scopes = story_scopes([nationwide, across])
    assert scopes[across.id] == {"france", WHOLE} and scopes[nationwide.id] == {WHOLE}
    joined = toll("The death toll from the earthquake in Turkey and Syria has passed 21,000.", "21,000", scope=["Turkey", "Syria"], article="bbc")
    syria = toll("Across Syria, the death toll stood at 1,602.", "1,602", scope=["Syria"], article="aj")
    assert story_scopes([joined, syria])[syria.id] == {"syria"}


def test_where_the_event_was_and_where_the_report_was_filed_do_not_set_tolls_apart():
    day = lambda n: DAY + datetime.timedelta(days=n)  # noqa: E731
    claims = [
        toll("The death toll from Sunday's shipwreck off Steccato di Cutro rose to 62.", "62", scope=["Steccato", "Cutro"], article="ansa", published=day(0)),
        toll("CROTONE, Italy (AP) — The number of people known to have died in the shipwreck off Calabria rose to 64.", "64",
             scope=["CROTONE", "Italy", "AP", "Calabria"], article="ap", published=day(1)),
    ]
    assert story_scopes(claims)["ap:64"] == frozenset()
    assert len(match_claims(claims)) == 1
    # A place the toll itself is counted in still counts.
    assert claim_scope(toll("In Syria, 711 people were killed in the earthquake.", "711", scope=["Syria"]).frame) == {"syria"}


def test_the_nationwide_figure_and_a_nations_people():
    from factcheck.matching.features import place_key

    assert claim_scope(toll("A count put the nationwide figure at about 250,000, including 160,000 in Tel Aviv.", "250,000").frame) == {WHOLE}
    assert place_key("Israelis") == place_key("Israeli") == "israel"


def test_the_figure_a_rival_puts_at_a_number_is_the_figure_just_named():
    sentence = "Organizers said 500,000 people had protested nationwide, while an independent estimate put the figure at about 250,000."
    first, second = toll(sentence, "500,000", article="ap"), toll(sentence, "250,000", article="ap")
    scopes = story_scopes([first, second])
    assert scopes[first.id] == {WHOLE} and scopes[second.id] == {WHOLE}


@pytest.mark.parametrize(
    ("clause", "key"),
    [
        ("people had been killed in government-held areas.", "area:government-held"),
        ("In the rebel-held northwest, the White Helmets put the toll at ", "area:northwest"),
        ("volunteers in opposition-held north-west Syria", "area:northwest"),
        ("people were killed in regime-controlled territory", "area:government-held"),
        ("the UN says people in the northwest depend on aid", "area:northwest"),
        ("people in rebel-held areas", "area:opposition-held"),
        # A direction that is not a part of a country, or one said as an adjective of a name.
        ("people fled to the north of the city", None),
        ("displaced across north-east Libya", None),
        ("winds from the south", None),
        ("a storm passing far to the southern coast", None),
    ],
)
def test_a_part_of_a_country_named_by_who_holds_it_or_where_it_lies(clause, key):
    assert sub_area(clause) == key


def test_the_tolls_of_parts_of_a_country_stay_apart_from_the_countrys_and_are_named_so():
    day = lambda n: DAY + datetime.timedelta(days=n)  # noqa: E731
    rebel = "In the rebel-held northwest, the White Helmets put the toll at 733, bringing the total for Syria to at least 1,444."
    claims = [
        toll("In Syria, the health ministry said 711 people had been killed in government-held areas.", "711", scope=["Syria"], article="r", published=day(0)),
        toll(rebel, "733", scope=["Syria"], article="r", sentence_start=100, published=day(0)),
        toll(rebel, "1,444", scope=["Syria"], article="r", sentence_start=100, published=day(0)),
        toll("Across Syria, the death toll stood at 1,602.", "1,602", scope=["Syria"], article="a", published=day(1)),
        toll("The White Helmets said 1,020 people had been killed in the rebel-held northwest.", "1,020", article="a", sentence_start=200, published=day(1)),
        toll("In Syria, at least 2,662 people have been killed.", "2,662", scope=["Syria"], article="p", published=day(2)),
    ]
    figures = match_claims(claims)
    assert sorted(sorted(figure.claim_ids) for figure in figures) == [
        ["a:1,020", "r:733"], ["a:1,602", "p:2,662", "r:1,444"], ["r:711"],
    ]
    labels = {figure.claim_ids[0]: figure.label for figure in figures}
    assert labels["r:711"] == "people killed — Syria (government-held)"
    assert labels["r:733"] == "people killed — Syria (northwest)"
    assert labels["r:1,444"] == "people killed — Syria"


def test_a_combined_toll_beside_a_part_of_a_country_is_still_the_whole():
    sentence = "A quake struck southern Turkey and the rebel-held northwest of Syria, killing a combined 3,800 people."
    assert claim_scope(toll(sentence, "3,800", scope=["Turkey", "Syria"]).frame, {"turkey", "syria"}) == {WHOLE}


def test_a_street_lies_within_the_town_of_the_story():
    def buildings(sentence, number, *, article, scope=(), qualifiers=()):
        ref = toll(sentence, number, scope=scope, qualifiers=qualifiers, article=article)
        return dataclasses.replace(ref, frame=dataclasses.replace(ref.frame, measure="other", unit="building", event="destroy"))

    claims = [
        buildings("The blaze destroyed 1,000 homes along Front Street.", "1,000", article="ap", scope=["Front Street"]),
        buildings("Officials estimated that 2,207 structures had been destroyed.", "2,207", article="cb"),
        buildings("KCC said the fires destroyed more than 2,200 buildings in Lahaina.", "2,200", article="ij", scope=["Lahaina"], qualifiers=["Lahaina"]),
    ]
    assert frozenset({"front street", "lahaina"}) in nested_places(claims)
    assert len(match_claims(claims)) == 1
    two_towns = [toll("10 died in Lahaina.", "10", scope=["Lahaina"]), toll("4 died in Kula.", "4", scope=["Kula"], article="b")]
    assert nested_places(two_towns) == set(), "two towns side by side are not one within the other"


def test_a_countrys_own_forces_are_that_countrys():
    def none_hurt(sentence, words, claimant):
        at = sentence.index(words)
        frame = ClaimFrame(
            start=at, end=at + len(words), text=words, value=0.0, low=0.0, high=0.0, hedge="exact", unit="casualty",
            measure="casualties", claimant=claimant, sentence=sentence, sentence_start=0, zero=True,
        )
        return frame

    assert "iraq" in qualifier_keys(none_hurt("Iraq said its forces did not suffer casualties.", "casualties", "Iraq"))
    assert "iraq" in qualifier_keys(none_hurt("Iraq's military said its troops suffered no casualties.", "no casualties", "Iraq's military"))
    assert "iraq" not in qualifier_keys(none_hurt("Iraq said there were no casualties.", "no casualties", "Iraq"))
    assert claimant_country("Iraq") == "iraq" and claimant_country("the Pentagon") is None


def test_a_names_last_words_are_its_short_form():
    claims = [
        toll("The blast killed 12 people in North Gaza.", "12", scope=["North Gaza"]),
        toll("Officials said 15 people were killed in Gaza.", "15", scope=["Gaza"], article="b"),
        toll("4 people died in Kula.", "4", scope=["Kula"], article="c"),
    ]
    assert nested_places(claims) == {frozenset({"north gaza", "gaza"})}, "a town elsewhere is no short form"
