#!/usr/bin/env python3
"""Fingerprint onmessage's findings per benchmark row and compare them with the recorded ones.

Usage: findings_digest.py --work DIR --rows ID[,ID...] --record bench/findings.json
                          --out OUT.json [--update]

For each row ID, DIR/out/ID.out is an `onmessage check --format json` report. Its findings are
reduced to one line each (path, line, column, end, rule, severity, matched, suggestion, message),
sorted, and hashed; with the count per rule that is the row's fingerprint. The fingerprints are
compared with those in the record (bench/findings.json, committed): a speed change must leave
them identical. --update rewrites the record (after a deliberate change in what is reported).
OUT.json gets, per row: the fingerprint, the recorded one, and `same` (true, false, or null when
nothing was recorded). Exit status 0 either way: the report shows the verdict.
Standard library only.
"""
import argparse
import hashlib
import json
import os


def fingerprint(path):
    with open(path, encoding="utf-8") as fh:
        report = json.load(fh)
    lines, by_rule = [], {}
    for f in report["findings"]:
        by_rule[f["rule"]] = by_rule.get(f["rule"], 0) + 1
        lines.append("\t".join(str(f.get(k, "")) for k in (
            "path", "line", "column", "end_line", "end_column", "rule", "severity", "matched",
            "suggestion", "message")))
    lines.sort()
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return {"findings": len(lines), "files_checked": report.get("files_checked"),
            "by_rule": dict(sorted(by_rule.items())), "sha256": digest}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", required=True)
    ap.add_argument("--rows", required=True)
    ap.add_argument("--record", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    rows = [r for r in args.rows.split(",") if r]
    now = {r: fingerprint(os.path.join(args.work, "out", f"{r}.out")) for r in rows}
    record = {}
    if os.path.exists(args.record):
        with open(args.record, encoding="utf-8") as fh:
            record = json.load(fh)
    result = {}
    for r in rows:
        was = record.get(r)
        same = None if was is None else was["sha256"] == now[r]["sha256"]
        result[r] = {"now": now[r], "recorded": was, "same": same}
    if args.update:
        record.update(now)
        with open(args.record, "w", encoding="utf-8") as fh:
            json.dump(dict(sorted(record.items())), fh, indent=1)
            fh.write("\n")
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1)


if __name__ == "__main__":
    main()
