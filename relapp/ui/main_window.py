"""The main window: assembles the views and menu actions declared in :mod:`relapp.ui.registry`,
remembers its geometry, and routes cross-view requests from the events hub. It holds no feature
logic of its own: views, dialogs and :mod:`relapp.ui.commands` do the work."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QToolBar, QVBoxLayout, QWidget

from relapp.services import settings
from relapp.ui import registry
from relapp.ui.events import EventsHub

log = logging.getLogger(__name__)

MENU_ORDER = ("File", "Edit", "Contact", "View", "Tools", "Help")
TOOLBAR_KEYS = ("new_contact", "log_interaction", "import", "brief", "settings")


def _resolve(target: str) -> Any:
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)


class _Views(Mapping[str, QWidget]):
    """The window's views by key, each built the first time it is shown or asked for, so start-up
    pays only for the view on screen."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._built: dict[str, QWidget] = {}
        self._specs = {spec.key: spec for spec in registry.VIEWS}

    def __getitem__(self, key: str) -> QWidget:
        view = self._built.get(key)
        if view is None:
            spec = self._specs[key]  # KeyError for unknown keys, as a Mapping should
            view = _resolve(spec.target)(self._window.hub, self._window)
            self._window.containers[key].layout().addWidget(view)
            self._built[key] = view
            restore = getattr(view, "restore_state", None)
            if restore is not None:
                restore(self._window._qsettings())
        return view

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, right after the window first appeared on screen

    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        self.hub = hub
        self.tray: Any = None
        self.extensions: dict[str, Any] = {}
        self.actions_by_key: dict[str, QAction] = {}
        self.quit_requested = False
        self.setWindowTitle("relapp")
        self.setMinimumSize(760, 520)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Views"))
        self.views = _Views(self)
        self.containers: dict[str, QWidget] = {}
        for spec in registry.VIEWS:
            container = QWidget()
            layout = QVBoxLayout(container)
            layout.setContentsMargins(0, 0, 0, 0)
            self.containers[spec.key] = container
            self.tabs.addTab(container, self.tr(spec.title))
        self.tabs.currentChanged.connect(self._ensure_current_view)
        self._ensure_current_view()
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.statusBar()

        hub.contact_requested.connect(lambda _cid: self.show_view("contacts"))
        hub.log_interaction_requested.connect(self._log_requested)
        hub.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self._restore_geometry()

    # --- building ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menus = {name: self.menuBar().addMenu(self.tr("&" + name)) for name in MENU_ORDER}
        for spec in registry.ACTIONS:
            action = QAction(self.tr(spec.text), self)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if spec.tip:
                action.setStatusTip(self.tr(spec.tip))
            if spec.key == "quit":
                action.setMenuRole(QAction.MenuRole.QuitRole)
            action.triggered.connect(lambda _checked=False, t=spec.target: self._run(t))
            self.actions_by_key[spec.key] = action
            menus.get(spec.menu, menus["Tools"]).addAction(action)
        view_menu = menus["View"]
        for index, spec in enumerate(registry.VIEWS):
            action = QAction(self.tr(spec.title), self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            self.actions_by_key[f"view_{spec.key}"] = action
            view_menu.addAction(action)
        for name, menu in menus.items():
            if menu.isEmpty():
                menu.menuAction().setVisible(False)
            elif name == "File":
                # Quit last in the File menu, after a separator.
                quit_action = self.actions_by_key.get("quit")
                if quit_action is not None:
                    menu.removeAction(quit_action)
                    menu.addSeparator()
                    menu.addAction(quit_action)
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for key in TOOLBAR_KEYS:
            if key in self.actions_by_key:
                toolbar.addAction(self.actions_by_key[key])
        self.addToolBar(toolbar)

    def _ensure_current_view(self, *_args: object) -> None:
        key = self._key_of(self.tabs.currentWidget())
        if key is not None:
            self.views[key]

    def _key_of(self, container: QWidget | None) -> str | None:
        for key, widget in self.containers.items():
            if widget is container:
                return key
        return None

    def _run(self, target: str) -> None:
        _resolve(target)(self)

    def trigger_action(self, key: str) -> bool:
        action = self.actions_by_key.get(key)
        if action is None:
            return False
        action.trigger()
        return True

    def install_extensions(self) -> None:
        """Install the tray, schedulers and other extensions; one failing never stops the app."""
        for spec in registry.EXTENSIONS:
            try:
                self.extensions[spec.key] = _resolve(spec.target)(self)
            except Exception:  # noqa: BLE001 - an extension must not take the window down
                log.exception("could not install extension %s", spec.key)

    # --- what other parts call -----------------------------------------------------------------
    def view(self, key: str) -> Any:
        return self.views[key]

    def show_view(self, key: str) -> None:
        container = self.containers.get(key)
        if container is not None:
            self.tabs.setCurrentWidget(container)

    def show_contact(self, contact_id: int) -> None:
        self.bring_to_front()
        self.hub.contact_requested.emit(contact_id)

    def current_contact_id(self) -> int | None:
        key = self._key_of(self.tabs.currentWidget())
        current = self.views[key] if key is not None else None
        getter = getattr(current, "current_contact_id", None)
        cid = getter() if getter is not None else None
        if cid is None and "contacts" in self.views:
            cid = self.views["contacts"].current_contact_id()  # type: ignore[attr-defined]
        return cid

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _log_requested(self, contact_ids: list[int]) -> None:
        from relapp.ui import commands

        self.bring_to_front()
        commands.log_interaction(self, [int(c) for c in contact_ids if c is not None])

    # --- geometry and closing ----------------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        return QSettings("relapp", "relapp")

    def _restore_geometry(self) -> None:
        s = self._qsettings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        s = self._qsettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for view in self.views.built().values():
            save = getattr(view, "save_state", None)
            if save is not None:
                save(s)
        s.sync()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        # Only paint events come to Python (overriding event() would route every event here).
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)  # dropped if the window goes first

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_geometry()
        tray = self.tray
        if (
            not self.quit_requested
            and tray is not None
            and tray.is_available()
            and settings.get("close_to_tray")
        ):
            event.ignore()
            self.hide()
            if not settings.get("close_to_tray_notice_shown"):
                tray.show_message(
                    self.tr("relapp is still running"),
                    self.tr(
                        "relapp keeps reminding you from the tray. Use Quit in its menu to close it."
                    ),
                )
                settings.set("close_to_tray_notice_shown", True)
            return
        event.accept()
