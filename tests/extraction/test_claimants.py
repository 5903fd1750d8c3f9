"""Who asserts a figure, through the shapes news attribution takes."""

import pytest

from factcheck.extraction import extract_claims
from factcheck.extraction.text import framing_place


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("Iranian state television said Iran had fired 15 ballistic missiles.", "15", "Iranian state television"),
        ("The ministry said that 40 people were killed.", "40", "The ministry"),
        ("At least 80 people were killed, according to the health ministry.", "At least 80", "the health ministry"),
        ("Twelve soldiers were wounded, a military spokesman told Reuters.", "Twelve", "a military spokesman"),
        ("State media reported 22 missiles were fired.", "22", "State media"),
        ("The rebels claimed 300 troops had surrendered.", "300", "The rebels"),
        ("It was reported by state media that 22 missiles struck the base.", "22", "state media"),
        ("Tens of thousands of people marched in Paris, police said, while unions gave a higher figure.", "Tens of thousands", "police"),
        ("Britain, which also has personnel in Iraq, said 400 of its troops were safe.", "400", "Britain"),
        ("Germany, Denmark, Norway and Poland said none of their troops were hurt.", "none", "Germany, Denmark, Norway and Poland"),
        ("The death toll is 275, Chief Secretary Pradeep Jena told reporters.", "275", "Chief Secretary Pradeep Jena"),
        ("More than 5,000 US troops remain in Iraq.", "More than 5,000", None),
        # A relative clause's verb of counting speaks for what the pronoun stands for.
        ("The CGT said 800,000 people had marched, a figure disputed by the police, who counted 119,000.", "119,000", "the police"),
        # Adding a thing is an event, not a report; adding that something is so reports it.
        ("America's employers added a robust 254,000 jobs in September.", "254,000", None),
        ("The ministry added that 40 people had been killed.", "40", "The ministry"),
        # Titles written with full stops are part of the name, before it and within it.
        ("The cost was put at 4 billion shekels, according to Brig. Gen. (res.) Reem Aminoach, a former adviser.",
         "4 billion", "Brig. Gen. (res.) Reem Aminoach"),
        ("Brig. Gen. Jane Doe told reporters 12 missiles struck the base.", "12", "Brig. Gen. Jane Doe"),
        ("Pentagon spokesman Navy Lt. Cmdr. Michael Howard said 50 troops were hurt.", "50", "Navy Lt. Cmdr. Michael Howard"),
        # A dateline is no part of the speaker, however it is written, nor a speaker itself.
        ("Islamabad, Pakistan - Pakistan says at least 26 people have been killed.", "at least 26", "Pakistan"),
        ("NEW DELHI: More than 100 terrorists were killed in the strikes on nine camps on May 7, Director General of "
         "Military Operations Lt Gen Rajiv Ghai said at a briefing.", "More than 100", "Director General of Military Operations Lt Gen Rajiv Ghai"),
        # A claim said to be someone's is theirs, whoever is asked about it.
        ("Asked about Pakistan's claim of having shot down five Indian jets, Air Marshal AK Bharti said losses were part of combat.",
         "five", "Pakistan"),
        # A closing "officials said" reports every clause before it, however the parser joins them.
        ("KERRVILLE, Texas (AP) - At least 24 people were killed after rain sent the river surging through the Hill Country, "
         "and searchers were looking for between 23 and 25 girls from a summer camp, officials said Saturday.", "At least 24", "officials"),
    ],
)
def test_claimant_as_written(text, number, claimant):
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert claims[number].claimant == claimant


def test_nested_reports_name_the_inner_speaker_and_keep_the_chain():
    (claim,) = extract_claims("Fars news agency said an Iranian army spokesman had denied that 15 missiles were fired.")
    assert claim.claimant == "an Iranian army spokesman"
    assert claim.claimant_chain == ("Fars news agency", "an Iranian army spokesman")


def test_a_pronoun_is_resolved_to_the_speaker_named_before():
    text = "Jonathan Hoffman briefed reporters at the Pentagon. He said 11 service members were treated for concussion."
    (claim,) = extract_claims(text)
    assert claim.claimant == "Jonathan Hoffman"


def test_a_quotation_over_two_sentences_belongs_to_the_speaker_named_after_it():
    text = '"Our teams pulled 12 people from the rubble overnight. Dozens more are trapped," said Ahmet Yilmaz, a regional governor.'
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert claims["12"].claimant == "Ahmet Yilmaz"
    assert claims["Dozens"].claimant == "Ahmet Yilmaz"


def test_a_quotation_opened_after_the_speaker_belongs_to_them():
    text = 'Pentagon spokesman Jonathan Hoffman said: "Eleven service members were treated for concussion. Another 23 have returned to duty."'
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert claims["Eleven"].claimant == claims["23"].claimant == "Pentagon spokesman Jonathan Hoffman"


def test_a_sentence_without_attribution_continues_the_speaker_of_the_figures_before_it():
    text = "The air force said it shot down 74 drones. Another 14 drones were lost to electronic warfare."
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert claims["14"].claimant == "The air force"


def test_a_new_paragraph_does_not_inherit_a_speaker():
    text = "The air force said it shot down 74 drones.\n\nMore than 1,000 drones have been launched since August."
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert claims["More than 1,000"].claimant is None


def test_according_to_him_names_the_speaker_before():
    text = "Earlier, Serhii Popko said two people had been killed. According to him, 26 people have now been injured."
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert claims["26"].claimant == "Serhii Popko"


@pytest.mark.parametrize(
    ("text", "number", "chain"),
    [
        ("State television, citing the ministry, said 1,037 people had died.", "1,037", ("State television", "the ministry")),
        ("Fars news agency, quoting an army spokesman, said 80 people were killed.", "80", ("Fars news agency", "an army spokesman")),
        ("The agency said, citing police, that 40 were hurt.", "40", ("The agency", "police")),
        # Citing a reason is not citing a source.
        ("Officials citing the damage said 40 homes collapsed.", "40", ("Officials",)),
    ],
)
def test_a_speaker_citing_or_quoting_a_source_reports_that_sources_figure(text, number, chain):
    claim = {frame.text: frame for frame in extract_claims(text)}[number]
    assert (claim.claimant, claim.claimant_chain) == (chain[-1], chain)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("In the hamlet of Tikht, near Adassil, villagers said 68 people had been killed.", "Tikht"),
        ("In Sumy Oblast, a drone hit an infrastructure facility.", "Sumy Oblast"),
        ("In the end, 40 people were rescued.", None),
    ],
)
def test_a_place_that_frames_a_sentence_may_name_its_kind_first(sentence, place):
    assert framing_place(sentence) == place


def test_a_place_that_frames_a_paragraph_scopes_its_later_sentences():
    text = (
        "In Sumy Oblast, a drone hit an infrastructure facility, Governor Volodymyr Artiukh said. No one was injured, he added."
        "\n\nNo one was hurt in the capital, officials said."
    )
    claims = extract_claims(text)
    assert [(frame.text, frame.scope) for frame in claims] == [("No one", ("Sumy Oblast",)), ("No one", ())]


def test_a_participle_speaks_for_the_subject_of_its_clause_and_a_surname_is_a_person():
    text = (
        "Police fired about 150 rounds of tear gas on Wednesday, Commissioner of Police Stephen Lo Wai-chung said. "
        "Lo said 22 police officers had been hurt. "
        "He defended the use of force, saying officers had also fired about 20 beanbag rounds."
    )
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert claims["about 150"].claimant == "Commissioner of Police Stephen Lo Wai-chung"
    assert claims["about 20"].claimant == "Lo"


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("India will raise capital expenditure by 33% to 10 trillion rupees, Finance Minister Nirmala Sitharaman said.",
         "10 trillion", "Finance Minister Nirmala Sitharaman"),
        ("The health ministry raised the death toll to 80.", "80", "The health ministry"),
        ("The IMF cut its growth forecast to 6.1%.", "6.1%", "The IMF"),
    ],
)
def test_raising_a_figure_reports_it_but_raising_spending_does_not(text, number, claimant):
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert claims[number].claimant == claimant


def test_a_number_inside_a_speakers_description_is_reported_by_no_one():
    text = (
        "The coastguard has maintained that the boat was carrying about 150 people, while aid groups working with "
        "the 80 survivors say the true figure was closer to 200."
    )
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert (claims["about 150"].claimant, claims["80"].claimant, claims["closer to 200"].claimant) == ("The coastguard", None, "aid groups")
    toll = {frame.text: frame for frame in extract_claims("The number of people confirmed dead rose to 80 on Friday, Maui County officials said.")}
    assert toll["80"].claimant == "Maui County officials", "a total is not a speaker"


def test_a_dateline_is_no_part_of_the_speakers_name():
    (claim,) = extract_claims("LONDON, Sept 23 (Reuters) - British finance minister Kwasi Kwarteng announced £45 billion of tax cuts on Friday.")
    assert claim.claimant == "British finance minister Kwasi Kwarteng"


def test_who_did_not_say_a_figure_does_not_claim_it():
    (speed, converted, hours) = extract_claims(
        "Otis made landfall with maximum sustained winds of 165 mph (270 kph), after strengthening in just 12 hours, "
        "an increase forecasters had not predicted."
    )
    assert (hours.value, hours.unit) == (12, "hour"), "a length said with 'just' is measured, not a frame"
    assert (speed.claimant, converted.claimant, hours.claimant) == (None, None, None)
    (toll,) = extract_claims("The ministry did not confirm the toll of 80, officials said.")
    assert toll.claimant == "officials"


def test_an_agency_that_measured_a_quake_claims_its_magnitude():
    first, second = extract_claims(
        "The U.S. Geological Survey measured Friday's quake at magnitude 7.7, while the China Earthquake Networks Center put it at 7.9."
    )
    assert (first.claimant, second.claimant) == ("The U.S. Geological Survey", "the China Earthquake Networks Center")
    (width,) = extract_claims("The river measured 30 metres across.")
    assert width.claimant is None, "a thing that measures something says nothing"


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("At least 22 people were killed in the protests, the Kenya National Commission on Human Rights said.", "At least 22",
         "the Kenya National Commission on Human Rights"),
        ("At least five people were shot dead, a group of rights organisations including Amnesty Kenya said.", "At least five",
         "a group of rights organisations"),
        ("Kenya's President William Ruto has said 19 people died during last week's protests.", "19", "Kenya's President William Ruto"),
        ("John Smith, a spokesman, said 5 people died.", "5", "John Smith"),
        ("The ministry, which said 40 people had died, asked for help.", "40", "The ministry"),
    ],
)
def test_a_speakers_name_is_kept_whole_and_asides_are_left_out(text, number, claimant):
    claims = {frame.text: frame for frame in extract_claims(text)}
    assert claims[number].claimant == claimant


def test_a_number_the_parser_takes_for_a_second_subject_is_what_the_speaker_says():
    first, second = extract_claims("Republicans say it will save $2.1tn; the Congressional Budget Office, the official scorekeeper, says $1.5tn.")
    assert (first.claimant, second.claimant) == ("Republicans", "the Congressional Budget Office")


def test_a_figure_said_to_be_a_bodys_is_that_bodys_claim():
    claims = {frame.text: frame for frame in extract_claims(
        "The week before, police counted 240,000 at the peak of the first mass march, against the organisers' 1.03 million."
    )}
    assert (claims["240,000"].claimant, claims["1.03 million"].claimant) == ("police", "the organisers")
    (share,) = [frame for frame in extract_claims("Economists had expected 6% of GDP; the government's 5.9% was slightly lower.") if frame.text == "5.9%"]
    assert share.claimant == "the government"
    (dead,) = extract_claims("Syria's 1,500 dead were buried.")
    assert dead.claimant is None, "a place's dead are no one's claim"


def test_a_count_said_to_be_a_bodys_and_scientists_who_put_a_total_claim_it():
    _, day = extract_claims(
        "The White House said 420,000 people rode the Metro. The transit agency's own count for the whole day was 570,557 trips."
    )
    assert day.claimant == "The transit agency"
    (total,) = extract_claims("Across the country, political scientists tallying local counts put the total at more than 3 million.")
    assert total.claimant == "political scientists"


def test_the_owner_of_a_toll_claims_every_number_it_stands_at():
    dead, missing = extract_claims("A week on, the federal government's official toll stands at 45 dead and 47 missing.")
    assert (dead.claimant, missing.claimant) == ("the federal government", "the federal government")
    assert [(frame.measure, frame.claimant) for frame in extract_claims("Syria's toll rose to 1,500.")] == [("killed", None)]


def test_a_pronoun_never_stands_for_a_day():
    frames = extract_claims(
        "An Air India jet crashed on Thursday. The airline said 230 passengers were on board. "
        "Among the passengers were 169 Indian nationals, it said."
    )
    indians = next(f for f in frames if f.text == "169")
    assert indians.claimant == "The airline"


def test_a_dateline_the_parse_makes_the_subject_gives_way_to_the_speaker_beside_it():
    revised = {
        frame.text: frame.claimant for frame in extract_claims(
            "MALANG, Indonesia (AP) — East Java's deputy governor, Emil Dardak, revised the death toll from the crush "
            "to 125 from 174 late Sunday, saying some victims had been counted twice."
        )
    }
    assert revised == {"125": "Emil Dardak", "174": "Emil Dardak"}
