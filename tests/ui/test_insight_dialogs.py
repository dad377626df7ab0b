"""The prep brief dialog (shows the open promise, copies as text, Ctrl+B action), the follow-up
draft dialog (contains each action item, opens a mailto: URL, Mark sent completes the reminder)
and the Network view, all driven offscreen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from relapp import clock
from relapp.services import brief, contacts, demo, drafts, health, interactions, network_stats
from relapp.services.interactions import FollowUpInput
from relapp.ui.brief_dialog import BriefDialog, prep_brief
from relapp.ui.draft_dialog import FollowUpDraftDialog, show_follow_up_draft
from relapp.ui.events import EventsHub
from relapp.ui.health_badge import HealthBadge
from relapp.ui.network_view import NetworkView
from relapp.ui.theme import dark_palette, light_palette
from tests.ui.pyside_none_guard import keep_none_alive

keep_none_alive()  # PySide6 6.12.0 drops a None reference per void call; see the module

TODAY = dt.date(2026, 3, 2)


class FakeWindow(QWidget):
    """The part of the main window the actions use: ``hub`` and ``current_contact_id()``."""

    def __init__(self, contact_id: int | None) -> None:
        super().__init__()
        self.hub = EventsHub()
        self._cid = contact_id

    def current_contact_id(self) -> int | None:
        return self._cid


@pytest.fixture
def ada(db) -> int:
    clock.set_now(dt.datetime(2026, 3, 2, 10, 0))
    cid = contacts.create_contact(
        first_name="Ada",
        last_name="Lovelace",
        relationship="manager",
        works_on="the data migration",
        emails=["ada@example.org"],
    )
    interactions.log_interaction(
        contact_ids=[cid],
        kind="meeting",
        when=dt.datetime(2026, 2, 9, 12, 0),
        summary="Quarterly review",
        follow_ups=[FollowUpInput("Send the deck", TODAY)],
    )
    return cid


def test_brief_dialog_shows_the_open_promise_and_copies_text(qtbot, ada):
    window = FakeWindow(ada)
    qtbot.addWidget(window)
    dialog = prep_brief(window)
    assert isinstance(dialog, BriefDialog)
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "You owe them: Send the deck (due today)" in text
    assert "How is the data migration going?" in text
    assert "Cooling" in text
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == brief.brief_text(brief.prep_brief(contact_id=ada))
    requested: list[list[int]] = []
    window.hub.log_interaction_requested.connect(requested.append)
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert requested == [[ada]] and not dialog.isVisible()


def test_prep_brief_without_a_contact_explains(qtbot, db):
    from tests.ui.helpers import when_dialog_opens

    window = FakeWindow(None)
    qtbot.addWidget(window)
    texts: list[str] = []
    when_dialog_opens(lambda box: (texts.append(box.text()), box.accept()))
    assert prep_brief(window) is None
    assert "Select a contact first" in texts[0]


class MailCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_follow_up_draft_contains_each_action_item_and_mark_sent_completes_the_reminder(qtbot, ada):
    window = FakeWindow(ada)
    qtbot.addWidget(window)
    changed: list[bool] = []
    window.hub.follow_ups_changed.connect(lambda: changed.append(True))
    iid = interactions.log_interaction(
        contact_ids=[ada],
        kind="coffee",
        summary="Coffee about the offsite",
        follow_ups=[
            FollowUpInput("Send the agenda"),
            FollowUpInput("Book the venue"),
            FollowUpInput("Share photos", None, "they_owe"),
        ],
    )
    dialog = show_follow_up_draft(window, iid)
    assert isinstance(dialog, FollowUpDraftDialog)
    qtbot.addWidget(dialog)
    body = dialog.body.toPlainText()
    for item in ("- Send the agenda", "- Book the venue", "- Share photos"):
        assert item in body
    assert dialog.to.text() == "ada@example.org"
    assert changed == [True]  # the reminder was created
    open_items = [f.text for f in interactions.open_follow_ups(contact_id=ada)]
    assert "Send follow-up note to Ada Lovelace" in open_items

    dialog.body.setPlainText(body + "Ada's edit")
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    try:
        qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert len(catcher.urls) == 1
    url = catcher.urls[0]
    assert url.scheme() == "mailto" and url.path() == "ada@example.org"
    assert "Ada's edit" in url.query(QUrl.ComponentFormattingOption.FullyDecoded)

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().endswith("Ada's edit")
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    assert drafts.is_sent(interaction_id=iid)
    assert "Send follow-up note to Ada Lovelace" not in [
        f.text for f in interactions.open_follow_ups(contact_id=ada)
    ]
    assert len(changed) == 2 and not dialog.isVisible()


def test_draft_without_email_cannot_open_mail(qtbot, db):
    clock.set_now(TODAY)
    cid = contacts.create_contact(first_name="Bo")
    iid = interactions.log_interaction(
        contact_ids=[cid], kind="call", follow_ups=[FollowUpInput("Call back")]
    )
    dialog = FollowUpDraftDialog(iid, None)
    qtbot.addWidget(dialog)
    assert not dialog.mail_button.isEnabled() and dialog.mailto() is None
    dialog.to.setText("bo@example.org")
    assert dialog.mail_button.isEnabled() and dialog.mailto().startswith(
        "mailto:bo@example.org?subject="
    )


def test_health_badge_for_the_profile(qtbot, ada):
    hub = EventsHub()
    badge = HealthBadge(hub)
    qtbot.addWidget(badge)
    badge.set_contact(ada)
    assert "Cooling" in badge.badge.text()
    assert (
        badge.reasons.text().splitlines()[0]
        == "\u2022 Last talked 21 days ago, 7 days past your 14-day rhythm"
    )
    interactions.log_interaction(contact_ids=[ada], kind="call")
    hub.interactions_changed.emit()
    assert "Steady" in badge.badge.text() or "Thriving" in badge.badge.text()
    badge.set_contact(None)
    assert badge.badge.text() == "" and badge.toolTip() == ""


@pytest.mark.parametrize("palette", [light_palette, dark_palette])
def test_network_view_draws_the_aggregates(qtbot, db, palette):
    clock.set_now(TODAY)
    demo.populate(contacts=40, seed=7, today=TODAY)
    hub = EventsHub()
    view = NetworkView(hub)
    view.setPalette(palette())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    a = network_stats.activity(end=TODAY)
    assert view.heatmap.per_day == a.per_day and a.total > 0
    assert sum(view.heatmap.per_day.values()) == a.total
    bands = health.band_counts(today=TODAY)
    assert [sum(n for _, n, _ in segs) for _, segs in view.band_bars.rows] == [
        bands[b] for b in health.BANDS
    ]
    assert sum(bands.values()) == 40
    s = network_stats.promise_stats(today=TODAY)
    assert [sum(n for _, n, _ in segs) for _, segs in view.promise_bars.rows] == [
        s.mine_on_time + s.mine_late + s.mine_overdue + s.mine_pending,
        s.theirs_on_time + s.theirs_late + s.theirs_overdue + s.theirs_pending,
    ]
    image = view.grab().toImage()
    assert not image.isNull()
    # The busiest day is drawn in the strongest colour, which differs from the empty-day colour.
    colors = view.heatmap.colors()
    assert colors[0] != colors[-1]
    assert len({c.name() for c in colors}) == 5
    # A new interaction today shows up after the hub says so.
    interactions.log_interaction(contact_ids=[1], kind="call", when=dt.datetime(2026, 3, 2, 8, 0))
    hub.interactions_changed.emit()
    qtbot.waitUntil(lambda: view.heatmap.per_day.get(TODAY, 0) == a.per_day.get(TODAY, 0) + 1)
    QApplication.processEvents()


def test_brief_and_badge_follow_a_theme_switch(qtbot, ada):
    dialog = BriefDialog(ada, None)
    qtbot.addWidget(dialog)
    dialog.setPalette(light_palette())
    assert "#b35c00" in dialog.view.toHtml()  # "cooling" on a light background
    dialog.setPalette(dark_palette())
    assert "#ffb74d" in dialog.view.toHtml() and "#b35c00" not in dialog.view.toHtml()
    badge = HealthBadge(None)
    qtbot.addWidget(badge)
    badge.setPalette(light_palette())
    badge.set_contact(ada)
    assert "#b35c00" in badge.badge.text()
    badge.setPalette(dark_palette())
    assert "#ffb74d" in badge.badge.text()


def test_network_view_counts_on_a_worker_thread_for_large_networks(qtbot, db):
    clock.set_now(TODAY)
    demo.populate(contacts=40, seed=7, today=TODAY)
    view = NetworkView(EventsHub())
    view.async_above = 0  # as if there were more than 20,000 contacts
    qtbot.addWidget(view)
    view.show()
    assert view.busy
    view.refresh()  # a second request while busy runs once more afterwards
    qtbot.waitUntil(lambda: not view.busy and view.activity is not None, timeout=5000)
    qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    assert sum(sum(n for _, n, _ in segs) for _, segs in view.band_bars.rows) == 40
    assert view.heatmap.per_day == network_stats.activity(end=TODAY).per_day
