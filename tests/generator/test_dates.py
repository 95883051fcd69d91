"""Date and month questions: "On what date will X ...?" / "In which month was X ...?", with
distractors written like the key and never an impossible date."""

import re

import pytest

from quizapp.generator.numbers import MONTHS, Quantity, parse_quantity, wrong_values

DATE_STYLES = ["7 June", "June 7", "19 December", "December 6, 2023", "Dec. 18", "March 20", "Sept. 30",
               "Sep 3", "Mar. 2", "June 7th", "21st March", "Thursday 7 June", "Thursday, June 7, 2018",
               "29 February 2004"]


@pytest.mark.parametrize("text", DATE_STYLES)
def test_date_round_trip(text):
    q = parse_quantity(text, "DATE")
    assert q is not None and q.kind == "DATE"
    assert q.render(q.value) == text


@pytest.mark.parametrize("text,value", [("October", 10), ("March 2019", 3), ("May", 5), ("Dec.", 12)])
def test_month_round_trip(text, value):
    q = parse_quantity(text, "DATE")
    assert q is not None and q.kind == "MONTH" and q.value == value
    assert q.render(q.value) == text


@pytest.mark.parametrize("text", ["Thursday", "last week", "next month", "7-9 June", "early June", "30 February",
                                  "29 February", "June.", "Junes", "the summer", "7 June to 9 June"])
def test_not_a_date(text):
    q = parse_quantity(text, "DATE")
    assert q is None or q.kind == "YEAR"


def test_year_unchanged():
    assert parse_quantity("2004", "DATE") == Quantity("YEAR", 2004.0)
    assert wrong_values(parse_quantity("2004", "DATE")) == ["2002", "2006", "2000", "2008"]


def _day_gap(key: str, other: str) -> float:
    a, b = parse_quantity(key, "DATE"), parse_quantity(other, "DATE")
    assert b is not None and b.kind == "DATE", other  # every distractor is a real date in the key's form
    gap = b.value - a.value
    if not re.search(r"\d{4}$", key):  # no year written: "1 January" may move back to "25 December"
        gap = min(gap, gap - 365, gap + 365, key=abs)
    return gap


@pytest.mark.parametrize("key", DATE_STYLES + ["30 January", "31 January", "22 February", "31 December",
                                               "1 January 2005"])
def test_date_distractors_whole_weeks_and_valid(key):
    wrong = wrong_values(parse_quantity(key, "DATE"), count=6)
    assert len(wrong) >= 3 and key not in wrong and len(set(wrong)) == len(wrong)
    for w in wrong:
        gap = _day_gap(key, w)
        assert gap % 7 == 0 and 7 <= abs(gap) <= 28, (key, w)


def test_date_distractors_keep_the_form():
    assert all(re.fullmatch(r"(Nov|Dec|Jan)\. \d{1,2}", w) for w in wrong_values(parse_quantity("Dec. 18", "DATE")))
    assert all(re.fullmatch(r"\w+ \d{1,2}, 2023", w) for w in wrong_values(parse_quantity("December 6, 2023", "DATE")))
    assert all(w.startswith("Thursday ") for w in wrong_values(parse_quantity("Thursday 7 June", "DATE")))
    # AP style abbreviates September as "Sept." and never abbreviates March to July.
    assert set(wrong_values(parse_quantity("Sept. 30", "DATE"), count=6)) >= {"Oct. 7", "Sept. 23"}
    assert "March 7" in wrong_values(parse_quantity("Feb. 28", "DATE"), count=8)
    assert "14 June" in wrong_values(parse_quantity("7 June", "DATE"), count=6)


def test_no_impossible_or_other_year_dates():
    assert "30 February" not in wrong_values(parse_quantity("30 January", "DATE"), count=8)
    assert "29 February" not in wrong_values(parse_quantity("22 February", "DATE"), count=8)
    # A written year is kept, so "Dec 28, 2023" only moves back; without one the calendar wraps.
    assert all(w.startswith(("Dec ", "Nov ")) and w.endswith(", 2023")
               for w in wrong_values(parse_quantity("Dec 28, 2023", "DATE"), count=8))
    assert "7 January" in wrong_values(parse_quantity("31 December", "DATE"), count=8)
    assert "25 December" in wrong_values(parse_quantity("1 January", "DATE"), count=8)
    # A weekday stays true only if the move never crosses a possible 29 February or New Year.
    leap_safe = wrong_values(parse_quantity("Thursday 22 February", "DATE"), count=8)
    assert leap_safe and not [w for w in leap_safe if "March" in w]


def test_month_distractors_spaced_and_in_year():
    for key in MONTHS:
        wrong = wrong_values(parse_quantity(key, "DATE"), count=6)
        assert len(wrong) >= 3
        for w in wrong:
            d = abs(MONTHS.index(w) - MONTHS.index(key))
            assert 2 <= min(d, 12 - d) <= 5, (key, w)
    wrong = wrong_values(parse_quantity("January 2019", "DATE"), count=6)
    assert wrong and all(w.endswith(" 2019") and MONTHS.index(w.split()[0]) in range(2, 6) for w in wrong)


def test_month_distractors_avoid_months_the_article_uses():
    q = parse_quantity("October", "DATE")
    first = wrong_values(q, count=3)
    taken = Quantity("MONTH", 10.0, style=q.style, taken=frozenset({float(MONTHS.index(first[0]) + 1)}))
    assert first[0] not in wrong_values(taken, count=3)


SENTENCES = {
    "Theresa May will step down as Conservative leader on 7 June, paving the way for a leadership contest.":
        ("date", "On what date will Theresa May step down as Conservative leader?", "7 June"),
    "Russian authorities are due to auction off Yuganskneftegas on 19 December to pay a tax bill.":
        ("date", "On what date are Russian authorities due to auction off Yuganskneftegas?", "19 December"),
    "Mr Khodorkovsky was arrested in October last year.":
        ("month", "In which month was Mr Khodorkovsky arrested?", "October"),
    "The vote was held on December 6, 2023 in Washington.":
        ("date", "On what date was the vote held in Washington?", "December 6, 2023"),
    "The championship was decided on Dec. 18 in a playoff.":
        ("date", "On what date was the championship decided in a playoff?", "Dec. 18"),
    "Germany invaded Poland in September 1939.":
        ("month", "In which month did Germany invade Poland?", "September 1939"),
}


def _facts(nlp, text):
    from quizapp.generator.entities import EntityIndex
    from quizapp.generator.questions_numbers import number_facts

    doc = nlp(text)
    return number_facts(0, list(doc.sents), EntityIndex.from_docs([doc]))


@pytest.mark.parametrize("sentence", list(SENTENCES))
def test_date_questions(nlp, sentence):
    slot, prompt, key = SENTENCES[sentence]
    facts = [f for f in _facts(nlp, sentence) if f.slot in ("date", "month")]
    assert [(f.slot, f.prompt, f.answer) for f in facts] == [(slot, prompt, key)]
    assert key in sentence and len(wrong_values(facts[0].quantity)) >= 3


@pytest.mark.parametrize("sentence", [
    "The minister resigned on Thursday after the vote.",                       # weekday only
    "Theresa May could step down as Conservative leader on 7 June.",           # hedged
    "The election could be held on 7 June.",                                   # hedged
    "May said she will resign as Conservative leader on 7 June.",              # pronoun subject
    "Theresa May is expected to step down on 7 June.",                         # speculation
    "The price will rise on 7 June.",                                          # future, nothing named
    "Police arrested two men in connection with the attack on 7 June.",        # the date is the attack's
    "The board met last week and approved the merger.",                        # relative date
    "Mr Brown did not resign on 7 June.",                                      # negated
    'Mr Brown said: "We will leave on 7 June."',                               # quoted
    "The talks ran from 7 June to 9 June in Geneva.",                          # range
])
def test_no_date_question(nlp, sentence):
    assert not [f for f in _facts(nlp, sentence) if f.slot in ("date", "month")]


ARTICLE = """Yukos auction to go ahead

Russian authorities are due to auction off Yuganskneftegas on 19 December to pay a huge tax bill.

The oil firm Yukos has asked a court in Houston to block the sale. Its lawyers argued that the auction breaks international law.

Yukos founder Mikhail Khodorkovsky was arrested in October last year. He faces charges of fraud and tax evasion.
"""


def test_generate_asks_dates(nlp):
    from quizapp.generator import Article, generate

    qs = generate([Article("yukos.txt", ARTICLE)]).questions
    asked = {q.prompt: q for q in qs if q.kind == "multiple_choice"}
    q = asked["On what date are Russian authorities due to auction off Yuganskneftegas?"]
    assert q.answer == "19 December" and q.answer in q.choices and len(q.choices) == 4
    assert all(parse_quantity(c, "DATE").kind == "DATE" for c in q.choices)
    assert q.evidence[0].sentence.startswith("Russian authorities are due")
    q = asked["In which month was Yukos founder Mikhail Khodorkovsky arrested?"]
    assert q.answer == "October" and len(q.choices) == 4
    assert all(c in MONTHS for c in q.choices)


def test_two_wrong_dates_share_the_keys_month():
    """"Feb 3" among "Jan 13 | Jan 20 | Jan 27" was picked out by its month (session 6 review)."""
    for key, month in (("Feb 3", "Feb"), ("March 30", "March"), ("12 October", "October")):
        shown = wrong_values(parse_quantity(key, "DATE"))[:3]
        assert sum(month in w for w in shown) >= 2, (key, shown)
