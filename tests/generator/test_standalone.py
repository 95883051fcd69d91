"""Statements and stems that must stand alone and read cleanly: fixes from the session-4 review of
unseen BBC, Reuters and health articles (each case once reached a reviewer and was rejected)."""

import pytest

from quizapp.generator import Article, generate
from quizapp.generator.clean import is_boilerplate
from quizapp.generator.entities import EntityIndex
from quizapp.generator.falsify_negate import negate
from quizapp.generator.questions_roles import role_facts, unique_roles
from quizapp.generator.statements_checks import CONTEXT_OPENER, inner_pronouns, sloppy
from quizapp.generator.vet import _CUT_OFF
from quizapp.generator.vet_claims import unresolved_subject, vague_reference


@pytest.mark.parametrize("text", ["There, German marques have not retained their stranglehold.",
                                  "One factor is the mountain of corporate cash held overseas.",  # round 23
                                  "Beyond the obvious unpleasantness, there's the small but real risk of harm.",
                                  "The subsequent months have not been easy for Tevez.",
                                  "In many ways the argument echoes the 1980s."])
def test_openers_that_need_the_sentence_before(text):
    assert CONTEXT_OPENER.match(text)


def test_a_modified_time_or_event_noun_needs_its_referent():
    assert unresolved_subject("The red carpet gala opening night was ditched in favour of a subdued first night.")
    assert not unresolved_subject("The global economy grew by 3% last year.")


def test_vague_outcomes():
    assert vague_reference("Australia, Italy and the Netherlands saw a decline.")
    assert not vague_reference("Sales saw a sharp rise in March.")


def test_a_pronoun_needs_a_noun_of_its_number_before_it(nlp):
    sent = next(nlp("Mr McCabe has promised them about 8.1bn pounds next year.").sents)
    assert not inner_pronouns(sent, sent.text)
    sent = next(nlp("Medicare patients had a lower risk if they were admitted early.").sents)
    assert inner_pronouns(sent, sent.text)
    # Round 22: a person's name and title are no antecedent for "it" (the investigation, said before).
    sent = next(nlp("Transport Commissioner Jacques Barrot said he wanted it to be carried out swiftly.").sents)
    assert not inner_pronouns(sent, sent.text)


@pytest.mark.parametrize("text, points_back", [
    ("EU rules prevent that from happening again.", True),             # round 22: "that" is the earlier aid
    ("Right now I feel that a little bit.", True),                     # round 22, a quotation
    ("Trump has pushed to roll back regulations that prevent development.", False),
    ("Mr Clement said that under Russian law, the government was obliged to enter into arbitration.", False),
    ("Mr Dein said that, although TV money had driven the game, he feared there were too many games.", False),
])
def test_that_standing_for_something_said_before(nlp, text, points_back):
    from quizapp.generator.statements_checks import pronoun_that
    assert any(pronoun_that(t) for t in nlp(text)) is points_back


@pytest.mark.parametrize("text, anchored", [
    ("Russia's flagship TV news show took a similar line on Monday evening.", True),   # round 22
    ("An NHS survey in the UK generated similar results.", True),
    ("Films with budgets of up to £9m, a similar level to last year, were made.", False),
    ("Women are found to partake in 'risky drinking' as the age, study reveals.", True),   # round 22
    ("Risky drinking rose among women, the study found in March.", False),
    ("United Nations officials are not so sure.", True),                                    # round 25: of what?
])
def test_similar_or_study_says_needs_what_it_points_to(text, anchored):
    from quizapp.generator.statements_checks import ANCHORED
    assert bool(ANCHORED.search(text)) is anchored


@pytest.mark.parametrize("text", ["Yancey's campaign did not immediately respond to requests for comment.",
                                  "The company could not immediately be reached."])
def test_no_reply_to_a_reporter_is_no_fact_of_the_story(text):
    from quizapp.generator.statements_checks import PRONOUN
    assert PRONOUN.search(text)


@pytest.mark.parametrize("text", [
    "Relatively little research has been conducted into ketamine in adolescents.",
    "Increased costs at Wembley saw the construction division report profits of 35m dollars.",
    "Brazil's biggest city is a sprawling, ugly, restless metropolis.",
])
def test_negations_that_are_murky_or_deny_a_view(nlp, text):
    assert negate(next(nlp(text).sents), text) is None


def test_a_plain_membership_is_still_negated(nlp):
    text = "Tevez is a member of the national team."
    assert negate(next(nlp(text).sents), text) == "Tevez is not a member of the national team."


@pytest.mark.parametrize("text", ["Wembley Stadium is to due to be completed in January.",
                                  "In the last five months she ha been responsible for it.",
                                  "It drew 90 million viewers, with many of the people watching are said to tune in."])
def test_source_typos(text):
    assert sloppy([], text)


@pytest.mark.parametrize("line", ["The U.S. National Eye Institute has more on eye floaters.", "En Español",
                                  "latimes.com/health/boostershots/la-heb-fibromyalgia-20100818,0,3501141.story",
                                  "2:33 PM PDT, August 18, 2010"])
def test_page_furniture_of_health_sites(line):
    assert is_boilerplate(line)


def test_a_state_representative_is_one_of_many(nlp):
    doc = nlp("State Representative Carlos Smith, a Democrat, said it was wrong. Carlos Smith voted no.")
    index = EntityIndex.from_docs([doc])
    assert not any("State Representative" in f.prompt for f in unique_roles(role_facts(0, list(doc.sents), index)))


def test_dateline_capitals_and_double_spaces_never_reach_a_prompt(nlp):
    text = ("Taxpayers rush to pay\n\nNEW YORK (Reuters) - Financial advisers are working overtime as taxpayers "
            "scramble to pay their 2017 taxes. Last week, state officials in New York received 2,000 calls from "
            "residents asking to pay their 2018 property taxes early. Some advisers said clients wanted to "
            "estimate and  pay the rest of their 2017 taxes this year. The Internal Revenue Service said on "
            "Wednesday that 2018 property taxes were deductible only if assessed in 2017.\n")
    prompts = " ".join(q.prompt for q in generate([Article("a.txt", text)]).questions)
    assert "NEW York" not in prompts and "  " not in prompts and "and – pay" not in prompts


@pytest.mark.parametrize("text", ["Shortly afterwards model Caprice and actor Rupert Adams left the show.",
                                  "Soon after, nerdy Peter Parker was transformed.",
                                  "Hey, there are not many meets that go by without a world record."])
def test_openers_that_tie_a_sentence_to_the_last(text):
    assert CONTEXT_OPENER.match(text)


def test_a_cut_never_ends_in_a_conjunction_or_inside_an_aside(nlp):
    from quizapp.generator.statements import _main_clause

    for text in ["Yahoo has reached the grand old age of 10 and, in internet years, that is a long time.",
                 "Soon after, nerdy Peter Parker was transformed - after a bite from an irradiated spider - into "
                 "someone who could crawl up the sides of New York's skyscrapers."]:
        cut = _main_clause(next(nlp(text).sents))
        assert cut is None or not cut.endswith(("and.", "spider.")), cut


def test_a_cut_never_leaves_a_bare_verb(nlp):
    from quizapp.generator.statements import _main_clause

    text = ("On Sunday, the BMA junior doctor leaders met and decided to put the new offer to a vote of "
            "members, ending months of strikes.")
    cut = _main_clause(next(nlp(text).sents))
    assert cut is None or not cut.endswith("leaders met."), cut
    text = ("Previous gloomy forecasts proved wrong, he will argue, while suggesting that only by sticking with "
            "him can Britain continue to have a sound economy.")
    assert _main_clause(next(nlp(text).sents)) == "Previous gloomy forecasts proved wrong, he will argue."


def test_a_cut_keeps_what_a_particle_verb_went_on_to_do(nlp):
    from quizapp.generator.statements import _main_clause

    text = ("So when Hanna-Attisha heard that scientists had found high levels of lead in Flint's water in "
            "September 2015, she went back and looked at the city's records of children's blood lead levels.")
    cut = _main_clause(next(nlp(text).sents))
    assert cut is None or not cut.endswith("went back."), cut


def test_no_negation_of_an_aside_the_parser_took_for_the_verb(nlp):
    text = "The test, called a liquid biopsy, screens for cancer by detecting bits of DNA in blood."
    assert negate(next(nlp(text).sents), text) is None


def test_no_subject_question_from_a_list_parsed_as_an_aside(sentence_facts):
    text = "Jack Kirby, Frank Miller, John Romita and others achieved cult status in their own right."
    assert not any(f.slot == "subj" for f in sentence_facts(text))


@pytest.mark.parametrize("text", ["Others accused Kelly of encouraging white supremacists.",
                                  "In the latest study, Moss and colleagues explore how much better women did."])
def test_more_openers_that_need_the_sentence_before(text):
    assert CONTEXT_OPENER.match(text)


@pytest.mark.parametrize("stem", ["Who did others accuse of encouraging white supremacists?",
                                  "In which month did Congress pass a bill?",
                                  "In which year was FARA first passed to combat propaganda and according to the DOJ?",
                                  "How many gold medals did Jones win and two bronzes in Sydney in 2000?",
                                  "Who has failed in its bid to conquer the box office?",
                                  "Which organization lost out to JVC in that fight?"])
def test_stems_that_point_elsewhere_or_are_garbled(nlp, stem):
    from quizapp.formats.model import Evidence, Question
    from quizapp.generator.rank import Candidate
    from quizapp.generator.vet import HARD, severity

    sentence = "Congress passed a bill in June."
    q = Question(kind="multiple_choice", prompt=stem, answer="June", choices=["June", "May", "July"],
                 evidence=[Evidence("s1", sentence)])
    index = EntityIndex.from_docs([nlp(sentence)])
    assert severity(Candidate(q, 1.0, 0, 0, "k", (("s1", sentence),)), sentence, index) == HARD


def test_a_role_opening_after_a_quote_is_lowercased(nlp):
    doc = nlp('"We can start running the club again." Outgoing Leeds chairman Gerald Krasner said: "It is done."')
    index = EntityIndex.from_docs([doc])
    prompts = [f.prompt for f in unique_roles(role_facts(0, list(doc.sents), index))]
    assert "Who is the outgoing Leeds chairman?" in prompts


def test_a_source_typo_is_refused_whatever_rule_made_the_statement(nlp):
    from quizapp.formats.model import Evidence, Question
    from quizapp.generator.rank import Candidate
    from quizapp.generator.vet import HARD, severity

    sentence = "Mr Brown has already said tackling world poverty would be one his G8 priorities."
    q = Question(kind="true_false", prompt=sentence, answer=True, evidence=[Evidence("s1", sentence)])
    index = EntityIndex.from_docs([nlp(sentence)])
    assert severity(Candidate(q, 1.0, 0, 0, "k", (("s1", sentence),)), sentence, index) == HARD


@pytest.mark.parametrize("text", ["Japan wants a lower dollar which helps makes its exports cheaper.",
                                  "Using the wrong cartridge could means snaps fade in months."])
def test_verb_agreement_typos(nlp, text):
    assert sloppy(list(nlp(text)), text)
    assert not sloppy(list(nlp("He says it works well.")), "He says it works well.")


def test_no_where_question_about_a_bare_plural(sentence_facts):
    text = "Last year 61.5m prescriptions for antidepressants were issued in England."
    assert not any(f.slot == "where" for f in sentence_facts(text))


def test_a_healthday_dateline_and_a_hyphenated_word_are_no_boundaries(nlp):
    from quizapp.generator.statements import _DATELINE, _main_clause

    assert _DATELINE.match("MONDAY, March 12, 2012 (HealthDay News) -- People taking statins may gain.")
    text = ("Researchers found that among 24,071 Medicare enrollees who had a negative colonoscopy, almost 24% were "
            "re-examined within seven years with no clear indication.")
    cut = _main_clause(next(nlp(text).sents))
    assert cut is None or not cut.endswith("re.")


def test_attributing_to_the_article_keeps_a_name_s_capital():
    from quizapp.generator.vet_claims import attribute_to_article

    assert attribute_to_article("Finzi notes studies show 50% may benefit.").endswith("Finzi notes studies show 50% may benefit.")
    assert attribute_to_article("There will be more.") == "According to the article, there will be more."


def test_loaded_words_make_an_opinion():
    from quizapp.generator.vet_claims import opinion

    assert opinion("Fry's portrayal of Dr Arnold dominates a muted Christmas schedule on ITV1.")
    assert opinion("Broadband's rapid rise continues apace as speeds gear up a notch.")
    assert not opinion("The broadcaster showed the drama on Christmas Day.")


def test_good_news_says_nothing_alone():
    assert vague_reference("There is some good news, Roy Alcalay added.")


@pytest.mark.parametrize("text", ["Tomei, an animal lover, expressed that the effort is close to her heart.",
                                  "Broadband access plays a big part in ownership too.",
                                  "The outlook for Sri Lanka is less optimistic."])
def test_negations_that_need_more_than_not(nlp, text):
    assert negate(next(nlp(text).sents), text) is None


def test_a_reported_message_is_never_cut_off(nlp):
    from quizapp.generator.statements import _main_clause

    text = ("Lawyers for Menendez and Melgen have told the jury in Newark, New Jersey, that the gifts were tokens "
            "of a long friendship.")
    cut = _main_clause(next(nlp(text).sents))
    assert cut is None or not cut.endswith("New Jersey.")


def test_more_cut_and_vague_forms():
    assert _CUT_OFF.search("In which month did Sizemore become the first patient ever?")
    assert vague_reference("Almost one in five US citizens aged under 30 have one.")


def test_no_role_question_on_a_head_of_state_everyone_knows(nlp):
    doc = nlp("U.S. President Donald Trump condemned the attack. Trump spoke on Saturday.")
    index = EntityIndex.from_docs([doc])
    assert not any("U.S. President" in f.prompt for f in unique_roles(role_facts(0, list(doc.sents), index)))


@pytest.mark.parametrize("text", ["A trial date has not been set.", "The 33 year old was found guilty of doping.",
                                  "Madden said the action was further proof of that."])
def test_statements_that_name_nothing_or_point_back(text):
    assert vague_reference(text)


def test_round_7_statements(nlp):
    from quizapp.generator.vet_claims import opinion

    assert CONTEXT_OPENER.match("Earlier Lib Dem home affairs spokesman Mark Oaten said the plan was right.")
    assert not CONTEXT_OPENER.match("Earlier this year the firm cut 300 jobs.")
    assert vague_reference("The Texas Republican denied allegations of sexual harassment.")
    assert opinion("Experiments in animals often fail in humans, so further research is needed.")
    assert opinion("Consumers face an almost overwhelming choice of portable music players.")


def test_a_he_after_a_quote_is_not_the_name_inside_it():
    text = ('Ebbers denies fraud\n\nBernard Ebbers took the stand on Thursday. Scott Sullivan was WorldCom\'s '
            'finance chief. Mr Sullivan "made accounting decisions," he told the federal court. Ebbers, 63, '
            'denied knowing about the fraud.\n')
    assert not any(q.prompt.startswith("Mr Sullivan") for q in generate([Article("a.txt", text)]).questions)


def test_a_relative_that_in_a_quotation_points_nowhere(nlp):
    text = ('"We wanted actors who had iconic status but that we could also deconstruct," Gervais told BBC News. '
            '"That decision was a mistake," Gervais told BBC News. Ricky Gervais wrote Extras.')
    from quizapp.generator.statements_quotes import quote_statements

    doc = nlp(text)
    index = EntityIndex.from_docs([doc])
    made = [s.text for s in quote_statements(0, [(0, doc)], index)]
    assert any("deconstruct" in t for t in made) and not any("That decision" in t for t in made)


@pytest.mark.parametrize("text", ["The US military industry has show a strong interest to open a link with India.",
                                  "Sales of ice cream dipped by 2.4% In the US last year, revenue grew by 1.5%.",
                                  "Investigators asked four people about a October meeting in New York."])
def test_round_8_source_typos(nlp, text):
    assert sloppy(list(nlp(text)), text)


def test_round_8_cuts_and_stems(nlp):
    from quizapp.formats.model import Evidence, Question
    from quizapp.generator.rank import Candidate
    from quizapp.generator.statements import _main_clause
    from quizapp.generator.vet import HARD, severity

    text = ("Services other than just voice calls which are offered by mobile operators in India have, however, "
            "grown fast.")
    cut = _main_clause(next(nlp(text).sents))
    assert cut is None or not cut.endswith("have.")
    stem = "Who from the League Against Cruel Sports, said video evidence would be passed onto police?"
    sentence = "Mike Hobday from the League Against Cruel Sports, said video evidence would be passed onto police."
    q = Question(kind="multiple_choice", prompt=stem, answer="Mike Hobday", choices=["Mike Hobday", "A B", "C D"],
                 evidence=[Evidence("s1", sentence)])
    index = EntityIndex.from_docs([nlp(sentence)])
    assert severity(Candidate(q, 1.0, 0, 0, "k", (("s1", sentence),)), sentence, index) == HARD


def test_a_side_clause_taken_for_the_main_one_is_no_statement():
    # Round 22: "With Broadway closed until March 2021 at least." was offered as a (false) statement.
    text = ("Bars face closure\n\nHalf of the city's bars could close for good, a survey found on Monday.\n\n"
            "But with Broadway closed until January 2021 at least and as office workers continue to work from home, "
            "they are all at risk.\n\nThe survey of 1,000 owners was run by the NYC Hospitality Alliance.\n")
    for q in generate([Article("a.txt", text)]).questions:
        assert not q.prompt.startswith("With Broadway")


def test_additionally_goes_like_also():
    # Round 23: "Additionally, the report found ..." kept its connective.
    from quizapp.generator.statements import _CONNECTIVE
    assert _CONNECTIVE.sub("", "Additionally, the report found that ...") == "the report found that ..."


def test_down_to_ten_men_is_an_idiom_not_a_count(nlp):
    # Round 23: "Down to 30 men, Liverpool ..." was false on its face.
    from quizapp.generator.falsify_numbers import _number_swap
    text = "Down to 10 men, Liverpool quickly fell 2-0 behind to a second goal from Juan Mata."
    assert _number_swap(next(nlp(text).sents), text, text) is None


def test_a_lost_has_is_a_source_typo(nlp):
    # Round 23: "Who been pushing for a coach's challenge rule?" and its statement kept the source's slip.
    text = "General manager Dale Tallon been pushing for a coach's challenge rule for years."
    assert sloppy(list(nlp(text)), text)
    text = "General manager Dale Tallon has been pushing for a coach's challenge rule for years."
    assert not sloppy(list(nlp(text)), text)


def test_a_sentence_opening_capital_is_lowered_inside_a_stem_or_post(nlp):
    # Round 24: "did Some Citigroup operations", "the New Home Secretary", "Where is Breast cancer diagnosed".
    from quizapp.generator.facts import subject_text, subject_core
    from quizapp.generator.questions_roles import role_facts
    for text, subject in (("Some Citigroup operations came under regulatory criticism in 2004.", "some Citigroup"),
                          ("Breast cancer is diagnosed in about 200,000 women each year in the United States.",
                           "breast cancer"),
                          ("Its private banking operation in Japan was closed down by regulators.", None)):
        doc = nlp(text)
        index = EntityIndex.from_docs([doc])
        subj = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
        got = subject_text(doc, subj, subject_core(subj), index, 0)
        assert got == subject if subject is None else got.startswith(subject)
    doc = nlp("New Home Secretary Charles Clarke has vowed to plough on with plans for ID cards.")
    facts = [f for _, f in role_facts(0, list(doc.sents), EntityIndex.from_docs([doc]))]
    assert facts and all("New Home" not in (f.statement or "") + f.prompt for f in facts)


def test_followed_with_nothing_followed_points_back():
    # Dev reading: "Wild celebrations followed, with an emotional Moya congratulated by his team-mates ..."
    text = ("Moya clinches cup for Spain\n\nCarlos Moya beat Andy Roddick to win the Davis Cup final for Spain in "
            "Seville on Sunday.\n\nWild celebrations followed, with an emotional Moya congratulated by his "
            "team-mates, including Nadal, who at 18 becomes the youngest ever victor in Davis Cup history.\n\n"
            "Mardy Fish beat Tommy Robredo in the final dead rubber to cut Spain's winning margin to 3-2.\n")
    assert not [q for q in generate([Article("a.txt", text)]).questions if q.prompt.startswith("Wild celebrations")]


def test_according_to_the_article_keeps_a_name_s_capital():
    # Round 26: "According to the article, desailly is one of the most decorated players ...".
    from quizapp.generator.vet_claims import attribute_to_article
    text = "Former Chelsea captain Desailly says so. Marcel Desailly is one of the most decorated players."
    assert attribute_to_article("Desailly is one of the most decorated players in football.", article_text=text) \
        == "According to the article, Desailly is one of the most decorated players in football."
    assert attribute_to_article("Recent rulings will matter.", article_text=text) == \
        "According to the article, recent rulings will matter."


def test_a_side_clause_on_a_noun_of_the_predicate_is_cut(nlp):
    """Round 28: "..., who seized power ... in his entourage" kept a true clause about the priest out of the quiz."""
    from quizapp.generator.statements import _main_clause

    text = ("Fidelis Mukonori is acting as a middle-man between Mr Mugabe and the generals, who seized power in a "
            "targeted operation against criminals in his entourage.")
    assert _main_clause(next(nlp(text).sents)) == \
        "Fidelis Mukonori is acting as a middle-man between Mr Mugabe and the generals."
    # A clause on the subject says who is meant: it stays.
    assert _main_clause(next(nlp("The man who sold the house, which was old, left town.").sents)) is None


def test_what_a_named_subject_called_something_is_its_own_word(nlp):
    """Round 28: "over what it called serious abuses" names no one outside the sentence when its subject is a
    named country or organization, so the statement stands alone."""
    from quizapp.generator.statements_checks import PRONOUN, own_words

    text = ("Last month the United States imposed sanctions on seven North Korean individuals over what it called "
            "serious human rights abuses.")
    sent = next(nlp(text).sents)
    assert not PRONOUN.search(own_words(sent, text))
    vague = next(nlp("The group imposed sanctions on seven people over what it called abuses.").sents)
    assert PRONOUN.search(own_words(vague, vague.text))


def test_a_dateline_of_city_and_country_is_no_part_of_the_statement():
    """Round 30: "Lagos, Nigeria – On February 22, ..." put a German announcement in Lagos."""
    from quizapp.generator.statements import _DATELINE

    text = "Lagos, Nigeria – On February 22, German Chancellor Olaf Scholz announced a halt."
    assert _DATELINE.sub("", text) == "On February 22, German Chancellor Olaf Scholz announced a halt."
    assert _DATELINE.sub("", "Smith, Jones – and others – won.") == "Smith, Jones – and others – won."
