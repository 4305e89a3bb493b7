"""Runs a composite action's steps as the GitHub runner would, for ci/action-test.sh.

Usage: runner.py ACTION_YML CONTEXT_JSON
CONTEXT_JSON holds {"inputs": {...given...}, "github": {...}} ; the action's defaults fill the
other inputs. The caller sets the runner's environment (GITHUB_ACTION_PATH, RUNNER_OS, …,
GITHUB_STEP_SUMMARY, GITHUB_PATH); each step gets a fresh GITHUB_OUTPUT, read back as
steps.<id>.outputs. `${{ … }}` is evaluated only where the action uses it (env, with), for the
three contexts inputs, steps and github; anything else, an `if`, or an expression inside a
`run` script stops the run, so the test cannot pass on a step it did not understand. A `uses`
step is not run (actions/cache: a miss); its `with` must still evaluate. Prints each step's
output and exits with the first failing step's code (0 when all pass).
"""

import json
import os
import re
import subprocess
import sys
import tempfile

from ruamel.yaml import YAML

EXPRESSION = re.compile(r"\$\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")


def lookup(path, contexts):
    value = contexts
    for part in path.split("."):
        if not isinstance(value, dict):
            return ""
        if part not in value:
            if path.split(".")[0] not in contexts:
                sys.exit(f"runner: unknown context in {path}")
            return ""
        value = value[part]
    return "" if value is None else str(value)


def evaluate(text, contexts):
    text = str(text)
    rest = EXPRESSION.sub("", text)
    if "${{" in rest:
        sys.exit(f"runner: an expression this runner does not evaluate: {text}")
    return EXPRESSION.sub(lambda m: lookup(m.group(1), contexts), text)


def main():
    action_file, context_file = sys.argv[1:3]
    with open(action_file, encoding="utf-8") as f:
        action = YAML(typ="safe").load(f)
    with open(context_file, encoding="utf-8") as f:
        given = json.load(f)
    inputs = {
        name: str(spec.get("default", "")) for name, spec in action.get("inputs", {}).items()
    }
    for name, value in given.get("inputs", {}).items():
        if name not in inputs:
            sys.exit(f"runner: the action has no input {name}")
        inputs[name] = str(value)
    contexts = {"inputs": inputs, "github": given.get("github", {}), "steps": {}}
    path_file = os.environ["GITHUB_PATH"]

    for number, step in enumerate(action["runs"]["steps"], 1):
        name = step.get("name", f"step {number}")
        if "if" in step:
            sys.exit(f"runner: step {name!r} has an `if`, which this runner does not evaluate")
        if "uses" in step:
            with_values = {k: evaluate(v, contexts) for k, v in step.get("with", {}).items()}
            if any(v == "" for v in with_values.values()):
                sys.exit(f"runner: step {name!r}: an empty `with` value: {with_values}")
            print(f"runner: {name}: {step['uses']} not run here ({with_values})", flush=True)
            continue
        script = step["run"]
        if "${{" in script:
            sys.exit(f"runner: step {name!r} puts an expression inside its script")
        if step.get("shell") != "bash":
            sys.exit(f"runner: step {name!r} is not a bash step")
        env = dict(os.environ)
        with open(path_file, encoding="utf-8") as f:
            added = [line.strip() for line in f if line.strip()]
        env["PATH"] = os.pathsep.join(list(reversed(added)) + [env["PATH"]])
        for key, value in step.get("env", {}).items():
            env[key] = evaluate(value, contexts)
        with tempfile.NamedTemporaryFile("r", suffix=".out", delete=False) as out:
            env["GITHUB_OUTPUT"] = out.name
        print(f"runner: {name}", flush=True)
        # The runner's own bash command line for `shell: bash`.
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], env=env
        )
        with open(env["GITHUB_OUTPUT"], encoding="utf-8") as f:
            outputs = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
        os.unlink(env["GITHUB_OUTPUT"])
        if "id" in step:
            contexts["steps"][step["id"]] = {"outputs": outputs}
        if done.returncode != 0:
            print(f"runner: {name} failed with exit code {done.returncode}", flush=True)
            sys.exit(done.returncode)


if __name__ == "__main__":
    main()
