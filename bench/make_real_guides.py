#!/usr/bin/env python3
"""Write the "real guide" benchmark guides for the shared corpus (tldr, Astro, PowerShell docs).

Usage:
  make_real_guides.py --vocabulary MICROSOFT.yml --onmessage BIN --outdir DIR --stats STATS.json

MICROSOFT.yml is the guide bench/make_guide.py made from terms-microsoft.yml: its `banned:` and
`terms:` sections are copied verbatim, so every guide below has the same banned/preferred list.
Written to DIR (which must be the folder `corpus/` is in: channel and audience globs are relative
to the guide's folder):

  vocabulary.yml   the Microsoft list + both packs (jargon, hype), default rule levels
  full.yml         vocabulary + what a content lead writes for these docs: 30 brand and product
                   names, a benefit with 10 expressions, 50 approved phrases, 8 calls to action,
                   40 approved claims, channels by folder with requirements, two audiences
  brands.yml       vocabulary + the 30 brand names only
  brands-200.yml   vocabulary + 200 brand names (the 30, then 170 made-up product names)
  claims.yml       vocabulary + the 40 approved claims only
  claims-2000.yml  vocabulary + 2,000 approved claims (the 40, then 1,960 generated figures)

Everything is deterministic (no randomness). Each guide is loaded by `onmessage check` on an
empty file; a guide that does not load stops the script with onmessage's message.
Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

# --- what a content lead for these three projects would write -----------------------------------

BRANDS = [
    "Astro", "Astro DB", "Starlight", "Vite", "Netlify", "Vercel", "Cloudflare Pages",
    "TypeScript", "JavaScript", "GitHub", "GitHub Actions", "Node.js", "MDX", "Tailwind CSS",
    "Markdoc", "WordPress", "Storyblok", "PowerShell", "Windows PowerShell", "PowerShell Gallery",
    "PSReadLine", "PowerShellGet", "Visual Studio Code", "Azure PowerShell", ".NET", "macOS",
    "Homebrew", "OpenSSH", "Pester", "tldr-pages",
]

BENEFIT_STATEMENT = "Find the command you need and get back to work"
BENEFIT = [
    "in minutes", "step by step", "at a glance", "save time", "get started", "with confidence",
    "right away", "practical examples", "quick reference", "without leaving the terminal",
]

PHRASES = [
    ("astro-tagline", "The web framework for content-driven websites"),
    ("astro-islands", "Ship less JavaScript with islands of interactivity"),
    ("astro-content", "Content collections keep your Markdown type-safe"),
    ("astro-deploy", "Deploy your Astro site anywhere"),
    ("astro-fast", "Fast by default, with zero JavaScript on the client"),
    ("astro-ui", "Bring your own UI framework"),
    ("astro-server", "Render on demand when your content changes often"),
    ("astro-views", "Smooth page transitions with view transitions"),
    ("astro-images", "Optimized images with the built-in Image component"),
    ("astro-i18n", "Build multilingual sites with internationalized routing"),
    ("astro-starlight", "Starlight turns your Markdown into a documentation site"),
    ("astro-db", "Astro DB is a fully managed SQL database"),
    ("astro-integrations", "Add integrations with a single command"),
    ("astro-migrate", "Migrate an existing project to Astro one page at a time"),
    ("astro-community", "Join thousands of developers building with Astro"),
    ("astro-cli", "The Astro CLI creates a new project in seconds"),
    ("astro-types", "TypeScript support is built in"),
    ("tldr-tagline", "Collaborative cheatsheets for console commands"),
    ("tldr-simple", "Simplified and community-driven man pages"),
    ("tldr-examples", "Practical examples for everyday commands"),
    ("tldr-contribute", "Every page is written by the community"),
    ("tldr-offline", "Read the pages offline with any client"),
    ("tldr-short", "Short pages with the most common options"),
    ("tldr-platforms", "Pages for Linux, macOS, Windows and Android"),
    ("tldr-languages", "Translated into dozens of languages by volunteers"),
    ("tldr-style", "One command, a few examples, no wall of text"),
    ("tldr-client", "Pick a client for your terminal or your browser"),
    ("tldr-help", "Help is one command away"),
    ("ps-tagline", "PowerShell is a cross-platform task automation solution"),
    ("ps-shell", "A command-line shell, a scripting language and a configuration framework"),
    ("ps-objects", "PowerShell works with objects, not text"),
    ("ps-pipeline", "Pass objects down the pipeline from one cmdlet to the next"),
    ("ps-crossplatform", "Runs on Windows, Linux and macOS"),
    ("ps-modules", "Find and install modules from the PowerShell Gallery"),
    ("ps-remoting", "Manage remote computers with PowerShell remoting"),
    ("ps-dsc", "Desired State Configuration keeps your servers consistent"),
    ("ps-help", "Get-Help explains every cmdlet with examples"),
    ("ps-editor", "Write scripts in Visual Studio Code with the PowerShell extension"),
    ("ps-secure", "Sign your scripts and set an execution policy"),
    ("ps-automate", "Automate the tasks you repeat every day"),
    ("ps-verbs", "Approved verbs make every cmdlet easy to find"),
    ("ps-errors", "Handle errors with try, catch and finally"),
    ("ps-providers", "Browse the registry like a file system"),
    ("ps-jobs", "Run long tasks in the background with jobs"),
    ("ps-classes", "Define your own classes and enums"),
    ("ps-profile", "Customize your session with a profile script"),
    ("ps-readline", "PSReadLine gives you syntax coloring and history search"),
    ("ps-upgrade", "Upgrade from Windows PowerShell at your own pace"),
    ("ps-open", "PowerShell is open source on GitHub"),
    ("ps-learn", "Learn PowerShell one cmdlet at a time"),
]

CTA = [
    "Get started", "Install Astro", "Read the docs", "Try it in your browser",
    "Join our Discord", "Contribute a page", "Install PowerShell", "Start the tutorial",
]

CLAIMS = [
    "100x faster", "14 languages", "22% of users", "40% faster builds", "2,000+ commands",
    "7,000+ pages", "500+ integrations", "300+ themes", "50,000+ developers", "1M+ downloads",
    "99.9% uptime", "24/7 support", "30-day trial", "10x faster", "3x smaller pages",
    "5,000+ contributors", "40,000+ stars", "3 million installs", "200+ cmdlets", "10,000+ modules",
    "1,500 scripts", "60 seconds", "5 minutes", "1 million users", "90% of teams",
    "35 languages", "12,000+ sites", "80+ adapters", "250+ components", "4,000+ companies",
    "25 million downloads", "15,000+ packages", "600+ contributors", "50% smaller bundles",
    "20+ platforms", "9 out of 10 developers", "100,000+ projects", "70% less JavaScript",
    "1,000+ examples", "8,000 customers",
]

CHANNELS = """channels:
  cheatsheet: {paths: ["corpus/tldr/**"], require: [cta], max_words: 400, team: sales}
  guide: {paths: ["corpus/astro/**"], require: [benefit, cta, "phrase:astro-tagline"], team: marketing}
  reference: {paths: ["corpus/powershell/**"], require: [benefit], max_words: 6000, team: marketing}
"""

AUDIENCES = """audiences:
  learners: {paths: ["corpus/astro/**", "corpus/tldr/**"], avoid: ["simply", "obviously", "easily"]}
  admins: {paths: ["corpus/powershell/**"], avoid: ["newbie", "magic"], prefer: ["beginner", "automatic"]}
"""

# --- generated entries for the scaling guides -------------------------------------------------

HEADS = ["Nim", "Zor", "Quar", "Vel", "Tryx", "Lum", "Kap", "Orb", "Sol", "Dex", "Hal", "Pyx",
         "Ryn", "Tev", "Wex", "Yar", "Brix", "Cov", "Fen", "Jud", "Mox", "Plin", "Qet", "Strav"]
TAILS = ["bus", "vex", "ion", "ora", "ix", "ly", "io", "ara", "eon", "ant", "ura", "oto"]
WORDS = ["Cloud", "Studio", "Flow", "Hub", "Base", "Forge", "Kit", "Desk"]


def made_up_brands(n, taken):
    """N made-up product names in the shapes real ones take: one word, camel case, two words,
    dotted. Deterministic; none equals a taken name once case is folded."""
    out, seen, i = [], {t.casefold() for t in taken}, 0
    while len(out) < n:
        h, t = HEADS[i % len(HEADS)], TAILS[(i // len(HEADS)) % len(TAILS)]
        shape = (i // (len(HEADS) * len(TAILS)) + i) % 4
        if shape == 0:
            name = h + t
        elif shape == 1:
            name = h + t.capitalize() + WORDS[i % len(WORDS)]
        elif shape == 2:
            name = f"{h}{t} {WORDS[(i // 3) % len(WORDS)]}"
        else:
            name = f"{h}{t}.{['js', 'io', 'dev', 'NET'][i % 4]}"
        i += 1
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


UNITS = ["commands", "pages", "integrations", "themes", "developers", "downloads", "contributors",
         "stars", "installs", "cmdlets", "modules", "scripts", "users", "sites", "adapters",
         "components", "companies", "packages", "projects", "examples", "customers", "teams"]


def generated_claims(n, taken):
    """N distinct approved figures over the units the 40 real claims count (so the longer guide
    approves more figures of the same kinds, not new kinds). Deterministic."""
    out, i = [], 0
    seen = {c.casefold() for c in taken}
    while len(out) < n:
        unit = UNITS[i % len(UNITS)]
        number = 1000 + 37 * i
        text = f"{number:,}+ {unit}" if i % 3 == 0 else f"{number:,} {unit}"
        i += 1
        if text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return out


# --- writing ---------------------------------------------------------------------------------

def q(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def vocabulary_sections(path):
    """The `banned:` and `terms:` sections of a make_guide.py guide, verbatim."""
    lines, keep = [], False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith((" ", "-")):
                keep = line.startswith(("banned:", "terms:"))
            if keep:
                lines.append(line)
    if not lines:
        raise SystemExit(f"make_real_guides.py: no banned/terms sections in {path}")
    return "".join(lines)


def guide(title, vocab, brands=(), benefit=False, phrases=(), cta=(), claims=(), channels=False,
          audiences=False):
    out = [f"# {title}", "# Generated by bench/make_real_guides.py; do not edit.", "version: 1",
           "extends: [jargon, hype]", ""]
    if brands:
        out.append("brand:\n  names:")
        out.extend(f"    - {q(b)}" for b in brands)
    if benefit:
        out.append("benefit:")
        out.append(f"  statement: {q(BENEFIT_STATEMENT)}")
        out.append("  expressions: [" + ", ".join(q(e) for e in BENEFIT) + "]")
        out.append("  within_words: 300")
    if phrases:
        out.append("phrases:")
        out.extend(f"  - {{id: {pid}, text: {q(t)}}}" for pid, t in phrases)
    if cta:
        out.append("cta: [" + ", ".join(q(c) for c in cta) + "]")
    if claims:
        out.append("claims:\n  approved:")
        out.extend(f"    - {q(c)}" for c in claims)
    if channels:
        out.append(CHANNELS.rstrip())
    if audiences:
        out.append(AUDIENCES.rstrip())
    return "\n".join(out) + "\n" + vocab


def loads(onmessage, path, empty):
    run = subprocess.run([onmessage, "check", "--guide", path, "--format", "json", empty],
                         capture_output=True, text=True, env=dict(os.environ, NO_COLOR="1"))
    if run.returncode != 0:
        raise SystemExit(f"make_real_guides.py: onmessage rejects {path}:\n{run.stderr}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for a in ("--vocabulary", "--onmessage", "--outdir", "--stats"):
        ap.add_argument(a, required=True)
    args = ap.parse_args()
    vocab = vocabulary_sections(args.vocabulary)
    brands200 = BRANDS + made_up_brands(200 - len(BRANDS), BRANDS)
    claims2000 = CLAIMS + generated_claims(2000 - len(CLAIMS), CLAIMS)
    assert len(BRANDS) == 30 and len(BENEFIT) == 10 and len(PHRASES) == 50
    assert len(CTA) == 8 and len(CLAIMS) == 40
    guides = {
        "vocabulary.yml": guide("The Microsoft banned/preferred list and both packs", vocab),
        "full.yml": guide("A full guide for the tldr, Astro and PowerShell docs", vocab,
                          brands=BRANDS, benefit=True, phrases=PHRASES, cta=CTA, claims=CLAIMS,
                          channels=True, audiences=True),
        "brands.yml": guide("The vocabulary guide + 30 brand names", vocab, brands=BRANDS),
        "brands-200.yml": guide("The vocabulary guide + 200 brand names", vocab, brands=brands200),
        "claims.yml": guide("The vocabulary guide + 40 approved claims", vocab, claims=CLAIMS),
        "claims-2000.yml": guide("The vocabulary guide + 2,000 approved claims", vocab,
                                 claims=claims2000),
    }
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.md")
        open(empty, "w").close()
        for name, text in guides.items():
            path = os.path.join(args.outdir, name)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
            loads(args.onmessage, path, empty)
    stats = {"brands": len(BRANDS), "benefit_expressions": len(BENEFIT), "phrases": len(PHRASES),
             "cta": len(CTA), "claims": len(CLAIMS), "channels": 3, "audiences": 2,
             "brands_200_examples": brands200[30:36], "claims_2000_examples": claims2000[40:44]}
    with open(args.stats, "w", encoding="utf-8") as fh:
        json.dump(stats, fh, indent=1, ensure_ascii=False)
    print("make_real_guides.py: " + ", ".join(guides), file=sys.stderr)


if __name__ == "__main__":
    main()
