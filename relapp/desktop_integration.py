"""Integration with the user's desktop: the menu entry and icons, and starting at login.

``relapp --install-desktop-entry`` calls :func:`install_desktop_entry`: on Linux and other
freedesktop systems it writes ``$XDG_DATA_HOME/applications/<APP_ID>.desktop`` (from the template
in resources, with ``Exec`` pointing at the running relapp: the frozen binary, the ``relapp-gui``
script beside this Python, or ``python -m relapp``) and the hicolor icons. :func:`set_autostart`
turns start-at-login on or off: an XDG autostart entry with ``--minimized`` on Linux, a value under
HKCU ``...\\Run`` on Windows, a LaunchAgent plist on macOS. No Qt here, so the CLI and the settings
dialog share it.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from relapp import resources
from relapp.errors import UserError

APP_ID = resources.APP_ID
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "relapp"
_EXEC_RESERVED = set(" \t\n\r\"'\\><~|&;$*?#()`")


def launch_command() -> list[str]:
    """The command that starts this relapp (the window), as a list of arguments."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    exe = Path(sys.executable)
    for name in ("relapp-gui", "relapp-gui.exe"):
        script = exe.parent / name
        if script.is_file():
            return [str(script)]
    return [str(exe), "-m", "relapp"]


def _quote_exec_arg(arg: str) -> str:
    # Desktop Entry spec: quote arguments with reserved characters; inside quotes escape " ` $ \
    # with a backslash; then every backslash is escaped again as a string value; % doubles.
    arg = arg.replace("%", "%%")
    if arg and not (_EXEC_RESERVED & set(arg)):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    inner = inner.replace("\\", "\\\\")
    for char, escape in (("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        inner = inner.replace(char, escape)
    return '"' + inner + '"'


def exec_line(args: list[str]) -> str:
    """``args`` as the value of a .desktop ``Exec`` key."""
    return " ".join(_quote_exec_arg(a) for a in args)


def _data_home() -> Path:
    env = os.environ.get("XDG_DATA_HOME")
    return Path(env) if env and os.path.isabs(env) else Path.home() / ".local" / "share"


def _config_home() -> Path:
    env = os.environ.get("XDG_CONFIG_HOME")
    return Path(env) if env and os.path.isabs(env) else Path.home() / ".config"


def _is_freedesktop(platform: str) -> bool:
    return not (platform.startswith("win") or platform == "darwin")


def desktop_entry_text(command: list[str] | None = None) -> str:
    """The template .desktop entry with ``Exec``/``TryExec`` pointing at ``command``."""
    template = resources.desktop_file()
    if not template.is_file():
        raise UserError(f"the desktop entry template is missing: {template} (broken installation?)")
    command = command or launch_command()
    lines = []
    for line in template.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            extra = line[len("Exec=") :].split()[1:]  # keep arguments such as --minimized
            line = "Exec=" + exec_line(command + extra)
        elif line.startswith("TryExec="):
            line = "TryExec=" + _quote_exec_arg(command[0])
        lines.append(line)
    return "\n".join(lines) + "\n"


def _refresh_caches(applications: Path, icons: Path) -> None:
    # Best effort: desktops notice new files anyway; these make it immediate where available.
    os.utime(icons, None)
    if shutil.which("update-desktop-database"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            cmd = ["update-desktop-database", "-q", str(applications)]
            subprocess.run(cmd, check=False, timeout=10, capture_output=True)


def install_desktop_entry(*, platform: str | None = None) -> list[str]:
    """Install the menu entry, icons and metainfo for the current user; returns what it did, one
    line per item. Raises :class:`UserError` where there is no freedesktop menu (Windows, macOS)."""
    platform = platform or sys.platform
    if not _is_freedesktop(platform):
        raise UserError(
            "--install-desktop-entry is for Linux desktops; on Windows and macOS use the "
            "bundle built by scripts/build_bundle.sh (start at login is in Settings)"
        )
    missing = resources.missing()
    if missing:
        raise UserError(f"cannot install the desktop entry: missing resource {missing[0]}")
    data = _data_home()
    applications = data / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    entry = applications / f"{APP_ID}.desktop"
    entry.write_text(desktop_entry_text(), encoding="utf-8")
    hicolor = data / "icons" / "hicolor"
    count = 0
    for size in resources.ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resources.icon_png(size), target)
        count += 1
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resources.app_svg(), scalable)
    count += 1
    lines = [f"menu entry: {entry}", f"icons: {count} files under {hicolor}"]
    if resources.metainfo_file().is_file():
        metainfo = data / "metainfo" / f"{APP_ID}.metainfo.xml"
        metainfo.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resources.metainfo_file(), metainfo)
        lines.append(f"metainfo: {metainfo}")
    _refresh_caches(applications, hicolor)
    lines.append(f"starts: {exec_line(launch_command())}")
    return lines


# --- start at login -------------------------------------------------------------------------


def autostart_path(*, platform: str | None = None) -> Path | None:
    """The file that makes relapp start at login (None on Windows, where it is a registry value)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return None
    if platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    return _config_home() / "autostart" / f"{APP_ID}.desktop"


def _autostart_desktop_text(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=relapp\n"
        "Comment=Start relapp in the system tray at login\n"
        f"Icon={APP_ID}\n"
        f"Exec={exec_line(command)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _winreg() -> Any:
    return importlib.import_module("winreg")  # Windows only; typed as Any for other platforms


def _windows_run_value(enabled: bool, command: list[str]) -> None:
    winreg = _winreg()
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if enabled:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, subprocess.list2cmdline(command))
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, RUN_VALUE)


def set_autostart(enabled: bool, *, platform: str | None = None) -> Path | None:
    """Turn start-at-login (minimized, in the tray) on or off for the current user. Returns the
    file written when turned on (None on Windows or when turned off). Raises :class:`UserError`
    when the location cannot be written."""
    platform = platform or sys.platform
    command = [*launch_command(), "--minimized"]
    try:
        if platform.startswith("win"):
            _windows_run_value(enabled, command)
            return None
        path = autostart_path(platform=platform)
        assert path is not None
        if not enabled:
            path.unlink(missing_ok=True)
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        if platform == "darwin":
            plist = {"Label": APP_ID, "ProgramArguments": command, "RunAtLoad": True}
            path.write_bytes(plistlib.dumps(plist))
        else:
            path.write_text(_autostart_desktop_text(command), encoding="utf-8")
        return path
    except OSError as exc:
        raise UserError(f"cannot change start at login: {exc}") from exc


def autostart_enabled(*, platform: str | None = None) -> bool:
    """Whether relapp starts at login for the current user."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        try:
            winreg = _winreg()
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, RUN_VALUE)
            return True
        except (OSError, ImportError):
            return False
    path = autostart_path(platform=platform)
    if path is None or not path.is_file():
        return False
    if platform == "darwin":
        return True
    text = path.read_text(encoding="utf-8", errors="replace")
    return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text
