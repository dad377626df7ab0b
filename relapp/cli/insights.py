"""CLI commands that help act on relationships: ``reach-out`` (who is most worth a message now, and
why) and ``brief`` (the prep brief for a meeting, as plain text)."""

from __future__ import annotations

import argparse

from relapp import clock
from relapp.cli.output import date_arg, print_json
from relapp.services import brief, contacts, reach_out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reach-out", help="who is most worth a message now, and why")
    p.add_argument("--date", help="as of this day (YYYY-MM-DD; default: today)")
    p.add_argument(
        "--limit", type=int, help="how many people (default: the reach_out_limit setting, 5)"
    )
    p.add_argument(
        "--json", action="store_true", help="print JSON: contact_id, contact, reason, score"
    )
    p.set_defaults(handler=cmd_reach_out)

    p = sub.add_parser("brief", help="the prep brief for a meeting with CONTACT")
    p.add_argument("contact", help="contact id or name")
    p.add_argument("--date", help="as of this day (YYYY-MM-DD; default: today)")
    p.set_defaults(handler=cmd_brief)


def cmd_reach_out(args: argparse.Namespace) -> int:
    today = date_arg(args.date) or clock.today()
    entries = reach_out.reach_out(today=today, limit=args.limit)
    if args.json:
        print_json([e.to_json() for e in entries])
        return 0
    if not entries:
        print("nobody needs a message right now")
    width = max((len(e.contact) for e in entries), default=0)
    for n, e in enumerate(entries, 1):
        print(f"{n:>2}. {e.contact:<{width}}  {e.reason}  [{e.score:g}]")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    today = date_arg(args.date) or clock.today()
    contact_id = contacts.resolve_contact(args.contact)
    print(brief.brief_text(brief.prep_brief(contact_id=contact_id, today=today)), end="")
    return 0
