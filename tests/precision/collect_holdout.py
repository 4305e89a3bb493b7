#!/usr/bin/env python3
"""Candidate findings for the fresh held-out set (labels-holdout.yml, see SOURCES.md).

Usage (from the repository root, after `cargo build --release`):
    python3 tests/precision/collect_holdout.py CORPUS_DIR > candidates-holdout.json
CORPUS_DIR is the folder that holds `corpus/` after extracting ../shared/bench/corpus.tar.gz.

Which files: every file of the documentation folders (all of them, not every k-th) that is in
the held-out half (first byte of sha256 of the corpus-relative path is odd, as `half()` in
collect.py) and whose path appears in none of labels.yml, unsampled.yml and
labels-tuning-extra.yml.

Which findings (deterministic): every rule except `partial-check`, sorted by (path, start,
rule); at most PER_FILE_RULE per (file, rule), in that order; then, per guide and rule, at most
PER_RULE[rule] (OTHER_RULE for a rule not named), taken evenly spaced over the list: with n
findings and a cap c < n, the ones at positions floor(i * n / c) for i = 0 .. c-1.

Prints {"candidates": [...], "unsampled": {path: ["rule@start", ...]}, "totals": {...}}: the
unsampled list holds, for every file with a taken finding, the findings the caps left out.
Labels are never written by this script.
"""
import json, os, re, subprocess, sys

from collect import candidate, half

# guide -> (corpus folder, sub-folders, extension)
SETS = {
    "astro": ("corpus/astro", ["src/content/docs/en"], ".mdx"),
    "powershell": ("corpus/powershell",
                   ["reference/docs-conceptual", "reference/5.1", "reference/7.4", "reference/7.6"],
                   ".md"),
}
PER_FILE_RULE = 5
PER_RULE = {"brand-name": 50, "banned-term": 40, "preferred-term": 60, "audience-term": 30,
            "unapproved-claim": 40}
OTHER_RULE = 20
SKIP_RULES = {"partial-check"}
LABEL_FILES = ["labels.yml", "unsampled.yml", "labels-tuning-extra.yml"]


def known_paths(here):
    """Every corpus path named in the existing label files (as `file:` or as a map key)."""
    paths = set()
    for name in LABEL_FILES:
        text = open(os.path.join(here, name), encoding="utf-8").read()
        paths.update(re.findall(r'"(corpus/[^"]+)"', text))
    return paths


def files_of(root, folder, subs, ext):
    files = []
    for sub in subs:
        for d, _, names in os.walk(os.path.join(root, folder, sub)):
            files += [os.path.relpath(os.path.join(d, n), root) for n in names if n.endswith(ext)]
    return sorted(files)


def evenly(items, cap):
    n = len(items)
    if n <= cap:
        return list(items)
    return [items[i * n // cap] for i in range(cap)]


def main():
    root = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    binary = os.path.abspath("target/release/onmessage")
    known = known_paths(here)
    out, unsampled, totals = [], {}, {}
    for guide, (folder, subs, ext) in SETS.items():
        files = [f for f in files_of(root, folder, subs, ext)
                 if half(f) == "held-out" and f not in known]
        g = os.path.abspath(os.path.join(here, "guides", f"{guide}.yml"))
        findings = []
        for i in range(0, len(files), 200):  # keep the command line short
            res = subprocess.run([binary, "check", "--guide", g, "--format", "json",
                                  *files[i:i + 200]],
                                 cwd=root, capture_output=True, text=True)
            findings += json.loads(res.stdout)["findings"]
        findings = [f for f in findings if f["rule"] not in SKIP_RULES]
        findings.sort(key=lambda f: (f["path"], f["start"], f["rule"]))
        per_fr, by_rule = {}, {}
        for f in findings:
            key = (f["path"], f["rule"])
            per_fr[key] = per_fr.get(key, 0) + 1
            if per_fr[key] <= PER_FILE_RULE:
                by_rule.setdefault(f["rule"], []).append(f)
        taken = set()
        for rule, fs in sorted(by_rule.items()):
            picked = evenly(fs, PER_RULE.get(rule, OTHER_RULE))
            totals[f"{guide}/{rule}"] = {"all": sum(1 for f in findings if f["rule"] == rule),
                                         "after_file_cap": len(fs), "taken": len(picked)}
            taken.update((f["path"], f["rule"], f["start"]) for f in picked)
        taken_files = {p for p, _, _ in taken}
        for f in findings:
            k = (f["path"], f["rule"], f["start"])
            if k not in taken:
                if f["path"] in taken_files:
                    unsampled.setdefault(f["path"], []).append(f"{f['rule']}@{f['start']}")
                continue
            out.append({**candidate(root, guide, f), "message": f.get("message")})
        for p in taken_files:
            unsampled.setdefault(p, [])
        totals[f"{guide}/files"] = len(files)
    json.dump({"candidates": out, "unsampled": dict(sorted(unsampled.items())),
               "totals": totals}, sys.stdout, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
