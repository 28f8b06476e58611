from __future__ import annotations

from pathlib import Path

from maatwerkdesk.infra.logging_setup import rotate


def test_a_large_log_is_kept_as_generation_one_and_older_ones_shift(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text("nieuw" * 10)
    (tmp_path / "app.log.1").write_text("een")
    (tmp_path / "app.log.2").write_text("twee")
    rotate(log, max_bytes=10, generations=2)
    assert not log.exists()
    assert (tmp_path / "app.log.1").read_text() == "nieuw" * 10
    assert (tmp_path / "app.log.2").read_text() == "een"


def test_a_small_or_missing_log_is_left_alone(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    rotate(log, max_bytes=10)
    log.write_text("klein")
    rotate(log, max_bytes=10)
    assert log.read_text() == "klein" and not (tmp_path / "app.log.1").exists()
