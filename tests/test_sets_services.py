"""Set services: the distractor bank the generator falls back on."""

from quizapp.extensions import db
from quizapp.formats import Question, QuestionSet
from quizapp.sets.services import build_set, distractor_bank


def _store(title, questions, published=True):
    stored = build_set(QuestionSet(title=title, questions=questions), published=published)
    db.session.commit()
    return stored.id


def test_bank_types_choices_by_question_opening(app):
    with app.app_context():
        _store("News", [
            Question("multiple_choice", "Who met Zelensky?", "Donald Trump", ["Donald Trump", "Joe Biden"]),
            Question("multiple_choice", "Which country hosts the talks?", "France", ["France", "Italy"]),
            Question("multiple_choice", "What share is occupied?", "about one-fifth",
                     ["about one-fifth", "about one-third"]),
            Question("true_false", "Paris is in France.", True),
        ])
        bank = distractor_bank()
    assert bank == {"COUNTRY": ["France", "Italy"], "PERSON": ["Donald Trump", "Joe Biden"]}


def test_bank_ignores_drafts_and_the_set_being_generated(app):
    with app.app_context():
        draft = _store("Draft", [Question("multiple_choice", "Who won?", "Ann Lee", ["Ann Lee", "Bo Li"])],
                       published=False)
        own = _store("Own", [Question("multiple_choice", "Who lost?", "Cy Young", ["Cy Young", "Di Ng"])])
        assert distractor_bank(exclude_set_id=own) == {}
        assert draft != own
