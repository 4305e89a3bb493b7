#!/usr/bin/env bash
# The onmessage benchmark: onmessage against ripgrep (the literal-match floor) and textlint + prh
# (a peer linter) on the real Markdown corpus in ../shared/bench; writes bench/RESULTS.md.
# Format families (issue 17): the corpus rendered to HTML pages (bench/make_html.py, Python-Markdown
# in .peers/venv-html; the pages are cached in .peers/html-corpus) and the Office and PDF fixtures
# copied to a few hundred files. Not part of `cargo test`.
#
# Usage (from anywhere; the repo root is found from this script, ../shared/bench beside it):
#   bash bench/run.sh
# Knobs (environment):
#   BENCH_QUICK=0         1: a reduced run (a few minutes on 2 busy cores): 3 round-robin runs,
#                         5/10 hyperfine runs, no textlint, perf on the subset only; every target
#                         row is still measured
#   BENCH_NOTE=""        a sentence for RESULTS.md next to the machine (e.g. what else was running)
#   BENCH_UPDATE_FINDINGS=0  1 records the findings fingerprints in bench/findings.json
#   BENCH_RUNS=7          round-robin runs per command (/usr/bin/time rows)
#   BENCH_SLOW_LIMIT=20   (15 quick) a command whose first run takes longer (s) is not repeated (flagged)
#   HYPERFINE_RUNS=30     hyperfine runs for onmessage/rg on the subset (warm-up 3)
#   STARTUP_RUNS=50       hyperfine runs for the one-small-file start-up rows (warm-up 10)
#   TEXTLINT_RUNS=3       hyperfine runs for textlint on the subset (warm-up 1; ~20 s each)
#   BENCH_PERF=auto       auto|1|0: profile onmessage with `perf` and summarise the top symbols
#   BENCH_KEEP=0          1 keeps the temporary folder (its path is printed)
#   LATENCY_EDITS=300     (100 quick) one-character edits timed per guide in the language-server
#                         latency rows (examples/server_latency.rs; 10 more as warm-up)
#   OFFICE_COPIES=30      copies of the Office and PDF fixtures in the Office row (12 files each)
# Needs: cargo, python3 (+ venv, for Python-Markdown), node >= 20.18 + npm (for textlint), apt (for time, hyperfine, ripgrep
# when missing). Peers go to .peers/ at the repo root (gitignored); scratch to a mktemp folder.
set -euo pipefail

BENCH_QUICK="${BENCH_QUICK:-0}"
BENCH_UPDATE_FINDINGS="${BENCH_UPDATE_FINDINGS:-0}"
if [ "$BENCH_QUICK" = 1 ]; then q_runs=3 q_hf=5 q_st=10 q_tl=0 q_slow=15 q_lat=100; else q_runs=7 q_hf=30 q_st=50 q_tl=3 q_slow=20 q_lat=300; fi
LATENCY_EDITS="${LATENCY_EDITS:-$q_lat}"
BENCH_RUNS="${BENCH_RUNS:-$q_runs}"
BENCH_SLOW_LIMIT="${BENCH_SLOW_LIMIT:-$q_slow}"
HYPERFINE_RUNS="${HYPERFINE_RUNS:-$q_hf}"
STARTUP_RUNS="${STARTUP_RUNS:-$q_st}"
TEXTLINT_RUNS="${TEXTLINT_RUNS:-$q_tl}"
BENCH_PERF="${BENCH_PERF:-auto}"
BENCH_KEEP="${BENCH_KEEP:-0}"
export NO_COLOR=1 DEBIAN_FRONTEND=noninteractive PYTHONDONTWRITEBYTECODE=1

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
[ -d "$ROOT/../shared/bench" ] || { echo "run.sh: ../shared/bench not found beside the repo root" >&2; exit 1; }
B="$(cd "$ROOT/../shared/bench" && pwd)"
PEERS="$ROOT/.peers"
cd "$ROOT"

log() { printf '\n== %s\n' "$*" >&2; }
START=$SECONDS

# --- tools ----------------------------------------------------------------------------------
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  $SUDO apt-get install -y -qq "$@" >/dev/null
}
need=()
[ -x /usr/bin/time ] || need+=(time)
command -v hyperfine >/dev/null || need+=(hyperfine)
if [ "${#need[@]}" -gt 0 ]; then log "apt: installing ${need[*]}"; apt_install "${need[@]}"; fi

log "peers: ripgrep and textlint + prh into .peers/"
if [ "$TEXTLINT_RUNS" = 0 ] && command -v rg >/dev/null; then
  echo "TEXTLINT_RUNS=0: textlint is not run" >&2
elif [ -x "$PEERS/node_modules/.bin/textlint" ] && command -v rg >/dev/null \
   && [ -d "$PEERS/node_modules/textlint-rule-prh" ] \
   && "$PEERS/node_modules/.bin/textlint" --version 2>/dev/null | grep -qx 'v\?15\.8\.0'; then
  echo "already installed: textlint $("$PEERS/node_modules/.bin/textlint" --version), $(rg --version | sed -n 1p)" >&2
else
  bash "$B/peers/setup.sh" "$PEERS" >&2
fi
TEXTLINT="$PEERS/node_modules/.bin/textlint"
# The HTML corpus's renderer, pinned so the pages (and their findings) are the same every run.
MARKDOWN_VERSION=3.11.3
HTML_VENV="$PEERS/venv-html"
if ! "$HTML_VENV/bin/python" -c "import markdown, sys; sys.exit(markdown.__version__ != '$MARKDOWN_VERSION')" 2>/dev/null; then
  log "peers: Python-Markdown $MARKDOWN_VERSION into .peers/venv-html (renders the HTML corpus)"
  python3 -m venv "$HTML_VENV" >&2 && "$HTML_VENV/bin/pip" install -q "markdown==$MARKDOWN_VERSION" >&2
fi
RG="$(command -v rg)"
rg --version | sed -n 1p >&2

PERF=""
if [ "$BENCH_PERF" != 0 ]; then
  if ! command -v perf >/dev/null && [ "$BENCH_PERF" = 1 ]; then apt_install linux-perf || true; fi
  if command -v perf >/dev/null && perf stat -e task-clock -o /dev/null true >/dev/null 2>&1; then
    PERF="$(command -v perf)"
  elif [ "$BENCH_PERF" = 1 ]; then
    echo "run.sh: BENCH_PERF=1 but perf is missing or not permitted" >&2; exit 1
  fi
fi


# --- data -----------------------------------------------------------------------------------
W="$(mktemp -d "${TMPDIR:-/tmp}/onmessage-bench.XXXXXX")"
cleanup() { if [ "$BENCH_KEEP" = 1 ]; then echo "kept $W" >&2; else rm -rf "$W"; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM
log "corpus: extracting to a temporary folder"
want=53eeb083cadb6e9204bb931103e63938b2820d863049b33284ea21633a322af6
got="$(sha256sum "$B/corpus.tar.gz" | cut -d' ' -f1)"
[ "$got" = "$want" ] || echo "run.sh: warning: corpus.tar.gz sha256 is $got, README says $want" >&2
tar -xzf "$B/corpus.tar.gz" -C "$W"
for n in 2 4; do
  for i in $(seq 1 "$n"); do mkdir -p "$W/x$n/$i" && cp -r "$W/corpus" "$W/x$n/$i/"; done
done
mkdir -p "$W/out" "$W/guides" "$W/bin"
# issue 17: the HTML corpus, rendered once per corpus, renderer and script version (untimed)
html_key="$want $MARKDOWN_VERSION $(sha256sum "$HERE/make_html.py" | cut -d' ' -f1)"
if [ "$(cat "$PEERS/html-corpus/key" 2>/dev/null)" != "$html_key" ]; then
  log "html: rendering the corpus to HTML pages with Python-Markdown (cached in .peers/html-corpus)"
  rm -rf "$PEERS/html-corpus" && mkdir -p "$PEERS/html-corpus"
  "$HTML_VENV/bin/python" "$HERE/make_html.py" --src "$W/corpus" --out "$PEERS/html-corpus/html" \
    --stats "$PEERS/html-corpus/stats.json"
  echo "$html_key" > "$PEERS/html-corpus/key"
fi
cp -r "$PEERS/html-corpus/html" "$W/html"
cp "$PEERS/html-corpus/stats.json" "$W/out/html-stats.json"
# issue 17: the Office and PDF fixtures (fixtures/office without bad/, and the demo's Word sell
# sheet and deck) copied OFFICE_COPIES times, checked against the Office fixtures' guide
OFFICE_COPIES="${OFFICE_COPIES:-30}"
for i in $(seq -w 1 "$OFFICE_COPIES"); do
  mkdir -p "$W/office" && cp -r "$ROOT/fixtures/office" "$W/office/$i"
  rm -rf "$W/office/$i/bad" "$W/office/$i/message-guide.yml"
  cp "$ROOT/fixtures/demo/sell-sheets/student-laptops.docx" "$ROOT/fixtures/demo/sales/small-office-deck.pptx" "$W/office/$i/"
done
cp "$ROOT/fixtures/office/message-guide.yml" "$W/office/message-guide.yml"
python3 - "$W/office" > "$W/out/office-stats.json" <<'EOF'
import json, os, sys
sizes = [os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(sys.argv[1]) for f in fs
         if not f.endswith(".yml")]
print(json.dumps({"files": len(sizes), "bytes": sum(sizes)}))
EOF
cut -d' ' -f1-3 /proc/loadavg > "$W/out/load-start.txt"
printf '%s\n%s\n' "$BENCH_QUICK" "${BENCH_NOTE:-}" > "$W/out/mode.txt"

log "build: cargo build --release (and the latency client, examples/server_latency.rs)"
cargo build --release --quiet
cargo build --release --quiet --example server_latency --example page_latency
cp "$ROOT/target/release/examples/server_latency" "$W/bin/server_latency"
cp "$ROOT/target/release/examples/page_latency" "$W/bin/page_latency"
# Time a snapshot of the binary: target/ is shared, and a rebuild during the run must not swap it.
cp "$ROOT/target/release/onmessage" "$W/bin/onmessage"
OM="$W/bin/onmessage"
{ git rev-parse --short HEAD 2>/dev/null || echo unknown
  if [ -n "$(git status --porcelain -- . ':!bench' 2>/dev/null)" ]; then echo dirty; else echo clean; fi
} > "$W/out/build.txt"
SUBSET=()
while IFS= read -r p; do [ -n "$p" ] && SUBSET+=("$p"); done < "$B/subset-300.txt"
# the one small file: the first tldr page of the subset
SMALL=""
for p in "${SUBSET[@]}"; do case "$p" in corpus/tldr/*) SMALL="$p"; break;; esac; done
[ -n "$SMALL" ] || { echo "run.sh: no tldr page in subset-300.txt" >&2; exit 1; }

log "guides: term lists -> message-guide.yml (validated by onmessage)"
python3 "$HERE/make_guide.py" --terms "$B/terms-microsoft.yml" --onmessage "$OM" \
  --out "$W/guides/microsoft.yml" --stats "$W/out/guide-microsoft.json" \
  --phrases 200 --corpus "$W/corpus" --phrase-out "$W/guides/microsoft-phrases.yml"
python3 "$HERE/make_guide.py" --terms "$B/terms-google.yml" --onmessage "$OM" \
  --out "$W/guides/google.yml" --stats "$W/out/guide-google.json"
GMS="$W/guides/microsoft.yml"; GPH="$W/guides/microsoft-phrases.yml"; GGO="$W/guides/google.yml"
LMS="$B/literals-microsoft.txt"; LGO="$B/literals-google.txt"
# a control guide that finds nothing (one nonsense banned word): parsing and walking alone
{ printf 'version: 1\nextends: []\nbanned:\n  - term: zzqqxxjj\nrules:\n'
  "$OM" rules | awk '{ l = "off" } $1 == "banned-term" { l = "error" } $1 == "preferred-term" { l = "warning" } { print "  " $1 ": " l }'
} > "$W/guides/nofind.yml"
: > "$W/out/empty.md"; "$OM" check --guide "$W/guides/nofind.yml" --format json "$W/out/empty.md" >/dev/null
GNF="$W/guides/nofind.yml"
# the real guides (issue 14): written into $W, beside corpus/, since their channel and audience
# globs are relative to the guide's folder
python3 "$HERE/make_real_guides.py" --vocabulary "$GMS" --onmessage "$OM" --outdir "$W" \
  --stats "$W/out/guide-real.json"
# issue 20: every corpus file in a sales channel, so field language counts the whole corpus
printf 'version: 1\nchannels:\n  field:\n    paths: ["corpus/**"]\n    team: sales\n' > "$W/sales.yml"
# a git repository for `report --since`: the corpus, then a second commit editing 1 file in 50
log "git: a two-commit copy of the corpus for report --since"
mkdir -p "$W/repo" && cp -r "$W/corpus" "$W/full.yml" "$W/repo/"
( cd "$W/repo" && git init -q && git add -A \
  && git -c user.name=bench -c user.email=bench@invalid commit -q -m before \
  && find corpus -type f -name '*.md*' | sort | awk 'NR % 50 == 0' \
     | while IFS= read -r f; do printf '\nGet started in minutes: 3,000+ pages, step by step.\n' >> "$f"; done \
  && git -c user.name=bench -c user.email=bench@invalid commit -q -a -m after )
python3 "$B/peers/to-prh.py" "$B/terms-microsoft.yml" > "$W/prh-microsoft.yml"
cp "$B/peers/textlintrc.json" "$W/.textlintrc.json"

# --- match counts (untimed) -------------------------------------------------------------------
log "counts: rg --count-matches, rg --json for the comparison"
cd "$W"
sum_counts() { awk -F: '{s+=$NF} END {print s+0}'; }
{ "$RG" -c --count-matches -i -w -F -f "$LMS" corpus || [ $? -eq 1 ]; } | sum_counts > out/rg-ms-matches.txt
{ "$RG" -c --count-matches -i -w -F -f "$LGO" corpus || [ $? -eq 1 ]; } | sum_counts > out/rg-google-matches.txt
{ "$RG" -c --count-matches -i -w -F -f "$LMS" "${SUBSET[@]}" || [ $? -eq 1 ]; } | sum_counts > out/rg-subset-matches.txt
{ "$RG" -c --count-matches -i -w -F -f "$LMS" "$SMALL" || [ $? -eq 1 ]; } | sum_counts > out/rg-small-matches.txt
{ "$RG" --json -i -w -F -f "$LMS" corpus || [ $? -eq 1 ]; } > out/rg-ms.jsonl
{ "$OM" check --guide "$GMS" --format json "${SUBSET[@]}" || [ $? -eq 1 ]; } > out/om-subset.json
{ "$OM" check --guide "$GMS" --format json "$SMALL" || [ $? -eq 1 ]; } > out/om-small.json
wc -c < "$SMALL" > out/small-bytes.txt
echo "$SMALL" > out/small-path.txt

# --- round-robin /usr/bin/time rows -----------------------------------------------------------
log "timing: round-robin, $BENCH_RUNS runs each (a command slower than ${BENCH_SLOW_LIMIT}s runs once)"
python3 - "$W" "$BENCH_RUNS" "$BENCH_SLOW_LIMIT" "$RG" "$OM" "$LMS" "$LGO" "$GMS" "$GPH" "$GGO" "$GNF" "$SMALL" \
  "$B/subset-300.txt" "$BENCH_QUICK" > "$W/out/spec.json" <<'EOF'
import json, sys
w, runs, limit, rg, om, lms, lgo, gms, gph, ggo, gnf, small, subset, quick = sys.argv[1:]
sub = [l.strip() for l in open(subset) if l.strip()]
def r(lit, *paths): return [rg, "-c", "-i", "-w", "-F", "-f", lit, *paths]
def o(guide, *paths): return [om, "check", "--guide", guide, "--format", "json", *paths]
cmds = [
    ("rg-ms", r(lms, "corpus")), ("om-ms", o(gms, "corpus")), ("om-phrases", o(gph, "corpus")),
    ("rg-google", r(lgo, "corpus")), ("om-google", o(ggo, "corpus")),
    ("rg-ms-x2", r(lms, "x2")), ("om-ms-x2", o(gms, "x2")),
    ("rg-ms-x4", r(lms, "x4")), ("om-ms-x4", o(gms, "x4")),
    ("om-ms-subset", o(gms, *sub)), ("rg-ms-subset", r(lms, *sub)),
    ("om-ms-small", o(gms, small)), ("rg-ms-small", r(lms, small)),
    ("om-nofind", o(gnf, "corpus")), ("om-nofind-x4", o(gnf, "x4")),
    # issue 14: the real guides (relative paths: they sit in $W beside corpus/)
    ("om-vocab", o("vocabulary.yml", "corpus")), ("om-full", o("full.yml", "corpus")),
    ("om-brands", o("brands.yml", "corpus")), ("om-brands-200", o("brands-200.yml", "corpus")),
    ("om-claims", o("claims.yml", "corpus")), ("om-claims-2000", o("claims-2000.yml", "corpus")),
    ("om-full-x4", o("full.yml", "x4")),
]
rep = [om, "report", "--guide", "full.yml", "--format", "json"]
cmds += [("om-report", rep + ["corpus"]), ("om-report-since", rep + ["--since", "HEAD~1", "corpus"])]
cmds += [("om-sales-report", [om, "report", "--guide", "sales.yml", "--format", "json", "corpus"])]
# issue 17: format families: the corpus as HTML pages, and the Office and PDF files
cmds += [("om-html", o(gms, "html")), ("om-office", o("office/message-guide.yml", "office"))]
if quick == "1":  # the rows no target of issue 14 needs
    cmds = [c for c in cmds if c[0] not in ("rg-ms-x2", "om-ms-x2", "rg-google", "om-google")]
def cwd(i): return f"{w}/repo" if i.startswith("om-report") else w
print(json.dumps({"runs": int(runs), "slow_limit": float(limit), "commands": [
    {"id": i, "argv": a, "cwd": cwd(i), "stdout": f"{w}/out/{i}.out"} for i, a in cmds]}))
EOF
"$RG" -c -i zzzz "$W" >/dev/null 2>&1 || true   # read every file once: all runs start warm
python3 "$HERE/measure.py" "$W/out/spec.json" "$W/out/timing.json"

# --- hyperfine rows -----------------------------------------------------------------------------
log "hyperfine: 293-file subset (onmessage, rg: warm-up 3, $HYPERFINE_RUNS runs)"
q() { printf '%q ' "$@"; }
hyperfine -N -i --style basic --warmup 3 --runs "$HYPERFINE_RUNS" --export-json out/hf-subset.json \
  -n onmessage "$(q "$OM" check --guide "$GMS" --format json "${SUBSET[@]}")" \
  -n rg "$(q "$RG" -c -i -w -F -f "$LMS" "${SUBSET[@]}")" >&2

if [ "$TEXTLINT_RUNS" != 0 ]; then
log "hyperfine: textlint + prh on the subset (warm-up 1, $TEXTLINT_RUNS runs; ~20 s a run)"
: > out/textlint-rss.txt
hyperfine -N -i --style basic --warmup 1 --runs "$TEXTLINT_RUNS" --export-json out/hf-textlint.json \
  -n textlint "$(q /usr/bin/time -f %M -a -o out/textlint-rss.txt "$TEXTLINT" -c .textlintrc.json \
     --rules-base-directory "$PEERS/node_modules" -f json -o out/textlint-microsoft.json "${SUBSET[@]}")" >&2
fi

log "hyperfine: start-up on one small file ($SMALL; warm-up 10, $STARTUP_RUNS runs)"
hyperfine -N -i --style basic --warmup 10 --runs "$STARTUP_RUNS" --export-json out/hf-startup.json \
  -n onmessage "$(q "$OM" check --guide "$GMS" --format json "$SMALL")" \
  -n rg "$(q "$RG" -c -i -w -F -f "$LMS" "$SMALL")" >&2

# --- language server latency (issue 15) ---------------------------------------------------------
log "server latency: $LATENCY_EDITS one-character edits in a 5,000-word document, per guide"
"$W/bin/server_latency" --server "$OM" --label demo --edits "$LATENCY_EDITS" \
  --guide "$ROOT/fixtures/demo/message-guide.yml" --doc sell-sheets/latency.md "$ROOT/fixtures/demo" \
  > out/latency-demo.json
"$W/bin/server_latency" --server "$OM" --label vocabulary --edits "$LATENCY_EDITS" \
  --guide "$W/vocabulary.yml" "${SUBSET[@]}" > out/latency-vocab.json
cat out/latency-demo.json out/latency-vocab.json >&2

# --- check page latency (issue 16) --------------------------------------------------------------
log "check page latency: $LATENCY_EDITS checks of a 2,000-word draft as the page sends them"
"$W/bin/page_latency" --server "$OM" --label demo --edits "$LATENCY_EDITS" \
  --guide "$ROOT/fixtures/demo/message-guide.yml" --channel sell-sheet "$ROOT/fixtures/demo" \
  > out/page-latency-demo.json
cat out/page-latency-demo.json >&2

# --- match comparison ---------------------------------------------------------------------------
log "comparing onmessage findings with rg matches"
python3 "$HERE/compare_matches.py" --root "$W" --rg out/rg-ms.jsonl --onmessage out/om-ms.out \
  --terms "$B/terms-microsoft.yml" --stats out/guide-microsoft.json --out out/compare.json

log "findings: fingerprints compared with bench/findings.json"
upd=(); [ "$BENCH_UPDATE_FINDINGS" = 1 ] && upd=(--update)
python3 "$HERE/findings_digest.py" --work "$W" --record "$HERE/findings.json" --out out/findings.json \
  --rows om-ms,om-phrases,om-vocab,om-full,om-brands,om-brands-200,om-claims,om-claims-2000,om-html,om-office \
  "${upd[@]}"

# --- profiles -----------------------------------------------------------------------------------
if [ -n "$PERF" ]; then
  log "perf: profiling onmessage (Microsoft guide and phrase guide)"
  profile() {  # name, sampling frequency, then the command
    local name="$1" freq="$2"; shift 2
    "$PERF" record -q -F "$freq" --call-graph dwarf,16384 -o "out/$name.perf" "$@" >/dev/null 2>&1 || true
    "$PERF" report -i "out/$name.perf" --no-children --sort symbol --stdio -g none --percent-limit 0.5 \
      2>/dev/null | grep -E '^ +[0-9]' | sed -E 's/ {2,}-.*$//; s/ +$//' | head -15 > "out/$name.self.txt" || true
    "$PERF" report -i "out/$name.perf" --children --sort symbol --stdio -g none 2>/dev/null \
      | grep -E '^ +[0-9]' | sed -E 's/ {2,}-.*$//; s/ +$//' | grep -E 'onmessage::|aho_corasick|regex' \
      | grep -vE 'closure|inlined|gather::|backtrace' | head -15 > "out/$name.children.txt" || true
    rm -f "out/$name.perf"
  }
  if [ "$BENCH_QUICK" = 1 ]; then pf=199; else pf=999; fi
  profile perf-ms "$pf" "$OM" check --guide "$GMS" --format json corpus
  # issue 14: where the full guide's extra time goes, and the two scaling guides
  # the full guide runs several times longer: fewer samples keep perf's data small
  pfull=$(( pf > 299 ? 299 : pf ))
  echo "onmessage, full.yml, whole corpus (-F $pfull)" > out/perf-full.label
  profile perf-full "$pfull" "$OM" check --guide full.yml --format json corpus
  # the scaling guides are slow on the corpus: the subset shows the same profile
  for g in brands-200 claims-2000; do
    echo "onmessage, $g.yml, 293-file subset (-F 499)" > "out/perf-$g.label"
    profile "perf-$g" 499 "$OM" check --guide "$g.yml" --format json "${SUBSET[@]}"
  done
  # the phrase guide on the whole corpus when a run is short, else on the subset
  phr="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"]["om-phrases"]["wall_median"])' out/timing.json)"
  if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) < 10 else 1)' "$phr"; then
    echo "onmessage, phrase guide, whole corpus (-F $pf)" > out/perf-phrases.label
    profile perf-phrases "$pf" "$OM" check --guide "$GPH" --format json corpus
  else
    echo "onmessage, phrase guide, 293-file subset (-F 250; the corpus run is too slow to profile)" > out/perf-phrases.label
    profile perf-phrases 250 "$OM" check --guide "$GPH" --format json "${SUBSET[@]}"
  fi
fi

# --- report -------------------------------------------------------------------------------------
cut -d' ' -f1-3 /proc/loadavg > "$W/out/load-end.txt"
log "report: bench/RESULTS.md"
cd "$ROOT"
python3 "$HERE/report.py" --work "$W" --onmessage "$OM" --rg "$RG" --textlint "$TEXTLINT" \
  --elapsed "$((SECONDS - START))" --out "$HERE/RESULTS.md"
sed -n '/^## Targets/,/^## Round-robin/p' "$HERE/RESULTS.md" | sed '$d'
echo "total: $((SECONDS - START)) s" >&2
