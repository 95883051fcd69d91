"""False twins that swap a person: whom the swap may name (fixes from reviews of unseen articles)."""

import re
from pathlib import Path

import pytest

from quizapp.generator import Article, generate
from quizapp.generator.entities import EntityIndex, confident_type
from quizapp.generator.falsify import falsify

COLLEGES = """Colleges face cuts in adult courses

Further education colleges in England will have to cut thousands of adult courses next year, the Association \
of Colleges has warned.

John Brennan, chief executive of the association, said colleges had been told to put teenagers first.

"Colleges are being forced to turn adults away," he said. Minister for Lifelong Learning Kim Howells said the \
government was spending record amounts on further education.

The Association of Colleges represents 400 colleges in England.
"""


def _index(nlp, text):
    doc = nlp(text)
    return doc, EntityIndex.from_docs([doc])


def test_a_person_swap_keeps_the_sex_a_pronoun_gives(nlp):
    # Round 6 of the unseen-article review: "Lily Tuck won ... for his novel" gave itself away.
    text = ("Peter Lamb said he was delighted. Mr Lamb thanked his publisher. Anne Tyler said she was happy. "
            "Anne Tyler wrote. Jonathan Franzen won the prize for his novel The Corrections.")
    doc, index = _index(nlp, text)
    sent = list(doc.sents)[-1]
    out = falsify(0, sent, index, text, sent.text, None)
    assert out is None or "Anne Tyler" not in out


def test_a_post_is_never_a_speaker():
    # "Minister for Lifelong Learning Kim Howells said": round 6 swapped in "Lifelong Learning said".
    prompts = [q.prompt for q in generate([Article("a.txt", COLLEGES)]).questions]
    assert not any("Lifelong Learning said" in p for p in prompts)


def test_a_leading_further_is_kept_when_it_is_no_connective():
    prompts = [q.prompt for q in generate([Article("a.txt", COLLEGES)]).questions]
    assert not any(p.startswith("Education colleges") for p in prompts)


def test_no_swap_of_one_name_in_a_list_parsed_as_an_apposition(nlp):
    # "Andy Garcia, Robert De Niro and Hugh Grant have been added": the next sentence adds Garcia too.
    text = ("Brad Pitt, Robert De Niro and Hugh Grant have been added to the line-up for a US TV special. "
            "Andy Garcia, Lucy Liu and Jay Leno are also among the new names for the show.")
    doc, index = _index(nlp, text)
    sent = list(doc.sents)[0]
    out = falsify(0, sent, index, text, sent.text, None)
    assert out is None or "Brad Pitt" in out


def test_a_real_name_is_never_a_choice_against_the_name_used():
    text = ("The comic book genius of Stan Lee\n\nStan Lee, the man responsible for a string of comic superheroes, "
            "has won a court battle for a slice of the profits from the hit Spider-Man movies.\n\nBorn in 1922 to "
            "poor immigrants from Romania, Stan Lieberman, got a job in Timely Publications, a company owned by a "
            "relative. So embarrassed was Lieberman by what he was writing that he refused to put his real name on "
            "the byline. He assumed the name, Stan Lee. With artist Jack Kirby he created the Fantastic Four. "
            "Nerdy Peter Parker was transformed after a bite from a spider. Jack Kirby, 44, said he was proud.\n")
    for q in generate([Article("a.txt", text)]).questions:
        assert not (q.answer == "Stan Lee" and "Stan Lieberman" in (q.choices or []))


def test_a_post_named_before_the_minister_is_no_person():
    from quizapp.generator.people import embedded

    text = "Lifelong Learning Minister Jim Wallace said the figures were good. Jim Wallace visited Glasgow."
    assert embedded("Lifelong Learning", text)


def test_a_place_is_swapped_only_where_it_is_a_place(nlp):
    text = ("Ken Bates has completed his takeover of Leeds. The Forward Sports Fund is based in Geneva. "
            "Bates lives in Monaco. Sebastien Sainsbury had been close to a takeover of Leeds but withdrew.")
    doc, index = _index(nlp, text)
    sent = list(doc.sents)[-1]
    out = falsify(0, sent, index, text, "Sebastien Sainsbury had been close to a takeover of Leeds.", None)
    assert out is None or "takeover of Leeds" in out


def test_a_family_name_first_is_never_cut_to_its_last_word(nlp):
    # "Many people wondered how Liyuan managed to evade ...": Peng is the family name.
    text = ("U.S. President Donald Trump is an avid Twitter user. Trump tweeted to thank Chinese President Xi Jinping "
            "and Madame Peng Liyuan. Trump even changed his Twitter banner, uploading a photograph of himself and "
            "Melania with Chinese President Xi Jinping and his wife, Peng Liyuan, during an opera at the Forbidden "
            "City. Many people wondered how Trump managed to evade China's tough internet controls.")
    doc, index = _index(nlp, text)
    sent = list(doc.sents)[-1]
    out = falsify(0, sent, index, text, sent.text, None)
    assert out is None or "Liyuan managed" not in out and "Jinping managed" not in out


def test_no_false_twin_making_a_head_of_state_another_country_s():
    text = ("Trump skirts Great Firewall\n\nBEIJING (Reuters) - U.S. President Donald Trump went around the Great "
            "Firewall of China in a late-night tweet in Beijing as he thanked his hosts for a tour of the Forbidden "
            "City. Many Western social media platforms such as Twitter and Facebook are banned in China. That was "
            "not an issue for Trump, known for tweeting to his 42.3 million followers at any hour of the day. Trump "
            "even changed his Twitter banner, uploading a photograph of himself and Melania with Chinese President "
            "Xi Jinping and his wife, Peng Liyuan, during a Chinese opera performance at the Forbidden City. Trump's "
            "visit was the third-most talked-about topic on Chinese social media platform Weibo.\n")
    assert not any("Donald Trump is the Chinese President" in q.prompt for q in generate([Article("a.txt", text)]).questions)


@pytest.mark.parametrize("name, text", [
    # "Darren Campbell" once, then "Campbell" tagged ORG six times: the sprinter was no person at all.
    ("Darren Campbell", "Darren Campbell has set his sights on running quicker. Campbell, who won Olympic relay "
                        "gold, had been unsure about his future. Campbell was part of the British quartet. Campbell "
                        "set his 100m personal best in 1998. Campbell said he was happy."),
    # A surname the model always tags PERSON, never after "the".
    ("Veselnitskaya", "The lawyer, Natalia Veselnitskaya, met Donald Trump Jr. Veselnitskaya said the meeting was "
                      "short. Veselnitskaya was lobbying against the law. Veselnitskaya said she had no documents. "
                      "Veselnitskaya spoke to Bloomberg."),
])
def test_people_the_model_mistyped_are_still_people(nlp, name, text):
    from quizapp.generator.entities import confident_type

    doc, index = _index(nlp, text)
    person = next(e for e in index.entities if e.canonical == name)
    assert confident_type(person) == "PERSON"


def test_a_misspelt_key_is_never_a_distractor(nlp):
    # The article spelt him "Mikhail Khordokovsky" once and "Khodorkovsky" everywhere else.
    from quizapp.generator.distractors import entity_distractors

    text = ("Yukos founder Mikhail Khordokovsky built the firm. Khodorkovsky is in jail and on trial for fraud. "
            "Vladimir Putin said the case was legal. Tim Lake of Deutsche Bank said Yukos was sold cheaply. "
            "Khodorkovsky denies the charges. Sergei Ivanov agreed with Putin. Khodorkovsky, 41, said he would "
            "fight on.")
    doc, index = _index(nlp, text)
    key = next(e for e in index.entities if e.canonical == "Khodorkovsky")
    assert "Khordokovsky" not in entity_distractors(key, key.canonical, "Who is in jail?", index, set(), None,
                                                     text=text)


@pytest.mark.parametrize("sentence", [
    "Mr Glazer's latest move is being led by Mr Glazer's two sons, Avi and Joel, according to the Financial Times.",
    "There are 811,764 people on a waiting list of some kind, down from 821,000 last month.",
    "Two of the most controversial traveller sites - Cottenham in Cambridgeshire and Minety in Wiltshire - remain "
    "in a legal battle.",
    "Realistically, all three will be fighting for the world number two ranking.",
    "He won the title in 2000 and 2001 with the same coach.",
])
def test_numbers_whose_swap_contradicts_the_sentence(nlp, sentence):
    from quizapp.generator.falsify_numbers import _number_swap

    assert _number_swap(next(nlp(sentence).sents), sentence, sentence) is None



def test_a_title_the_model_took_into_a_name_is_left_out_of_a_swap(nlp):
    from quizapp.generator.falsify import _swap_form

    text = ("Rock star Ozzy Osbourne tackled a burglar. The heavy metal star said he could have met the same fate as "
            "late Beatle George Harrison, who was repeatedly stabbed in a break-in in 1999.")
    doc, index = _index(nlp, text)
    ozzy = next(e for e in index.entities if e.canonical.endswith("Osbourne"))
    george = next(e for e in index.entities if e.canonical.endswith("Harrison"))
    ent = next(e for e in doc.ents if e.text.endswith("Osbourne"))
    assert _swap_form(ent, ozzy, george, ent.text) == "George Harrison"


MCDONALDS = """McDonald's profits rise as burgers sell

McDonald's said on Tuesday that its quarterly profit rose 12% to $1.2bn, helped by strong sales of burgers in Europe.

The world's biggest fast-food chain said sales at restaurants open at least a year rose 5.1% in the three months \
to September. Burger King, its main rival, reported a fall in sales last week.

Chief executive Jim Skinner said McDonald's had benefited from new menu items and longer opening hours.

Analysts at Morgan Stanley said McDonald's was outperforming its rivals. Shares in McDonald's rose 3% in New York \
trading. Wendy's, another rival, said it would cut 500 jobs.

The company plans to open 1,000 new restaurants in China over the next three years, Mr Skinner said.
"""


def test_a_name_ending_in_s_keeps_it(nlp):
    # "McDonald plans to open ..." (session 6): the possessive-looking "'s" is part of the firm's name.
    doc, index = _index(nlp, MCDONALDS)
    names = {e.canonical for e in index.entities if e.label == "ORG"}
    assert "McDonald's" in names and "McDonald" not in names
    assert "Morgan Stanley" in names  # a name no "'s" follows keeps its own form
    text = " ".join(q.prompt for q in generate([Article("a.txt", MCDONALDS)]).questions)
    assert not re.search(r"McDonald(?!['’]s)|['’]s['’]s", text)


def test_a_swap_puts_one_s_after_a_name_ending_in_s(nlp):
    from quizapp.generator.falsify import _put
    assert _put("Burger King's rival fell.", "Burger King", "McDonald's") == "McDonald's rival fell."
    assert _put("McDonald's said so.", "McDonald's", "Burger King") == "Burger King said so."


BANKS = """Bank shares slide on rate fears

Shares in Britain's biggest banks fell sharply on Monday after the Bank of England signalled that interest rates \
would stay high for longer.

Barclays fell 4% and Lloyds dropped 3.5%, while HSBC lost 2%. Raymond James analyst Ann Lee said investors were \
worried about bad loans.

"The outlook for lending has darkened," said Lee, who cut her target for Barclays to 180p.

Analysts at Charles Schwab said the sell-off was overdone. Charles Schwab said in a note that bank profits would \
remain strong this year.

Governor Andrew Bailey told MPs that inflation was falling more slowly than expected. Chancellor Rachel Reeves \
said the government would not interfere with the bank's independence.

Mark Carney, the former governor, warned last week that higher rates could hurt home owners.
"""


def test_a_firm_with_a_person_s_name_is_no_person(nlp):
    # Session 6: an investment bank the model tagged PERSON stood among people as a choice.
    doc, index = _index(nlp, BANKS)
    types = {e.canonical: confident_type(e) for e in index.entities}
    assert types["Raymond James"] == types["Charles Schwab"] == "ORG"
    assert types["Ann Lee"] == types["Mark Carney"] == "PERSON"
    for q in generate([Article("a.txt", BANKS)]).questions:
        assert not {"Raymond James", "Charles Schwab"} & set(q.choices)
        assert not q.prompt.startswith(("Raymond James said", "Charles Schwab said:"))


def test_no_swap_into_a_list_that_ends_in_elsewhere(nlp):
    # Round 24: "investigations still going on in Japan, the UK and elsewhere": Japan may be an elsewhere.
    from quizapp.generator.falsify import falsify
    text = ("Citigroup faces investigations in France, the UK and elsewhere. Regulators in Japan and Germany "
            "acted last year.")
    doc, index = _index(nlp, text)
    sent = next(iter(doc.sents))
    assert falsify(0, sent, index, text, sent.text, None) is None


def test_the_owner_of_a_named_work_is_not_swapped(nlp):
    # Dev reading: "Paul Dergarabedian's The Passion of the Christ" (an analyst as the film's maker) is seen through.
    from quizapp.generator.falsify import falsify
    dev = Path(__file__).resolve().parents[2] / ".." / "shared" / "dev-articles"
    files = sorted(dev.glob("19_*.txt")) if dev.is_dir() else []
    if not files:
        pytest.skip("../shared/dev-articles is absent")
    text = files[0].read_text(encoding="utf-8")
    docs = list(nlp.pipe(text.split("\n\n")))
    index = EntityIndex.from_docs(docs)
    made = [falsify(pid, s, index, text, s.text, None) for pid, doc in enumerate(docs) for s in doc.sents
            if "The Passion of the Christ" in s.text and "ignored" in s.text]
    assert made and not any(m and "Dergarabedian's The Passion" in m for m in made)


def test_places_the_model_took_for_people_are_not_swapped(nlp):
    # Round 26: "St Helens is the Saints coach.", "... while Aleksandrs Samoilovs peers over the top" (Big Ben).
    doc, index = _index(nlp, "Wales want a clinic with rivals St Helens. St Helens said yes. Big Ben peers over the "
                             "court. Big Ben chimed at noon. Aleksandrs Samoilovs won. Aleksandrs Samoilovs smiled.")
    types = {e.canonical: confident_type(e) for e in index.entities}
    assert types.get("St Helens") != "PERSON" and types.get("Big Ben") != "PERSON"
    assert types["Aleksandrs Samoilovs"] == "PERSON"


def test_an_acronym_glossed_in_place_is_not_swapped(nlp):
    # Round 26: "digital terrestrial TV (DTT)" -> "(CSA)"; "known as TNT, which stands for ..." -> "TPS".
    from quizapp.generator.falsify import falsify
    text = ("France launched a digital terrestrial TV (DTT) service. The platform is known as TNT, which stands for "
            "TV numerique terrestre. The CSA regulator and TPS, a pay-TV operator, backed DTT and TNT.")
    doc, index = _index(nlp, text)
    for sent in list(doc.sents)[:2]:
        out = falsify(0, sent, index, text, sent.text, None)
        assert out is None or ("(CSA)" not in out and "known as TPS" not in out)


def test_a_place_named_twice_in_the_sentence_is_not_swapped_once(nlp):
    # Round 26: "U.S. Defense Secretary Jim Mattis ... stressed that diplomacy was Singapore's preferred course".
    from quizapp.generator.falsify import falsify
    text = ("U.S. Defense Secretary Jim Mattis stressed that diplomacy was America's preferred course with North "
            "Korea. Singapore and Japan backed talks. China said it agreed.")
    doc, index = _index(nlp, text)
    sent = next(iter(doc.sents))
    out = falsify(0, sent, index, text, sent.text, None)
    assert out is None or "America's preferred course" in out


def test_no_head_of_government_is_swapped_in_for_someone_else(nlp):
    # Round 27: "Trump replaced former DNC Chairwoman Debbie Wasserman Schultz" (it was Donna Brazile).
    from quizapp.generator.falsify import _swap_pool
    text = ("Tom Perez replaced former DNC chairman Howard Dean last year. Tom Perez wrote a book. Tom Perez won. "
            "President Donald Trump said so. Donald Trump spoke. Senator Bernie Sanders lost. Bernie Sanders spoke.")
    doc, index = _index(nlp, text)
    sent = next(iter(doc.sents))
    ent = sent.ents[0]
    pool = [e.canonical for e in _swap_pool(index.at(0, ent.start), ent, sent, index, 0, text)]
    assert "Bernie Sanders" in pool and "Donald Trump" not in pool
