"""The "Network at a glance" view: pictures rather than tables. A year of interactions per day as a
contribution-style heat map, active contacts by health band, and promises kept on time versus late
(mine and theirs). The aggregates come from :mod:`relapp.services.network_stats`; the drawing from
:mod:`relapp.ui.charts`. Refreshes on hub signals, deferred while the tab is hidden.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from relapp import clock
from relapp.services import contact_list, health, network_stats
from relapp.ui.charts import HeatMap, StackedBars
from relapp.ui.events import HEALTH_SIGNALS, DeferredRefresh, EventsHub
from relapp.ui.theme import band_color, status_color


class _Results(QObject):
    """Carries a worker thread's result back to the GUI thread (a queued signal)."""

    ready = Signal(object)


class NetworkView(QWidget):
    # Above this many contacts the aggregates (about 1 s at 100,000) are computed on a worker
    # thread with its own connection; below it they take milliseconds and run inline.
    async_above = 20_000

    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._busy = False
        self._pending = False
        self._results = _Results(self)
        self._results.ready.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        self.activity: network_stats.Activity | None = None
        self.bands: dict[str, int] = {}
        self.promises = network_stats.PromiseStats()

        self.heatmap = HeatMap()
        self.activity_label = QLabel()
        self.activity_label.setAccessibleName(self.tr("Activity summary"))
        self.band_bars = StackedBars()
        self.band_bars.setAccessibleName(self.tr("Contacts by relationship health"))
        self.band_label = QLabel()
        self.band_label.setWordWrap(True)
        self.promise_bars = StackedBars()
        self.promise_bars.setAccessibleName(self.tr("Promises kept on time versus late"))
        self.promise_label = QLabel()
        self.promise_label.setWordWrap(True)
        for label in (self.activity_label, self.band_label, self.promise_label):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        activity_box = QGroupBox(self.tr("Interactions over the last year"))
        box = QVBoxLayout(activity_box)
        box.addWidget(self.heatmap)
        box.addWidget(self.activity_label)
        health_box = QGroupBox(self.tr("Contacts by relationship health"))
        box = QVBoxLayout(health_box)
        box.addWidget(self.band_bars)
        box.addWidget(self.band_label)
        box.addStretch(1)
        promise_box = QGroupBox(self.tr("Promises, last 12 months"))
        box = QVBoxLayout(promise_box)
        box.addWidget(self.promise_bars)
        box.addWidget(self.promise_label)
        box.addStretch(1)
        lower = QHBoxLayout()
        lower.addWidget(health_box, 1)
        lower.addWidget(promise_box, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(QLabel(self.tr("<h2>Network at a glance</h2>")))
        layout.addWidget(activity_box)
        layout.addLayout(lower)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._deferred = DeferredRefresh(
            self,
            self.refresh,
            hub,
            *HEALTH_SIGNALS,
        )

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self.activity is not None:
            self._draw()  # theme switched: recolour

    @property
    def busy(self) -> bool:
        return self._busy

    def refresh(self) -> None:
        self._deferred.stale = False
        if self._busy:
            self._pending = True
            return
        today = clock.today()
        if contact_list.total_contacts() <= self.async_above:
            self._apply(network_stats.snapshot(today=today))
            return
        self._busy = True
        self.activity_label.setText(self.tr("Counting\u2026"))
        threading.Thread(
            target=self._work, args=(today,), name="network-stats", daemon=True
        ).start()

    def _work(self, today: object) -> None:
        try:
            result: object = network_stats.snapshot(today=today, worker_thread=True)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - reported in the window, never lost
            result = exc
        with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
            self._results.ready.emit(result)

    def _apply(self, result: object) -> None:
        self._busy = False
        if isinstance(result, Exception):
            self.activity_label.setText(
                self.tr("Could not compute the network overview: {0}").format(result)
            )
        elif isinstance(result, network_stats.Snapshot):
            self.activity, self.bands, self.promises = (
                result.activity,
                result.bands,
                result.promises,
            )
            self._draw()
        if self._pending:
            self._pending = False
            self.refresh()

    def _draw(self) -> None:
        a = self.activity
        if a is None:
            return
        pal = self.palette()
        self.heatmap.set_data(a.start, a.end, network_stats.WEEKS, a.per_day)
        weeks = a.weeks
        active = sum(1 for _, n in weeks if n)
        best = max(weeks, key=lambda w: w[1]) if weeks else None
        text = self.tr(
            f"{a.total} interactions in the last 12 months, in {active} of {len(weeks)} weeks"
        )
        if best and best[1]:
            text += self.tr(
                f"; busiest week: {best[0].strftime('%d %b %Y').lstrip('0')} ({best[1]})"
            )
        self.activity_label.setText(text + ".")

        self.band_bars.set_data(
            [
                (
                    health.BAND_LABELS[b],
                    [(health.BAND_LABELS[b], self.bands.get(b, 0), band_color(b, pal))],
                )
                for b in health.BANDS
            ]
        )
        total = sum(self.bands.values())
        at_risk = self.bands.get("at_risk", 0) + self.bands.get("cooling", 0)
        self.band_label.setText(
            self.tr(
                f"{total} active contacts; {at_risk} cooling or at risk. The Reach Out view picks the few worth a message now."
            )
            if total
            else self.tr("No contacts yet.")
        )

        s = self.promises
        on_time, late = status_color("on_track", pal), status_color("due", pal)
        overdue, pending = status_color("overdue", pal), status_color("muted", pal)
        self.promise_bars.set_data(
            [
                (
                    self.tr("Mine"),
                    [
                        ("on time", s.mine_on_time, on_time),
                        ("late", s.mine_late, late),
                        ("overdue", s.mine_overdue, overdue),
                        ("not yet due", s.mine_pending, pending),
                    ],
                ),
                (
                    self.tr("Theirs"),
                    [
                        ("on time", s.theirs_on_time, on_time),
                        ("late", s.theirs_late, late),
                        ("overdue", s.theirs_overdue, overdue),
                        ("not yet due", s.theirs_pending, pending),
                    ],
                ),
            ],
            legend=[
                (self.tr("On time"), on_time),
                (self.tr("Late"), late),
                (self.tr("Overdue"), overdue),
                (self.tr("Not yet due"), pending),
            ],
        )
        rate = s.mine_kept_rate
        self.promise_label.setText(
            self.tr(f"You kept {rate:.0%} of your promises on time.")
            if rate is not None
            else self.tr("No promises with a due date yet.")
        )
