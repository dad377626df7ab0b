"""The main window's own menu actions (declared in :mod:`relapp.ui.registry`): each is a function
of the window that opens a dialog or calls a service, then tells the hub what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from relapp import __version__
from relapp.services import contacts


def _need_contact(window: Any) -> int | None:
    cid = window.current_contact_id()
    if cid is None:
        window.statusBar().showMessage(window.tr("Select a contact first."), 4000)
    return cid


def new_contact(window: Any) -> None:
    from relapp.ui.contact_dialog import ContactDialog

    window.show_view("contacts")
    ContactDialog.create(window.hub, window)


def edit_contact(window: Any) -> None:
    from relapp.ui.contact_dialog import ContactDialog

    cid = _need_contact(window)
    if cid is not None:
        ContactDialog.edit(window.hub, cid, window)


def log_interaction(window: Any, contact_ids: list[int] | None = None) -> None:
    from relapp.ui.log_dialog import LogDialog

    if contact_ids is None:
        cid = window.current_contact_id()
        contact_ids = [cid] if cid is not None else []
    LogDialog.log(window.hub, contact_ids, window)


def archive_contact(window: Any) -> None:
    cid = _need_contact(window)
    if cid is None:
        return
    info = contacts.get_contact(cid)
    contacts.archive_contact(contact_id=cid, archived=not info.archived)
    window.hub.contacts_changed.emit()
    verb = window.tr("Unarchived") if info.archived else window.tr("Archived")
    window.statusBar().showMessage(f"{verb} {info.display_name}", 4000)


def delete_contact(window: Any) -> None:
    cid = _need_contact(window)
    if cid is None:
        return
    info = contacts.get_contact(cid)
    answer = QMessageBox.warning(
        window,
        window.tr("Delete contact"),
        window.tr(
            "Delete {0} with their timeline, follow-ups and milestones? This cannot be undone.\n\n"
            "Archive keeps the history and hides them from the list."
        ).format(info.display_name),
        QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    contacts.delete_contact(contact_id=cid)
    window.hub.contacts_changed.emit()
    window.hub.interactions_changed.emit()
    window.statusBar().showMessage(window.tr("Deleted {0}").format(info.display_name), 4000)


def focus_search(window: Any) -> None:
    window.show_view("contacts")
    window.view("contacts").focus_search()


def quit_app(window: Any) -> None:
    window.quit_requested = True
    QApplication.quit()


def about(window: Any) -> None:
    QMessageBox.about(
        window,
        window.tr("About relapp"),
        window.tr(
            "<h3>relapp {0}</h3><p>Build and keep the relationships that matter to your work: "
            "check-ins, follow-ups, promises and celebrations, on your desktop and offline.</p>"
            "<p>Your data stays in one SQLite file on this computer.</p>"
        ).format(__version__),
    )
