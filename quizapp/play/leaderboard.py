"""Leaderboards read from the running totals (``user_totals``, ``set_scores``), never from answers.

Ranking rule, everywhere: higher score first; on equal scores, whoever reached
that score first; then the lower user id (so the order is total and stable).
Only scores above zero are ranked. Rows show nicknames, never usernames.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_

from ..extensions import db
from ..models import QuestionSet, SetScore, User, UserTotal


@dataclass(frozen=True)
class Standing:
    """One leaderboard row."""

    rank: int
    nickname: str
    score: int
    is_viewer: bool = False


@dataclass(frozen=True)
class Standings:
    """The top rows, and the viewer's own row when it isn't among them (else None)."""

    top: list[Standing]
    own: Standing | None = None


@dataclass(frozen=True)
class Board:
    """A leaderboard page: which board, its standings and the other boards to switch to."""

    title: str
    set_id: int | None
    standings: Standings
    sets: list[tuple[int, str]] = field(default_factory=list)


def _columns(set_id: int | None):
    """(score column, reached-at column, user id column, filters) of the board's totals table."""
    if set_id is None:
        return UserTotal.total, UserTotal.reached_at, UserTotal.user_id, []
    return SetScore.best_score, SetScore.best_at, SetScore.user_id, [SetScore.set_id == set_id]


def get_standings(set_id: int | None = None, limit: int = 20, viewer_id: int | None = None) -> Standings:
    """The top ``limit`` players overall (``set_id`` None: the sum of each user's best per set) or on one set.

    Ties: higher score first, then whoever reached the score first (``reached_at``
    / ``best_at``), then the lower user id. The viewer's own row is added when
    they have a score above zero but rank outside the top; their rank is the
    number of rows strictly ahead of them plus one, counted through the ranking
    index (``ix_user_totals_ranking`` / ``ix_set_scores_ranking``).
    """
    score, reached, user_id, filters = _columns(set_id)
    rows = db.session.execute(
        db.select(user_id, User.nickname, score)
        .join(User, User.id == user_id)
        .where(score > 0, *filters)
        .order_by(score.desc(), reached.asc(), user_id.asc())
        .limit(limit)
    ).all()
    top = [Standing(n, nick, points, uid == viewer_id) for n, (uid, nick, points) in enumerate(rows, 1)]
    own = None
    if viewer_id is not None and not any(row.is_viewer for row in top):
        own = own_standing(set_id, viewer_id)
    return Standings(top, own)


def own_standing(set_id: int | None, viewer_id: int) -> Standing | None:
    """The viewer's rank and score on the board (None without a score above zero)."""
    score, reached, user_id, filters = _columns(set_id)
    mine = db.session.execute(
        db.select(score, reached, User.nickname).join(User, User.id == user_id).where(user_id == viewer_id, *filters)
    ).first()
    if mine is None or mine[0] <= 0:
        return None
    my_score, my_time, nickname = mine
    # Two range counts rather than one OR, so each is a scan of the ranking index.
    higher = db.select(func.count()).where(score > my_score, *filters)
    tied_ahead = db.select(func.count()).where(
        score == my_score,
        or_(reached < my_time, and_(reached == my_time, user_id < viewer_id)),
        *filters,
    )
    ahead = db.session.execute(higher).scalar_one() + db.session.execute(tied_ahead).scalar_one()
    return Standing(ahead + 1, nickname, my_score, True)


def get_board(set_id: int | None, limit: int, viewer_id: int | None) -> Board | None:
    """The leaderboard page for ``set_id`` (None: overall); None when the set isn't published."""
    sets = [
        (row.id, row.title)
        for row in db.session.execute(
            db.select(QuestionSet.id, QuestionSet.title)
            .where(QuestionSet.published.is_(True))
            .order_by(QuestionSet.title)
        )
    ]
    titles = dict(sets)
    if set_id is not None and set_id not in titles:
        return None
    title = "Overall" if set_id is None else titles[set_id]
    return Board(title, set_id, get_standings(set_id, limit, viewer_id), sets)
