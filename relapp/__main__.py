"""``python -m relapp``: the same entry point as the ``relapp`` console script."""

from relapp.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
