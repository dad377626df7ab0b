"""A second launch on the same database raises the running window instead of opening a second app;
a different database is a different instance."""

from __future__ import annotations

from pathlib import Path

from relapp.ui.single_instance import SingleInstance


def test_second_launch_asks_the_first_to_show(qtbot, tmp_path: Path) -> None:
    shown: list[bool] = []
    first = SingleInstance(tmp_path / "a.db")
    assert not first.notify_running()  # nobody runs yet
    assert first.listen(lambda: shown.append(True))
    second = SingleInstance(tmp_path / "a.db")
    assert second.notify_running()
    qtbot.waitUntil(lambda: shown == [True])
    other = SingleInstance(tmp_path / "b.db")
    assert not other.notify_running()
    first.close()
    assert not SingleInstance(tmp_path / "a.db").notify_running()
