"""A second launch on the same database raises the running window instead of opening a second app;
a different database is a different instance; a lock left by a dead relapp is taken over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from relapp.ui.single_instance import SingleInstance


def test_second_launch_asks_the_first_to_show(qtbot, tmp_path: Path) -> None:
    shown: list[bool] = []
    first = SingleInstance(tmp_path / "a.db")
    assert first.claim()  # nobody runs yet
    second = SingleInstance(tmp_path / "a.db")
    assert not second.claim()  # the first holds the file
    assert not second.notify_running()  # ... but answers only once its window is up
    assert first.listen(lambda: shown.append(True))
    assert second.notify_running()
    qtbot.waitUntil(lambda: shown == [True])
    other = SingleInstance(tmp_path / "b.db")
    assert other.claim() and not other.notify_running()
    other.close()
    first.close()
    third = SingleInstance(tmp_path / "a.db")
    assert third.claim() and not third.notify_running()
    third.close()


def test_a_lock_left_by_a_dead_relapp_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    holder = SingleInstance(db)
    code = (
        "import sys; from pathlib import Path\n"
        "from relapp.ui.single_instance import SingleInstance\n"
        "s = SingleInstance(Path(sys.argv[1])); assert s.claim()\n"
        "import os; os._exit(0)  # dies holding the lock\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, env=env, timeout=60)
    assert holder.lock_path.exists()  # left behind
    assert holder.claim()  # its process is gone: stale
    holder.close()
