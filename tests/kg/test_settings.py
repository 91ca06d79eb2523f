"""Settings from KG_ environment variables."""

from __future__ import annotations

import pytest

from kg.settings import Settings


def test_settings_neo4j_from_the_environment_with_defaults() -> None:
    defaults = Settings.from_env({})
    assert (defaults.backend, defaults.neo4j_uri, defaults.neo4j_user) == (
        "falkordb",
        "bolt://127.0.0.1:7687",
        "neo4j",
    )
    assert defaults.neo4j_password is None
    chosen = Settings.from_env(
        {
            "KG_BACKEND": "neo4j",
            "KG_NEO4J_URI": "neo4j://team:7687",
            "KG_NEO4J_USER": "analyst",
            "KG_NEO4J_PASSWORD": "s3cret",
            "KG_NEO4J_DATABASE": "partykg",
        }
    )
    assert (chosen.backend, chosen.neo4j_uri, chosen.neo4j_user, chosen.neo4j_database) == (
        "neo4j",
        "neo4j://team:7687",
        "analyst",
        "partykg",
    )
    assert chosen.neo4j_password == "s3cret"
    assert "s3cret" not in repr(chosen)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"KG_BACKEND": "kuzu"}, "KG_BACKEND must be one of falkordb, neo4j"),
        ({"KG_WORKERS": "two"}, "KG_WORKERS must be a whole number"),
        ({"KG_BATCH_SIZE": "0"}, "KG_BATCH_SIZE must be positive"),
        ({"KG_FACTS_EVERY": "0"}, "KG_FACTS_EVERY must be positive"),
        ({"KG_SERVER_IDLE": "-1"}, "KG_SERVER_IDLE must be 0 or more"),
    ],
)
def test_settings_bad_values_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings.from_env(env)


def test_settings_server_idle_kept_ten_minutes_unless_told() -> None:
    assert Settings.from_env({}).server_idle == 600
    assert Settings.from_env({"KG_SERVER_IDLE": "0"}).server_idle == 0
