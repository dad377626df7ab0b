"""CLI commands for tags: ``tags`` lists every tag with its number of contacts and its default
check-in cadence; ``tag NAME --cadence DAYS`` / ``--no-cadence`` sets or clears that cadence. The
``tag`` command never creates a tag: an unknown name is an error (exit 2), nothing changed."""

from __future__ import annotations

import argparse

from relapp.cli.output import print_json
from relapp.services import tags


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tags", help="list tags with their contacts and default check-in cadence")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_tags)

    p = sub.add_parser("tag", help="set or clear a tag's default check-in cadence")
    p.add_argument("name", help="the tag's name (case-insensitive)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--cadence",
        type=int,
        metavar="DAYS",
        help="default check-in cadence for its contacts without their own (1-3650)",
    )
    group.add_argument("--no-cadence", action="store_true", help="remove the tag's default cadence")
    p.set_defaults(handler=cmd_tag)


def cmd_tags(args: argparse.Namespace) -> int:
    infos = tags.list_tags()
    if args.json:
        print_json(
            [{"name": t.name, "contacts": t.count, "cadence_days": t.cadence_days} for t in infos]
        )
        return 0
    if not infos:
        print("no tags yet: add some with 'relapp add NAME --tag T' or in the contact editor")
        return 0
    width = max(len(t.name) for t in infos)
    for t in infos:
        cadence = _cadence_text(t.cadence_days)
        people = "1 contact" if t.count == 1 else f"{t.count} contacts"
        print(f"{t.name:<{width}}  {people:>12}  {cadence}")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    cadence = None if args.no_cadence else args.cadence
    tags.set_tag_cadence(name=args.name, cadence_days=cadence, create=False)
    info = tags.get_tag(name=args.name)
    if info.cadence_days:
        print(f"{info.name}: check in {_cadence_text(info.cadence_days)}")
    else:
        print(f"{info.name}: no default cadence")
    return 0


def _cadence_text(days: int | None) -> str:
    if not days:
        return "no default cadence"
    return "every day" if days == 1 else f"every {days} days"
