"""relapp: a desktop relationship manager for professionals.

The package is layered: ``store`` (peewee models, migrations), ``services`` (the domain as plain
keyword-only functions), ``interchange`` (file formats) never import Qt; ``ui`` holds the widgets
and ``cli`` the command line. Importing any module has no side effects.
"""

__version__ = "0.1.0"
APP_NAME = "relapp"
APP_AUTHOR = "relapp"
