"""Country choices for a stem that names a part of the world (round 30: France, Germany and Italy were offered
for "the first of several African countries", Russia for "the sixth-largest gas reserves in Africa")."""

from quizapp.generator.continents import continent, named_continent, same_continent


def test_countries_lie_where_their_main_time_zones_are():
    assert continent("Nigeria") == "Africa"
    assert continent("Spain") == "Europe"  # not Africa for Ceuta
    assert continent("Britain") == continent("UK") == "Europe"
    assert continent("United States") == continent("US") == "America"
    assert continent("Atlantis") is None


def test_a_stem_names_a_continent_not_a_country():
    assert named_continent("Which country was the first of several African countries to send troops?") == "Africa"
    assert named_continent("Which country has the largest gas reserves in Africa?") == "Africa"
    assert named_continent("Which country did South Africa beat in the final?") is None
    assert named_continent("Which country won the match?") is None


def test_only_countries_of_that_continent_are_offered():
    wrong = same_continent("Which country has the sixth-largest gas reserves in Africa?", "Tanzania",
                           ["Algeria", "Nigeria", "Russia"], "Tanzania, Algeria, Nigeria and Russia")
    assert wrong[:2] == ["Algeria", "Nigeria"] and "Russia" not in wrong and len(wrong) == 3
    assert all(continent(w) == "Africa" for w in wrong)
    # A key from elsewhere ("Which country buys most gas from Africa?" -> China) keeps its choices.
    assert same_continent("Which country buys most gas from Africa?", "China", ["Russia", "India"], "") == \
        ["Russia", "India"]
