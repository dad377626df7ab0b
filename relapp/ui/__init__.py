"""The Qt user interface: the main window assembles views; each view, dialog and item model lives
in its own module and calls services, never SQL. Views refresh when the events hub says what changed."""
