"""What is counted, from the dependency parse, and the category of the quantity."""

import pytest

from factcheck.extraction import extract_claims


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "measure", "event"),
    [
        ('Iranian state television said 80 "American terrorists" had been killed.', "80", "terrorist", "killed", "kill"),
        ("The Pentagon said 11 service members were treated for concussion.", "11", "service member", "injured", "treat"),
        ("Iran fired 15 ballistic missiles at US targets, state TV said.", "15", "missile", "weapons", "fire"),
        ("More than 5,000 US troops remain in Iraq.", "More than 5,000", "troop", "people", "remain"),
        ("Trump threatened to target 52 Iranian sites.", "52", "site", "targets", "target"),
        ("Officials said 40 people were missing after the flood.", "40", "person", "missing", None),
        ("The death toll rose to 80 on Friday, officials said.", "80", "person", "killed", "rise"),
        ("The blast left 200 people wounded, doctors said.", "200", "person", "injured", None),
        ("Rebuilding will cost $5.5 billion, the agency estimated.", "$5.5 billion", "dollar", "money", None),
        ("The fire burned an estimated 2,170 acres.", "an estimated 2,170", "acre", "other", "burn"),
        ("The boat sank 47 kilometres off the coast.", "47", "kilometre", "distance", None),
        # A distance per hour is a speed, however it is written; a distance is not.
        ("The train was travelling at about 128 km per hour.", "about 128", "kmph", "other", None),
        ("The Coromandel Express had been running at 128 kmph.", "128", "kmph", "other", None),
        ("Wind gusts of more than 60 miles an hour hit the town.", "more than 60", "mph", "other", None),
        ("The boat sank 47 miles off the coast, an hour after leaving.", "47", "mile", "distance", None),
        # However a magnitude is put, it is a magnitude.
        ("The USGS said the quake had a magnitude of 6.8 and struck at night.", "6.8", "magnitude", "other", None),
        ("Morocco's geophysics institute put the magnitude at 7.0.", "7.0", "magnitude", "other", None),
        # Drones and missiles together are projectiles.
        ("Iran fired more than 300 drones and missiles overnight.", "more than 300", "projectile", "weapons", "fire"),
        # The noun's own clause gives the event; the whole a share is taken from has none.
        ("Israel intercepted 99 percent of the more than 300 drones that Iran fired.", "more than 300", "drone", "weapons", "fire"),
        # A list of names counts the people named.
        ("The FBI released a list of 388 names of people who remain missing.", "388", "person", "missing", None),
        # The number's own copula says what it counts, not the verb its clause is joined to.
        ("The minister said 27 people had died and four were missing.", "four", "person", "missing", None),
        # A toll with words before it is still a toll of the dead.
        ("State officials gave a slightly higher toll of 43, saying more bodies had been found.", "43", "person", "killed", None),
        # Who died at a camp, and who died "martyred", are people killed; a camp's missing are missing.
        ("Camp Mystic said 27 campers and counselors had died.", "27", "camper", "killed", "die"),
        ("Ten campers were still missing, the camp said.", "Ten", "camper", "missing", "miss"),
        ("One soldier was martyred near Lahore, the army said.", "One", "soldier", "killed", "martyr"),
        ("He said 10 members of his family and four close aides were killed.", "four", "aide", "killed", "kill"),
        # A state a verb's complement gives: "known to be missing".
        ("Abbott said 41 people were known to be missing across the state.", "41", "person", "missing", "know"),
        # Each of two counts joined by "and" has its own participle.
        ("Pakistan says at least 26 people have been killed and 46 injured.", "46", "person", "injured", "injure"),
        # Aircraft of any name are weapons; "brought down" downs them.
        ("Pakistan said its air force had brought down five Indian jets and a drone.", "five", "jet", "weapons", "down"),
        ("Our air force shot down five planes, the minister said.", "five", "plane", "weapons", "shoot"),
        ("The minister said the air force had downed three Rafales.", "three", "rafale", "weapons", "down"),
        # The verb a noun is the object of is its event, not the verb of the noun's own clause.
        ("Pakistan had shot down 25 Harop drones that entered its airspace.", "25", "drone", "weapons", "shoot"),
        # Places struck are targets: by the verb, by missiles fired "at" them, by "strikes on" them.
        ("The strikes had hit mosques and homes at six places, he said.", "six", "place", "targets", "hit"),
        ("India fired missiles at six locations in Pakistan.", "six", "location", "targets", "fire"),
        ("More than 100 were killed in the strikes on nine terror camps, Ghai said.", "nine", "terror camp", "targets", "kill"),
        # ... but not places weapons came from, nor places people live in.
        ("The attack involved at least 16 missiles launched from three locations inside Iran.", "three", "location", "other", "launch"),
        ("Aid reached 12 camps for displaced people.", "12", "camp", "other", "reach"),
        # Who the dead were is what each number counts, in a list or said after a copula.
        ("Aryal said 59 of the dead were protesters, 10 were prisoners and three were police officers.", "10", "prisoner", "killed", None),
        ("Aryal said 59 of the dead were protesters, 10 were prisoners and three were police officers.", "three", "police officer", "killed", None),
        ("Among the dead are 21 protesters, nine inmates who were killed fleeing, and three police personnel, Ghimire said.",
         "three", "police personnel", "killed", "say"),
        # The lemmatizer's "unaccounte" is still unaccounted for.
        ("At least 55 people have died, with 279 people still unaccounted for, officials said.", "279", "person", "missing", None),
        ("More than 30,000 Boeing machinists were on the picket lines on Saturday.", "More than 30,000", "machinist", "people", None),
        # A count of jets is a count, though model numbers are not.
        ("The airline ordered 150 jets, among them the 787 Dreamliner.", "150", "jet", "weapons", "order"),
        # A site on the internet is no target.
        ("The government lifted its ban on the 26 social media sites on Tuesday.", "26", "media site", "other", "lift"),
        # Pesos are money, written after the number or as the unit of a sum.
        ("Families would receive between 35,000 and 60,000 pesos each.", "between 35,000 and 60,000", "peso", "money", None),
        ("The president announced a 61bn peso plan to rebuild the city.", "61bn", "peso", "money", None),
        ("The bill seeks to raise an additional 346 billion shillings in taxes.", "346 billion", "shilling", "money", None),
    ],
)
def test_unit_measure_and_event(claims_of, sentence, text, unit, measure, event):
    claim = claims_of(sentence)[text]
    assert (claim.unit, claim.measure) == (unit, measure)
    if event:
        assert claim.event == event


def test_a_unit_the_tagger_takes_for_a_name_names_nothing(claims_of):
    claims = claims_of("Otis made landfall with maximum sustained winds of 165 mph (270 kph), forecasters said.")
    assert [(claim.unit, claim.qualifiers, claim.scope) for claim in claims.values()] == [("mph", (), ()), ("kmph", (), ())]


def test_a_number_said_to_be_something_tells_of_no_event(claims_of):
    claim = claims_of('Dacic defended the count, saying police had used a proven method and that 107,000 was "a large number".')["107,000"]
    assert claim.event is None


def test_the_whole_a_share_is_taken_from_has_no_event_of_its_own(claims_of):
    assert claims_of("Most of the more than 300 projectiles were shot down.")["more than 300"].event is None
    assert claims_of("Two of the 15 missiles that Iran fired failed.")["Two"].event == "fail"


def test_elliptical_counts_take_the_unit_of_the_figure_before_them(claims_of):
    claims = claims_of("Iraq's military said 22 missiles were fired, 17 of them at Ain al-Asad and five at Erbil.")
    assert {text: claim.unit for text, claim in claims.items()} == {"22": "missile", "17": "missile", "five": "missile"}
    assert {claim.measure for claim in claims.values()} == {"weapons"}


def test_a_total_counts_what_it_is_the_number_of(claims_of):
    claim = claims_of("The number of U.S. service members diagnosed with brain injuries has risen to 50, the Pentagon said.")["50"]
    assert (claim.unit, claim.measure) == ("service member", "injured")
    # A subject long enough for the parser to hang the rise under "diagnosed".
    misparsed = claims_of(
        "The number of U.S. service members diagnosed with mild traumatic brain injuries after Iran's missile attack "
        "on Al Asad Air Base in Iraq has risen to 50, Pentagon spokesman Navy Lt. Cmdr. Michael Howard said Tuesday."
    )["50"]
    assert (misparsed.unit, misparsed.measure) == ("service member", "injured")


def test_a_bare_number_for_the_figure_named_before_counts_what_it_counted(claims_of):
    text = (
        "Eleven U.S. service members were treated for concussion symptoms, the Pentagon said.\n\n"
        "The figure is up from 34 reported last Friday.\n\n"
        "Derna, a city of about 100,000, lies on the coast."
    )
    claims = claims_of(text)
    assert (claims["34"].unit, claims["34"].measure) == ("service member", "injured")
    assert claims["34"].qualifiers == claims["Eleven"].qualifiers
    assert claims["about 100,000"].unit == "", "a number that does not point back keeps no unit"


def test_a_toll_with_no_other_word_counts_the_dead(claims_of):
    text = "He said at least 10,000 people were missing. The mayor had warned the toll could reach 20,000."
    claim = claims_of(text)["20,000"]
    assert (claim.unit, claim.measure) == ("person", "killed")


def test_scope_names_the_places_and_targets_of_the_figure(claims_of):
    claim = claims_of("Iranian state television said Iran had fired 15 ballistic missiles at US targets in Iraq.")["15"]
    assert set(claim.scope) == {"US", "Iraq"}, "not the speaker, nor who acts: they do not tell quantities apart"


def test_where_a_copula_puts_people_scopes_them(claims_of):
    claim = claims_of("Keith Still estimated that about 160,000 people were on the National Mall in the hour before noon.")["about 160,000"]
    assert claim.scope == ("National Mall",)
    assert claim.event is None, "being somewhere is no event"


def test_qualifiers_are_the_names_in_the_numbers_own_phrase(claims_of):
    claims = claims_of("Iraq's military said 22 missiles were fired, 17 of them at Ain al-Asad and five at Erbil.")
    assert claims["17"].qualifiers == ("Ain al-Asad",)
    assert claims["five"].qualifiers == ("Erbil",)
    assert claims["22"].qualifiers == ()


def test_a_bare_number_in_a_sentence_about_a_crowd_counts_its_people(claims_of):
    counted = claims_of("The week before, police counted 240,000 at the peak of the first mass march.")["240,000"]
    assert (counted.unit, counted.measure) == ("person", "people")
    estimate = claims_of("An independent estimate put the crowd at between 500,000 and 800,000.")["between 500,000 and 800,000"]
    assert estimate.measure == "people"
    distance = claims_of("The march stretched for more than 3 km from Victoria Park.")["more than 3"]
    assert distance.measure == "distance"


def test_counts_included_in_a_toll_and_counts_of_those_aboard(claims_of):
    claims = claims_of("At least 59 migrants, including 12 children, died when their boat broke apart, officials said.")
    assert (claims["At least 59"].measure, claims["12"].measure) == ("killed", "killed")
    text = (
        "About 30 people are still missing, according to the IOM, which said survivors had put the number on board "
        "at around 200."
    )
    claims = claims_of(text)
    assert (claims["About 30"].measure, claims["around 200"].measure) == ("missing", "people")
    died = claims_of("The number of people known to have died in the shipwreck rose to 64 on Tuesday.")["64"]
    assert died.measure == "killed"
    smugglers = claims_of("Police arrested three suspected smugglers on Monday.")["three"]
    assert smugglers.measure == "people"


def test_crowds_named_by_nation_by_place_or_by_an_earlier_figure(claims_of):
    assert claims_of("Hundreds of thousands of Israelis demonstrated across the country.")["Hundreds of thousands"].measure == "people"
    put = claims_of("Organizers put the Tel Aviv crowd at 130,000, police said.")["130,000"]
    assert (put.unit, put.measure, put.claimant) == ("person", "people", "Organizers")
    text = "Protest organizers said half a million people attended the rallies.\n\nThe organizers' figure for Tel Aviv was 240,000."
    assert claims_of(text)["240,000"].measure == "people"
    estimate = claims_of("Organizers said half a million marched, while an independent estimate put the figure at about 250,000.")
    assert estimate["about 250,000"].claimant == "an independent estimate"


def test_a_toll_in_a_participle_clause_is_of_the_place_its_event_struck(claims_of):
    claims = claims_of("A magnitude 7.7 earthquake struck central Myanmar on Friday, killing at least 144 people and injuring 732.")
    assert claims["at least 144"].scope == ("Myanmar",)
    assert claims["732"].scope == ("Myanmar",)


def test_a_plural_name_counted_is_made_singular(claims_of):
    claims = claims_of("165 Democrats and 149 Republicans voted yes.")
    assert (claims["165"].unit, claims["149"].unit) == ("democrat", "republican")


def test_fish_are_no_people(claims_of):
    died = claims_of("State officials say about 43,700 fish died in local waterways.")["about 43,700"]
    assert (died.unit, died.measure) == ("fish", "other")
    estimate = claims_of("The department raised its estimate of the fish killed in nearby streams to about 43,700.")["about 43,700"]
    assert (estimate.unit, estimate.measure) == ("fish", "other")
    assert claims_of("The attack killed 80 Iranians.")["80"].measure == "killed"


def test_a_count_of_the_dead_is_of_the_dead_whatever_the_verb(claims_of):
    assert claims_of("It said 151 people had been injured, and that 26 of the dead were foreigners.")["26"].measure == "killed"
    assert claims_of("Officials said 19 foreigners were among the dead.")["19"].measure == "killed"
    assert claims_of("Officials said 40 people were among the injured.")["40"].measure == "injured"


def test_visitors_and_mourners_are_people(claims_of):
    assert claims_of("Local officials had expected about 100,000 visitors.")["about 100,000"].measure == "people"
    assert claims_of("The altars have drawn tens of thousands of mourners.")["tens of thousands"].measure == "people"


def test_each_side_of_a_negotiation_is_named_with_its_offer():
    offers = extract_claims("Ford has offered 20%, GM 20% and Stellantis 21%.")
    assert [(frame.text, frame.qualifiers) for frame in offers] == [("20%", ("Ford",)), ("20%", ("GM",)), ("21%", ("Stellantis",))]
    (model,) = extract_claims("The Boeing 737 carried 150 people.")
    assert model.text == "150", "a name before a bare number is still a model, not an offer"


def test_the_state_a_count_is_listed_in_or_its_totals_words_give_its_measure(claims_of):
    assert claims_of("A court said 89 people were officially listed as missing.")["89"].measure == "missing"
    text = "The number of people confirmed dead in last week's floods has risen to 217, the government said."
    assert claims_of(text)["217"].measure == "killed"
    assert claims_of("The number of people evacuated has risen to 2,000.")["2,000"].measure == "people"


def test_what_a_train_is_made_of_is_what_it_hauls(claims_of):
    assert claims_of("The train, of 149 cars, was travelling at 47mph.")["149"].event == "consist"
    assert claims_of("The 149-car train was travelling at 47mph.")["149"].event == "consist"
    assert claims_of("Five of the train's cars derailed.")["Five"].event == "derail"


def test_the_whole_a_part_is_taken_from_is_not_counted_by_the_parts_verb():
    frames = extract_claims("Of the 242 people on board, 241 were killed.")
    (whole, part) = frames
    assert (whole.measure, whole.event) == ("people", None)
    assert part.measure == "killed"
    # ("Of the 80 dead": a whole that is itself a toll stays one.)
    assert extract_claims("Of the 80 dead, 20 were children.")[0].measure == "killed"


def test_a_list_after_a_colon_breaks_the_toll_down():
    frames = {f.text + str(f.start): f for f in extract_claims(
        "The report found that 260 people were killed: 241 of the 242 on board and 19 people on the ground."
    )}
    by_value = {f.value: f for f in frames.values()}
    assert by_value[241].measure == "killed" and by_value[241].unit == "person"
    assert by_value[19].measure == "killed"
    assert by_value[242].measure == "people", "the whole of a part is those aboard"


def test_a_destination_does_not_scope_the_count():
    (carried,) = extract_claims("An Air India Boeing 787 carrying 242 people to London crashed into a hostel.")
    assert "London" not in carried.scope and "London" not in carried.qualifiers
    (sent,) = extract_claims("The US sent 3,000 troops to Poland.")
    assert "Poland" in sent.scope, "troops sent to a country are that country's deployment"


def test_people_searched_for_are_the_missing():
    (girls,) = extract_claims("Searchers were looking for between 23 and 25 girls from a summer camp who were unaccounted for, officials said.")
    assert girls.measure == "missing"
    (crews,) = extract_claims("Rescuers were looking for work with 40 volunteers.")
    assert crews.measure != "missing"
