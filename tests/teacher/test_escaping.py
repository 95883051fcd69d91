"""Teacher text is escaped everywhere: titles, prompts, choices, explanations, imported files."""

from __future__ import annotations

from io import BytesIO

from quizapp.extensions import db
from quizapp.models import PROPOSED, Question

XSS = "<script>alert(1)</script>"
ATTR = '" onmouseover="alert(2)'


def assert_escaped(page: str):
    assert XSS not in page and "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'onmouseover="alert(2)' not in page


def test_hand_written_payloads_are_escaped(client, app, teacher):
    response = client.post("/teach/sets/new", data={
        "title": XSS + ATTR, "description": XSS, "time_limit": "30", "scoring": "timed", "action": "create"})
    set_id = int(response.headers["Location"].split("/")[-1])
    client.post(f"/teach/sets/{set_id}/questions/new?kind=multiple_choice", data={
        "prompt": XSS + ATTR, "choice_1": XSS, "choice_2": ATTR, "correct": "1", "explanation": XSS + ATTR})
    client.post(f"/teach/sets/{set_id}/questions/new?kind=true_false", data={"prompt": ATTR + XSS, "answer": "false"})
    with app.app_context():
        qid = db.session.execute(db.select(Question.id).where(Question.set_id == set_id)).scalars().first()
    pages = ["/teach/", f"/teach/sets/{set_id}", f"/teach/sets/{set_id}/settings",
             f"/teach/sets/{set_id}/questions/{qid}", f"/teach/sets/{set_id}/questions/{qid}/edit",
             f"/teach/sets/{set_id}/results"]
    for url in pages:
        assert_escaped(client.get(url).get_data(as_text=True))
    assert_escaped(client.get(f"/teach/sets/{set_id}/questions/{qid}/edit", headers={"HX-Request": "true"}).get_data(as_text=True))
    client.post(f"/teach/sets/{set_id}/publish")
    assert_escaped(client.get("/").get_data(as_text=True))
    with app.app_context():
        db.session.get(Question, qid).status = PROPOSED
        db.session.commit()
    assert_escaped(client.get(f"/teach/sets/{set_id}/review").get_data(as_text=True))


def test_imported_payloads_are_escaped(client, teacher):
    aiken = f"{XSS}{ATTR}\nA) {XSS}\nB) {ATTR}\nANSWER: A\n".encode()
    response = client.post("/teach/import", data={"file": (BytesIO(aiken), f"{XSS}.txt")}, content_type="multipart/form-data")
    preview = client.get(response.headers["Location"]).get_data(as_text=True)
    assert_escaped(preview)
    stored = client.post(response.headers["Location"])
    assert_escaped(client.get(stored.headers["Location"]).get_data(as_text=True))
    assert "<script>" not in client.get("/teach/").get_data(as_text=True)
