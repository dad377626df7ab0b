"""An export into a folder other users can read says so; into a private folder it says nothing."""

from __future__ import annotations

import os
from pathlib import Path


def test_export_warns_about_a_shared_folder(run_cli, tmp_path: Path) -> None:
    run_cli("add", "Ada Lovelace", "--email", "ada@example.org")
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    code, out, err = run_cli("export", str(shared / "people.csv"))
    assert (
        code == 0 and "1 contacts written" in out and "other users of this computer can read" in err
    )
    assert (shared / "people.csv").stat().st_mode & 0o077 == 0  # the file itself stays private
    code, out, err = run_cli("export", str(private / "people.csv"))
    assert code == 0 and err == ""
