"""End to end: ``relapp notify`` delivers through a real, private D-Bus session bus.

The test starts its own ``dbus-daemon`` and runs a small ``org.freedesktop.Notifications`` service
(jeepney, in a thread) that records every ``Notify`` call with its signature, then runs ``relapp
notify`` as a subprocess with ``DBUS_SESSION_BUS_ADDRESS`` pointing there: the due items arrive with
the contact's name in the title, a second pass delivers nothing, two passes at once deliver each item
once. Failures: no bus, or a bus with no notification server, are logged (never the text), fall back,
never crash, and leave the reminders "not yet delivered".
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

NOW = "2026-03-02T10:00"
SECRET = "quarterly numbers 7Q9X"  # a follow-up text that must never reach a log

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None,
    reason="dbus-daemon is not installed (Debian package 'dbus'; .ci/apt-packages.txt lists it)",
)


@pytest.fixture
def bus() -> Iterator[str]:
    """A private session bus; yields its address."""
    proc = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--nopidfile", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    address, pid = proc.stdout.split()[:2]
    yield address
    os.kill(int(pid), signal.SIGTERM)


class NotificationServer:
    """``org.freedesktop.Notifications`` on ``address``, recording Notify calls, in a thread."""

    def __init__(self, address: str) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.calls: list[tuple[str, tuple]] = []  # (signature, body)
        self.conn = open_dbus_connection(bus=address)
        reply = self.conn.send_and_get_reply(
            message_bus.RequestName("org.freedesktop.Notifications")
        )
        assert reply.body == (1,), "could not own org.freedesktop.Notifications"
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return

        while not self.stop.is_set():
            try:
                msg = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type != MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            if member == "Notify":
                self.calls.append((msg.header.fields.get(HeaderFields.signature), msg.body))
                self.conn.send(new_method_return(msg, "u", (len(self.calls),)))
            elif member == "GetServerInformation":
                self.conn.send(new_method_return(msg, "ssss", ("test", "relapp-tests", "1", "1.2")))
            elif member == "GetCapabilities":
                self.conn.send(new_method_return(msg, "as", (["body"],)))
            else:
                self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))

    @property
    def titles(self) -> list[str]:
        return [body[3] for _sig, body in self.calls]

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=5)
        self.conn.close()


@pytest.fixture
def server(bus: str) -> Iterator[NotificationServer]:
    srv = NotificationServer(bus)
    yield srv
    srv.close()


@pytest.fixture
def due_db(db_path: Path) -> Path:
    """A database with three reminders due on 2 March 2026 at 10:00."""
    from relapp import clock
    from relapp.services import contacts, interactions, milestones
    from relapp.store import init_db
    from relapp.store.db import close_db

    clock.set_now(dt.datetime.fromisoformat(NOW))
    init_db(db_path)
    ada = contacts.create_contact(first_name="Ada", last_name="Lovelace")
    interactions.add_follow_up(contact_id=ada, text=SECRET, due=dt.date(2026, 3, 2))
    grace = contacts.create_contact(first_name="Grace", last_name="Hopper")
    milestones.set_birthday(contact_id=grace, birthday=milestones.PartialDate(3, 2, 1986))
    alan = contacts.create_contact(first_name="Alan", last_name="Turing", relationship="manager")
    interactions.log_interaction(contact_ids=[alan], kind="call", when=dt.datetime(2026, 2, 10, 12))
    close_db()
    return db_path


def relapp(
    db: Path, *args: str, bus: str | None, tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    env.update(
        RELAPP_FAKE_NOW=NOW, RELAPP_DATA_DIR=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path)
    )
    if bus is not None:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus
    return subprocess.run(
        [sys.executable, "-m", "relapp", "--db", str(db), "notify", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def log_text(tmp_path: Path) -> str:
    return "".join(p.read_text() for p in (tmp_path / "data" / "logs").glob("relapp.log*"))


def test_relapp_notify_delivers_each_due_item_once_with_the_name_in_the_title(
    due_db, server, bus, tmp_path
):
    first = relapp(due_db, bus=bus, tmp_path=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "delivered 3 reminders in 3 notifications via dbus" in first.stdout
    assert sorted(server.titles) == [
        "Check in with Alan Turing",
        "Follow up with Ada Lovelace (due today)",
        "Grace Hopper turns 40 today",
    ]
    sig, body = server.calls[[t.startswith("Follow up") for t in server.titles].index(True)]
    assert sig == "susssasa{sv}i" and body[0] == "relapp" and body[4] == SECRET
    second = relapp(due_db, bus=bus, tmp_path=tmp_path)
    assert second.returncode == 0 and "nothing to deliver" in second.stdout
    assert len(server.calls) == 3


def test_two_passes_at_once_deliver_each_item_once(due_db, server, bus, tmp_path):
    env_runs = [
        threading.Thread(target=relapp, args=(due_db,), kwargs={"bus": bus, "tmp_path": tmp_path})
        for _ in range(3)
    ]
    for t in env_runs:
        t.start()
    for t in env_runs:
        t.join()
    assert sorted(server.titles) == sorted(set(server.titles)) and len(server.titles) == 3


def test_no_bus_is_logged_without_the_text_and_nothing_is_lost(due_db, bus, tmp_path):
    from relapp.services import reminders
    from relapp.store import init_db
    from relapp.store.db import close_db

    failed = relapp(due_db, bus=f"unix:path={tmp_path}/no-such-bus", tmp_path=tmp_path)
    assert failed.returncode == 1
    assert failed.stderr.strip() == (
        "relapp: could not deliver 3 reminders (no notification service answered); "
        "they stay pending for the next pass"
    )
    assert "Traceback" not in failed.stderr
    log = log_text(tmp_path)
    assert "notification channel dbus failed" in log and SECRET not in log
    init_db(due_db)
    pending = reminders.due_occurrences(now=dt.datetime.fromisoformat(NOW))
    assert len(pending) == 3 and not any(reminders.is_delivered(o.key) for o in pending)
    close_db()
    # The bus comes back (a server appears): the same three arrive, once.
    srv = NotificationServer(bus)
    try:
        ok = relapp(due_db, bus=bus, tmp_path=tmp_path)
        assert ok.returncode == 0 and len(srv.calls) == 3
    finally:
        srv.close()


def test_bus_without_notification_server_falls_back_to_the_registered_tray(
    bus, monkeypatch, caplog
):
    from relapp import notifications

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus)
    shown: list[tuple[str, str]] = []
    notifications.set_fallback(lambda title, body: shown.append((title, body)))
    try:
        assert notifications.notify("Check in with Ada", SECRET) == "tray"
    finally:
        notifications.set_fallback(None)
    assert shown == [("Check in with Ada", SECRET)]
    assert "notification channel dbus failed" in caplog.text and "ServiceUnknown" in caplog.text
    assert SECRET not in caplog.text
    # Without a fallback nothing delivers, and notify() still returns instead of raising.
    assert notifications.notify("Check in with Ada", SECRET) is None


def test_notify_through_jeepney_in_process(server, bus, monkeypatch):
    from relapp import notifications

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus)
    assert notifications.notify("Grace Hopper turns 40 today", "Send a note?") == "dbus"
    sig, body = server.calls[0]
    assert sig == "susssasa{sv}i"
    assert body[3:5] == ("Grace Hopper turns 40 today", "Send a note?")
    assert body[6]["desktop-entry"] == ("s", "relapp") and body[7] == 10_000
