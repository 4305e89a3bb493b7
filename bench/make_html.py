#!/usr/bin/env python3
"""Render the Markdown corpus to HTML pages: the HTML corpus of the format-family rows.

Usage: make_html.py --src corpus --out html [--stats STATS.json]

Each `.md`/`.mdx` file under --src becomes `<same path>.html` under --out: the file rendered by
Python-Markdown (the `extra` extensions: tables, fenced code, footnotes, attribute lists; MDX
imports and components pass through as raw text or HTML, as that renderer leaves them), wrapped
in the page shell a documentation site serves — doctype, `<title>` and `<meta
name="description">` from the first heading and paragraph, a navigation bar, a `<style>` and a
`<script>` block — so the HTML reader has the skipped regions a real page has. Front matter is
dropped (a site generator turns it into the head). Deterministic: sorted paths, no timestamps.
--stats writes the file and byte counts of both corpora as JSON.
"""
import argparse
import html
import json
import os
import re

import markdown

SHELL = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{description}">
<link rel="stylesheet" href="/assets/site.css">
<style>
  body {{ font-family: system-ui, sans-serif; max-width: 48rem; margin: 0 auto; }}
  nav a {{ margin-right: 1rem; }} pre {{ overflow-x: auto; }}
</style>
</head>
<body>
<nav aria-label="Main"><a href="/">Home</a><a href="/docs/">Docs</a><a href="/blog/">Blog</a></nav>
<main>
{body}
</main>
<footer><p>Edit this page on GitHub.</p></footer>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{ page: "{path}" }});</script>
</body>
</html>
"""

FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.S)
TAGS = re.compile(r"<[^>]+>")


def page(text, path):
    text = FRONT_MATTER.sub("", text, count=1)
    body = markdown.markdown(text, extensions=["extra"], output_format="html")
    title = next((line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")), path)
    first = re.search(r"<p>(.*?)</p>", body, re.S)
    description = TAGS.sub("", first.group(1)).strip() if first else ""
    return SHELL.format(title=html.escape(title), description=html.escape(" ".join(description.split())[:160]),
                        body=body, path=html.escape(path))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats")
    args = ap.parse_args()
    stats = {"files": 0, "markdown_bytes": 0, "html_bytes": 0, "renderer": f"Python-Markdown {markdown.__version__}"}
    for folder, dirs, files in os.walk(args.src):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith((".md", ".mdx")) or name.startswith("."):
                continue
            src = os.path.join(folder, name)
            rel = os.path.relpath(src, args.src)
            with open(src, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            out = os.path.join(args.out, rel + ".html")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            rendered = page(text, rel)
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(rendered)
            stats["files"] += 1
            stats["markdown_bytes"] += os.path.getsize(src)
            stats["html_bytes"] += os.path.getsize(out)
    if args.stats:
        with open(args.stats, "w") as fh:
            json.dump(stats, fh, indent=1)


if __name__ == "__main__":
    main()
