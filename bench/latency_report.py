"""The latency sections of bench/RESULTS.md: the language server (issue 15) from the JSON lines
`examples/server_latency.rs` leaves in out/latency-*.json, and the check page (issue 16) from
`examples/page_latency.rs`'s out/page-latency-*.json. Imported by report.py."""
import json
import os

# file stem, guide shown, document shown, p95 target in ms
ROWS = [
    ("latency-demo", "demo guide (`fixtures/demo/message-guide.yml`)",
     "the demo's Markdown pages, repeated, as `sell-sheets/latency.md` (its channel rules apply)", 10),
    ("latency-vocab", "vocabulary guide (`vocabulary.yml`: 320 banned, 140 replaced, jargon + hype packs: 561 terms)",
     "pages of the 300-file subset, in its order, as `doc.md`", 25),
]

# Why a target may be missed and what would close the gap (re-check when the server changes).
NOT_MET = {}


def section(out):
    """Markdown lines; none when the run measured no latency."""
    rows = []
    for stem, guide, document, target in ROWS:
        path = os.path.join(out, stem + ".json")
        if os.path.exists(path):
            with open(path) as fh:
                rows.append((stem, guide, document, target, json.load(fh)))
    if not rows:
        return []
    L = ["## Language server latency", ""]
    L.append(
        "`onmessage server` over stdio, driven by `examples/server_latency.rs` (a client using the "
        "`lsp-server` framing): it opens one Markdown document of about 5,000 words beside a copy of "
        "the guide, then sends one-character incremental edits (`didChange`: a letter typed at the "
        "middle of a line, then deleted again, at lines spread through the document) and times each "
        "from writing the `didChange` to reading the `publishDiagnostics` of that version: the whole "
        "round trip a writer waits for, re-checking the whole document. The first edits are a "
        "warm-up, not counted. Target: issue 15.")
    L.append("")
    L.append("| guide | document | words | findings | open → diagnostics | edits | p50 | p95 | max | "
             "target (p95) | met |")
    L.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    missed = []
    for stem, guide, document, target, r in rows:
        met = r["p95_ms"] <= target
        if not met:
            missed.append((stem, guide))
        L.append(f"| {guide} | {document} | {r['words']:,} | {r['diagnostics']:,} | "
                 f"{r['open_ms']:.1f} ms | {r['edits']} (+{r['warmup']} warm-up) | "
                 f"{r['p50_ms']:.1f} ms | {r['p95_ms']:.1f} ms | {r['max_ms']:.1f} ms | "
                 f"≤ {target} ms | {'MET' if met else '**NOT MET**'} |")
    L.append("")
    L.append("Commands (`cargo build --release --example server_latency` first; `$B` and `$W` as "
             "below, `vocabulary.yml` written into `$W` by `bench/make_real_guides.py`):")
    L.append("")
    L.append("```sh")
    L.append("# from the repo root")
    L.append("target/release/examples/server_latency --server target/release/onmessage --label demo \\")
    L.append("  --guide fixtures/demo/message-guide.yml --doc sell-sheets/latency.md fixtures/demo")
    L.append("# in $W (SL and OM: the two binaries above)")
    L.append("$SL --server $OM --label vocabulary --guide vocabulary.yml $(cat $B/subset-300.txt)")
    L.append("```")
    L.append("")
    for stem, guide in missed:
        reason, step = NOT_MET.get(stem, ("Not analysed yet.", "Profile the server on this row."))
        L.append(f"**Not met: {guide}.** {reason} *Next step:* {step}")
        L.append("")
    return L


# file stem, guide shown, draft shown, p95 target in ms
PAGE_ROWS = [
    ("page-latency-demo", "demo guide, channel `sell-sheet` (its requirements apply)",
     "the demo's Markdown pages, about 2,000 words", 50),
]


def page_section(out):
    """Markdown lines for the check page; none when the run did not measure it."""
    rows = []
    for stem, guide, draft, target in PAGE_ROWS:
        path = os.path.join(out, stem + ".json")
        if os.path.exists(path):
            with open(path) as fh:
                rows.append((guide, draft, target, json.load(fh)))
    if not rows:
        return []
    L = ["## Check page latency", ""]
    L.append(
        "`onmessage serve`, driven by `examples/page_latency.rs` over HTTP as the page is: after "
        "each keystroke (a letter typed in the middle of a line, then deleted, at lines spread "
        "through the draft) the page sends the whole draft to `POST /api/check`; each is timed from "
        "sending it to having its findings parsed, which is what the page waits for before it draws "
        "the highlights. Its 200 ms debounce comes before (it waits for a pause in typing) and is "
        "not counted. The first checks are a warm-up. Target: issue 16.")
    L.append("")
    L.append("| guide | draft | words | findings | checks | p50 | p95 | max | target (p95) | met |")
    L.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    for guide, draft, target, r in rows:
        met = r["p95_ms"] <= target
        L.append(f"| {guide} | {draft} | {r['words']:,} | {r['findings']:,} | "
                 f"{r['edits']} (+{r['warmup']} warm-up) | {r['p50_ms']:.1f} ms | "
                 f"{r['p95_ms']:.1f} ms | {r['max_ms']:.1f} ms | ≤ {target} ms | "
                 f"{'MET' if met else '**NOT MET**'} |")
    L.append("")
    L.append("Command (`cargo build --release --example page_latency` first, from the repo root):")
    L.append("")
    L.append("```sh")
    L.append("target/release/examples/page_latency --server target/release/onmessage --label demo \\")
    L.append("  --guide fixtures/demo/message-guide.yml --channel sell-sheet fixtures/demo")
    L.append("```")
    L.append("")
    return L
