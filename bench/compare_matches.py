#!/usr/bin/env python3
"""Explain why onmessage and ripgrep count different matches on the same corpus.

Usage: compare_matches.py --root DIR --rg RG.jsonl --onmessage OM.json --terms TERMS.yml
                          --stats GUIDE-STATS.json --out OUT.json

RG.jsonl is `rg --json -i -w -F -f literals.txt corpus` run in DIR; OM.json is
`onmessage check --format json corpus` run in DIR. Matches are aligned by file and byte range
(an rg match and an onmessage finding that overlap are "found by both"). Every match only one tool
found is put in the first category that applies (an approximate classifier: a light Markdown
reader, not a CommonMark parser):

rg only:
  case-only swap      the term is a swap that differs only in case (`gb` -> `GB`): not in the
                      guide; "correct case" when the text already is the `use` spelling
  dropped entry       the term was dropped from the guide for another reason (see the guide stats)
  front matter        inside YAML front matter
  code block          inside a fenced code block
  inline code         inside `inline code`
  URL/HTML/MDX        in a URL, link destination, HTML tag or comment, MDX import/export or {expr}
  identifier          in a token with / _ @ # \\ or a dot inside (path, file name, domain, handle)
  apostrophe          next to an apostrophe: rg -w sees `we` in "we're"; onmessage reads one word
  other               the rest (word-boundary and overlap differences)
onmessage only:
  inflection          the matched text is not itself in the literal list (`disabled` for `disable`)
  line break/hyphen   a multi-word term written across a line break or with a hyphen
  other               the rest
Standard library only.
"""
import argparse
import bisect
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_guide import load_terms  # noqa: E402


FENCE = re.compile(rb"^(?:[ \t]*>)*[ \t]{0,3}(`{3,}|~{3,})")
INLINE_CODE = re.compile(rb"(`+)(?!`).+?(?<!`)\1(?!`)")
URLISH = [
    re.compile(rb"(?:https?|ftp)://[^\s)>\]\"']+"),
    re.compile(rb"\bwww\.[^\s)>\]\"']+"),
    re.compile(rb"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"),           # link destination
    re.compile(rb"^ {0,3}\[[^\]]+\]:\s*\S+.*$", re.M),           # link reference definition
    re.compile(rb"<!--.*?-->", re.S),                            # HTML comment
    re.compile(rb"</?[A-Za-z][^<>\n]*>"),                        # HTML/JSX tag, autolink
]
MDX_ONLY = [
    re.compile(rb"^(?:import|export)\b.*$", re.M),
    re.compile(rb"\{[^{}\n]*\}"),
]
IDENT_CHARS = set(b"/_@#\\")


class FileRegions:
    def __init__(self, data, mdx):
        self.data = data
        self.front = (0, 0)
        self.code = []      # (start, end) byte ranges of fenced code blocks
        self.inline = []
        self.urlish = []
        lines = data.splitlines(keepends=True)
        offsets, pos = [], 0
        for ln in lines:
            offsets.append(pos)
            pos += len(ln)
        i = 0
        if lines and lines[0].rstrip(b"\r\n") == b"---":
            for j in range(1, len(lines)):
                if lines[j].rstrip(b"\r\n") in (b"---", b"..."):
                    self.front = (0, offsets[j] + len(lines[j]))
                    i = j + 1
                    break
        fence, fstart = None, 0
        for j in range(i, len(lines)):
            m = FENCE.match(lines[j])
            if fence is None and m:
                fence, fstart = m.group(1), offsets[j]
            elif fence is not None and m and m.group(1)[:1] == fence[:1] \
                    and len(m.group(1)) >= len(fence) and not lines[j][m.end():].strip():
                self.code.append((fstart, offsets[j] + len(lines[j])))
                fence = None
        if fence is not None:
            self.code.append((fstart, len(data)))
        self.inline = [m.span() for m in INLINE_CODE.finditer(data)]
        pats = URLISH + (MDX_ONLY if mdx else [])
        self.urlish = sorted(m.span() for p in pats for m in p.finditer(data))

    @staticmethod
    def _inside(ranges, s, e):
        k = bisect.bisect_right(ranges, (s, float("inf"))) - 1
        # ranges may overlap (urlish); scan a few back
        for r in ranges[max(0, k - 8):k + 1]:
            if r[0] <= s and e <= r[1]:
                return True
        return False

    def token_around(self, s, e):
        a, b = s, e
        while a > 0 and not self.data[a - 1:a].isspace():
            a -= 1
        while b < len(self.data) and not self.data[b:b + 1].isspace():
            b += 1
        return self.data[a:b].strip(b"()[]{}<>,;:!?\"'*`|").rstrip(b".")

    def classify(self, s, e):
        if self.front[0] <= s < self.front[1]:
            return "front matter"
        if self._inside(self.code, s, e):
            return "code block"
        if self._inside(self.inline, s, e):
            return "inline code"
        if self._inside(self.urlish, s, e):
            return "URL/HTML/MDX"
        tok = self.token_around(s, e)
        if any(c in IDENT_CHARS for c in tok) or re.search(rb"\w\.\w", tok):
            return "identifier"
        after = self.data[e:e + 4].decode("utf-8", "ignore")
        before = self.data[max(0, s - 3):s].decode("utf-8", "ignore")
        if re.match(r"['’]\w", after) or re.search(r"\w['’]$", before):
            return "apostrophe"
        return "other"


def norm(text):
    return re.sub(r"[\s>]+", " ", text.lower()).strip()


def main():
    ap = argparse.ArgumentParser()
    for a in ("--root", "--rg", "--onmessage", "--terms", "--stats", "--out"):
        ap.add_argument(a, required=True)
    args = ap.parse_args()

    banned, swaps = load_terms(args.terms)
    literals = {t.lower() for t in banned} | {a.lower() for a, _ in swaps}
    literals_h = {norm(t.replace("-", " ")) for t in literals}
    case_only = {a.lower(): u for a, u in swaps if a.casefold() == u.casefold()}
    with open(args.stats) as fh:
        stats = json.load(fh)
    dropped = set()
    for reason, d in stats["dropped"].items():
        for entry in d["entries"]:
            dropped.add(entry.split(" -> ")[0].lower())

    rg = {}
    with open(args.rg, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            msg = json.loads(line)
            if msg["type"] != "match":
                continue
            d = msg["data"]
            path = d["path"].get("text")
            base = d["absolute_offset"]
            for sm in d["submatches"]:
                text = sm["match"].get("text", "")
                rg.setdefault(path, []).append((base + sm["start"], base + sm["end"], text))
    with open(args.onmessage) as fh:
        om_doc = json.load(fh)
    om = {}
    for f in om_doc["findings"]:
        om.setdefault(f["path"], []).append((f["start"], f["end"], f["matched"], f["rule"]))

    cats_rg, cats_om = {}, {}
    samples_rg, samples_om = {}, {}
    both_rg = both_om = 0
    for path in sorted(set(rg) | set(om)):
        r = sorted(rg.get(path, []))
        o = sorted(om.get(path, []))
        regions = None
        ostarts = [x[0] for x in o]
        for s, e, text in r:
            k = bisect.bisect_left(ostarts, e)
            hit = any(o[j][0] < e and s < o[j][1] for j in range(max(0, k - 4), k))
            if hit:
                both_rg += 1
                continue
            t = text.lower()
            if t in case_only:
                cat = "case-only swap, correct case" if text == case_only[t] else "case-only swap, other case"
            elif t in dropped:
                cat = "dropped entry"
            else:
                if regions is None:
                    with open(os.path.join(args.root, path), "rb") as fh:
                        regions = FileRegions(fh.read(), path.endswith(".mdx"))
                cat = regions.classify(s, e)
            cats_rg[cat] = cats_rg.get(cat, 0) + 1
            samples_rg.setdefault(cat, [])
            if len(samples_rg[cat]) < 6:
                samples_rg[cat].append(f"{path}@{s}: {text}")
        rstarts = [x[0] for x in r]
        for s, e, matched, rule in o:
            k = bisect.bisect_left(rstarts, e)
            hit = any(r[j][0] < e and s < r[j][1] for j in range(max(0, k - 4), k))
            if hit:
                both_om += 1
                continue
            m = norm(matched)
            if m in literals:
                cat = "line break/hyphen" if "\n" in matched else "other"
            elif norm(matched.replace("-", " ")) in literals_h:
                cat = "line break/hyphen"
            else:
                cat = "inflection"
            cats_om[cat] = cats_om.get(cat, 0) + 1
            samples_om.setdefault(cat, [])
            if len(samples_om[cat]) < 6:
                samples_om[cat].append(f"{path}@{s}: {matched!r}")
    out = {
        "literals": len(literals),
        "rg_matches": sum(len(v) for v in rg.values()),
        "onmessage_findings": len(om_doc["findings"]),
        "rg_found_by_both": both_rg,
        "onmessage_found_by_both": both_om,
        "rg_only": dict(sorted(cats_rg.items(), key=lambda kv: -kv[1])),
        "onmessage_only": dict(sorted(cats_om.items(), key=lambda kv: -kv[1])),
        "samples_rg_only": samples_rg,
        "samples_onmessage_only": samples_om,
    }
    with open(args.out, "w") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
