"""Who a story is about (anchors) and the fixes from the review of unseen BBC and Reuters articles."""

import pytest

from quizapp.generator import Article, generate
from quizapp.generator.falsify_negate import negate
from quizapp.generator.falsify_numbers import _number_swap
from quizapp.generator.statements_checks import sloppy
from quizapp.generator.vet import _CUT_OFF

RANK = """Rank set to sell off film unit

Leisure group Rank could unveil plans to sell its media business, the Sunday Telegraph reported.

Rank will announce its results on Friday. Speculation has mounted since Rank announced a study in September.
Since Mike Smith's appointment as chief executive in 1999, the group has focused on fewer businesses.
Formed in the 1940s the firm was a leading UK film producer and cinema owner for many years.
"""

PROFILE = """Russian ex-spy on hunger strike

Viktor Makarov, 50, is entering the seventh week of a hunger strike near Downing Street.

Mr Makarov joined the KGB in Moscow as an idealistic 20 year-old. By the 1980s he had risen to the rank of \
senior lieutenant.
"""


def _questions(text: str):
    return generate([Article("a.txt", text)]).questions


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in _questions(text)]


def test_the_group_names_the_company_the_story_is_about(nlp):
    prompts = " ".join(_prompts(RANK))
    assert "Rank has focused on fewer businesses" in prompts or "Rank was" in prompts
    assert "the group has focused" not in prompts and "the firm was" not in prompts


def test_he_names_the_one_man_a_profile_is_about(nlp):
    prompts = " ".join(_prompts(PROFILE))
    assert "By the 1980s Viktor Makarov had" in prompts  # true, or its "had not risen" false twin
    assert " he had" not in prompts


def test_another_person_just_before_keeps_he_unresolved(nlp):
    text = PROFILE.replace("By the 1980s he had risen", "His teacher was John Smith. By the 1980s he had risen")
    assert "Makarov had" not in " ".join(_prompts(text))


def test_he_after_the_main_man_as_subject_beside_another_man_is_him(nlp):
    text = PROFILE.replace("By the 1980s he had risen", "Mr Makarov then defended his post against John Smith "
                           "in the 1970s. By the 1980s he had risen")
    assert "By the 1980s Viktor Makarov had" in " ".join(_prompts(text))


def test_someone_unnamed_just_before_keeps_he_unresolved(nlp):
    text = PROFILE.replace("By the 1980s he had risen",
                           "One saver who wanted to remain anonymous had his say. By the 1980s he had risen")
    assert "Makarov had" not in " ".join(_prompts(text))


@pytest.mark.parametrize("sentence,word,unnamed", [
    ("A former colleague said he was always ambitious.", "colleague", True),
    ("One saver who wanted to remain anonymous had his say.", "saver", True),
    ("The bank said profits rose.", "bank", False),   # no "who": an organization may speak
    ("Mr Makarov said the rank was senior.", "rank", False),
])
def test_a_person_described_without_a_name(nlp, sentence, word, unnamed):
    from quizapp.generator.antecedents import unnamed_person
    tok = next(t for t in nlp(sentence) if t.lower_ == word)
    assert unnamed_person(tok) is unnamed


@pytest.mark.parametrize("sentence", [
    "A BMI of 25 to 29.9 is overweight and 30 or above is obese.",          # a threshold: 50 or above is true too
    "Fentanyl is 50 to 100 times more potent than morphine.",               # one end of a range
    "There were three legal challenges - one from Ireland and the other from Iata.",  # the list counts them
    "Marijuana and hemp plants are two varieties of the cannabis plant, the agency said.",  # the pair counts them
    "The couple had 10 children, including nine who are still alive.",  # a part of the count
])
def test_numbers_that_a_swap_would_not_falsify(nlp, sentence):
    sent = next(iter(nlp(sentence).sents))
    assert _number_swap(sent, sentence, sentence) is None


@pytest.mark.parametrize("text", [
    "Although sales climbed, the firm posted a loss in the quarter.",
    "Despite the warnings, Mr Greenspan offered some good news for the short term.",
])
def test_negation_skips_contrasts_and_some(nlp, text):
    assert negate(next(iter(nlp(text).sents)), text) is None


@pytest.mark.parametrize("text", [
    "Science Minister Lord Sainsbury has made a £2m donation to the Labour Party for its General Election fund.",
    "The Russian, who lost the 2002 and 2004 finals, fought back brilliantly to win 1-6 6-3 6-4 6-4.",
    "Seven-time Formula One world champion Lewis Hamilton has praised Ralf Schumacher.",
])
def test_sums_scores_and_titles_are_no_typos(nlp, text):
    assert not sloppy(list(nlp(text)), text)


@pytest.mark.parametrize("text", ["The case is a lawsuit suit against the bank.",
                                  "Benchmark 10-year Treasury yields US10YT=RR rose to 2.3 percent.",
                                  "Debt relief would be one his G8 priorities."])
def test_source_typos_are_not_copied(nlp, text):
    doc = nlp(text)
    assert sloppy(list(doc), text)


@pytest.mark.parametrize("stem", ["How many leading UK video game companies predicted?",
                                  "Who has begun a week long tour to persuade voters?"])
def test_stems_that_lost_their_clause_are_cut_off(stem):
    assert _CUT_OFF.search(stem)


def test_profit_stem_keeps_its_company_and_drops_its_levels(nlp):
    text = ("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to "
            "$1.13bn for the three months to December, from $639m a year earlier. TimeWarner said fourth quarter "
            "sales rose 2% to $11.1bn from $10.9bn. Time Warner's fourth quarter profits were slightly better "
            "than analysts' expectations. The firm is now one of the biggest investors in Google.\n")
    for q in _questions(text):
        assert "giant jump" not in q.prompt
        if q.prompt.startswith("By what percentage"):
            assert "$1.13bn" not in q.prompt and "$11.1bn" not in q.prompt
        assert not {"Time Warner", "TimeWarner"} <= set(q.choices)
        assert "sixth quarter" not in q.prompt


def test_a_dateline_never_spells_a_name_in_capitals(nlp):
    text = ("Democrats want a law on North Korea\n\nWASHINGTON (Reuters) - Democratic U.S. senators introduced a "
            "bill on Tuesday to stop a strike on North Korea. Tensions between Washington and Pyongyang have been "
            "building after a series of nuclear tests by North Korea. The bill was backed by 12 senators in "
            "Washington on Tuesday. Washington has imposed sanctions on North Korea since 2006.\n")
    prompts = _prompts(text)
    assert prompts and all("WASHINGTON" not in p for p in prompts)



def test_a_rank_limit_is_never_raised(nlp):
    sentence = "Holmes is now ranked in the world's top three 800m runners after the race."
    assert _number_swap(next(iter(nlp(sentence).sents)), sentence, sentence) is None



@pytest.mark.parametrize("epithet, text, tied", [
    ("star", "French star Marcel Desailly says Chelsea can win.", True),
    ("star", "Desailly, the French star, says Chelsea can win.", True),
    ("36-year-old", "Desailly, 36, says Chelsea can win.", True),
    ("dutchman", "Ferguson sold the Dutchman to Lazio.", False),
])
def test_an_epithet_is_tied_to_a_name_by_the_article(epithet, text, tied):
    from quizapp.generator.anchors import _called
    from quizapp.generator.entities import Entity

    assert _called(Entity(id=1, canonical="Marcel Desailly"), epithet, text) is tied



def test_two_subjects_split_by_a_preposition_are_a_misparse(nlp):
    from quizapp.generator.facts import find_subject

    doc = nlp("However, the company said AOL's underlying profit before exceptional items rose 8% last year.")
    rose = next(t for t in doc if t.text == "rose")
    assert find_subject(rose) == (None, False)


def test_a_firm_is_never_swapped_for_a_fuller_name_of_itself():
    from quizapp.generator.distractors import same_name

    assert same_name("Columbia Distributor", "Columbia Funds Distributor")
    assert not same_name("Columbia Distributor", "Bank of America")


def test_no_country_question_from_a_clause_hung_on_a_place(nlp):
    text = ("Napster founder faces charges\n\nNorwegian Frank Bruvik set up a copy of the napster.com site in "
            "the USA, which was already facing legal action. Bruvik was charged in Norway in 2001. The music "
            "industry in the USA and Norway welcomed the charges. Bruvik denied the charges on Monday.\n")
    assert not any("legal action" in p and p.startswith("Which country") for p in _prompts(text))


# Each of these once named the wrong person in a statement keyed True (a wrong key).
WRONG_PEOPLE = {
    "he_after_another_named_man_is_never_the_main_person": (
        ("Hague's earnings shown\n\nFormer Tory leader William Hague earned up to £820,000 from speeches. "
        "Mr Hague wrote a book on Pitt.\n\nMr Milburn was away from the frontbench for a year. "
        "His declared interests include £20,000 from articles. He also commanded a salary of £35,000 "
        "for being on Bridgepoint Capital's advisory committee. Mr Hague also presented a TV show.\n"),
        "Hague commanded"),
    "he_after_a_description_of_someone_is_left_alone": (
        ("Federer has no equal\n\nRoger Federer won the Masters Cup in Houston on Sunday. Federer beat "
        "Lleyton Hewitt in the final. Hewitt said Federer was the best player in the world.\n\n"
        "After his win over Lleyton Hewitt, the number one player in the world is also the main man for "
        "promoting the sport. He has just been "
        "voted the best Ambassador for Tennis on the ATP Tour.\n"),
        "Hewitt has just been voted"),
    "he_added_after_an_unnamed_spokesman_is_not_the_main_man": (
        ("Cable offers video on demand\n\nTelewest chief Eric Tveter said the firm would launch a service. "
        "Mr Tveter is confident the cable firm can dent Sky.\n\nNTL said it was concentrating on video. "
        '"PVR is a recording mechanism," said a spokesman for the company. Video-on-demand has the added '
        "advantage of not requiring a separate set-top box, he added.\n"),
        "Tveter added"),
    "nobody_is_quoted_naming_himself": (
        ("Defection timed to hit tax pledge\n\nMichael Howard was dismissive of the defection on Sunday. "
        "Tory MP Robert Jackson has joined the Labour party.\n\n"
        '"The election is not going to be decided on what Robert Jackson did," he added. '
        "The economy will decide the election. Michael Howard knows that.\n"),
        "Robert Jackson said"),
    "an_epithet_names_the_main_person_only_when_the_article_ties_them": (
        ("Stam spices up Man Utd encounter\n\nSir Alex Ferguson said Manchester United were ready. Ferguson "
        "praised his side. Ferguson sold Jaap Stam to Lazio in 2001.\n\nFerguson surprised the football "
        "world by selling him. The affair still rankles with the Dutchman, who now plays for Milan.\n"),
        "rankles with Alex Ferguson"),
    "he_after_a_sentence_whose_subject_was_he_is_not_the_name_in_it": (
        ("Neeson in bid to revive theatre\n\nLiam Neeson is backing a theatre in Belfast. Mr Neeson said his "
        "spirit belonged to the Glens of Antrim. And he said that there was one figure from his childhood he "
        "would love to portray on the big screen - Ian Paisley. He said that the DUP leader and preacher was "
        "a very dynamic, extraordinary figure.\n"),
        "Ian Paisley said"),
    "she_is_not_a_man_named_beside_a_woman_the_model_missed": (
        ("Senate confirms Nielsen\n\nThe U.S. Senate on Tuesday confirmed a post that opened after John Kelly "
        "became chief of staff. Senators voted 62-37 to confirm Kirstjen Nielsen, formerly Kelly's deputy and his "
        "chief of staff when he led DHS. She is considered a cyber security expert and previously served in the "
        "administration of George W. Bush. Nielsen, 45, will take the reins of a department with more than "
        "240,000 employees.\n"),
        "John Kelly is considered"),
}


@pytest.mark.parametrize("case", sorted(WRONG_PEOPLE))
def test_pronouns_and_epithets_never_name_the_wrong_person(nlp, case):
    text, wrong = WRONG_PEOPLE[case]
    assert wrong not in " ".join(_prompts(text))


def test_he_said_after_a_sentence_whose_he_is_someone_else(nlp):
    text = ("Oscars steer clear of controversy\n\nTim Dams, news editor of Screen International, said the Academy "
            "was conservative. Tim Dams also believes the political viewpoint of Moore's film does not sit well with "
            "the Academy.\n\nThe problem with Mel Gibson's film, he believed, was that the panel may have been "
            "cautious about a film in Aramaic.\n\n\"Hollywood doesn't tend to like foreign-language films - no-one's "
            "ever tried doing a film in a dead language,\" he said. Mel Gibson directed the film in 2004.\n")
    assert "Mel Gibson said" not in " ".join(_prompts(text))


def test_a_speaker_the_model_did_not_tag_stops_the_look_back(nlp):
    # Round 8: "Burr said he felt ... He said he expected ..." was credited to Donald Trump.
    from quizapp.generator.antecedents import nearest_person_ok
    from quizapp.generator.entities import EntityIndex

    doc = nlp("Donald Trump said the probe was a hoax. Burr said he felt \u201csome urgency\u201d related to election "
              "security related to next year\u2019s vote. He said he expected the inquiry would last into 2018.")
    index = EntityIndex.from_docs([doc])
    last = list(doc.sents)[-1]
    assert not nearest_person_ok(last, last.start, "Donald Trump", 0, index)
