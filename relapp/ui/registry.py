"""What the main window assembles: its views (tabs) and its menu actions, declared once here.

A view is ``"module:Class"``, constructed as ``Class(hub, parent)``; it may define ``refresh()``.
A menu action is declared with its menu, text, shortcut and a ``"module:function"`` called as
``function(window)``, where ``window`` offers ``.hub``, ``.current_contact_id()`` and
``.show_contact(id)``. The same actions serve menus, toolbar and tray (one definition each).
Modules are imported when the window is built, never at import time of this file.
"""

from __future__ import annotations

from typing import NamedTuple


class ViewSpec(NamedTuple):
    key: str
    title: str
    target: str  # "module:Class"
    shortcut: str


class ActionSpec(NamedTuple):
    key: str
    menu: str  # "File", "Edit", "Contact", "View", "Tools", "Help"
    text: str
    target: str  # "module:function", called with the main window
    shortcut: str = ""
    tip: str = ""


class ExtensionSpec(NamedTuple):
    """Something installed once the window exists (tray, schedulers): ``"module:function"``
    called as ``function(window)``; whatever it returns is kept alive by the window in
    ``window.extensions[key]``. A function that returns None is fine (nothing to keep)."""

    key: str
    target: str


VIEWS: list[ViewSpec] = [
    ViewSpec("contacts", "Contacts", "relapp.ui.contacts_view:ContactsView", "Ctrl+1"),
    ViewSpec("today", "Today", "relapp.ui.today_view:TodayView", "Ctrl+2"),
    ViewSpec("calendar", "Calendar", "relapp.ui.calendar_view:CalendarView", "Ctrl+3"),
    ViewSpec("reach_out", "Reach Out", "relapp.ui.reach_out_view:ReachOutView", "Ctrl+4"),
    ViewSpec("network", "Network", "relapp.ui.network_view:NetworkView", "Ctrl+5"),
]

ACTIONS: list[ActionSpec] = [
    ActionSpec(
        "new_contact", "File", "&New Contact\u2026", "relapp.ui.commands:new_contact", "Ctrl+N"
    ),
    ActionSpec(
        "backup_now",
        "File",
        "&Back Up Now",
        "relapp.ui.backup_actions:back_up_now",
        "",
        "Save a copy of all your data in the backups folder",
    ),
    ActionSpec(
        "restore_backup",
        "File",
        "&Restore from Backup\u2026",
        "relapp.ui.backup_actions:restore_from_backup",
        "",
        "Go back to an earlier backup (your current data is kept)",
    ),
    ActionSpec(
        "export_calendar",
        "File",
        "Export &Calendar (.ics)\u2026",
        "relapp.ui.calendar_view:export_calendar",
        "",
        "Birthdays, anniversaries and follow-ups as an iCalendar file for your calendar app",
    ),
    ActionSpec(
        "import",
        "File",
        "&Import\u2026",
        "relapp.ui.import_wizard:open_import_wizard",
        "Ctrl+I",
        "Import contacts from Google, Outlook, LinkedIn, Thunderbird, any CSV or vCard",
    ),
    ActionSpec(
        "export",
        "File",
        "&Export\u2026",
        "relapp.ui.export_dialog:open_export_dialog",
        "Ctrl+Shift+E",
        "Export contacts as CSV (relapp or Google), vCard or iCalendar",
    ),
    ActionSpec(
        "undo_import",
        "File",
        "&Undo Last Import",
        "relapp.ui.import_wizard:undo_last_import",
        "",
        "Remove what the last import added and put merged contacts back",
    ),
    ActionSpec("quit", "File", "&Quit", "relapp.ui.commands:quit_app", "Ctrl+Q"),
    ActionSpec(
        "log_interaction",
        "Contact",
        "&Log Interaction\u2026",
        "relapp.ui.commands:log_interaction",
        "Ctrl+L",
        "Log a coffee, call, meeting\u2026 with one or more people",
    ),
    ActionSpec(
        "edit_contact",
        "Contact",
        "&Edit Contact\u2026",
        "relapp.ui.commands:edit_contact",
        "Ctrl+E",
    ),
    ActionSpec(
        "archive_contact",
        "Contact",
        "&Archive / Unarchive",
        "relapp.ui.commands:archive_contact",
        "Ctrl+Shift+A",
    ),
    ActionSpec(
        "delete_contact",
        "Contact",
        "&Delete Contact\u2026",
        "relapp.ui.commands:delete_contact",
        "Ctrl+Shift+Del",
    ),
    ActionSpec(
        "brief",
        "Contact",
        "Prep &Brief\u2026",
        "relapp.ui.brief_dialog:prep_brief",
        "Ctrl+B",
        "Who they are to you, last interactions, open promises and conversation starters",
    ),
    ActionSpec(
        "record_win",
        "Contact",
        "Record a &Win\u2026",
        "relapp.ui.milestones_editor:record_win",
        "Ctrl+Shift+W",
        "Note an achievement of the selected contact, so the next check-in can mention it",
    ),
    ActionSpec(
        "manage_tags",
        "Contact",
        "Manage &Tags\u2026",
        "relapp.ui.tags_dialog:open_tags_dialog",
        "Ctrl+Shift+T",
        "Each tag's default check-in cadence for its contacts without their own",
    ),
    ActionSpec("find", "Edit", "&Find Contact", "relapp.ui.commands:focus_search", "Ctrl+F"),
    ActionSpec(
        "settings",
        "Edit",
        "&Settings\u2026",
        "relapp.ui.settings_dialog:open_settings",
        "Ctrl+,",
        "Reminders, check-in cadences, theme, start at login, data folder",
    ),
    ActionSpec("about", "Help", "&About relapp", "relapp.ui.commands:about", ""),
]

EXTENSIONS: list[ExtensionSpec] = [
    ExtensionSpec("backups", "relapp.ui.backup_scheduler:install"),
    ExtensionSpec("tray", "relapp.ui.tray:install"),
    ExtensionSpec("reminders", "relapp.ui.reminder_scheduler:install"),
]
