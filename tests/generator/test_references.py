"""What a statement points back to, and who a pronoun or a quoted "he" means: fixes from the reviews
of session 5 (unseen articles; each case reached a reviewer, or kept a good sentence out)."""

import pytest

from quizapp.generator import Article, generate
from quizapp.generator.entities import Entity, EntityIndex
from quizapp.generator.people import pronouns_fit
from quizapp.generator.pipeline import _title_words
from quizapp.generator.statements import sentence_statements
from quizapp.generator.statements_checks import ANCHORED, PRONOUN, back_reference
from quizapp.generator.statements_quotes import _AFTER, _EXPLETIVE_IT, _OUTSIDE

FEDERER = """Faultless Federer has no equal

Roger Federer - nice bloke, fantastic tennis player - the ultimate sportsman.

When Lleyton Hewitt shook his hand after getting another thrashing, the Australian said he was the best. \
Hewitt, at times in Houston, showed form which matched his Grand Slam-winning efforts of 2001 and 2002. \
According to all those players and even Federer himself, the Swiss star is in a different league.

"Right now I feel that I have beaten all the top ten players," he told BBC Sport. "I hope it continues!"
"""


def test_a_name_the_model_ran_on_over_a_dash_ends_at_the_dash(nlp):
    index = EntityIndex.from_docs([nlp("Roger Federer - nice bloke, fantastic tennis player - the ultimate sportsman.")])
    assert not [s for e in index.entities for s in e.surfaces if "-" in s.split()]


def test_a_quoted_he_after_an_untyped_name_is_not_the_other_player():
    questions = generate([Article("federer.txt", FEDERER)]).questions
    assert not [q for q in questions if "Hewitt said" in q.prompt and q.answer is True]


@pytest.mark.parametrize("text", ["Davis claimed same-sex marriage went against her beliefs.",
                                  "The Supreme Court's decision legalizing same-sex marriage came in 2015."])
def test_same_sex_is_no_back_reference(text):
    assert not PRONOUN.search(text)


def test_no_statement_says_someone_could_not_be_reached():
    assert PRONOUN.search("Rowan County Democratic party officials could not be reached for comment.")
    assert PRONOUN.search("They did the same.")


def test_doing_just_that_needs_the_sentence_before():
    assert ANCHORED.search("Everyone does, indeed, expect Gordon Brown to do just that in his last budget.")


def test_a_comparison_with_what_came_before_needs_the_sentence_before():
    # Round 28: "Much more common" than what? "Other ways" than which?
    assert ANCHORED.search("Much more common is an underactive thyroid, called hypothyroidism.")
    assert ANCHORED.search("Tomatoes could contribute to reducing stroke in other ways, Willett says.")
    assert not ANCHORED.search("More than 20 people were hurt in the crash.")


@pytest.mark.parametrize("text, seen, expected", [
    ("The test wasn't as effective at 24 weeks of gestation.", {"test"}, "test"),
    ("BYU and the University of Utah have a patent on the test.", {"test"}, "test"),
    ("The government has rejected the 60% rise.", {"rise"}, "rise"),
    ("The comet was seen from Scotland on Monday.", set(), None),  # never named before
    ("The rise in prices slowed in March.", {"rise"}, None),  # pinned down by its own phrase
    ("The Houston crowd cheered Federer.", {"crowd"}, None),
    ("Sales fell at the end of the year.", {"end", "year"}, None),
    ("GoPro will report results for the fourth quarter and full year 2015 on Feb 3.", {"quarter"}, None),  # a date
    ("A district court in Beijing accepted the lawsuit, according to the court's website.", {"court"}, None),
    ("The Canadian overpowered Rublev, hitting 42 winners.", set(), "Canadian"),  # a player named elsewhere
    ("The Americans won the Ryder Cup.", set(), None),  # a team, not one person
    ("The 30-year-old infielder was traded to Boston on Sunday.", set(), "The 30-year-old"),
    ("The 50-year-old MP launched Respect in January.", set(), "The 50-year-old"),  # round 31
    ("Dallaglio hopes for a place on the British and Irish Lions tour to New Zealand.", {"tour"}, None),
    ("Dallaglio toured South Africa with the Lions in 1997.", {"lion"}, None),  # a team's name
    # Round 28: an event or act told of before, even under another word ("the tsunami" -> "the tragedy").
    ("Mr McConnell said the tragedy should persuade everyone to fight global poverty.", set(), "tragedy"),
    ("The investigation showed that the benefits of taking aspirin increased over time.", set(), "investigation"),
    ("At least three Scots died in the tsunami disaster.", set(), None),  # pinned down by the word in front
    # Round 29: a nationality of two words is an epithet too.
    ("The South African has been appointed to take charge of the match.", set(), "African"),
    ("The South African government has been appointed to take charge.", set(), None),
    # Round 30: a nationality does not say which show or network; a country's own institutions it does.
    ("ABC bought the rights to the British show.", {"show"}, "show"),
    ("The US network is not part of the claim.", {"network"}, "network"),
    ("The British government rejected the claim.", {"government"}, None),
])
def test_back_references(nlp, text, seen, expected):
    sent = next(nlp(text).sents)
    assert back_reference(list(sent), seen) == expected


def test_a_title_word_counts_as_said_before(nlp):
    text = "The comet was seen from Scotland on Monday, said Steven Graves, an astronomer at Brigham Young University."
    doc = nlp(text)
    index = EntityIndex.from_docs([doc])
    memory = {"nouns": _title_words("Rare comets may be visible in March")}
    made = sentence_statements(0, list(doc.sents), index, text, memory)
    assert made and all(s.tier == 3 for s in made)  # a last resort only
    assert all(s.tier == 0 for s in sentence_statements(0, list(doc.sents), index, text, {}))


def _person(i: int) -> Entity:
    return Entity(id=i, label="PERSON")


@pytest.mark.parametrize("sexes, fits", [({1: "m", 2: "f"}, True), ({1: None, 2: "f"}, False),
                                         ({1: "f", 2: "f"}, False)])
def test_a_pronoun_fits_the_one_person_of_its_sex_named_before_it(nlp, sexes, fits):
    sent = next(nlp("Staver's organization represented Davis in the lawsuit filed by four couples against her.").sents)
    mentions = [(0, _person(1)), (3, _person(2))]
    assert pronouns_fit(sent, mentions, sexes) is fits


def test_a_pronoun_before_the_subject_means_the_subject(nlp):
    sent = next(nlp("Prior to her election, Davis served as a deputy county clerk.").sents)
    davis = next(t.i for t in sent if t.text == "Davis")
    assert pronouns_fit(sent, [(davis, _person(2))], {2: "f"})
    assert not pronouns_fit(sent, [(davis, _person(2))], {2: "m"})


def test_her_after_the_one_woman_named_is_hers(nlp):
    text = ("Kim Davis spent five days in jail. Davis' case in 2015 drew hundreds of protesters and "
            "supporters to her office in Morehead.")
    doc = nlp(text)
    index = EntityIndex.from_docs([doc])
    made = sentence_statements(0, list(doc.sents), index, text)
    assert [s for s in made if "her office in Morehead" in s.text]


def test_an_it_that_stands_for_the_clause_after_it_points_nowhere():
    quote = "I want to make it clear that I'm committed totally to Scottish rugby"
    assert not _OUTSIDE.search(_EXPLETIVE_IT.sub("", quote))
    assert _OUTSIDE.search(_EXPLETIVE_IT.sub("", "I like it a lot more than before"))


def test_a_speaker_may_tell_a_named_magazine():
    assert _AFTER.match('"United made a mistake in selling me," Stam told Uefa\'s Champions magazine.')


@pytest.mark.parametrize("text", [
    "The Wales international refused to apologise.",
    "The chairman, chief executive and three directors all departed in a row.",
    "The team recruited 45 overweight adults for the trial.",
    "Every participant was required to follow a diet for two weeks.",
    "All three men have denied the allegations.",
    "The other ingredient inhibits an enzyme known as neprilysin.",
])
def test_a_the_phrase_that_says_no_more_needs_the_sentence_before(nlp, text):
    """A post without its organization, an epithet, a study's team, a counted or 'other' group."""
    assert back_reference(list(next(nlp(text).sents)), set())


def test_a_post_with_its_organization_names_someone(nlp):
    sent = next(nlp("The chairman of Leeds United resigned on Monday.").sents)
    assert back_reference(list(sent), set()) is None


@pytest.mark.parametrize("text", ["A similar proposal has been made many times in the past.",
                                  "Patients are getting the test more frequently than that."])
def test_comparisons_with_something_said_before(text):
    from quizapp.generator.statements_checks import CONTEXT_OPENER

    assert CONTEXT_OPENER.match(text) or PRONOUN.search(text)


def test_an_also_inside_a_reported_clause_stays(nlp):
    text = ("Donald Trump stirred tensions after a rally in Charlottesville by insisting that counterprotesters "
            "were also to blame.")
    doc = nlp(text)
    made = sentence_statements(0, list(doc.sents), EntityIndex.from_docs([doc]), text)
    assert made and all("were also to blame" in s.text for s in made)


def test_a_writers_sure_forecast_is_hedged():
    from quizapp.generator.statements import _HEDGE

    assert _HEDGE.search("Hewitt, along with Andy Roddick and Marat Safin, is sure to be prominent during 2005.")
    assert not _HEDGE.search("Planning Minister Julio De Vido has offered State help.")  # a post, not a plan


@pytest.mark.parametrize("text", ["In modern Russia, the opposite might just be true.",
                                  "The Tories would end fees and Labour says both would cap fees at £3,000."])
def test_the_opposite_and_a_standalone_both_point_back(text):
    assert PRONOUN.search(text)


def test_a_ranking_among_all_players_is_the_writers_view():
    from quizapp.generator.vet_claims import opinion

    assert opinion("Desailly is one of the most decorated players in the history of football.")


def test_a_quotation_running_on_into_the_next_sentence_is_still_its_speakers(nlp):
    from quizapp.generator.statements_quotes import quote_statements

    text = ('"United made a mistake in selling me," Roy Keane told Uefa\'s Champions magazine. '
            '"I was settled at Manchester United and my family liked living there." '
            'Sir Alex Ferguson sold the Irishman to Celtic for £16.5m in August 2005.')
    doc = nlp(text)
    made = quote_statements(0, [(0, doc)], EntityIndex.from_docs([doc]))
    assert [s.text for s in made if s.text.startswith("Roy Keane said: “I was settled")]
    assert not [s for s in made if "Ferguson said" in s.text and s.false_text is None]


def test_a_chain_of_predicates_is_cut_after_its_first_link(nlp):
    from quizapp.generator.statements import _main_clause

    sent = next(nlp("TOKYO (Reuters) - Family members of Japanese abducted by North Korea met U.S. President "
                    "Donald Trump on Monday and welcomed his sympathy for their plight, but said it meant nothing "
                    "unless it led to action.").sents)
    assert _main_clause(sent).endswith("Donald Trump on Monday.")


def test_a_speaker_may_carry_a_long_description():
    assert _AFTER.match('"Effective action on HIV/Aids is good business management," said Brian Brink, senior '
                        'vice-president, health, at Anglo-American.')


def test_a_named_team_is_pinned_down(nlp):
    sent = next(nlp("Henman's decision has left the British team with a void to fill.").sents)
    assert back_reference(list(sent), {"team"}) is None


def test_since_then_needs_the_sentence_before():
    assert ANCHORED.search("More women have since spoken out with allegations of their own.")
    assert not ANCHORED.search("The RFS was introduced in 2005 and has since fostered a market for ethanol.")


def test_words_of_a_post_are_no_speaker(nlp):
    from quizapp.generator.statements_quotes import quote_statements

    text = ('Minister for Children, Young People and Families Margaret Hodge said new plans were fair. '
            'Ms Hodge said: "Foster carers must not be out of pocket when caring for a child."')
    doc = nlp(text)
    made = quote_statements(0, [(0, doc)], EntityIndex.from_docs([doc]))
    assert not [s for s in made if s.false_text and s.false_text.startswith("Young People")]


def test_on_the_other_hand_is_no_back_reference(nlp):
    sent = next(nlp("Murray, on the other hand, is 407th in the current ATP entry list.").sents)
    assert back_reference(list(sent), {"list"}) is None


def test_the_agency_in_a_story_about_an_agency_is_that_agency():
    text = ("Nuclear body seeks new tech\n\nThe International Atomic Energy Agency says its computers are old. "
            "IAEA inspectors make around 3,000 visits a year to more than 900 nuclear facilities. The IAEA "
            "wants new software, and the IAEA has asked its members for money.\n\nThe agency has appealed for "
            "more funds to update its hardware and software.")
    prompts = [q.prompt for q in generate([Article("iaea.txt", text)]).questions]
    assert not [p for p in prompts if p.startswith("The agency")]


def test_a_side_clause_alone_is_no_statement(nlp):
    text = "While Toshiba's HD-DVD technology has won backing from Paramount, Universal and Warner Bros."
    doc = nlp(text)
    assert not sentence_statements(0, list(doc.sents), EntityIndex.from_docs([doc]), text)


def test_a_man_named_more_often_is_not_the_he_of_a_story_about_another(nlp):
    from quizapp.generator.anchors import main_people

    paragraphs = ["Tony Blair has urged Europe to end its denial about President Bush. Bush thanked voters in "
                  "Ohio on Friday. Bush said he was grateful to them. Mr Blair said Bush had won the election "
                  "fairly. Mr Blair has probably been closer to President Bush than any other European leader.",
                  "He said some people were in a state of denial about the US election result. America needed to "
                  "listen to the world too, he said."]
    docs = list(nlp.pipe(paragraphs))
    index = EntityIndex.from_docs(docs)
    assert main_people({0: list(enumerate(docs))}, index) == {}  # Bush 5, Blair 3: no one dominates


@pytest.mark.parametrize("text, points_back", [
    ("Donald Trump issued a revised one in May.", True),
    ("Four of the six had no recurrence after 23 months.", True),
    ("The six nations met in Paris on Monday.", False),
])
def test_a_bare_one_or_the_six_points_back(text, points_back):
    assert bool(PRONOUN.search(text)) is points_back


def test_his_before_the_one_man_named_is_his_when_the_votes_call_him_a_person(nlp, monkeypatch):
    from quizapp.generator import antecedents

    text = ("Al Franken said he was sorry. He said he would work hard. Franken met reporters. "
            "Prior to winning his Senate seat, Franken was a well-known comedian, television writer and author.")
    doc = nlp(text)
    index = EntityIndex.from_docs([doc])
    franken = next(e for e in index.entities if "Franken" in e.canonical)
    assert franken.label == "PERSON"
    # The small model's mixed tags left the Reuters story's Franken of unsure type: the votes still say person.
    monkeypatch.setattr(antecedents, "confident_type", lambda e: None if e is franken else e.label)
    assert antecedents.one_person_before(0, list(doc.sents)[-1], index, text)


@pytest.mark.parametrize("text, kept", [
    ("GoPro Inc said it was cutting 7 percent of its workforce.", True),
    ("GoPro Inc said the camera maker it bought was cutting jobs.", False),  # "it" may be the camera maker
    ("GoPro Inc told analysts it was cutting 7 percent of its workforce.", True),
])
def test_an_organization_that_says_it(nlp, text, kept):
    """"X said it ...": the "it" is the organization speaking, so the sentence stands alone (tier 0, not a
    last resort of tier 3)."""
    made = sentence_statements(0, list(nlp(text + " GoPro makes cameras.").sents)[:1],
                               EntityIndex.from_docs([nlp(text + " GoPro makes cameras. GoPro Inc grew.")]), text)
    assert (bool(made) and made[0].tier == 0) is kept


SABALENKA = """Sabalenka reaches quarter-finals

Aryna Sabalenka said victory at last year's US Open is not the driving force behind her challenge after the \
defending champion breezed past Cristina Bucsa to reach the quarter-finals in New York.

Sabalenka won her first US Open singles title last September when she beat American Jessica Pegula in the final.

However, she has not won a major title this year, losing in the finals of the Australian Open and Roland Garros.
"""


def test_her_before_the_next_woman_is_named_is_the_first_womans(nlp):
    """Every sentence of a match report names two players; the pronouns between the first name and the
    second still tell the first player's sex, and are hers."""
    from quizapp.generator.people import person_gender

    index = EntityIndex.from_docs([nlp(p) for p in SABALENKA.split("\n\n")[1:]])
    sabalenka = next(e for e in index.same_type("PERSON") if "Sabalenka" in e.canonical)
    assert person_gender(sabalenka, index.same_type("PERSON"), SABALENKA) == "f"



def test_she_after_a_subject_the_votes_call_no_person_is_not_the_other_woman(nlp):
    """"Sabalenka won ... when she beat Jessica Pegula. However, she has not won ...": the model voted
    Sabalenka an organization, and Pegula, the one person it found, once took the second "she"."""
    prompts = " ".join(q.prompt for q in generate([Article("s.txt", SABALENKA)]).questions)
    assert "Pegula has not won" not in prompts and "Pegula has won" not in prompts


def test_the_group_is_the_main_organization_only_when_the_article_calls_it_so(nlp):
    """"The group's Al Manar television" once became "United Nations's Al Manar television" (session 6):
    Hezbollah is a group; the UN, the story's most named organization, is never called one."""
    text = ("UN warns of new fighting\n\nThe United Nations said on Monday that Hezbollah fighters had crossed "
            "the border. The United Nations said it would send observers.\n\nThe United Nations said the "
            "talks had failed. The group's Al Manar television said its fighters had returned home.\n")
    prompts = " ".join(q.prompt for q in generate([Article("un.txt", text)]).questions)
    assert "United Nations's Al Manar" not in prompts and "United Nations' Al Manar" not in prompts


def test_a_relative_that_is_no_pointer(nlp):
    """"a party that had the vision": "that" is the party, not something said before."""
    text = "David Sainsbury said he was pleased to give cash to a party that had the vision to deliver prosperity."
    doc = nlp(text + " David Sainsbury is a peer.")
    made = sentence_statements(0, list(doc.sents)[:1], EntityIndex.from_docs([doc]), text)
    assert made and made[0].tier == 0


@pytest.mark.parametrize("sentence", [
    '"I\'m not playing not to lose, I play to win," Sabalenka said when asked about the pressure of defending.',
    '"We have a secretary of state and he is not going anywhere," Haley told reporters in Kinshasa.',
])
def test_a_quotation_keeps_its_speaker_before_a_trailing_clause(sentence):
    from quizapp.generator.statements_quotes import _AFTER

    m = _AFTER.match(sentence)
    assert m and (m.group("s1") or m.group("s2")) in ("Sabalenka", "Haley")


def test_a_full_name_the_votes_call_a_person_may_be_quoted(nlp):
    """Match reports tag a player ORG as often as PERSON; "Aryna Sabalenka said" still names a person."""
    from quizapp.generator.statements_quotes import _speaker_person

    person = Entity(id=1, label="PERSON", canonical="Aryna Sabalenka")
    person.votes.update({"ORG": 3, "PERSON": 2})
    assert _speaker_person(person)
    assert not _speaker_person(Entity(id=2, label="ORG", canonical="Goldman Sachs"))


@pytest.mark.parametrize("sentence, quote, speaker", [
    ("'We couldn't have done it without the nurses,' said Tatiana de Amorim, the couple's granddaughter.",
     "We couldn't have done it without the nurses", "Tatiana de Amorim"),
    ("Prof Blanchflower said: 'Well-being is U-shaped in age.'", "Well-being is U-shaped in age", "Prof Blanchflower"),
    ("And Tim Henman, 30, added: 'My brother is due to come to London on Thursday.'",
     "My brother is due to come to London on Thursday", "Tim Henman"),
])
def test_a_tabloids_single_quotes_are_quotations(sentence, quote, speaker):
    from quizapp.generator.statements_quotes import _AFTER_SINGLE, _BEFORE_SINGLE

    m = _AFTER_SINGLE.match(sentence) or _BEFORE_SINGLE.match(sentence)
    assert m and m.group("q") == quote
    assert speaker in (m.groupdict().get("s1"), m.groupdict().get("s2"), m.groupdict().get("s"))


def test_he_said_after_a_surname_the_model_called_a_noun_is_not_the_man_he_talks_about():
    # Round 23: 'Stam says Rooney's stardom ... "We can't all be Wayne Rooneys ...," he said. "Starting late
    # can be a good thing."' gave the quotation to Wayne Rooney (and its false twin to Stam, who said it).
    text = ("Stam spices up encounter\n\nAC Milan defender Jaap Stam says Manchester United made a mistake in "
            "selling him.\n\nWayne Rooney and Cristiano Ronaldo will face Milan's defence on Wednesday. Stam says "
            "Rooney's teenage stardom is in stark contrast to his own start in the game. \"We can't all be Wayne "
            "Rooneys - at his age I was training to be an electrician,\" he said. \"Starting late can be a good "
            "thing. Some kids who start early get bored.\"\n")
    for q in generate([Article("a.txt", text)]).questions:
        assert "Rooney said" not in q.prompt
        assert not (q.kind == "true_false" and q.answer is False and q.prompt.startswith("Jaap Stam said"))


@pytest.mark.parametrize("text", [
    "Several other home-based tests are already on the market.",  # round 29: other than which?
    "About 30 other people were wounded, according to local news reports.",
    "In the months that followed, the agency disclosed the discovery of smallpox vials.",  # followed what?
])
def test_others_and_what_followed_need_the_sentence_before(text):
    assert ANCHORED.search(text)


def test_others_than_named_ones_stand_alone():
    assert not ANCHORED.search("Few others than the Swiss have won the race twice.")
    assert not ANCHORED.search("Riots that followed the verdict left 30 people hurt.")


def test_after_all_opens_on_the_sentence_before():
    from quizapp.generator.statements_checks import CONTEXT_OPENER

    assert CONTEXT_OPENER.match("After all, during pregnancy babies are not doing a lot of growing.")


@pytest.mark.parametrize("text", [
    "Ultimately, 37 percent never had a seizure in the year after surgery.",  # round 30: of whom?
    "Two-thirds were given pills containing one gram of curcumin powder.",
    "The sides meet again at Highbury on 1 February.",
])
def test_a_bare_share_or_the_sides_need_the_sentence_before(text):
    assert ANCHORED.search(text)


def test_a_share_of_someone_stands_alone():
    assert not ANCHORED.search("About 37 percent of the children never had a seizure again.")


def test_a_last_resort_that_points_back_ranks_below_one_that_does_not(nlp):
    """Round 31: articles short of five questions were topped up with "The investigation was first reported by The
    Daily Beast" before statements that name their subject."""
    from quizapp.generator.statements import _try

    scores = []
    for text in ["The investigation showed that the benefits of aspirin increased over time.",
                 "Scientists showed that the benefits of aspirin increased over time."]:
        doc = nlp(text)
        made = _try(0, next(doc.sents), text, EntityIndex.from_docs([doc]), text, {}, tier=3,
                    seen_nouns={"investigation"})
        scores.append(made[2])
    assert scores[0] <= scores[1] - 2.0


@pytest.mark.parametrize("text", ["The first was a two-factor authentication on the account.",  # round 32
                                  "In Gilroy, California, Tom Vilsack is likewise embracing new machinery.",
                                  "At the time, Titan was trying to get a higher price for its shares."])
def test_the_first_of_what_and_at_what_time_need_the_sentence_before(text):
    assert ANCHORED.search(text)
