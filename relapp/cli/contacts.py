"""CLI commands for people and what happened with them: ``add``, ``contacts``, ``log``, ``demo``."""

from __future__ import annotations

import argparse
import datetime as dt

from relapp.cli.output import date_arg, print_json
from relapp.errors import ValidationError
from relapp.services import contact_list, contacts, demo, interactions
from relapp.services.dates import parse_when
from relapp.store.models import INTERACTION_KINDS, RELATIONSHIPS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("add", help="add a contact; prints its id")
    p.add_argument("name", help="full name, e.g. 'Ada Lovelace'")
    p.add_argument("--company", default="")
    p.add_argument("--title", default="")
    p.add_argument("--email", action="append", default=[])
    p.add_argument("--phone", action="append", default=[])
    p.add_argument("--relationship", default="other", choices=RELATIONSHIPS)
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--birthday", help="YYYY-MM-DD, or --MM-DD without the year")
    p.add_argument("--cadence", type=int, help="check-in cadence in days (0 = none)")
    p.add_argument("--notes", default="")
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("contacts", help="list contacts")
    p.add_argument(
        "--search", default="", help="words to search for (name, company, email, tags, notes...)"
    )
    p.add_argument("--tag")
    p.add_argument("--archived", action="store_true", help="list archived contacts instead")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_contacts)

    p = sub.add_parser("log", help="log an interaction with a contact")
    p.add_argument("contact", nargs="+", help="contact id or name (several for a group)")
    p.add_argument("--kind", required=True, choices=INTERACTION_KINDS)
    p.add_argument("--when", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)")
    p.add_argument("--summary", default="")
    p.add_argument("--note", default="")
    p.add_argument("--follow-up", action="append", default=[], help="an action item (repeatable)")
    p.add_argument("--due", help="due date for the follow-ups (YYYY-MM-DD)")
    p.add_argument(
        "--promise", action="append", default=[], help="something they promised me (repeatable)"
    )
    p.set_defaults(handler=cmd_log)

    p = sub.add_parser("demo", help="fill an empty database with demo data")
    p.add_argument("--contacts", type=int, default=40)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(handler=cmd_demo)


def cmd_add(args: argparse.Namespace) -> int:
    first, last = contacts.split_name(args.name)
    cid = contacts.create_contact(
        first_name=first,
        last_name=last,
        company=args.company,
        title=args.title,
        emails=args.email,
        phones=args.phone,
        relationship=args.relationship,
        tags=args.tag,
        birthday=args.birthday,
        cadence_days=args.cadence,
        notes=args.notes,
    )
    print(cid)
    return 0


def cmd_contacts(args: argparse.Namespace) -> int:
    f = contact_list.ContactFilter(text=args.search, tag=args.tag, archived=args.archived)
    ids = contact_list.ordered_ids(f)
    infos = [contacts.get_contact(i) for i in ids]
    if args.json:
        print_json([contacts.to_json(i) for i in infos])
        return 0
    for info in infos:
        line = f"{info.id:>6}  {info.display_name}"
        if info.company or info.title:
            line += "  \u2014 " + ", ".join(x for x in (info.title, info.company) if x)
        print(line)
    if not infos:
        print(
            "no contacts"
            + (
                " match"
                if args.search or args.tag
                else " yet: try 'relapp add NAME' or 'relapp demo'"
            )
        )
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    ids = [contacts.resolve_contact(ref) for ref in args.contact]
    when = parse_when(args.when) if args.when else None
    due = date_arg(args.due, name="--due")
    if due and not args.follow_up:
        raise ValidationError("--due needs a --follow-up")
    items = [interactions.FollowUpInput(text, due, "i_owe") for text in args.follow_up]
    items += [interactions.FollowUpInput(text, due, "they_owe") for text in args.promise]
    iid = interactions.log_interaction(
        contact_ids=ids,
        kind=args.kind,
        when=when,
        summary=args.summary,
        notes=args.note,
        follow_ups=items,
    )
    print(iid)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    counts = demo.populate(contacts=args.contacts, seed=args.seed, today=dt.date.today())
    print(", ".join(f"{v} {k.replace('_', '-')}" for k, v in counts.items()))
    return 0
