"""Screenshots of the Import wizard (the column mapping with the preview, one row marked as a
problem) and the Export dialog, for the docs. The sample file is invented and written to a
temporary folder; nothing is imported."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

SAMPLE = (
    "First Name,Last Name,Organization Name,Organization Title,Birthday,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
    "Zoë,Ångström,Fjord Analytics,Data Lead,--03-15,* myContacts ::: Conference,* Work,"
    "zoe@fjord.example ::: zoe.a@mail.example,Mobile,+47 912 34 567\n"
    "Kwame,Mensah,Baobab Ltd,CEO,1979-11-02,* myContacts,,kwame@baobab.example,,\n"
    "Renée,Dubois,Atelier Dubois,Founder,31/02/1990,Clients,,renee@dubois.example,,\n"
    "Broken,Row,Too,Few\n"
)


def import_wizard(window: Any) -> QWidget:
    from relapp.ui.import_wizard import ImportWizard

    folder = Path(tempfile.mkdtemp(prefix="relapp-shot-"))
    path = folder / "contacts.csv"
    path.write_text(SAMPLE, encoding="utf-8")
    wizard = ImportWizard(window.hub, window)
    wizard.file_page.path.setText(str(path))
    wizard.show()
    wizard.next()
    return wizard


def export_dialog(window: Any) -> QWidget:
    from relapp.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window.hub, window)
    dialog.resize(560, 180)
    return dialog


SHOTS = [
    ("import-wizard.png", import_wizard),
    ("export-dialog.png", export_dialog),
]
