"""Each generator stage on its own."""

import pytest

from quizapp.generator.clean import GeneratorInputError, clean_article, is_boilerplate, looks_like_html
from quizapp.generator.entities import EntityIndex, squash
from quizapp.generator.numbers import parse_quantity, wrong_values

STORY = ("Ukrainian President Volodymyr Zelensky said Monday that he was open to talks with the country. "
         "U.S. President-elect Donald Trump met with Zelensky in Paris on Saturday. ") * 3


def test_clean_drops_boilerplate_and_keeps_title():
    raw = ("A title line\n\n" + STORY + "\nMore to Read\nSign up for Essential California\n"
           "You may occasionally receive promotional content from the Los Angeles Times.")
    art = clean_article(raw)
    assert art.title == "A title line"
    assert all("Sign up" not in p and "promotional" not in p for p in art.paragraphs)
    assert is_boilerplate("Reporting by Jane Doe; Editing by John Roe")


def test_subheading_is_no_story():
    """A crosshead states a view in the writer's words; with no full stop it is no sentence of the story."""
    raw = "A title line\n\n" + STORY + "\nSyria needs a political solution in order to defeat the Islamic State group\n\n" + STORY
    assert not any("Syria" in p for p in clean_article(raw).paragraphs)


@pytest.mark.parametrize("first,story", [
    ("DETROIT Tesla Motors said on Sunday it was updating the Autopilot system.", "Tesla Motors said on Sunday"),
    ("BEIJING French luxury goods firm Louis Vuitton is seeking damages, a court said.", "French luxury goods"),
    ("NASA Administrator Bill Nelson said the launch went well on Monday.", "NASA Administrator"),
    ("UNICEF Executive Director Catherine Russell said the camps were full.", "UNICEF Executive"),
    ("HONG KONG A Hong Kong-based bookseller went missing last week, police said.", "A Hong Kong-based"),
    ("Syria An aid convoy reached the town on Monday after weeks of waiting.", "An aid convoy"),
    # Round 24: CNN's tag glued to the first word hid the story's subject from the parser.
    ("(CNN)World number one Novak Djokovic withstood a second set rally from Roger Federer.", "World number one"),
    # Round 31: a health site's date line before its lead.
    ("Jan. 11, 2011 -- The herpes zoster vaccine cuts the risk of getting the disease by 55%.", "The herpes zoster"),
])
def test_dateline_without_its_dash_is_no_part_of_the_story(first, story):
    """A copy that lost a dateline's dash leaves the place glued to the story's first sentence."""
    assert clean_article("A title line\n\n" + first + "\n\n" + STORY).paragraphs[0].startswith(story)


def test_a_reporters_request_for_comment_is_furniture():
    assert is_boilerplate("CNN has reached out to the company for comment.")
    assert is_boilerplate("CNN has asked the IDF about the reported strikes and for comment.")


def test_credit_line_in_brackets_is_dropped():
    """A wire story's credits in brackets name its staff, who must never become answer choices."""
    raw = "A title line\n\n" + STORY + "\n(Reporting By Alexandria Sage; Editing by Keith Weir and Tom Brown)"
    assert not any("Weir" in p for p in clean_article(raw).paragraphs)


@pytest.mark.parametrize("text,msg", [("", "empty"), ("abc\x00def" * 10, "binary"), ("x " * 150_000, "too long"),
                                      ("Der Hund läuft schnell über die Straße und die Katze schläft. " * 10, "English")])
def test_bad_input(text, msg):
    with pytest.raises(GeneratorInputError, match=msg):
        clean_article(text)


def test_html_detected_and_extracted():
    html = "<html><head><title>T</title></head><body><article><p>" + STORY + "</p></article></body></html>"
    assert looks_like_html(html)
    assert "Donald Trump" in " ".join(clean_article(html).paragraphs)


def test_entity_aliases_merge(nlp):
    index = EntityIndex()
    for i, text in enumerate(["Volodymyr Zelensky spoke. Zelensky left.", "Volodymyr Zelenskyy came.",
                              "The United States and the U.S. agreed."]):
        index.add_doc(i, nlp(text))
    index.finish()
    names = {e.canonical: e for e in index.entities}
    zel = names["Volodymyr Zelensky"]
    assert {"zelensky", "volodymyr zelensky"} <= zel.keys and zel.label == "PERSON"
    assert squash("U.S.") == squash("the United States")


def test_numbers_same_form_and_spaced():
    q = parse_quantity("about one-fifth", "CARDINAL")
    assert q.kind == "SHARE"
    assert all(w.startswith("about ") and w != "about one-fifth" for w in wrong_values(q))
    n = parse_quantity("nearly 500", "CARDINAL")
    for w in wrong_values(n):
        value = float(w.split()[-1].replace(",", ""))
        assert abs(value - 500) / 500 > 0.2 and w.startswith("nearly ")


def _statements(nlp, text):
    from quizapp.generator.statements import sentence_statements

    doc = nlp(text)
    index = EntityIndex.from_docs([doc])
    return sentence_statements(0, list(doc.sents), index, text)


def test_statement_restates_plain_fact_and_swaps_one_number(nlp):
    text = ("Prime Minister Tony Blair visited Leeds on Monday. "
            "The company said it had cut 450 jobs at its plant in Leeds last year. "
            "Acme Motors employed 2,300 workers in Leeds at the end of 2004.")
    sts = _statements(nlp, text)
    texts = [s.text for s in sts]
    assert "Prime Minister Tony Blair visited Leeds on Monday." in texts
    assert not any("450" in t for t in texts)  # "it" has no antecedent in the statement
    factory = [s for s in sts if "2,300" in s.text]
    assert factory and factory[0].false_text and "2,300" not in factory[0].false_text


def test_statement_skips_hedged_quoted_and_pronoun_sentences(nlp):
    text = ("Analysts said shares could fall sharply if the deal collapses next week. "
            "\"We are delighted with the result,\" the chairman told reporters at the meeting. "
            "They also agreed to review the plan again in the spring of next year.")
    sts = _statements(nlp, text)
    assert all(s.tier == 2 or s.false_text is None for s in sts)
    assert not any(s.text.startswith(("\"", "They")) for s in sts)


def test_false_twin_keeps_bound_direction():
    from quizapp.generator.falsify import _direction_ok

    more = parse_quantity("more than 500", "CARDINAL")
    assert _direction_ok(more, 1000) and not _direction_ok(more, 250)
    nearly = parse_quantity("nearly 500", "CARDINAL")
    assert _direction_ok(nearly, 250) and not _direction_ok(nearly, 1000)


def test_confident_type_needs_cues(nlp):
    from quizapp.generator.entities import confident_type

    index = EntityIndex()
    doc = nlp("Yukos said the court would rule. Mr Clement, a lawyer, spoke to Judge Letitia Clark. "
              "Letitia Clark adjourned the hearing.")
    index.add_doc(0, doc)
    index.finish()
    names = {e.canonical: e for e in index.entities}
    assert confident_type(names["Letitia Clark"]) == "PERSON"
    if "Yukos" in names and names["Yukos"].label == "PERSON":
        assert confident_type(names["Yukos"]) is None


def test_a_film_named_after_a_person_is_no_person(nlp):
    """Round 29: "film biopic Ray" became "Who has been nominated in six Oscar categories?" with Ray Charles and the
    director as the other choices."""
    from quizapp.generator.entities import confident_type

    index = EntityIndex()
    doc = nlp("Oscar-nominated film biopic Ray has surpassed its US box office takings with a combined tally of $80m "
              "from DVD and video sales and rentals. Ray's success on DVD outstripped its $74m US box office total. "
              "Ray has been nominated in six Oscar categories including best film and best actor for Jamie Foxx. "
              "The film recounts the life of blues singer Ray Charles, who died in 2004. Foxx's critically acclaimed "
              "performance as Ray has already earned him a Screen Actors Guild Award. Ray director Taylor Hackford "
              "has also received an Oscar nomination.")
    index.add_doc(0, doc)
    index.finish()
    for name in ("Ray", "Oscar"):  # nor is a prize
        found = next((e for e in index.entities if e.canonical == name), None)
        assert found is None or confident_type(found) != "PERSON", name
