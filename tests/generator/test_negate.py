"""False twins made by negating the main verb (falsify_negate)."""

import pytest

from quizapp.generator.falsify_negate import negate
from quizapp.generator.nlp import get_nlp


@pytest.fixture(scope="module")
def first_sentence():
    nlp = get_nlp()
    return lambda text: next(iter(nlp(text).sents))


@pytest.mark.parametrize("text, negated", [
    ("Xfinity spotted suspicious activity during a routine exercise.",
     "Xfinity did not spot suspicious activity during a routine exercise."),
    ("Trump has pushed to roll back regulations that prevent development.",
     "Trump has not pushed to roll back regulations that prevent development."),
    ("The club is due to move into its new stadium.", "The club is not due to move into its new stadium."),
    ("Researchers calculated the occupancy of the hospitals every day.",
     "Researchers did not calculate the occupancy of the hospitals every day."),
])
def test_plain_statements_are_negated(first_sentence, text, negated):
    assert negate(first_sentence(text), text) == negated


@pytest.mark.parametrize("text", [
    "Russia has denied meddling in the election.",                                  # already negative
    "Xfinity spotted suspicious activity and notified law enforcement.",            # second verb stays true
    "At least 9,000 children have arrived in the UK to seek asylum.",               # "not" on a count is a quibble
    "Euronext already has a presence in London through its purchase of Liffe.",     # adverb before the verb
    'Mr Dein said "we will go through a thorough financial review" next year.',     # speech
    "Other victims have been found under collapsed houses in towns across the province.",
    # Round 22: the rider after the verb still says it happened.
    "Even during lockdowns, heavy drinking rose sharply, especially among women.",
    "An NHS survey in the UK generated similar results, with high-risk drinking most common among women.",
    # Round 24: "61.5m prescriptions ... were not issued" is no clean denial of a count.
    "Last year 61.5m prescriptions for antidepressants were issued in England.",
    # Round 25: "has not proved largely ineffective" is a double negative.
    "Black cohosh, an herbal supplement, has proved largely ineffective.",
    # Round 31: a "with ... increasing" rider, and a "not" that reaches only half a list of costs.
    "Business has improved recently with demand for air travel increasing and a recovery in the economy.",
    "Labour's campaign cost £1.7m, the Lib Dems' £1.19m and the Greens' £404,000, according to figures revealed "
    "by the Electoral Commission on Wednesday.",
])
def test_unsafe_statements_are_not_negated(first_sentence, text):
    assert negate(first_sentence(text), text) is None
