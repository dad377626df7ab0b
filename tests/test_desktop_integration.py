"""Desktop integration under a temporary XDG home: the menu entry and icons that
``relapp --install-desktop-entry`` writes, start at login on and off (Linux, and the macOS plist),
and the quoting of ``Exec`` lines, checked by parsing them back as the Desktop Entry spec says."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relapp import desktop_integration as di
from relapp import resources
from relapp.errors import UserError


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


def _read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _unescape_string(value: str) -> str:
    out, i = [], 0
    table = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append(table.get(value[i + 1], "\\" + value[i + 1]))
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def parse_exec(value: str) -> list[str]:
    """The Desktop Entry spec's reading of an Exec value (string escapes first, then quoting),
    strict: a reserved character outside quotes or an unescaped one inside is an error."""
    text = _unescape_string(value)
    args, current, i, quoted, started = [], [], 0, False, False
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                assert i + 1 < len(text) and text[i + 1] in '"`$\\', f"bad escape in {value!r}"
                current.append(text[i + 1])
                i += 1
            elif c in "`$":
                raise AssertionError(f"{c} must be escaped inside quotes: {value!r}")
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == '"':
            quoted, started = True, True
        elif c in "\t\n\r\"'\\><~|&;$*?#()`":
            raise AssertionError(f"reserved {c!r} outside quotes: {value!r}")
        elif c == " ":
            if current or started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(c)
        i += 1
    assert not quoted, value
    if current or started:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def test_install_desktop_entry_writes_the_entry_and_icons(xdg: Path) -> None:
    lines = di.install_desktop_entry(platform="linux")
    entry_path = xdg / "share" / "applications" / f"{resources.APP_ID}.desktop"
    assert any(str(entry_path) in line for line in lines)
    entry = _read_entry(entry_path)
    assert parse_exec(entry["Exec"]) == di.launch_command()
    assert entry["Icon"] == resources.APP_ID
    for size in resources.ICON_SIZES:
        icon = (
            xdg
            / "share"
            / "icons"
            / "hicolor"
            / f"{size}x{size}"
            / "apps"
            / f"{resources.APP_ID}.png"
        )
        assert icon.read_bytes() == resources.icon_png(size).read_bytes()
    assert (
        xdg / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{resources.APP_ID}.svg"
    ).is_file()
    assert (xdg / "share" / "metainfo" / f"{resources.APP_ID}.metainfo.xml").is_file()
    # the tray action keeps its argument
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(entry_path, encoding="utf-8")
    assert parse_exec(parser["Desktop Action Minimized"]["Exec"]) == [
        *di.launch_command(),
        "--minimized",
    ]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_written_entries_pass_desktop_file_validate(xdg: Path) -> None:
    di.install_desktop_entry(platform="linux")
    autostart = di.set_autostart(True, platform="linux")
    assert autostart is not None
    for path in (xdg / "share" / "applications" / f"{resources.APP_ID}.desktop", autostart):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_cli_installs_the_entry(xdg: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("--install-desktop-entry")
    assert (code, err) == (0, "")
    assert "menu entry:" in out and "icons: 9 files" in out


def test_install_refuses_on_windows_and_macos(xdg: Path) -> None:
    for platform in ("win32", "darwin"):
        with pytest.raises(UserError, match="Linux"):
            di.install_desktop_entry(platform=platform)


def test_install_with_missing_resources_is_one_clear_error(
    xdg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELAPP_RESOURCES", str(xdg / "nothing"))
    with pytest.raises(UserError, match="missing resource"):
        di.install_desktop_entry(platform="linux")
    assert not (xdg / "share" / "applications").exists()


def test_autostart_on_writes_a_minimized_entry_and_off_removes_it(xdg: Path) -> None:
    assert di.autostart_enabled(platform="linux") is False
    path = di.set_autostart(True, platform="linux")
    assert path == xdg / "config" / "autostart" / f"{resources.APP_ID}.desktop"
    entry = _read_entry(path)
    assert parse_exec(entry["Exec"]) == [*di.launch_command(), "--minimized"]
    assert entry["Type"] == "Application"
    assert di.autostart_enabled(platform="linux") is True
    assert di.set_autostart(False, platform="linux") is None
    assert not path.exists()
    assert di.autostart_enabled(platform="linux") is False
    di.set_autostart(False, platform="linux")  # turning off twice is fine


def test_autostart_disabled_by_the_desktop_counts_as_off(xdg: Path) -> None:
    path = di.set_autostart(True, platform="linux")
    assert path is not None
    path.write_text(path.read_text() + "Hidden=true\n")
    assert di.autostart_enabled(platform="linux") is False


def test_autostart_on_macos_is_a_launch_agent(xdg: Path) -> None:
    path = di.set_autostart(True, platform="darwin")
    assert path == xdg / "home" / "Library" / "LaunchAgents" / f"{resources.APP_ID}.plist"
    plist = plistlib.loads(path.read_bytes())
    assert plist["Label"] == resources.APP_ID
    assert plist["ProgramArguments"] == [*di.launch_command(), "--minimized"]
    assert plist["RunAtLoad"] is True
    assert di.autostart_enabled(platform="darwin")
    di.set_autostart(False, platform="darwin")
    assert not path.exists() and not di.autostart_enabled(platform="darwin")


def test_unwritable_autostart_folder_is_a_user_error(xdg: Path) -> None:
    (xdg / "config").mkdir()
    (xdg / "config" / "autostart").write_text("a file where the folder should be")
    with pytest.raises(UserError, match="start at login"):
        di.set_autostart(True, platform="linux")


def test_exec_line_of_plain_arguments_is_unquoted() -> None:
    assert di.exec_line(["/usr/bin/relapp-gui", "--minimized"]) == "/usr/bin/relapp-gui --minimized"
    assert di.exec_line(["/opt/My Apps/relapp", "50%"]) == '"/opt/My Apps/relapp" 50%%'


@given(
    st.lists(
        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")),
        min_size=1,
        max_size=4,
    )
)
def test_exec_line_round_trips_through_the_spec(args: list[str]) -> None:
    assert parse_exec(di.exec_line(args)) == args
