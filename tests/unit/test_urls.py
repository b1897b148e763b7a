from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from app.db.urls import sqlalchemy_url, with_database


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://qurultay:secret@db.example:5433/qurultay",
        "postgres://qurultay:secret@db.example:5433/qurultay",  # Heroku's and many hosts' spelling
        "postgresql+asyncpg://qurultay:secret@db.example:5433/qurultay",
        "postgresql+psycopg://qurultay:secret@db.example:5433/qurultay",
        "postgresql+psycopg2://qurultay:secret@db.example:5433/qurultay",
    ],
)
def test_a_postgresql_url_gets_the_asyncpg_driver_and_keeps_the_rest(url: str) -> None:
    assert sqlalchemy_url(url) == "postgresql+asyncpg://qurultay:secret@db.example:5433/qurultay"


def test_the_password_survives_with_its_special_characters() -> None:
    converted = sqlalchemy_url("postgresql://qurultay:p%40ss%2Fw%3Ard@db.example/qurultay")
    assert make_url(converted).password == "p@ss/w:rd"


def test_a_unix_socket_url_keeps_its_host_directory() -> None:
    # The shape of the embedded server's URL: no TCP host, the socket directory as a query parameter.
    converted = make_url(sqlalchemy_url("postgresql://postgres:@/qurultay?host=/var/lib/qurultay/postgres"))
    assert converted.drivername == "postgresql+asyncpg"
    assert converted.database == "qurultay"
    assert converted.query["host"] == "/var/lib/qurultay/postgres"


def test_libpq_sslmode_becomes_asyncpg_ssl() -> None:
    converted = make_url(sqlalchemy_url("postgresql://u:p@db.example/qurultay?sslmode=require"))
    assert "sslmode" not in converted.query
    assert converted.query["ssl"] == "require"


@pytest.mark.parametrize(
    "url",
    [
        "mysql://u:p@db.example/qurultay",
        "mysql+asyncmy://u:p@db.example/qurultay",
        "sqlite:///qurultay.db",
        "sqlite+aiosqlite:///:memory:",
        "mssql+pyodbc://u:p@db.example/qurultay",
        "postgresqlx://u:p@db.example/qurultay",
    ],
)
def test_a_url_of_another_database_is_refused_with_a_clear_message(url: str) -> None:
    with pytest.raises(ValueError, match=r"DATABASE_URL must be a PostgreSQL URL"):
        sqlalchemy_url(url)


def test_with_database_swaps_only_the_database() -> None:
    url = "postgresql+asyncpg://qurultay:p%40ss@db.example:5433/qurultay?ssl=require"
    swapped = make_url(with_database(url, "qurultay_test_1"))
    assert swapped.database == "qurultay_test_1"
    assert swapped.password == "p@ss"
    assert (swapped.host, swapped.port, swapped.query["ssl"]) == ("db.example", 5433, "require")
