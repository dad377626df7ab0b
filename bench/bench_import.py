"""Import benchmark: a 100,000-row CSV through ``relapp import`` against a floor measured in the
same run, plus peak memory for two file sizes (streamed: it must not grow with the file).

Floor: the same file parsed with ``csv.reader`` and its contacts and email/phone rows inserted
with plain ``sqlite3`` ``executemany`` into a database of the same schema, in one transaction.
Import: ``importing.import_file`` (encoding/format detection, mapping, normalisation, duplicate
lookups per chunk, contacts + details + tags + birthday milestones, search index, check-ins).
Each measurement runs in a fresh subprocess (so ``ru_maxrss`` is its own); medians of 3 runs.

    python bench/bench_import.py [--rows 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = [
    "Amara",
    "Ben",
    "Chloé",
    "Dmitri",
    "Elena",
    "Farah",
    "Gabriel",
    "Hana",
    "Ibrahim",
    "Jonas",
    "Keiko",
    "Liam",
    "Maya",
    "Nikhil",
    "Olivia",
    "Priya",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Petrov",
    "Rossi",
    "Haddad",
    "Silva",
    "Tanaka",
    "Yilmaz",
    "Becker",
    "Nakamura",
    "Patel",
    "Müller",
    "Chen",
]
TAGS = ("conference", "alumni", "data", "design", "product", "sales")


def make_csv(path: Path, rows: int) -> None:
    rng = random.Random(5)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "First Name",
                "Last Name",
                "Email",
                "Phone",
                "Company",
                "Title",
                "Birthday",
                "Tags",
                "Notes",
            ]
        )
        for i in range(rows):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            w.writerow(
                [
                    first,
                    f"{last}{i}",
                    f"{first.lower()}.{i}@example.com",
                    f"+1 555 {i // 10000:03d} {i % 10000:04d}",
                    f"Company {i % 500}",
                    "Engineer",
                    f"{1960 + i % 40}-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 3 else "",
                    rng.choice(TAGS) if i % 2 else "",
                    "Met at a conference" if i % 5 == 0 else "",
                ]
            )


CPU = [0.0]  # CPU seconds of the timed part of a child (less sensitive to a busy machine)


def child_floor(csv_path: str, db_file: str, derived: bool = False) -> float:
    """The same rows the import writes (contacts, emails, phones, tags, birthday milestones),
    parsed with csv.reader and inserted with plain executemany in one transaction; with
    ``derived``, also the same derived data (search index rebuild, check-in refresh)."""
    from relapp.services import checkins
    from relapp.store import init_db, search_index

    db = init_db(db_file, backup=False)
    conn = db.connection()
    start, cpu = time.perf_counter(), time.process_time()
    contacts, details, tags, milestones = [], [], [], []
    tag_ids = {name: i for i, name in enumerate(TAGS, start=1)}
    with open(csv_path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        next(rows)
        for cid, r in enumerate(rows, start=1):
            contacts.append(
                (
                    cid,
                    f"uid-{cid}",
                    "2024-01-01 00:00:00",
                    "2024-01-01 00:00:00",
                    r[0],
                    r[1],
                    "",
                    f"{r[0]} {r[1]}",
                    r[4],
                    r[5],
                    "other",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    r[8],
                    None,
                    0,
                )
            )
            details.append((cid, "email", r[2], "", r[2].lower(), 0))
            details.append((cid, "phone", r[3], "", r[3], 0))
            if r[7]:
                tags.append((cid, tag_ids[r[7]]))
            if r[6]:
                y, m, d = (int(x) for x in r[6].split("-"))
                milestones.append(
                    (
                        f"m-{cid}",
                        "2024-01-01 00:00:00",
                        "2024-01-01 00:00:00",
                        cid,
                        "birthday",
                        "",
                        m,
                        d,
                        y,
                        1,
                        None,
                        "",
                        m * 100 + d,
                    )
                )
    with db.atomic():  # one transaction (peewee's connection is in autocommit mode)
        conn.executemany(
            "INSERT INTO tag (id, name) VALUES (?, ?)", [(i, t) for t, i in tag_ids.items()]
        )
        conn.executemany(
            "INSERT INTO contact (id, uid, created_at, updated_at, first_name, last_name, nickname, display_name, "
            "company, title, relationship, how_met, location, timezone, works_on, excited_about, finds_hard, "
            "preferences, topics_next, notes, cadence_days, archived) VALUES ("
            + ",".join("?" * 22)
            + ")",
            contacts,
        )
        conn.executemany(
            "INSERT INTO contact_detail (contact_id, kind, value, label, normalized, position) "
            "VALUES (?,?,?,?,?,?)",
            details,
        )
        conn.executemany("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", tags)
        conn.executemany(
            "INSERT INTO milestone (uid, created_at, updated_at, contact_id, kind, label, month, day, "
            "year, recurring, lead_days, note, month_day) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            milestones,
        )
        if derived:
            search_index.rebuild_all(db)
            checkins.refresh()
    CPU[0] = time.process_time() - cpu
    return time.perf_counter() - start


def child_import(csv_path: str, db_file: str) -> float:
    from relapp.services import importing
    from relapp.store import init_db

    init_db(db_file, backup=False)
    start, cpu = time.perf_counter(), time.process_time()
    result = importing.import_file(path=csv_path, backup=False)
    elapsed = time.perf_counter() - start
    CPU[0] = time.process_time() - cpu
    assert result.created == int(os.environ["BENCH_ROWS"]), result.summary()
    return elapsed


def run_child(kind: str, csv_path: Path, rows: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "BENCH_ROWS": str(rows), "RELAPP_DATA_DIR": tmp}
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                kind,
                str(csv_path),
                str(Path(tmp) / "b.sqlite3"),
            ],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return data["seconds"], data["maxrss_mib"], data.get("cpu", 0.0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        kind, csv_path, db_file = args.child
        if kind == "import-mem":
            import tracemalloc

            tracemalloc.start()
            child_import(csv_path, db_file)
            print(
                json.dumps({"seconds": 0, "maxrss_mib": tracemalloc.get_traced_memory()[1] / 2**20})
            )
            return
        if kind == "import":
            seconds = child_import(csv_path, db_file)
        else:
            seconds = child_floor(csv_path, db_file, derived=kind == "floor-derived")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"seconds": seconds, "cpu": CPU[0], "maxrss_mib": rss}))
        return
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.csv", Path(tmp) / "small.csv"
        make_csv(big, args.rows)
        make_csv(small, args.rows // 5)
        floors, derived, imports, rss_big, rss_small = [], [], [], [], []
        cpu: dict[str, list[float]] = {"floor": [], "floor2": [], "import": []}
        for _ in range(args.runs):
            t, _, c = run_child("floor", big, args.rows)
            floors.append(t)
            cpu["floor"].append(c)
            t, _, c = run_child("floor-derived", big, args.rows)
            derived.append(t)
            cpu["floor2"].append(c)
            t, rss, c = run_child("import", big, args.rows)
            imports.append(t)
            cpu["import"].append(c)
            rss_big.append(rss)
            rss_small.append(run_child("import", small, args.rows // 5)[1])
        floor, floor2, imp = (statistics.median(x) for x in (floors, derived, imports))
        cf, cf2, ci = (statistics.median(cpu[k]) for k in ("floor", "floor2", "import"))
        n = args.rows
        print(f"rows: {n:,} ({big.stat().st_size / 1e6:.1f} MB CSV), medians of {args.runs} runs")
        print("                                                        wall      rows/s    CPU")
        print(
            f"floor   csv.reader + executemany, same rows:           {floor:6.2f} s {n / floor:9,.0f}  {cf:6.2f} s"
        )
        print(
            f"floor2  same + search index rebuild + check-in refresh: {floor2:6.2f} s {n / floor2:9,.0f}  {cf2:6.2f} s"
        )
        print(
            f"import  importing.import_file:                         {imp:6.2f} s {n / imp:9,.0f}  {ci:6.2f} s"
        )
        print(f"ratio import / floor:  {imp / floor:.2f}x wall, {ci / cf:.2f}x CPU  (target <= 2x)")
        print(f"ratio import / floor2: {imp / floor2:.2f}x wall, {ci / cf2:.2f}x CPU")
        heap_small = run_child("import-mem", small, args.rows // 5)[1]
        heap_big = run_child("import-mem", big, args.rows)[1]
        print(
            f"peak Python heap (tracemalloc) of the import: {heap_small:.1f} MiB for {args.rows // 5:,} rows, "
            f"{heap_big:.1f} MiB for {args.rows:,} rows"
        )
        print(
            f"peak RSS of the import process: {statistics.median(rss_small):.0f} MiB for {args.rows // 5:,} rows, "
            f"{statistics.median(rss_big):.0f} MiB for {args.rows:,} rows (includes SQLite's page cache, "
            "up to 64 MB by the cache_size pragma)"
        )
        load = ", ".join(
            f"{a:.2f}/{b:.2f}" for a, b in zip(load_before, os.getloadavg(), strict=True)
        )
        print(f"load average (1, 5, 15 min) before/after: {load}")


if __name__ == "__main__":
    main()
