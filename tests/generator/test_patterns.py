"""The multiple-choice patterns on their own: numbers, roles, subjects; true/false balance; direction swap."""

from collections import Counter

from quizapp.formats.model import Question
from quizapp.generator.entities import EntityIndex
from quizapp.generator.falsify import _direction_swap
from quizapp.generator.balance import balance_tf as _balance_tf
from quizapp.generator.questions_numbers import number_facts
from quizapp.generator.questions_roles import role_facts, unique_roles
from quizapp.generator.questions_subject import subject_fact
from quizapp.generator.rank import Candidate


def _parse(nlp, text):
    doc = nlp(text)
    index = EntityIndex.from_docs([doc])
    return list(doc.sents), index


def _prompts(nlp, text):
    sents, index = _parse(nlp, text)
    return {f.prompt: f.answer for f in number_facts(0, sents, index)}


def test_count_questions_subject_object_and_do_support(nlp):
    got = _prompts(nlp, "Nearly 9,000 business leaders in 104 countries were surveyed for the report. "
                        "The British Library receives around 3,000 visitors each day.")
    assert got["How many business leaders in 104 countries were surveyed for the report?"] == "Nearly 9,000"
    assert got["How many visitors does the British Library receive each day?"] == "around 3,000"


def test_percentage_and_change_questions(nlp):
    got = _prompts(nlp, "A study revealed that 86% of visitors to the Library carried laptops. "
                        "Concern among businesses has dropped by 23% in the last 12 months.")
    assert got["What percentage of visitors to the Library carried laptops?"] == "86%"
    assert got["By what percentage has concern among businesses dropped in the last 12 months?"] == "23%"


def test_a_price_something_trades_or_closes_at(nlp):
    """Round 29's dollar story: the model leaves "$" out of "$1.364", and "trading at" had no question shape."""
    got = _prompts(nlp, "The US currency was trading at $1.364 per euro at 1800 GMT on Monday. "
                        "Light crude oil futures have lost $4 in five days.")
    assert got["At what price was the US currency trading at 1800 GMT on Monday?"] == "$1.364"
    assert got["How much have light crude oil futures lost in five days?"] == "$4"


def test_number_questions_refuse_hedges_and_cut_scope(nlp):
    got = _prompts(nlp, "The firm may cut 500 jobs in the coming months. "
                        "The study found that 16% of visitors came to the Library to sit down and work.")
    assert got == {}


def _roles(nlp, text):
    sents, index = _parse(nlp, text)
    return {f.prompt: f.answer for f in unique_roles(role_facts(0, sents, index))}


def test_role_questions_need_a_unique_specific_role(nlp):
    prompts = _roles(nlp, "Education Secretary Ruth Kelly met teachers on Monday. Greg Mills, program director at "
                          "AOL, spoke later. Former president Bill Clinton also came.")
    assert prompts.get("Who is the Education Secretary?") == "Ruth Kelly"
    assert prompts.get("Who is the program director at AOL?") == "Greg Mills"
    assert not any("former president" in p.lower() for p in prompts)


def test_roles_before_letters_and_long_appositions(nlp):
    # The parser heads "Tom McCabe MSP" by "MSP"; a role in apposition may run to ten words and more.
    prompts = _roles(nlp, 'Scottish Finance Minister, Tom McCabe MSP, said: "We agreed." Linda Knox, Director of the '
                          'Scottish Local Authority Management Centre at Strathclyde University, said it was slowing.')
    assert prompts.get("Who is the Scottish Finance Minister?") == "Tom McCabe"
    assert prompts.get("Who is the Director of the Scottish Local Authority Management Centre at Strathclyde "
                       "University?") == "Linda Knox"


def test_subject_question_keeps_clause_order(nlp):
    text = "Roy Moore denounced the allegations as political attacks on Monday."
    sents, index = _parse(nlp, text)
    index.entities[0].votes["PERSON"] += 2  # one sentence gives one vote; pretend the article named him often
    fact = subject_fact(0, 0, sents[0], text, index)
    assert fact is not None and fact.prompt == "Who denounced the allegations as political attacks on Monday?"
    assert fact.answer == "Roy Moore"


def test_direction_swap(nlp):
    sents, _ = _parse(nlp, "Sales rose 5% in December.")
    assert _direction_swap(sents[0], "Sales rose 5% in December.") == "Sales fell 5% in December."
    sents, _ = _parse(nlp, "The team rose to the challenge.")
    assert _direction_swap(sents[0], "The team rose to the challenge.") is None


def _tf(n, false_text=None, score=0.0):
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
             "kilo", "lima", "mike", "november"]
    q = Question(kind="true_false", prompt=f"The {words[n % 14]} story {n}.", answer=True, evidence=[])
    return Candidate(q, score, 0, n, f"st{n}tf", ((f"s{n}", f"Sentence {n}."),), false_text)


def test_balance_keeps_trues_near_falses():
    cands = [_tf(n, score=10 - n) for n in range(8)] + [_tf(10 + n, f"The {['papa', 'quebec'][n]} twin.", 1) for n in range(2)]
    chosen = _balance_tf(cands, 20)
    answers = [c.question.answer for c in chosen]
    assert answers.count(False) == 2 and answers.count(True) <= 3


def test_forecast_number_keeps_its_source(nlp):
    got = _prompts(nlp, "The CBO said that eliminating the mandate would lower the deficit by $338 billion "
                        "over the next decade.")
    assert got == {"By how much would eliminating the mandate lower the deficit over the next decade, "
                   "according to the CBO?": "$338 billion"}


def test_object_and_speaker_questions(nlp):
    from quizapp.generator.questions_subject import object_fact, speaker_fact

    text = "Carlos Moya beat Andy Roddick in the final on Sunday."
    sents, index = _parse(nlp, text)
    for e in index.entities:
        e.votes["PERSON"] += 2
    fact = object_fact(0, 0, sents[0], text, index)
    assert fact.prompt == "Who did Carlos Moya beat in the final on Sunday?" and fact.answer == "Andy Roddick"
    text = ("The Southern Utah Wilderness Alliance plans litigation against the Trump administration, "
            "said Steve Bloch, director of SUWA.")
    sents, index = _parse(nlp, text)
    for e in index.entities:
        e.votes["PERSON"] += 2
    fact = speaker_fact(0, 0, sents[0], index)
    assert fact.prompt == "Who said the Southern Utah Wilderness Alliance plans litigation against the Trump " \
                          "administration?" and fact.answer == "Steve Bloch"


def test_a_verb_joined_after_a_relative_clause_has_no_known_doer(nlp):
    # Round 22: "Who conceded just 7.5 an over?" was keyed Buttler; the bowler was Archer.
    from quizapp.generator.facts import find_subject
    doc = nlp("Buttler has been enjoying the all-round exploits of team-mate Jofra Archer, who has hit seven of "
              "the 15 balls he has faced for six - and conceded just 7.5 an over.")
    conceded = next(t for t in doc if t.text == "conceded")
    assert find_subject(conceded) == (None, False)
    enjoying = next(t for t in doc if t.text == "enjoying")
    assert find_subject(enjoying)[0].text == "Buttler"


def test_a_subject_the_parser_hung_on_a_list_goes_with_its_verb(nlp):
    # Round 22: "In which month did torrential rain lead to floods, ... in KwaZulu-Natal and authorities?"
    from quizapp.generator.facts import clause_ids, render
    doc = nlp("In April, torrential rain led to floods, landslides and the death of 435 people in KwaZulu-Natal "
              "and authorities said survivors were left without drinking water for nearly two weeks.")
    led = next(t for t in doc if t.text == "led")
    subj = {t.i for t in doc if t.text in ("torrential", "rain")}
    text = render(doc, clause_ids(led, subj))
    assert "authorities" not in text and text.endswith("in KwaZulu-Natal")


def test_no_question_cuts_through_a_score(nlp):
    # Round 22: "... to rediscover the bowling form -0 in Sri Lanka two years ago?" (from "win 3-0").
    from quizapp.generator import Article, generate
    text = ("Buttler backs Ali\n\nJos Buttler has backed Moeen Ali to rediscover the bowling form that helped England "
            "win 3-0 in Sri Lanka two years ago - and believes he could team up once more with Adil Rashid.\n\n"
            "Ali took 18 wickets at 24 in that series, forming a potent spin attack with Rashid and Jack Leach.\n\n"
            "Ali has not played Test cricket since the first Ashes Test last season, said Joe Root.\n")
    for q in generate([Article("a.txt", text)]).questions:
        assert " -0" not in q.prompt


def test_a_change_in_per_cent_leaves_no_per_cent_behind(nlp):
    # Round 22: "By what percentage did the average house price rise per cent?"
    got = _prompts(nlp, "The average house price rose 2 per cent.")
    assert got == {"By what percentage did the average house price rise?": "2 per cent"}


def test_a_month_given_as_one_of_two_is_not_asked(nlp):
    # Round 22: "In which month will Sydney host ... match?" keyed June; the article said "June or July".
    got = _prompts(nlp, "Sydney will host a charity match in June or July, the Australian Rugby Union said on "
                        "Wednesday. The Lions will tour New Zealand in June and July. The match was played in May.")
    assert not [p for p in got if "month" in p and ("Sydney" in p or "Lions" in p)]


def test_a_bare_business_figure_belongs_to_the_story_s_firm():
    # Round 22's Nike story: "By what percentage did revenues increase?" was vague and so refused.
    from quizapp.generator import Article, generate
    text = ("Strong quarterly growth for Nike\n\nNike has reported its best second-quarter earnings, helped by strong "
            "demand for its athletic shoes.\n\nThe global sports giant said it posted a profit of $261.9m for the three "
            "months to 30 November, up from $179.1m in the same period last year. Revenues "
            "increased 11% to $3.1bn, from $2.8bn for the same period in 2003. Nike, whose products are endorsed by "
            "Tiger Woods, said demand continues to grow.\n\nNike chairman Philip Knight said the results were "
            "excellent. Nike is based in Beaverton, Oregon.\n")
    prompts = [q.prompt for q in generate([Article("a.txt", text)]).questions]
    assert "By what percentage did Nike's revenues increase?" in prompts


def test_a_change_keeps_a_baseline_year(nlp):
    # Round 27: "By what percentage did stent sales fall in 2014?" lost "from 2006 levels".
    got = _prompts(nlp, "Stent sales fell roughly 30 percent to $4.1 billion in 2014 from 2006 levels.")
    assert "By what percentage did stent sales fall in 2014 from 2006 levels?" in got


def test_one_word_in_two_cases_is_no_spelling_to_unify():
    # Round 27: "the" in one name and "The" in another turned every "the" of a set into "The".
    from quizapp.formats.model import Evidence, Question
    from quizapp.generator.entities import Entity
    from quizapp.generator.vet import unify_spelling

    class Index:
        entities = [Entity(id=0, surfaces=Counter({"The DNC": 3, "Office of the Chair": 1})),
                    Entity(id=1, surfaces=Counter({"Zelensky": 3, "Zelenskyy": 1}))]
    q = Question(kind="true_false", prompt="Zelenskyy called the DNC about the incident.", answer=True,
                 evidence=[Evidence("s1", "x")])
    unify_spelling([q], Index())
    assert q.prompt == "Zelensky called the DNC about the incident."
