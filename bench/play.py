"""Load test of the answer path: N students sign up and play a 10-question set against gunicorn.

    .venv/bin/python bench/play.py [--students 200] [--concurrency 20] [--max-seconds 180]

Loopback only and bounded in time. Starts ``gunicorn --workers 4 'quizapp:create_app()'``
on a free port with a fresh SQLite database (``quizapp db upgrade`` then ``quizapp
import``), CSRF on as in production. Every student signs up, presses Start and
answers each question as fast as it can through the htmx endpoints; every fifth
student sends each answer twice. The load comes from bare ``http.client``
connections in threads (``requests`` cost the client more CPU than a bare
endpoint costs the server). Prints counted answers per second (double-sent
copies and Next requests are not answers), all requests per second, p50/p95/p99
latency of the answer request and the error count; then checks the database (one answer
per student and question; attempt scores, best scores and totals equal the sums
of the answers) and compares with a bare endpoint (/healthz) timed in the same
run. Runs again on PostgreSQL when TEST_DATABASE_URL or DATABASE_URL points to one
(in a scratch database ``<name>_bench`` created beside it and dropped afterwards).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import requests

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TOKEN = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
CHOICE = re.compile(r'name="choice" value="(\d+)"')
TARGET_RATE, TARGET_P95_MS = 500, 100
# One User-Agent for sign-up and play: "strong" session protection ties a session to it.
USER_AGENT = "quizapp-bench"


def bench_set() -> dict:
    """A 10-question quizapp-set/1 document (8 multiple choice, 2 true/false)."""
    questions = [
        {"kind": "multiple_choice", "prompt": f"Question {n}?", "choices": [f"A{n}", f"B{n}", f"C{n}", f"D{n}"],
         "answer": f"A{n}", "evidence": [{"source": "s1", "sentence": f"A{n} is right about {n}."}]}
        for n in range(8)
    ] + [{"kind": "true_false", "prompt": f"Statement {n}.", "answer": n % 2 == 0, "evidence": []} for n in range(2)]
    return {"format": "quizapp-set/1", "title": "Bench set", "sources": [{"id": "s1", "title": "Bench"}],
            "questions": questions}


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def scratch_database(url: str, create: bool) -> str:
    """Create (or drop) a ``<name>_bench`` database beside the one ``url`` names; return its URL.

    The benchmark never touches the configured database itself: others (the test
    suite) may be using it at the same time.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from quizapp.config import normalise_database_url

    target = make_url(normalise_database_url(url))
    name = f"{target.database}_bench"
    engine = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if create:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return target.set(database=name).render_as_string(hide_password=False)


class Server:
    """gunicorn with 4 workers on a free loopback port, after migrating and importing the set."""

    def __init__(self, url: str, tmp: Path):
        self.env = dict(os.environ, DATABASE_URL=url, QUIZAPP_SECRET_KEY="bench-secret", FLASK_APP="quizapp")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        set_file = tmp / "bench-set.json"
        set_file.write_text(json.dumps(bench_set()))
        migrated = subprocess.run([BIN / "quizapp", "db", "upgrade"], env=self.env, capture_output=True, text=True)
        if migrated.returncode:
            raise SystemExit(f"quizapp db upgrade failed:\n{migrated.stderr[-2000:]}")
        out = subprocess.run([BIN / "quizapp", "import", "--publish", set_file], env=self.env, check=True,
                             capture_output=True, text=True).stdout
        self.set_id = int(re.search(r"set (\d+)", out).group(1))
        self.process = subprocess.Popen(
            [BIN / "gunicorn", "--workers", "4", "--bind", f"127.0.0.1:{self.port}", "quizapp:create_app()"],
            env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.base}/healthz", timeout=5).ok:
                    return
            except requests.RequestException:
                time.sleep(0.2)
        self.stop()
        raise SystemExit("gunicorn did not start within 30 s")

    def stop(self) -> None:
        """Stop gunicorn (only the process this benchmark started)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Stats:
    """Latencies, requests and errors collected by the student threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.requests = 0

    def record(self, started: float, status: int | None, what: str) -> None:
        """Count one request, keep an answer request's latency, and keep any error."""
        with self.lock:
            self.requests += 1
            if what == "answer":
                self.latencies.append((time.perf_counter() - started) * 1000)
            if status is None or status >= 400:
                self.errors.append(f"{what}: {status or 'no response'}")


class Client:
    """A bare HTTP/1.1 client on ``http.client``, one per student (keep-alive when the server allows).

    ``requests`` spent more client CPU per request than the server spends on a
    bare endpoint, so on two shared cores the benchmark mostly measured itself.
    """

    def __init__(self, port: int, cookies: str):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookies = cookies

    def send(self, method: str, path: str, fields: dict | None = None, headers: dict | None = None):
        """One request; returns (status, body, Location header); status None when it failed."""
        headers = {**(headers or {}), "Cookie": self.cookies, "User-Agent": USER_AGENT}
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body, headers)
            response = self.connection.getresponse()
            text = response.read().decode()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            return None, "", ""
        if response.will_close:  # gunicorn's sync workers close after each response
            self.connection.close()
        return response.status, text, response.getheader("Location", "")


def token(response: requests.Response) -> str:
    """The CSRF token in a page's meta tag."""
    return TOKEN.search(response.text).group(1)


def sign_up(base: str, n: int, run: str) -> tuple[str, str]:
    """A new student's session cookie (as a Cookie header) and CSRF token; set-up, not timed."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    page = session.get(f"{base}/signup", timeout=30)
    home = session.post(f"{base}/signup", timeout=30, data={
        "csrf_token": token(page), "username": f"b{run}-{n}", "nickname": f"Bench {n}",
        "password": "bench-password", "role": "student"})
    home.raise_for_status()
    return "; ".join(f"{c.name}={c.value}" for c in session.cookies), token(home)


def play(port: int, set_id: int, cookies: str, csrf: str, twice: bool, stats: Stats, deadline: float) -> None:
    """Start the set and answer every question at once (twice when ``twice``), pressing Next between."""
    client = Client(port, cookies)
    headers = {"X-CSRFToken": csrf, "HX-Request": "true"}
    started = time.perf_counter()
    status, _, location = client.send("POST", f"/quizzes/{set_id}/start", {}, {"X-CSRFToken": csrf})
    stats.record(started, status, "start")
    if status != 303:
        return
    found = re.search(r"/attempts/(\d+)", location)
    if found is None:
        stats.record(started, None, f"start went to {location}")
        return
    attempt = found.group(1)
    started = time.perf_counter()
    status, page, _ = client.send("GET", f"/attempts/{attempt}", headers=headers)
    stats.record(started, status, "question")
    for position in range(10):
        if time.monotonic() > deadline:
            return
        choice = CHOICE.findall(page)[position % 2]
        for _ in range(2 if twice else 1):
            started = time.perf_counter()
            status, _, _ = client.send("POST", f"/attempts/{attempt}/answer", {"position": position, "choice": choice},
                                       headers)
            stats.record(started, status, "answer")
        if position < 9:
            started = time.perf_counter()
            status, page, _ = client.send("POST", f"/attempts/{attempt}/next", {"position": position + 1}, headers)
            stats.record(started, status, "next")


def baseline(port: int, requests_total: int, concurrency: int) -> float:
    """Requests per second of the bare /healthz endpoint, same client and concurrency."""
    def hit(_):
        client = Client(port, "")
        for _ in range(requests_total // concurrency):
            client.send("GET", "/healthz")
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(hit, range(concurrency)))
    return (requests_total // concurrency * concurrency) / (time.perf_counter() - started)


def check(url: str, students: int) -> list[str]:
    """Problems in the database after the run (empty when every answer counted exactly once)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    queries = {
        "answers per student and question": "SELECT count(*) FROM (SELECT attempt_id, question_id FROM answers "
                                             "GROUP BY attempt_id, question_id HAVING count(*) <> 1) x",
        "attempts whose score isn't the sum": "SELECT count(*) FROM attempts a WHERE score <> "
                                              "(SELECT coalesce(sum(points), 0) FROM answers WHERE attempt_id = a.id)",
        "attempts without 10 answers": "SELECT count(*) FROM attempts a WHERE "
                                       "(SELECT count(*) FROM answers WHERE attempt_id = a.id) <> 10",
        "best scores that aren't the best attempt": "SELECT count(*) FROM set_scores s WHERE best_score <> "
                                                    "(SELECT max(score) FROM attempts WHERE user_id = s.user_id AND set_id = s.set_id)",
        "totals that aren't the sum of bests": "SELECT count(*) FROM user_totals t WHERE total <> "
                                               "(SELECT coalesce(sum(best_score), 0) FROM set_scores WHERE user_id = t.user_id)",
    }
    problems = []
    with engine.connect() as connection:
        for label, sql in queries.items():
            bad = connection.execute(text(sql)).scalar()
            if bad:
                problems.append(f"{bad} {label}")
        attempts = connection.execute(text("SELECT count(*) FROM attempts")).scalar()
        if attempts != students:
            problems.append(f"{attempts} attempts for {students} students")
    engine.dispose()
    return problems


def count_answers(url: str) -> int:
    """How many answers the database holds (each counted once, whatever was sent)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        counted = connection.execute(text("SELECT count(*) FROM answers")).scalar()
    engine.dispose()
    return counted


def run(url: str, args, tmp: Path) -> bool:
    """One benchmark run against ``url``; prints the figures, returns whether the target was met."""
    name = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    server = Server(url, tmp)
    try:
        deadline = time.monotonic() + args.max_seconds
        with ThreadPoolExecutor(min(args.concurrency, 16)) as pool:
            sessions = list(pool.map(lambda n: sign_up(server.base, n, name[:2]), range(args.students)))
        stats = Stats()
        started = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            list(pool.map(lambda n: play(server.port, server.set_id, *sessions[n], n % 5 == 0, stats, deadline),
                          range(args.students)))
        elapsed = time.perf_counter() - started
        bare = baseline(server.port, 4000, args.concurrency)
    finally:
        server.stop()
    lat = sorted(stats.latencies)
    pct = statistics.quantiles(lat, n=100)
    problems = check(url, args.students)
    counted = count_answers(url)
    rate = counted / elapsed  # answers that counted; double-sent copies and Next requests are not answers
    print(f"\n== {name}: {args.students} students, concurrency {args.concurrency}, gunicorn 4 workers")
    print(f"answers: {counted} counted ({len(lat)} answer requests incl. double sends) in {elapsed:.1f} s "
          f"-> {rate:.0f} answers/s; all requests (start, answer, next): {stats.requests / elapsed:.0f} req/s")
    print(f"answer latency: p50 {pct[49]:.1f} ms  p95 {pct[94]:.1f} ms  p99 {pct[98]:.1f} ms  max {lat[-1]:.1f} ms")
    print(f"errors: {len(stats.errors)} {stats.errors[:5] if stats.errors else ''}")
    print(f"bare /healthz: {bare:.0f} req/s; answer rate / bare rate = {rate / bare:.2f}; "
          f"all requests / bare rate = {stats.requests / elapsed / bare:.2f}")
    print("database check: " + ("every answer counted exactly once; totals equal the sums" if not problems
                                else "; ".join(problems)))
    met = rate >= TARGET_RATE and pct[94] <= TARGET_P95_MS and not stats.errors and not problems
    print(f"target (>= {TARGET_RATE} answers/s, p95 <= {TARGET_P95_MS} ms, no error, nothing lost): "
          + ("met" if met else "NOT met"))
    return met


def main() -> None:
    """Run on SQLite, then on PostgreSQL when one is configured."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--max-seconds", type=float, default=180)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite:///{Path(tmp) / 'bench.sqlite'}", args, Path(tmp))
        postgres = os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL") or ""
        if postgres.startswith("postgres"):
            scratch = scratch_database(postgres, create=True)
            try:
                run(scratch, args, Path(tmp))
            finally:
                scratch_database(postgres, create=False)


if __name__ == "__main__":
    main()
