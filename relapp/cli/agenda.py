"""CLI commands for what needs me: ``agenda`` (check-ins, follow-ups and promises, celebrations for a
date and a window of days, as text or JSON) and ``notify`` (one reminder delivery pass, for users who
prefer a systemd timer or cron to the running app)."""

from __future__ import annotations

import argparse
import sys

from relapp import clock
from relapp.cli.output import date_arg, print_json
from relapp.services import agenda, reminders
from relapp.services.health import plural


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agenda", help="check-ins, follow-ups and celebrations due")
    p.add_argument("--date", help="the day to compute the agenda for (YYYY-MM-DD, default: today)")
    p.add_argument(
        "--days", type=int, default=7, help="days in the window, from --date (default: 7)"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_agenda)

    p = sub.add_parser(
        "notify", help="one reminder pass: deliver what is due and not yet delivered"
    )
    p.add_argument("--date", help="run the pass as of this day at the delivery time (YYYY-MM-DD)")
    p.set_defaults(handler=cmd_notify)


def _when(days_late: int) -> str:
    if days_late > 0:
        return f"overdue {plural(days_late, 'day')}"
    if days_late == 0:
        return "due today"
    return f"due in {plural(-days_late, 'day')}"


def cmd_agenda(args: argparse.Namespace) -> int:
    day = date_arg(args.date) or clock.today()
    result = agenda.compute_agenda(today=day, days=args.days)
    if args.json:
        print_json(agenda.to_json(result))
        return 0
    print(f"Agenda for {day:%A %d %B %Y} ({plural(args.days, 'day')}, to {result.end:%d %b})")
    print(f"\nCheck-ins ({len(result.check_ins)})")
    for c in result.check_ins:
        last = f"last {c.last_interaction:%d %b %Y}" if c.last_interaction else "never logged"
        ask = f"; next: {c.ask_next}" if c.ask_next else ""
        print(f"  {c.contact} - {_when(c.overdue_days)} (every {c.cadence_days} days, {last}{ask})")
    print(f"\nFollow-ups and promises ({len(result.follow_ups)})")
    for f in result.follow_ups:
        who = f"{f.contact} promised" if f.is_promise else f"for {f.contact}"
        print(f"  {f.due:%d %b}  {f.text} ({who}; {_when(f.overdue_days)})")
    print(f"\nCelebrations ({len(result.celebrations)})")
    for m in result.celebrations:
        years = f", {m.years} years" if m.years else ""
        print(f"  {m.date:%a %d %b}  {m.contact}: {m.title}{years}")
    return 0


def cmd_notify(args: argparse.Namespace) -> int:
    from relapp.logging_setup import setup_logging
    from relapp.paths import log_dir

    day = date_arg(args.date)
    setup_logging(log_dir())  # failures of the notifiers go to the log, not to a timer's mailbox
    # With --date, the pass runs as of that day's delivery time (today included), as the help says.
    now = clock.now() if day is None else reminders.delivery_settings().at(day)
    result = reminders.run_pass(now=now)
    if result.quiet:
        print("quiet hours: nothing sent now")
        return 0
    if result.delivered:
        channels = ", ".join(sorted(set(result.channels)))
        print(
            f"delivered {plural(len(result.delivered), 'reminder')} in "
            f"{plural(result.notifications, 'notification')} via {channels}"
        )
    if result.failed:
        print(
            f"relapp: could not deliver {plural(len(result.failed), 'reminder')} (no notification service "
            "answered); they stay pending for the next pass",
            file=sys.stderr,
        )
        return 1
    if not result.delivered:
        print("nothing to deliver")
    return 0
