"""Explicit zeros are claims of 0; a refusal to give a number is not."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "measure"),
    [
        ("Germany said none of their troops in Iraq were hurt.", "none", "troop", "injured"),
        ("Iraq said its forces did not suffer casualties.", "did not suffer casualties", "casualty", "casualties"),
        ("No one was killed in the attack, the army said.", "No one", "person", "killed"),
        ("There were no Iraqi casualties, the statement said.", "no Iraqi casualties", "casualty", "casualties"),
        ("Initial reports said no American was killed.", "no American", "american", "killed"),
        ("The source said none of the missiles had been intercepted.", "none", "missile", "weapons"),
    ],
)
def test_explicit_zero_is_a_claim_of_nothing(claims_of, sentence, text, unit, measure):
    claim = claims_of(sentence)[text]
    assert (claim.value, claim.low, claim.high, claim.zero) == (0, 0, 0, True)
    assert (claim.unit, claim.measure) == (unit, measure)


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States did not announce any casualties.",
        "The ministry did not give a figure for the wounded.",
        "There was no evidence of coordination, officials said.",
        "No one knows how many people were inside, a witness said.",
        "The army had no comment on the reports.",
    ],
)
def test_withholding_a_number_is_not_a_zero(claims_of, sentence):
    assert claims_of(sentence) == {}
