#!/usr/bin/env python3
"""Time commands round-robin under /usr/bin/time and report median wall time and peak memory.

Usage: measure.py SPEC.json OUT.json

SPEC.json: {"runs": 5, "slow_limit": 20.0, "commands": [
    {"id": "rg", "argv": [...], "cwd": "DIR", "stdout": "FILE"}, ...]}

Round r runs every command once, starting one further along the list each round (round-robin,
so drift of the machine hits every tool alike). Each run is `/usr/bin/time -f '%e %M %U %S'`
around the command, stdout to the command's `stdout` file (not /dev/null: some tools notice
/dev/null and skip work), stderr kept for errors. Wall time is taken with a monotonic clock
around the run (ms resolution; /usr/bin/time's own %e has only 10 ms), peak memory is
/usr/bin/time's %M (max RSS, KiB). Exit status 0 or 1 is success (linters exit 1 on findings).

A command whose first run takes longer than `slow_limit` seconds is not repeated: one run is
reported, flagged `capped`, so the whole benchmark stays within its time budget.
Standard library only.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def run_once(cmd, tmp):
    tfile = os.path.join(tmp, cmd["id"] + ".time")
    efile = os.path.join(tmp, cmd["id"] + ".stderr")
    argv = ["/usr/bin/time", "-f", "%e %M %U %S", "-o", tfile] + cmd["argv"]
    with open(cmd["stdout"], "wb") as out, open(efile, "wb") as err:
        t0 = time.perf_counter()
        rc = subprocess.call(argv, cwd=cmd.get("cwd"), stdout=out, stderr=err)
        wall = time.perf_counter() - t0
    with open(tfile) as fh:
        last = fh.read().strip().splitlines()[-1]
    if rc not in (0, 1):
        with open(efile, errors="replace") as fh:
            msg = fh.read()[-2000:]
        raise SystemExit(f"measure.py: `{cmd['id']}` exited {rc}:\n{msg}")
    e, m, u, s = last.split()
    return {"wall": wall, "time_e": float(e), "rss_kib": int(m), "user": float(u),
            "sys": float(s), "rc": rc}


def main(spec_path, out_path):
    with open(spec_path) as fh:
        spec = json.load(fh)
    runs, limit, cmds = spec["runs"], spec.get("slow_limit", 1e9), spec["commands"]
    tmp = os.path.dirname(os.path.abspath(out_path))
    results = {c["id"]: [] for c in cmds}
    capped = set()
    for r in range(runs):
        order = cmds[r % len(cmds):] + cmds[:r % len(cmds)]
        for cmd in order:
            if cmd["id"] in capped:
                continue
            res = run_once(cmd, tmp)
            results[cmd["id"]].append(res)
            if r == 0 and res["wall"] > limit:
                capped.add(cmd["id"])
            print(f"  round {r + 1}/{runs} {cmd['id']:<16} {res['wall']:8.3f} s "
                  f"{res['rss_kib'] / 1024:8.1f} MiB", file=sys.stderr, flush=True)
    summary = {}
    for cmd in cmds:
        rs = results[cmd["id"]]
        walls = [x["wall"] for x in rs]
        rss = [x["rss_kib"] for x in rs]
        summary[cmd["id"]] = {
            "runs": len(rs),
            "capped": cmd["id"] in capped,
            "wall_median": statistics.median(walls),
            "wall_min": min(walls),
            "wall_max": max(walls),
            "user_median": statistics.median(x["user"] for x in rs),
            "sys_median": statistics.median(x["sys"] for x in rs),
            "rss_median_kib": statistics.median(rss),
            "rss_max_kib": max(rss),
            "rc": rs[-1]["rc"],
            "walls": walls,
        }
    with open(out_path, "w") as fh:
        json.dump({"runs": runs, "slow_limit": limit, "results": summary}, fh, indent=1)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
