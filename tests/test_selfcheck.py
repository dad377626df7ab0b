"""``relapp --self-check`` in-process: every check passes on this installation and prints its line;
a broken resources folder or a UI target that does not import makes it fail with a FAIL line and
a non-zero exit, and the check writes nothing outside its temporary folder."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from relapp import selfcheck
from relapp.ui import icons, registry


@pytest.fixture(autouse=True)
def _app(qapp):
    icons.clear_cache()
    yield
    icons.clear_cache()


def _run() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selfcheck.run_self_check(out)
    return code, out.getvalue().splitlines()


def test_self_check_passes_and_prints_one_line_per_check() -> None:
    code, lines = _run()
    assert code == 0, "\n".join(lines)
    names = [name for name, _ in selfcheck.CHECKS]
    assert [line.split()[1] for line in lines[:-1]] == names
    assert all(line.startswith("ok   ") for line in lines[:-1])
    assert lines[-1].startswith(f"self-check passed: {len(names)} checks")
    assert any("migrated to schema" in line for line in lines)
    assert any(line.startswith("ok   notifications plyer linux backend") for line in lines)


def test_broken_resources_fail_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAPP_RESOURCES", str(tmp_path / "empty"))
    code, lines = _run()
    assert code == 1
    failed = {line.split()[1] for line in lines if line.startswith("FAIL ")}
    assert {"resources", "icons"} <= failed
    assert "database" not in failed
    assert lines[-1].startswith("self-check FAILED")


def test_a_ui_target_that_does_not_import_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = registry.ActionSpec("broken", "Tools", "Broken", "relapp.ui.no_such_module:run")
    monkeypatch.setattr(registry, "ACTIONS", [*registry.ACTIONS, broken])
    code, lines = _run()
    assert code == 1
    assert any(line.startswith("FAIL modules") and "no_such_module" in line for line in lines)


def test_self_check_leaves_the_environment_and_data_folder_alone(tmp_path: Path) -> None:
    before = dict(os.environ)
    data = Path(os.environ["RELAPP_DATA_DIR"])
    assert _run()[0] == 0
    assert dict(os.environ) == before
    assert list(data.iterdir()) == []


def test_cli_flag_runs_it(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("--self-check")
    assert code == 0, out + err
    assert "self-check passed" in out


def test_a_missing_tray_icon_alone_fails_the_icons_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from relapp import resources

    copy = tmp_path / "res"
    shutil.copytree(resources.resources_dir(), copy)
    (copy / "icons" / "tray.svg").unlink()
    monkeypatch.setenv("RELAPP_RESOURCES", str(copy))
    code, lines = _run()
    assert code == 1
    assert any(line.startswith("FAIL icons") and "tray" in line for line in lines)
