"""The app factory and configuration layers."""

from pathlib import Path

from quizapp import create_app
from quizapp.config import instance_secret_key, normalise_database_url


def test_testing_config(app):
    assert app.testing
    assert not create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "x"}).testing


def test_uses_top_level_templates_and_static(app):
    root = Path(__file__).resolve().parents[1]
    assert Path(app.template_folder) == root / "templates"
    assert Path(app.static_folder) == root / "static"


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("QUIZAPP_LEADERBOARD_SIZE", "7")
    monkeypatch.setenv("QUIZAPP_SECRET_KEY", "from-env")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    app = create_app()
    assert app.config["LEADERBOARD_SIZE"] == 7
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["SQLALCHEMY_DATABASE_URI"].endswith("env.sqlite")


def test_secret_key_is_generated_once(tmp_path):
    first = instance_secret_key(tmp_path)
    assert len(first) == 64
    assert instance_secret_key(tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_postgres_urls_use_psycopg3():
    assert normalise_database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("sqlite:///x") == "sqlite:///x"


def test_cookies_are_httponly_and_lax(app):
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
