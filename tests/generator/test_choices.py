"""Stems, choices and false twins: fixes from the reviews of session 5 (each case reached a reviewer
or was found beside one): posts and ranks, foreign posts, organizations that are people, months and
units in stems, swaps that say the same or give themselves away, and figures tied to another."""

import re

import pytest

from quizapp.generator import Article, generate
from quizapp.generator.entities import EntityIndex
from quizapp.generator.questions_subject import subject_fact
from quizapp.generator.statements import sentence_statements


def test_a_superlative_before_a_name_is_a_misparse_not_a_title(nlp):
    text = "The earliest Davis will be able to file for re-election is Wednesday, according to the state office."
    doc = nlp("Kim Davis is a clerk. " + text)
    index = EntityIndex.from_docs([doc])
    sent = list(doc.sents)[1]
    assert subject_fact(0, 1, sent, text, index) is None


def test_a_photo_caption_is_no_story():
    from quizapp.generator.clean import is_boilerplate

    assert is_boilerplate("Signage is pictured on the company headquarters of GlaxoSmithKline in London, July 2008.")
    # Round 29: a caption with the day of the month was turned into a false twin by moving the day.
    assert is_boilerplate("A box of Viagra, typically used to treat erectile dysfunction, is seen in a pharmacy in "
                          "Toronto January 31, 2008.")
    assert not is_boilerplate("GlaxoSmithKline said its drug worked in eight in 10 children.")


def test_a_rank_is_no_post(sentence_facts, nlp):
    from quizapp.generator.questions_roles import role_facts

    doc = nlp("Mattis was joined in Seoul on Friday by Marine General Joseph Dunford. White House Chief of Staff "
              "General John Kelly called Senator Chuck Grassley.")
    roles = [role for role, _ in role_facts(0, list(doc.sents), EntityIndex.from_docs([doc]))]
    assert not [r for r in roles if r.lower().endswith("general")]
    assert [r for r in roles if "chief of staff" in r.lower()]


def test_a_foreign_post_takes_only_people_of_that_country():
    from quizapp.generator.distractors import comparable

    text = ("Japanese Defence Minister Itsunori Onodera met CIA chief Mike Pompeo and General Joseph Dunford. "
            "Japanese Foreign Minister Taro Kono was there too.")
    assert comparable("Who is the Japanese Defence Minister?", ["Mike Pompeo", "Taro Kono"], text) == ["Taro Kono"]


def test_a_head_of_government_the_article_names_without_a_post_is_no_chairman():
    # Round 22: "Who is the chairman of the Virginia Board of Elections?" offered Donald Trump.
    from quizapp.generator.distractors import comparable

    text = ("The chairman of the Virginia Board of Elections, James Alcorn, said so. Republican David Yancey "
            "was tied. Democrats made gains since Republican Donald Trump won the White House last year.")
    assert comparable("Who is the chairman of the Virginia Board of Elections?", ["David Yancey", "Donald Trump"],
                      text) == ["David Yancey"]


def test_a_figure_said_of_one_place_is_not_asked_without_it(sentence_facts):
    facts = sentence_facts("In Europe, cameras on mobiles can take 1.3 megapixel images.")
    assert not [f for f in facts if f.quantity is not None]


def test_a_member_of_a_body_is_one_of_several(nlp):
    from quizapp.generator.questions_roles import role_facts

    doc = nlp("The letter was sent to FCC Commissioner Jessica Rosenworcel on Monday by House Democrats.")
    assert not role_facts(0, list(doc.sents), EntityIndex.from_docs([doc]))


def test_a_two_word_name_opening_a_sentence_keeps_its_capital(sentence_facts):
    facts = sentence_facts("Electronic Arts, the world's biggest games publisher, had 9 games in the top 20.")
    assert facts and not [f for f in facts if "electronic Arts" in f.prompt]


def test_here_in_a_stem_points_outside_it(sentence_facts):
    assert not sentence_facts("Marie Jean gave birth to a son here in 2014, her lawyer Tom Smith said.")


def test_a_swapped_name_takes_the_possessive_it_needs():
    from quizapp.generator.falsify import _put

    assert _put("Despite Kelly Holmes' golden double, the team failed.", "Kelly Holmes", "Andrew Foster") \
        == "Despite Andrew Foster's golden double, the team failed."


def test_a_said_question_keeps_the_whole_claim(sentence_facts):
    facts = sentence_facts("Earlier Mr Charles Kennedy, whose party opposes the plan, said with Christmas coming up "
                           "the new home secretary had time to think again.")
    assert not [f for f in facts if f.slot == "said" and not f.prompt.endswith("think again?")]


def test_a_clause_whose_object_is_the_noun_before_it_asks_nothing(sentence_facts):
    facts = sentence_facts("Tory leader Michael Howard went on the offensive over comments Mr David Blunkett is "
                           "alleged to have made in a new biography.")
    assert not [f for f in facts if "alleged to have made in" in f.prompt]


def test_a_change_from_an_earlier_figure_is_not_negated(nlp):
    from quizapp.generator.falsify_negate import negate

    text = "Growth was 1.1% in 2004, up from just 0.3% in 2003."
    assert negate(next(nlp(text).sents), text) is None


def test_a_knight_is_not_swapped_for_a_plain_mister(nlp):
    text = ("Sir Alan Budd found a chain of events linked Mr Blunkett to the nanny's application. "
            "Lib Dem spokesman Mark Oaten said there should be a judge led inquiry.")
    doc = nlp(text)
    made = sentence_statements(0, list(doc.sents), EntityIndex.from_docs([doc]), text)
    assert not [s for s in made if s.false_text and "Sir Mark" in s.false_text]


def test_a_name_after_its_post_is_not_swapped(nlp):
    """"US president Boris Johnson" (a reviewer's reject, session 6): the post says who holds it."""
    from quizapp.generator import Article, generate

    text = ("Brexit bill passes\n\nBoris Johnson's controversial Brexit legislation has been backed by MPs.\n\n"
            "The Internal Market Bill cleared its final stage in the House of Commons by 340 votes to 256.\n\n"
            "Mr Miliband highlighted reservations from US president Donald Trump's Northern Ireland envoy, "
            "Mick Mulvaney.\n\nShadow business secretary Ed Miliband said Labour opposed the Bill.\n")
    prompts = " ".join(q.prompt for q in generate([Article("b.txt", text)]).questions)
    assert "president Boris Johnson" not in prompts


def test_a_place_opening_a_post_keeps_its_capital(nlp):
    from quizapp.generator.questions_roles import role_facts

    doc = nlp("New York Attorney General Elliot Spitzer sued the company, accusing it of receiving illegal payments.")
    facts = [f for _, f in role_facts(0, list(doc.sents), EntityIndex.from_docs([doc]))]
    assert facts and all("new York" not in (f.statement or "") + f.prompt for f in facts)


def test_a_lost_dash_beside_a_comma_is_only_spacing():
    from quizapp.generator.pipeline import restore_layout

    assert restore_layout("Roy Moore of Alabama,   and Representative John Conyers") == \
        "Roy Moore of Alabama, and Representative John Conyers"
    assert restore_layout("casinos   trials of which") == "casinos – trials of which"


def test_a_drop_cap_is_layout():
    from quizapp.generator.pipeline import restore_layout

    assert restore_layout("WHEN John Finlay saw his premium rise, he acted.") == \
        "When John Finlay saw his premium rise, he acted."
    assert restore_layout("NATO said it would act.") == "NATO said it would act."


def test_a_chamber_is_no_distractor_for_its_congress():
    from quizapp.generator.distractors import same_kind_orgs

    assert "Senate" not in same_kind_orgs("Congress", ["Senate", "White House", "Pentagon"])
    assert "Congress" not in same_kind_orgs("House of Representatives", ["Congress", "Pentagon"])


def test_a_person_written_as_one_is_no_organization_choice():
    from quizapp.generator.people import written_as_person

    assert written_as_person("Narasimhan", "Narasimhan, who said the company now plans trials, smiled.")
    assert written_as_person("Narasimhan", "Narasimhan, Novartis's head of development, said so.")
    assert not written_as_person("Novartis", "Novartis, the Swiss drugmaker, said so.")


def test_a_when_stem_holding_another_month_asks_nothing(sentence_facts):
    facts = sentence_facts("New mortgage loans in January fell to 79,000 from 82,000 in December, the bank said.")
    assert not [f for f in facts if f.prompt.startswith("In which month")]


@pytest.mark.parametrize("text", ["Brent crude rose in London trading, adding $1.89 to $48.62 at the close."])
def test_no_direction_swap_beside_a_second_direction_word(nlp, text):
    from quizapp.generator.falsify_numbers import _direction_swap

    assert _direction_swap(next(nlp(text).sents), text) is None


def test_not_only_wants_but_also(nlp):
    from quizapp.generator.falsify_negate import negate

    text = "Subchondroplasty is only feasible in a narrow range of patients."
    assert negate(next(nlp(text).sents), text) is None


def test_a_unit_is_no_counted_noun():
    from quizapp.generator.number_clauses import ask

    assert ask("how many m", "text messages were sent in the UK on New Year's Day") is None


@pytest.mark.parametrize("text, expected", [
    ("Passage in Congress is expected soon.", "According to the article, passage in Congress is expected soon."),
    ("Recent rulings have gone against firms.", "According to the article, recent rulings have gone against firms."),
    ("Finzi notes that it will rain.", "According to the article, Finzi notes that it will rain."),
    # Round 32 (reading): "According to the article, Now Arsene Wenger claims ..."
    ("Now Arsene Wenger claims Ferguson should be punished.",
     "According to the article, Arsene Wenger claims Ferguson should be punished."),
])
def test_according_to_the_article_lowers_a_common_word_only(text, expected):
    from quizapp.generator.vet_claims import attribute_to_article

    assert attribute_to_article(text) == expected


def test_a_name_holding_the_other_is_no_swap():
    from quizapp.generator.falsify import _nested

    assert _nested("the Senate", "the U.S. Senate")
    assert not _nested("the Senate", "the House")


@pytest.mark.parametrize("text", [
    "Japan ranked 114 out of 144 in the World Economic Forum's 2017 Global Gender Gap report.",
    "Only 3.7 percent of executives were women at the end of July, barely changed from 3.4 percent a year earlier.",
    "Jackie Speier told the panel that two current House members, a Republican and a Democrat, had harassed staff.",
    # Round 22: "support 7G networks", "a 1,033G chipset": a number inside a name is no quantity.
    "Both devices support 5G networks and the Pixel 5 has a 765G chipset.",
    # Round 24: "22 of the 19 patients" is false on its face.
    "Weakness was seen in 12 of the 19 patients after surgery, the study found.",
    # Round 26: "leading by four games to five" contradicts itself.
    "Williams had been leading Alize Cornet by six games to five when she became unwell.",
    # Round 30: "more popular than ever in 2002" is not ruled out by a record in 2004.
    "Video games on consoles and computers proved more popular than ever in 2004.",
    # Round 28: "of the 45 stadiums ..., 52 were" says more parts than the whole.
    "A report found that of the 45 major-league stadiums built since 2000, 36 were partly funded by bonds.",
])
def test_numbers_tied_to_another_figure_or_a_list_stay(nlp, text):
    from quizapp.generator.falsify_numbers import _number_swap

    assert _number_swap(next(nlp(text).sents), text, text) is None


def test_a_statement_with_another_figure_of_the_same_unit_answers_nothing():
    """"GoPro Inc said it was cutting 7 percent ..." does not answer "By what percentage did Ambarella Inc
    fall?" (8.5 percent): a unit and a company suffix in common once kept a short article under five."""
    from quizapp.formats.model import Evidence, Question
    from quizapp.generator.rank import _answers

    ev = [Evidence("s1", "x")]
    mc = Question(kind="multiple_choice", prompt="By what percentage did Ambarella Inc fall in after-market trading?",
                  answer="8.5 percent", choices=["8.5 percent", "4.7 percent", "11.5 percent"], evidence=ev)
    other = Question(kind="true_false", prompt="GoPro Inc said it was cutting 7 percent of its workforce.",
                     answer=True, evidence=ev)
    same = Question(kind="true_false", prompt="Ambarella Inc fell 8.5 percent in after-market trading.",
                    answer=True, evidence=ev)
    assert not _answers(other, mc)
    assert _answers(same, mc)


def test_one_of_many_analysts_is_an_analyst(nlp):
    """"Akshay Anand is the analyst at Kelley Blue Book" claims he is its only one (session 6 review)."""
    from quizapp.formats.model import Evidence
    from quizapp.generator.candidates import _role_statement
    from quizapp.generator.entities import Entity
    from quizapp.generator.facts import Fact

    sentence = "Akshay Anand, analyst at Kelley Blue Book, said regulations are one of the biggest hurdles."
    entity = Entity(id=1, label="PERSON", canonical="Akshay Anand")
    lead = Fact(doc_id=0, sent_i=0, sentence=sentence, slot="role", answer="Akshay Anand", answer_type="PERSON",
                prompt="Who is the analyst at Kelley Blue Book?", statement=None, verb="be", signature=(),
                entity=entity, extra={"article": 0})
    cand = _role_statement(lead, "Akshay Anand", ["Jane Doe", "John Roe"], [Evidence("s1", sentence)], 1.0,
                           (("s1", sentence),))
    assert cand.question.prompt == "Akshay Anand is an analyst at Kelley Blue Book."
    assert cand.false_text is None  # nobody else can be shown not to be one


def test_a_surname_with_a_particle_gets_surnames_beside_it(nlp):
    """"Riedi | Auger-Aliassime | *De Minaur | Rublev", not full names that single the key out."""
    from quizapp.generator.distractors import entity_distractors

    text = ("Felix Auger-Aliassime said he was pleased. Andrey Rublev said he was tired. Leandro Riedi said he "
            "would return. De Minaur needed just one hour. De Minaur said he was happy.")
    doc = nlp(text)
    index = EntityIndex.from_docs([doc])
    key = next(e for e in index.entities if "Minaur" in e.canonical)
    wrong = entity_distractors(key, "De Minaur", "Who needed just one hour?", index, set(), None, text=text)
    assert wrong and all(len(w.split()) == 1 for w in wrong), wrong


def test_no_speaker_swap_to_someone_the_quote_names(nlp):
    """'Tim Henman said: "Tim's magnificent record speaks for itself"' gives itself away (session 6)."""
    from quizapp.generator.statements_quotes import quote_statements

    paragraphs = ["Tim Henman has quit the Davis Cup team after ten years.",
                  '"I have loved playing for my country," said Henman.',
                  'Jeremy Bates is the team captain.',
                  '"It has been a privilege to captain him," said Bates. "Tim\'s magnificent record speaks for itself.'
                  ' It is a great loss."']
    docs = [nlp(p) for p in paragraphs]
    index = EntityIndex.from_docs(docs)
    made = quote_statements(0, list(enumerate(docs)), index)
    assert made and not any(st.false_text and st.false_text.startswith("Tim Henman said: \u201cTim") for st in made)


def test_an_acronym_spelled_out_in_lowercase_is_no_organization_to_swap_in(nlp):
    from quizapp.generator.mention_cues import spelled_out_lowercase

    text = "Workers should wear personal protective equipment, or PPE, the CDC said."
    assert spelled_out_lowercase("PPE", text)
    assert not spelled_out_lowercase("CDC", text)


def test_a_surname_opening_its_sentence_keeps_its_capital(nlp):
    """"In which year was southgate appointed England manager ...?" (session 6 review)."""
    from quizapp.generator import Article, generate

    text = ("Southgate leaves England\n\nGareth Southgate has left his job as England manager after eight years.\n\n"
            "Southgate was appointed England manager in 2016 after the abrupt departure of Sam Allardyce.\n\n"
            "The Football Association said it would begin the search for a successor at once.\n")
    prompts = " ".join(q.prompt for q in generate([Article("s.txt", text)]).questions)
    assert "southgate" not in prompts


def test_no_quotation_is_given_to_a_nickname(nlp):
    """"Grandpa Xi said: ..." (a reviewer's reject, session 6): a song's name for Xi is nobody to quote."""
    from quizapp.generator.statements_quotes import quote_statements

    paragraphs = ['"My feeling toward you is an incredibly warm one," said Donald Trump.',
                  'Trump showed Xi Jinping a video of his granddaughter singing a song, and "Grandpa Xi" said '
                  'he was moved.',
                  '"Grandpa Xi" said the video was wonderful, and Grandpa Xi said he was touched.']
    docs = [nlp(p) for p in paragraphs]
    made = quote_statements(0, list(enumerate(docs)), EntityIndex.from_docs(docs))
    assert not any(st.false_text and st.false_text.startswith("Grandpa") for st in made)


def test_a_count_stays_below_what_there_can_be(nlp):
    # Round 22: "A total of 55 states have reported ..." is false to anyone who knows there are 50.
    from quizapp.generator.distractors import number_distractors
    from quizapp.generator.falsify_numbers import _number_swap
    from quizapp.generator.numbers import parse_quantity

    text = "A total of 42 states have reported an increase in fatalities, according to the AMA."
    swapped = _number_swap(next(nlp(text).sents), text, text)
    assert swapped is None or int(re.search(r"\d+", swapped).group()) <= 50
    wrong = number_distractors(parse_quantity("42", "CARDINAL"), "42", "How many states have reported an increase?", set())
    assert wrong and all(int(w) <= 50 for w in wrong)


def test_the_key_is_not_the_only_number_of_its_length():
    # Round 22: "82" against "107", "144", "197" gave itself away.
    from quizapp.generator.distractors import number_distractors
    from quizapp.generator.numbers import parse_quantity

    wrong = number_distractors(parse_quantity("82", "CARDINAL"), "82", "How many centres did they open?", set())[:3]
    assert any(len(w) == 2 for w in wrong)


def test_one_the_article_says_did_it_too_is_no_distractor():
    # Round 23: "Which organization has issued new guidelines ...?" offered the Executive Office for
    # Immigration Review, which the article says issued them (and showed it with half a bracket).
    text = ("Memo weakens guidelines\n\nThe U.S. Justice Department has issued new guidelines for immigration judges "
            "that remove some instructions for how to protect juveniles. A Dec. 20 memo, issued by the Executive "
            "Office for Immigration Review (EOIR) replaces 2007 guidelines. The American Bar Association and the "
            "Department of Homeland Security criticised it. Congress passed the 2008 law.\n")
    for q in generate([Article("a.txt", text)]).questions:
        assert not [c for c in q.choices if "Executive Office" in c or "(" in c]


def test_a_given_name_is_no_title():
    # Round 23: "Lotfi" before "Azzouz" counted as a post, so Tunisians stood as White House press secretary.
    from quizapp.generator.distractors import role_titles
    text = "Lotfi Azzouz said so, and Azzouz left. White House press secretary Josh Earnest condemned the attack."
    assert role_titles("Lotfi Azzouz", text) == ""
    assert role_titles("Josh Earnest", text).startswith("White House press secretary")


def test_one_who_went_along_is_no_distractor_nor_a_book_named_after_a_person():
    # Round 24: "Who toured the museum?" offered Ben Carson, who "accompanied the president on his tour".
    from quizapp.generator.candidates import _went_along
    text = "Trump toured the museum. Ben Carson accompanied the president on his tour of the museum."
    assert _went_along("Ben Carson", "tour", text)
    assert not _went_along("John Lewis", "tour", text + " John Lewis stayed away.")


def test_a_company_president_is_no_head_of_state():
    # Round 24: "Who is the president of Cuba Educational Travel?" offered Donald Trump and Barack Obama.
    from quizapp.generator.distractors import comparable
    text = ("Collin Laverty, president of Cuba Educational Travel, said so. President Donald Trump spoke. Senator "
            "Patrick Leahy criticised it. John Smith, chief executive of Havana Tours, agreed.")
    assert comparable("Who is the president of Cuba Educational Travel?",
                      ["Donald Trump", "Patrick Leahy", "John Smith"], text) == ["John Smith"]


def test_no_president_beside_a_veteran():
    # Round 25: "Who splits his time between Vietnam and Alaska?" offered Trump beside two veterans.
    from quizapp.generator import Article, generate
    text = ("Trump's stop in Vietnam a poignant one for veterans\n\nU.S. President Donald Trump visited Danang on "
            "Friday. Trump received five deferments during the war.\n\nChuck Searcy, a veteran, now lives in Hanoi "
            "and runs a charity. Chuck Searcy said the visit mattered. Doug Reese, another veteran, splits his time "
            "between Vietnam and Alaska. Bob Clark came back in 2013 for a year and is still in Danang.\n\nTrump "
            "said he was proud of the veterans. Trump did not serve in Vietnam.\n")
    for q in generate([Article("a.txt", text)]).questions:
        if q.kind == "multiple_choice" and q.answer != "Donald Trump":
            assert not {"Trump", "Donald Trump"} & set(q.choices)


def test_a_year_after_since_stays(nlp):
    # Round 25: "more than $48 million since 1983" is still true when it was since 1985.
    from quizapp.generator.falsify_numbers import _number_swap
    text = "Since 1985, IARC has received more than $48 million from the U.S. National Institutes of Health."
    swapped = _number_swap(next(nlp(text).sents), text, text)
    assert swapped is None or swapped.startswith("Since 1985,")


def test_a_product_is_no_organization_to_choose():
    """Round 31: "Which organization has been seen as a premium brand?" offered Apple, Mac and iPod."""
    from quizapp.generator.candidates import _product

    text = "The Apple Mac mini was welcomed by Mac watchers. It was bought by iPod owners, said Gartner."
    assert _product("Mac", "Apple", text) and _product("iPod", "Apple", text)
    assert not _product("Gartner", "Apple", text)


def test_no_weekday_moved_for_what_happens_every_day(nlp):
    """Round 31: a market closes every day; "closed little changed on Friday" is not ruled out by Wednesday."""
    from quizapp.generator.falsify_numbers import _calendar_swap

    text = "Stock markets closed little changed on Wednesday, with investors focused on the tax bill."
    assert _calendar_swap(next(nlp(text).sents), text, text) is None
    vote = "The House of Representatives passed the tax bill on Wednesday."
    assert _calendar_swap(next(nlp(vote).sents), vote, vote) is not None


def test_a_statement_naming_the_stems_people_answers_it_only_when_it_says_the_same():
    """Round 32: in a story about Clovis and Mueller every sentence names both, and "Who testified before the grand
    jury in Mueller's investigation?" blocked every statement; the article was left with two questions."""
    from quizapp.formats.model import Evidence, Question
    from quizapp.generator.rank import _answers

    ev = [Evidence("s1", "x")]
    mc = Question(kind="multiple_choice", prompt="Who testified in late October before the grand jury in Mueller's "
                  "investigation?", answer="Clovis", choices=["Clovis", "Carr", "Gordon"], evidence=ev)
    other = Question(kind="true_false", prompt="The focus of the questions put to Clovis by Mueller's team has not "
                     "been previously reported.", answer=True, evidence=ev)
    same = Question(kind="true_false", prompt="Clovis testified before the grand jury in Mueller's inquiry.",
                    answer=True, evidence=ev)
    assert not _answers(other, mc)
    assert _answers(same, mc)
    # "Moya beat Roddick" still answers "Who had too much for Roddick in the final?"
    beat = Question(kind="multiple_choice", prompt="Who had too much for Roddick in the final?", answer="Moya",
                    choices=["Moya", "Ferrero", "Fish"], evidence=ev)
    assert _answers(Question(kind="true_false", prompt="Moya beat Roddick in the final.", answer=True,
                             evidence=ev), beat)
