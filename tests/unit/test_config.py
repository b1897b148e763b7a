"""The generated JWT secret: every worker of one installation must read the same, complete secret, even when they
all start at once (an empty one signed tokens with an empty key and failed log-ins with 500)."""

from __future__ import annotations

import multiprocessing
import multiprocessing.synchronize
from pathlib import Path

import pytest

from app import config

WORKERS = 8
TRIALS = 20


def _read_secret(data_dir: str, start: multiprocessing.synchronize.Event, results: multiprocessing.Queue[str]) -> None:
    start.wait()
    try:
        results.put(config._jwt_secret(Path(data_dir)))
    except Exception as error:  # noqa: BLE001 - reported to the parent, which fails the test with it
        results.put(f"error: {error!r}")


def test_workers_starting_together_all_read_one_complete_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QURULTAY_JWT_SECRET", raising=False)
    context = multiprocessing.get_context("fork")
    # Before the fix, 12 of 30 such trials had a worker read the file before its creator had written it.
    for trial in range(TRIALS):
        data_dir = tmp_path / f"trial-{trial}"
        start = context.Event()
        results: multiprocessing.Queue[str] = context.Queue()
        workers = [context.Process(target=_read_secret, args=(str(data_dir), start, results)) for _ in range(WORKERS)]
        for worker in workers:
            worker.start()
        start.set()
        secrets = [results.get(timeout=30) for _ in workers]
        for worker in workers:
            worker.join(timeout=30)
        assert len(set(secrets)) == 1, secrets
        assert len(secrets[0]) >= 32, secrets
        # Only the secret is left behind: every worker's draft file is gone.
        assert [path.name for path in data_dir.iterdir()] == ["jwt-secret"]


def test_the_secret_survives_a_restart_and_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QURULTAY_JWT_SECRET", raising=False)
    first = config._jwt_secret(tmp_path)
    assert config._jwt_secret(tmp_path) == first
    assert (tmp_path / "jwt-secret").stat().st_mode & 0o077 == 0


def test_an_empty_secret_file_stops_the_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QURULTAY_JWT_SECRET", raising=False)
    (tmp_path / "jwt-secret").write_text("\n")
    with pytest.raises(RuntimeError, match="is empty"):
        config._jwt_secret(tmp_path)


def test_a_configured_secret_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QURULTAY_JWT_SECRET", "configured-secret-of-the-installation")
    assert config._jwt_secret(tmp_path) == "configured-secret-of-the-installation"
    assert not (tmp_path / "jwt-secret").exists()
