"""The events hub's deferred refresh: one refresh per burst of signals, none while hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from relapp.ui.events import DeferredRefresh, EventsHub


def test_refresh_once_per_burst_and_only_when_shown(qtbot) -> None:
    hub = EventsHub()
    view = QWidget()
    qtbot.addWidget(view)
    calls: list[int] = []
    deferred = DeferredRefresh(view, lambda: calls.append(1), hub, "contacts_changed")
    view.show()
    qtbot.waitUntil(lambda: calls == [1])  # stale from the start: refreshed when first shown
    for _ in range(3):
        hub.contacts_changed.emit()
    hub.data_replaced.emit()
    qtbot.waitUntil(lambda: not deferred.timer.isActive())
    assert calls == [1, 1]  # four signals, one refresh
    view.hide()
    hub.contacts_changed.emit()
    qtbot.wait(20)
    assert calls == [1, 1] and deferred.stale  # hidden: nothing yet
    view.show()
    assert calls == [1, 1, 1] and not deferred.stale
    hub.interactions_changed.emit()  # not one of its signals
    qtbot.wait(20)
    assert calls == [1, 1, 1]
