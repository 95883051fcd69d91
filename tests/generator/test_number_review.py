"""Numbers in stems and false twins: fixes from the session-4 review of unseen BBC, Reuters and health
articles (each case once reached a reviewer and was rejected)."""

import re

import pytest

from quizapp.generator.vet import _CUT_OFF


@pytest.mark.parametrize("text", [
    "The two countries strengthened ties in both defence and economic issues in 2004.",
    "The two committees, sometimes members and sometimes staff, have been conducting frequent interviews with a "
    "variety of witnesses.",
])
def test_the_two_points_back_and_is_no_count(sentence_facts, text):
    assert not any(f.slot == "count" for f in sentence_facts(text))


@pytest.mark.parametrize("stem", ["In which month was Israeli industry minister Ehud Olmert reported?",
                                  "How many copies did whose debut album sell in the UK?"])
def test_cut_off_stems(stem):
    assert _CUT_OFF.search(stem)


def test_stems_that_lose_who_or_keep_a_level(sentence_facts):
    from quizapp.generator.vet import _GARBLED_NUMBER

    assert _GARBLED_NUMBER.search("By what percentage did world music sales decline 33.6 billion?")
    text = "The average American who itemized his tax bill in 2015 claimed more than $27,000 in deductions."
    assert not any(f.prompt.startswith("In which year did American") for f in sentence_facts(text))


@pytest.mark.parametrize("stem", ["How many other related compounds has Beijing placed fentanyl and on its list?"])
def test_stems_that_lost_half_a_list(stem):
    from quizapp.generator.vet import _GARBLED_NUMBER

    assert _GARBLED_NUMBER.search(stem)


def test_no_swap_between_the_sides_of_a_ratio(nlp):
    from quizapp.generator.falsify_numbers import _number_swap

    text = "The test correctly found the diseases in at least four out of five patients."
    assert _number_swap(next(nlp(text).sents), text, text) is None


def test_bounds_include_topping():
    from quizapp.generator.vet_claims import bounded_swap

    assert bounded_swap("Donations are topping pounds 250,000 this year.", "Donations are topping pounds 340,000 this year.")


def test_a_measured_month_is_not_moved(nlp):
    from quizapp.generator.falsify_numbers import _calendar_swap

    text = "UK house prices dipped slightly in November, the ODPM has said."
    assert _calendar_swap(next(nlp(text).sents), text, text) is None
    text = "The CBO said in its October report that the mandate raises the deficit."
    assert _calendar_swap(next(nlp(text).sents), text, text) is not None


def test_round_6_stems_and_conversions(nlp):
    from quizapp.generator.falsify_numbers import _number_swap
    from quizapp.generator.vet import _GARBLED_NUMBER

    assert _GARBLED_NUMBER.search("How many tonnes does the IMF have of gold, or about 113.5m ounces?")
    text = "The Canadian Broadcasting Corporation bought Flight into Danger for dollars 600 (pounds 318)."
    out = _number_swap(next(nlp(text).sents), text, text)
    assert out is None or "(pounds 318)" in out


@pytest.mark.parametrize("stem", ["In which month did Golding stand for election as London mayor 1.2 percent of all cast?",
                                  "What percentage of patients went into remission, 36 percent after one year?"])
def test_stems_keeping_another_share(stem):
    from quizapp.generator.vet import _GARBLED_NUMBER

    assert _GARBLED_NUMBER.search(stem)


def test_number_swaps_keep_clear_of_near_figures_and_their_article(nlp):
    from quizapp.generator.falsify_numbers import _number_swap

    text = "Congress passed an $8 billion disaster aid bill on Thursday."
    out = _number_swap(next(nlp(text).sents), text, text)
    assert out is None or not re.search(r"\ban \$(?!8|11|18)", out)  # never "an $32 billion"
    article = "A target of 1.5 million more adults by 2007 was met. The 2010 target is 2.25 million."
    sent = next(nlp("A target of 1.5 million more adults by 2007 was met.").sents)
    out = _number_swap(sent, article, sent.text)
    assert out is None or "2.2 million" not in out



@pytest.mark.parametrize("sentence", [
    "The SEC's settlement included agreements with three other ex-managers, Peter Martin, Erik Gustafson and "
    "Joseph Palombo, who paid penalties.",
    "Babyshambles took the stage to a frenzied reception at 2200 GMT on Friday.",
])
def test_round_8_numbers_that_are_no_quantity_to_move(nlp, sentence):
    from quizapp.generator.falsify_numbers import _number_swap

    assert _number_swap(next(nlp(sentence).sents), sentence, sentence) is None


def test_round_8_cut_figures():
    from quizapp.generator.vet import _GARBLED_NUMBER

    assert _GARBLED_NUMBER.search("By what percentage did profits for the year to 31 rise to pounds 4.6bn?")
    assert not _GARBLED_NUMBER.search("By what percentage did profits for the year to 31 March rise?")


@pytest.mark.parametrize("text", ["Thursday's agreement was welcomed by both parties.",
                                  "The Saturday event was scheduled weeks before the party's current turmoil.",
                                  "Amazon said in March that the warehouse injury rate had fallen sharply.",
                                  "Reuters saw the letter on Friday, two officials confirmed."])
def test_a_weekday_naming_an_event_is_not_moved(nlp, text):
    """Reviewers call "Tuesday's agreement follows ..." false only by a quibble (session 6)."""
    from quizapp.generator.falsify_numbers import _calendar_swap

    assert _calendar_swap(next(nlp(text).sents), text, text) is None
