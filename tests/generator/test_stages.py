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
