"""Two armies' counts of each other's dead, and a funicular crash's victims by nationality (the
lessons of the Pakistan-Afghanistan clashes and the Lisbon funicular)."""

import datetime

from factcheck.extraction import extract_claims
from factcheck.matching import match_claims
from factcheck.matching.features import qualifier_keys, story_scopes
from factcheck.matching.gazetteer import country_of_people
from tests.support import figure_of, frames_of, reported

DAY = datetime.date(2025, 10, 12)


def test_a_toll_after_and_with_no_noun_counts_the_people_of_the_toll_before():
    said = frames_of("The spokesman said 58 Pakistani soldiers had been killed and about 30 wounded.")
    assert (said["about 30"].unit, said["about 30"].measure) == ("soldier", "injured")
    assert said["about 30"].qualifiers == ("Pakistani",)
    fire = frames_of("A spokesman said Pakistani fire had killed 12 civilians and wounded more than 100.")
    assert fire["more than 100"].unit == "civilian"
    plain = frames_of("At least 26 people have been killed and 46 injured, police said.")
    assert plain["46"].unit == "person"
    listed = frames_of("Police said 12 civilians were killed, and officials later said 40 were injured.")
    assert listed["40"].unit == "person", "a comma and another speaker end the ellipsis"


def test_a_soldiers_toll_that_names_no_side_is_its_speakers_own():
    (wounded,) = extract_claims("Pakistan's military said 29 soldiers were wounded.")
    assert "pakistan" in qualifier_keys(wounded)
    (theirs,) = extract_claims("Pakistan's military said more than 200 Taliban fighters had been killed.")
    assert "pakistan" not in qualifier_keys(theirs), "the other side's dead are named as theirs"
    (own,) = extract_claims("Taliban spokesman Zabihullah Mujahid said nine of their own fighters had been killed.")
    assert "taliban" in qualifier_keys(own)
    (losses,) = extract_claims("Pakistan's military put its own losses at 23 dead.")
    assert "pakistan" in qualifier_keys(losses)
    (killers,) = extract_claims("Afghanistan's Taliban authorities say their forces killed 58 Pakistani soldiers.")
    assert "afghanistan" not in qualifier_keys(killers), "their forces killed them: the dead are Pakistani"


def test_each_armys_dead_stay_apart_and_each_is_disputed():
    figures = match_claims(reported(DAY,
        reuters="Pakistan said on Sunday that 23 of its soldiers had been killed in clashes with Afghan Taliban forces, "
                "and that its troops had killed more than 200 Taliban fighters.",
        aljazeera="Taliban spokesman Zabihullah Mujahid said 58 Pakistani soldiers had been killed, "
                  "and that nine of their own fighters had died.",
    ))
    pakistani = figure_of(figures, "reuters:23")
    taliban = figure_of(figures, "reuters:more than 200")
    assert pakistani is not taliban
    assert "aljazeera:58" in pakistani.claim_ids and pakistani.conflict
    assert "aljazeera:nine" in taliban.claim_ids and taliban.conflict


def test_a_second_report_in_the_sentence_does_not_lend_its_place_to_the_first():
    refs = reported(DAY, aljazeera="Pakistan's military put its own losses at 23 dead and said more than 200 Taliban fighters had been killed.")
    scopes = story_scopes(refs)
    assert "taliban" not in scopes["aljazeera:23"]
    joined = reported(DAY, ap="2,379 people had been killed and 14,483 injured in Turkey, officials said.")
    assert "turkey" in story_scopes(joined)["ap:2,379"]


def test_a_where_clause_is_placed_where_it_hangs_and_the_area_is_the_place_named_last():
    said = frames_of(
        "Fresh fighting erupted on Wednesday at the Spin Boldak crossing in southern Afghanistan, where a Taliban "
        "spokesman said Pakistani fire had killed 12 civilians. Pakistan's army said its troops had killed 15 to 20 "
        "Taliban fighters in the area."
    )
    assert "Spin Boldak" in said["12"].scope
    assert "Spin Boldak" in said["15 to 20"].scope
    (elsewhere,) = extract_claims("Pakistan's army said its troops had killed 15 to 20 Taliban fighters.")
    assert "Spin Boldak" not in elsewhere.scope


def test_peoples_whose_adjective_is_not_made_from_the_country_name():
    assert country_of_people("Afghan") == "afghanistan"
    assert country_of_people("Filipinos") == "philippines"
    assert country_of_people("Portuguese") == "portugal"
    assert country_of_people("Pakistani") == "pakistan"
    assert country_of_people("Spin") is None


def test_nationals_among_the_dead_are_a_part_of_the_dead_and_the_injured_of_a_fronted_count():
    said = frames_of("Three British nationals were among the 16 people killed when the funicular crashed.")
    assert said["Three"].measure == "killed"
    fronted = frames_of("Of the 21 people injured, five were in a critical condition.")
    assert fronted["21"].measure == "injured"
    assert fronted["five"].measure == "injured"
    aboard = frames_of("Of the 242 people on board, 241 were killed.")
    assert aboard["242"].measure == "people"


def test_britons_among_the_dead_are_not_the_critically_injured():
    figures = match_claims(reported(datetime.date(2025, 9, 5),
        bbc="Three British nationals were among the 16 people killed when the Gloria funicular crashed in Lisbon, "
            "the civil protection agency said. Of the 21 people injured, five remain in a serious condition.",
        guardian="The crash killed 17 people. Of the 21 people injured, five were in a critical condition.",
    ))
    assert figure_of(figures, "bbc:Three") is not figure_of(figures, "bbc:five")
    assert figure_of(figures, "bbc:21") is figure_of(figures, "guardian:21")
    assert figure_of(figures, "bbc:21") is not figure_of(figures, "bbc:five")
