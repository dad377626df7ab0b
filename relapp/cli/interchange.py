"""CLI commands to move contacts in and out: ``import`` and ``export``.

``relapp import FILE`` prints what was created, merged, skipped and rejected (with line numbers
and reasons); ``--dry-run`` prints the same plan without writing anything. ``relapp export FILE``
infers the format from the extension unless ``--format`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from relapp.errors import UserError

FORMATS_IN = ("auto", "google", "outlook", "linkedin", "thunderbird", "csv", "relapp", "vcard")
FORMATS_OUT = ("csv", "google", "vcard", "vcard4", "ics")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import contacts from a CSV or vCard file")
    p.add_argument("file", help="the file to import (.csv or .vcf)")
    p.add_argument(
        "--format", default="auto", choices=FORMATS_IN, help="file format (default: detect)"
    )
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument(
        "--on-duplicate",
        default="merge",
        choices=("merge", "skip", "create"),
        help="what to do with a row matching an existing contact (default: merge)",
    )
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even when some rows cannot be imported",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="export contacts to CSV, vCard or iCalendar")
    p.add_argument("file", help="the file to write (.csv, .vcf or .ics)")
    p.add_argument("--format", choices=FORMATS_OUT, help="default: from the file extension")
    p.add_argument(
        "--excel", action="store_true", help="CSV as UTF-8 with a byte-order mark, for Excel"
    )
    p.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    from relapp.services import importing

    fmt = "csv" if args.format == "csv" else args.format
    try:
        result = importing.import_file(
            path=args.file,
            format=fmt,
            on_duplicate=args.on_duplicate,
            dry_run=args.dry_run,
            skip_bad_rows=args.skip_bad_rows,
        )
    except importing.RejectedRowsError as exc:
        raise UserError(f"{exc} (--skip-bad-rows)") from None
    prefix = "dry run, nothing written: " if args.dry_run else ""
    print(f"{prefix}{result.format} file, {result.summary()}")
    for line in result.detail_lines():
        print("  " + line)
    if args.dry_run and result.rejected and not args.skip_bad_rows:
        print(
            f"  {result.rejected} bad row(s): the import would stop; add --skip-bad-rows to import the rest"
        )
    if result.batch_id is not None:
        print(f"import #{result.batch_id}; undo it from the window (File > Undo Last Import)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from relapp.services import exporting

    result = exporting.export_contacts(path=args.file, format=args.format, excel=args.excel)
    what = "events" if result.format == "ics" else "contacts"
    print(f"{result.count} {what} written to {result.path} ({result.format})")
    if exporting.folder_shared(Path(result.path)):
        print(
            f"relapp: warning: other users of this computer can read files in {Path(result.path).parent}; "
            "the export itself is readable by you alone",
            file=sys.stderr,
        )
    return 0
