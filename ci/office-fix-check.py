#!/usr/bin/env python3
"""Check Word and PowerPoint files fixed by `onmessage check --fix` with the libraries writers'
tools use.

Usage: office-fix-check.py BEFORE_DIR AFTER_DIR

For sell-sheet.docx and deck.pptx in both folders: the fixed file opens in python-docx or
python-pptx, has the same paragraphs and runs with the same formatting, and each run's text is
the old text with the guide's one safe fix (client -> customer) applied, and nothing else.
Prints one line per difference and exits 1 if there is any.
"""

import os
import re
import sys

from docx import Document
from pptx import Presentation


def fixed(text):
    return re.sub(r"\bclient\b", "customer", text)


def font(f):
    return (f.bold, f.italic, f.underline, f.name, f.size)


def docx_runs(path):
    doc = Document(path)
    paragraphs = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for section in doc.sections:
        paragraphs.extend(section.header.paragraphs)
        paragraphs.extend(section.footer.paragraphs)
    return [
        [(run.text, font(run.font), run.style.name if run.style else None) for run in p.runs]
        for p in paragraphs
    ]


def pptx_runs(path):
    out = []
    for slide in Presentation(path).slides:
        frames = [s.text_frame for s in slide.shapes if s.has_text_frame]
        if slide.has_notes_slide:
            frames.append(slide.notes_slide.notes_text_frame)
        for frame in frames:
            for p in frame.paragraphs:
                out.append([(run.text, font(run.font), None) for run in p.runs])
    return out


def compare(name, before, after):
    problems = []
    if len(before) != len(after):
        return [f"{name}: {len(before)} paragraphs before, {len(after)} after"]
    changed = 0
    for i, (old, new) in enumerate(zip(before, after)):
        if len(old) != len(new):
            problems.append(f"{name}: paragraph {i}: {len(old)} runs before, {len(new)} after")
            continue
        for (text, fmt, style), (text2, fmt2, style2) in zip(old, new):
            if (fmt, style) != (fmt2, style2):
                problems.append(f"{name}: run {text!r}: formatting {fmt, style} became {fmt2, style2}")
            if text2 != fixed(text):
                problems.append(f"{name}: run {text!r} became {text2!r}")
            changed += text2 != text
    if changed == 0:
        problems.append(f"{name}: no run was fixed")
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: office-fix-check.py BEFORE_DIR AFTER_DIR")
    before, after = sys.argv[1:]
    problems = compare(
        "sell-sheet.docx",
        docx_runs(os.path.join(before, "sell-sheet.docx")),
        docx_runs(os.path.join(after, "sell-sheet.docx")),
    ) + compare(
        "deck.pptx",
        pptx_runs(os.path.join(before, "deck.pptx")),
        pptx_runs(os.path.join(after, "deck.pptx")),
    )
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
