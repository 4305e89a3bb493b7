#!/usr/bin/env python3
"""Headless Neovim configured from the README's own snippet, as an editor client of
`onmessage server`: opens a demo file, prints the diagnostics Neovim received, and checks they are
the findings `onmessage check --format json` reports for that file (line, rule and message).

Usage: run.py ONMESSAGE_BINARY [DEMO_FILE]   (run from the repo root; DEMO_FILE relative to
fixtures/demo). Every step has a timeout: this never hangs.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(ROOT, "fixtures", "demo")
NVIM_TIMEOUT_S = 90


def readme_snippet(intro):
    """The first ```lua block after the README line starting with `intro`."""
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    at = text.find("\n" + intro)
    if at < 0:
        sys.exit(f"nvim-test: README has no line starting with {intro!r}")
    block = re.search(r"```lua\n(.*?)```", text[at:], re.S)
    if not block:
        sys.exit(f"nvim-test: no ```lua block after {intro!r} in README")
    return block.group(1)


def nvim_version():
    out = subprocess.run(["nvim", "--version"], capture_output=True, text=True, timeout=30).stdout
    m = re.search(r"NVIM v(\d+)\.(\d+)", out)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


def expected(binary, relative):
    run = subprocess.run([binary, "check", "--format", "json", relative], cwd=DEMO,
                         capture_output=True, text=True, timeout=120)
    report = json.loads(run.stdout)
    return sorted((f["line"] - 1, f["rule"], f["message"]) for f in report["findings"])


def main():
    binary = os.path.abspath(sys.argv[1])
    relative = sys.argv[2] if len(sys.argv) > 2 else "sell-sheets/gaming-laptops.md"
    # The README's configuration for this Neovim: vim.lsp.config on 0.11+, else the 0.7 form.
    modern = nvim_version() >= (0, 11)
    intro = "Neovim 0.11 or later" if modern else "Neovim 0.7 to 0.10"
    with tempfile.TemporaryDirectory() as tmp:
        init = os.path.join(tmp, "init.lua")
        with open(init, "w", encoding="utf-8") as f:
            f.write(readme_snippet(intro))
        out = os.path.join(tmp, "diagnostics.json")
        env = dict(os.environ, ONMESSAGE_NVIM_OUT=out, XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp,
                   XDG_CONFIG_HOME=tmp, XDG_CACHE_HOME=tmp,
                   PATH=os.path.dirname(binary) + os.pathsep + os.environ.get("PATH", ""))
        collect = os.path.join(ROOT, "tests", "nvim", "collect.lua")
        argv = ["nvim", "--headless", "-n", "-i", "NONE", "-u", init, relative,
                "-c", f"luafile {collect}"]
        try:
            run = subprocess.run(argv, cwd=DEMO, env=env, capture_output=True, text=True,
                                 timeout=NVIM_TIMEOUT_S, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            sys.exit(f"nvim-test: FAILED: nvim did not finish within {NVIM_TIMEOUT_S} s")
        if not os.path.exists(out):
            sys.exit(f"nvim-test: FAILED: nvim wrote no result (status {run.returncode}):\n"
                     f"{run.stdout}{run.stderr}")
        result = json.load(open(out, encoding="utf-8"))
    print(f"nvim-test: Neovim {result['nvim']} with the README's \"{intro}\" configuration, "
          f"filetype {result['filetype']}, clients {result['clients']}")
    print(f"nvim-test: diagnostics Neovim received for {relative}:")
    for d in sorted(result["diagnostics"], key=lambda d: (d["lnum"], d["col"])):
        print(f"  {d['lnum'] + 1}:{d['col'] + 1} {d['source']} {d['code']}: {d['message']}")
    if not result["arrived"]:
        print("nvim-test: no diagnostics arrived before the timeout", file=sys.stderr)
    got = sorted((d["lnum"], d["code"], d["message"]) for d in result["diagnostics"])
    want = expected(binary, relative)
    if got != want:
        print("nvim-test: FAILED: not the findings of `onmessage check --format json`:", file=sys.stderr)
        for item in sorted(set(want) - set(got)):
            print(f"  missing in Neovim: {item}", file=sys.stderr)
        for item in sorted(set(got) - set(want)):
            print(f"  only in Neovim: {item}", file=sys.stderr)
        sys.exit(1)
    if not want:
        sys.exit(f"nvim-test: FAILED: {relative} has no findings to compare")
    rules = sorted({rule for _, rule, _ in want})
    print(f"nvim-test: OK: {len(got)} diagnostics, the same as `onmessage check` ({', '.join(rules)})")


if __name__ == "__main__":
    main()
