"""The domain: plain keyword-only functions over the store, shared by the window, the CLI and the
tests. Nothing here imports Qt; the UI layer announces changes through its events hub after it
calls a service."""
