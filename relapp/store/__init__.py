"""The store: peewee models over one SQLite file, its pragmas, schema migrations and backups.

No Qt here. ``init_db(path)`` opens (creating when new) and migrates the database; models are bound
to a :class:`peewee.DatabaseProxy` so nothing touches a file at import time.
"""

from relapp.store.db import close_db, database, init_db

__all__ = ["close_db", "database", "init_db"]
