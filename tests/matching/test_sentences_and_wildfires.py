"""A prison term imposed beside the terms each side asked for, and a wildfire's acres, hectares
and containment as it grows (the lessons of Sam Bankman-Fried's sentencing and the Park Fire)."""

import datetime

from factcheck.matching import match_claims
from tests.support import figure_of, frames_of, reported

MAR_28 = datetime.date(2024, 3, 28)
JUL_28, JUL_30, AUG_12 = datetime.date(2024, 7, 28), datetime.date(2024, 7, 30), datetime.date(2024, 8, 12)


def test_prison_terms_are_claims_and_handing_over_is_no_hedge():
    said = frames_of(
        "Bankman-Fried was sentenced to 25 years in prison on Thursday. Prosecutors had sought 40 to 50 years, "
        "and the judge ordered him to hand over $11bn."
    )
    assert said["25"].unit == "year" and said["40 to 50"].measure == "duration"
    assert said["$11bn"].hedge == "exact"
    assert frames_of("Over 200 people died.")["Over 200"].hedge == "more_than"


def test_the_term_imposed_and_the_terms_each_side_asked_for_are_apart():
    figures = match_claims([
        *reported(MAR_28, reuters=(
            "Sam Bankman-Fried was sentenced to 25 years in prison on Thursday. "
            "Prosecutors had sought 40 to 50 years, while his lawyers asked for five to six years."
        )),
        *reported(MAR_28, ap="Sam Bankman-Fried was sentenced Thursday to 25 years in prison, far less than the 40 to 50 years prosecutors wanted."),
    ])
    imposed = figure_of(figures, "reuters:25")
    assert imposed is figure_of(figures, "ap:25") and not imposed.conflict
    sought = figure_of(figures, "reuters:40 to 50")
    assert sought is figure_of(figures, "ap:40 to 50") is not imposed
    assert figure_of(figures, "reuters:five to six") not in (imposed, sought)


def test_a_fires_acres_hectares_and_containment_grow_without_dispute():
    figures = match_claims([
        *reported(JUL_28, ap=(
            "The Park Fire grew to more than 350,000 acres on Sunday, becoming one of the largest in California history, "
            "and was 12% contained."
        )),
        *reported(JUL_30, reuters="The Park Fire had burned about 386,000 acres (156,000 hectares) by Tuesday and was 27% contained, Cal Fire said."),
        *reported(AUG_12, latimes="The Park Fire has now burned more than 429,000 acres, according to Cal Fire's latest count."),
    ])
    burned = figure_of(figures, "reuters:about 386,000")
    assert burned is figure_of(figures, "latimes:more than 429,000") is figure_of(figures, "reuters:156,000")
    assert not burned.conflict, "hectares are not compared with acres by number"
    contained = figure_of(figures, "ap:12%")
    assert contained is figure_of(figures, "reuters:27%") and not contained.conflict
    assert frames_of("The Park Fire had burned about 386,000 acres by Tuesday.")["about 386,000"].qualifiers == ()
