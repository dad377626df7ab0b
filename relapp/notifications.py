"""Sending one desktop notification, through the first channel that can really deliver it.

Channels, in order: plyer (resolved lazily at first use: the Windows and macOS notifiers, and
dbus-python on Linux when it is installed); on Linux, a pure-Python freedesktop D-Bus client
(jeepney, ``org.freedesktop.Notifications.Notify``, signature ``susssasa{sv}i``), so a stock desktop
works without compiling anything; then the ``notify-send`` command with its exit status checked;
last, a fallback callable the tray registers (``QSystemTrayIcon.showMessage``; this module never
imports Qt). plyer's own Linux fallbacks are skipped on purpose: its ``notify-send`` backend ignores
the exit status (a failed notification would count as delivered) and sends never-expiring
notifications, and its Flatpak portal call does the same. :func:`notify` returns the channel that
delivered, or None; it logs failures (never the text) and never raises.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import warnings
from collections.abc import Callable

log = logging.getLogger(__name__)

APP_NAME = "relapp"
TIMEOUT_S = 10  # how long a notification stays up (the server may differ)
DBUS_TIMEOUT_S = 5.0

Fallback = Callable[[str, str], object]
_fallback: Fallback | None = None
_plyer: object | None = None  # the resolved plyer backend instance, or False when unusable

# plyer backends whose failures are reported as exceptions (others fail silently).
_RELIABLE_PLYER = {"NotifyDbus", "WindowsNotification", "OSXNotification"}


def set_fallback(fn: Fallback | None) -> None:
    """Register (or with None, remove) the last-resort sender, e.g. the tray's showMessage."""
    global _fallback
    _fallback = fn


def _describe(exc: BaseException) -> str:
    """A short description of a failure that cannot contain the notification text."""
    name = getattr(exc, "name", None)  # jeepney DBusErrorResponse: org.freedesktop.DBus.Error.*
    if isinstance(name, str) and name.startswith("org."):
        return f"{type(exc).__name__} {name}"
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__}: {exc.strerror}"
    return type(exc).__name__


# --- plyer -------------------------------------------------------------------------------------


def _plyer_backend() -> object | None:
    global _plyer
    if _plyer is None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from plyer import notification

                backend = object.__getattribute__(notification, "_ensure_obj")()
            _plyer = backend if type(backend).__name__ in _RELIABLE_PLYER else False
            if _plyer is False:
                log.debug(
                    "plyer backend %s does not report failures; using the next channel",
                    type(backend).__name__,
                )
        except Exception as exc:  # noqa: BLE001 - plyer may fail in many ways on import
            log.info("plyer unavailable: %s", _describe(exc))
            _plyer = False
    return _plyer or None


def _send_plyer(title: str, body: str) -> bool:
    backend = _plyer_backend()
    if backend is None:
        return False
    backend.notify(title=title, message=body, app_name=APP_NAME, timeout=TIMEOUT_S)  # type: ignore[attr-defined]
    return True


# --- freedesktop D-Bus through jeepney ------------------------------------------------------------


def _icon() -> str:
    try:
        from relapp.resources import icon_png

        path = icon_png(128)
        return str(path) if path.exists() else ""
    except Exception:  # noqa: BLE001 - an icon is optional
        return ""


def _send_dbus(title: str, body: str) -> bool:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS") or ""
    if not bus:
        # cron and some timers run without the variable; the user bus sits at a known path.
        user_bus = f"/run/user/{os.getuid()}/bus"
        if not os.path.exists(user_bus):
            raise ConnectionError("no D-Bus session bus")
        bus = f"unix:path={user_bus}"
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.wrappers import unwrap_msg

    address = DBusAddress(
        "/org/freedesktop/Notifications",
        bus_name="org.freedesktop.Notifications",
        interface="org.freedesktop.Notifications",
    )
    hints = {"desktop-entry": ("s", APP_NAME), "urgency": ("y", 1)}
    msg = new_method_call(
        address,
        "Notify",
        "susssasa{sv}i",
        (APP_NAME, 0, _icon(), title, body, [], hints, TIMEOUT_S * 1000),
    )
    with open_dbus_connection(bus=bus) as conn:
        unwrap_msg(conn.send_and_get_reply(msg, timeout=DBUS_TIMEOUT_S))
    return True


def _send_notify_send(title: str, body: str) -> bool:
    exe = shutil.which("notify-send")
    if exe is None or sys.platform == "win32":
        return False
    done = subprocess.run(
        [exe, "-a", APP_NAME, "-t", str(TIMEOUT_S * 1000), "--", title, body],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=DBUS_TIMEOUT_S + 5,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"notify-send exited with status {done.returncode}")
    return True


def _send_fallback(title: str, body: str) -> bool:
    if _fallback is None:
        return False
    return _fallback(title, body) is not False


CHANNELS: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("plyer", _send_plyer),
    ("dbus", _send_dbus),
    ("notify-send", _send_notify_send),
    ("tray", _send_fallback),
)


def notify(title: str, body: str) -> str | None:
    """Show one notification; returns the channel that delivered it (``plyer``, ``dbus``,
    ``notify-send``, ``tray``) or None when none could. Never raises."""
    for name, send in CHANNELS:
        try:
            if send(title, body):
                return name
        except Exception as exc:  # noqa: BLE001 - a notifier must never take the app down
            log.warning("notification channel %s failed: %s", name, _describe(exc))
    log.warning("no notification channel could deliver a notification")
    return None


def available_channels() -> list[str]:
    """The channels worth trying here (for the self-check and the settings page)."""
    out = []
    if _plyer_backend() is not None:
        out.append("plyer")
    if sys.platform.startswith("linux"):
        try:
            import jeepney  # noqa: F401

            out.append("dbus")
        except ImportError:
            pass
        if shutil.which("notify-send"):
            out.append("notify-send")
    if _fallback is not None:
        out.append("tray")
    return out
