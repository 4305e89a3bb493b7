#!/usr/bin/env python3
"""Make the Office and PDF fixtures with the libraries writers' tools use.

Usage: office-fixtures.py OUT_DIR
       office-fixtures.py --demo DEMO_DIR

--demo writes the demo's Office collateral instead (fixtures/demo, checked against its guide):
sell-sheets/student-laptops.docx, a Word sell sheet, and sales/small-office-deck.pptx, a
PowerPoint deck with the sales talk track in its speaker notes. Byte Harbor's own copy: most of
it on message, with the findings named in a comment where they are written.

Writes into OUT_DIR: sell-sheet.docx (python-docx: a heading, a table, a header and a footer,
footnote-like text, a comment that must not be read), deck.pptx (python-pptx: three slides
reordered in the deck so file names and presentation order differ, speaker notes), brief.odt
(a header and a footer) and pitch.odp (odfpy), two-page.pdf and scanned.pdf (reportlab: a text layer on two pages; an
image-only page), and bad/encrypted.pdf (reportlab, a user password). pilot.docx has a real footnote and a
text box (added to python-docx's output with its oxml layer and zipfile). suppressed/ holds a Word
file, a deck and an ODT whose comments and speaker notes hold suppression directives. The copy
is the formats guide's test copy: each finding is named in a comment where it is written.
"""

import datetime
import os
import sys
import zipfile

from docx import Document
from odf.opendocument import OpenDocumentPresentation, OpenDocumentText
from odf.draw import Frame, Page, TextBox
from odf.office import Annotation
from odf.presentation import Notes
from odf.style import Footer, Header, MasterPage, PageLayout, Style
from odf.text import H, P
from pptx import Presentation
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

DEMO_DATE = datetime.datetime(2026, 8, 3, 9, 0, 0)


def sell_sheet(path):
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Tidewater Analytics sell sheet"
    section.footer.paragraphs[0].text = "Synergy across every store."  # banned-term, footer
    doc.add_heading("TideSync for retail teams", level=1)
    body = doc.add_paragraph("TideSync gives every client one dashboard.")  # preferred-term
    doc.add_comment(body.runs, text="Add synergy here?", author="Reviewer")  # never read
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Plan"
    table.cell(0, 1).text = "Benefit"
    table.cell(1, 0).text = "Team"
    table.cell(1, 1).text = "World-class reporting for every store."  # banned-term, table
    doc.add_paragraph("Start your free trial today.")
    doc.add_paragraph("1 Figures from the spring pilot with three stores.")
    # preferred-term in a bold run of its own: --fix rewrites the run and keeps it bold.
    kept = doc.add_paragraph("Each ")
    kept.add_run("client").bold = True
    kept.add_run(" keeps their own data.")
    doc.save(path)


def deck(path):
    prs = Presentation()
    slides = []
    copy = [
        ("Why TideSync", "One dashboard for every store.", "Open with the pilot story."),  # + bold run below
        ("How it works", "Connect your registers in minutes.", "Stress the synergy with finance."),  # notes
        ("Book a demo", "A world-class onboarding team.", "Close on the demo."),  # slide text
    ]
    for title, body, notes in copy:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        slide.notes_slide.notes_text_frame.text = notes
        slides.append(slide)
    # preferred-term in an italic run of its own on the first slide made: --fix keeps it italic.
    paragraph = slides[0].placeholders[1].text_frame.add_paragraph()
    paragraph.add_run().text = "Each "
    run = paragraph.add_run()
    run.text = "client"
    run.font.italic = True
    paragraph.add_run().text = " sees the same numbers."
    # Writers reorder slides: the last slide made (slide3.xml) is shown first.
    ids = prs.slides._sldIdLst
    last = ids[-1]
    ids.remove(last)
    ids.insert(0, last)
    prs.save(path)


def brief(path):
    doc = OpenDocumentText()
    heading = H(outlinelevel=1, text="TideSync brief")
    doc.text.addElement(heading)
    para = P(text="Every client gets a world-class launch plan.")  # preferred-term, banned-term
    note = Annotation()
    note.addElement(P(text="Is synergy the right word?"))  # a comment: never read
    para.addElement(note)
    doc.text.addElement(para)
    doc.text.addElement(P(text="Start your free trial today."))
    # A header and footer on the default page style (styles.xml), read after the body.
    layout = PageLayout(name="Layout")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    header = Header()
    header.addElement(P(text="Tidewater Analytics brief"))
    master.addElement(header)
    footer = Footer()
    footer.addElement(P(text="Synergy in every store."))  # banned-term, footer
    master.addElement(footer)
    doc.masterstyles.addElement(master)
    doc.save(path)


def pitch(path):
    doc = OpenDocumentPresentation()
    layout = PageLayout(name="Layout")
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Default", pagelayoutname=layout)
    doc.masterstyles.addElement(master)
    style = Style(name="Frame", family="presentation")
    doc.automaticstyles.addElement(style)
    for title, notes in [
        ("TideSync keeps stores in step.", "Mention synergy only if asked."),  # notes
        ("Your client data stays yours.", "Close on the demo."),  # preferred-term, slide
    ]:
        page = Page(masterpagename=master)
        frame = Frame(width="20cm", height="3cm", x="1cm", y="1cm")
        box = TextBox()
        box.addElement(P(text=title))
        frame.addElement(box)
        page.addElement(frame)
        speaker = Notes()
        notes_frame = Frame(width="20cm", height="10cm", x="1cm", y="10cm")
        notes_box = TextBox()
        notes_box.addElement(P(text=notes))
        notes_frame.addElement(notes_box)
        speaker.addElement(notes_frame)
        page.addElement(speaker)
        doc.presentation.addElement(page)
    doc.save(path)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Every client counted stock twice a day.</w:t></w:r></w:p></w:footnote>
</w:footnotes>
"""


def structure_docx(path):
    """A real footnote and a text box, which python-docx cannot write: the document is made by
    python-docx, then the footnote reference and text box runs are added with its oxml layer and
    the footnotes part with zipfile, as Word lays them out."""
    from docx.oxml import parse_xml

    doc = Document()
    doc.add_heading("TideSync pilot results", level=1)
    counted = doc.add_paragraph("Stock counts matched in every store.")
    counted._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>'
        )
    )
    story = doc.add_paragraph("Read the full story below.")
    story._p.insert(
        1,
        parse_xml(
            f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
            "<v:textbox><w:txbxContent><w:p><w:r><w:t>A world-class pilot team.</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        ),
    )  # banned-term, in the text box
    doc.add_paragraph("Book a demo to see it.")
    doc.save(path)
    with zipfile.ZipFile(path) as old:
        entries = [(info, old.read(info.filename)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in entries:
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            new.writestr(info, data)
        new.writestr("word/footnotes.xml", FOOTNOTES)  # preferred-term, in the footnote


def suppressed_docx(path):
    doc = Document()
    doc.add_heading("TideSync partner program", level=1)
    tier = doc.add_paragraph("Our World-Class partners resell TideSync in every region.")
    doc.add_comment(
        tier.runs,
        text="onmessage-disable-next-line banned-term -- the partner tier's name",
        author="Content lead",
    )  # suppresses banned-term in this paragraph only
    doc.add_paragraph("World-class support comes with every plan.")  # banned-term, reported
    review = doc.add_paragraph("Every client gets a synergy review each quarter.")
    doc.add_comment(
        review.runs, text="onmessage-disable-line preferred-term", author="Content lead"
    )  # preferred-term suppressed; banned-term (synergy) reported
    # A customer quote over two paragraphs: one comment covers both.
    first = doc.add_paragraph("\u201cThe synergy between our stores and TideSync is real.")
    last = doc.add_paragraph("It is world-class.\u201d \u2014 a pilot store manager")
    doc.add_comment(
        [first.runs[0], last.runs[-1]],
        text="onmessage-disable-next-line banned-term -- customer quote, verbatim",
        author="Content lead",
    )
    trial = doc.add_paragraph("Start your free trial today.")
    doc.add_comment(
        trial.runs, text="onmessage-disable-next-line banned-term", author="Content lead"
    )  # unused-suppression
    demo = doc.add_paragraph("Book a demo today.")
    doc.add_comment(
        demo.runs, text="onmessage-disable-nextline banned-term", author="Content lead"
    )  # invalid-suppression
    doc.add_comment(demo.runs, text="Is synergy the right word?", author="Reviewer")  # never read
    doc.save(path)


def suppressed_deck(path):
    prs = Presentation()
    copy = [
        (
            "Partner tiers",
            "Our World-Class partners resell TideSync.",  # suppressed by the notes line
            "Introduce the partner tiers.\nonmessage-disable-next-line banned-term -- tier name",
        ),
        ("Support", "World-class support on every plan.", "Say synergy only once."),  # both reported
        (
            "Pilot",
            "Three stores ran the pilot.",
            "onmessage-disable banned-term",  # invalid-suppression: no range in notes
        ),
    ]
    for title, body, notes in copy:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        slide.notes_slide.notes_text_frame.text = notes
    prs.save(path)


def suppressed_odt(path):
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="TideSync partner program"))
    para = P(text="Our World-Class partners resell TideSync.")  # suppressed by its comment
    note = Annotation()
    note.addElement(P(text="onmessage-disable-next-line banned-term -- the tier's name"))
    para.addElement(note)
    doc.text.addElement(para)
    doc.text.addElement(P(text="World-class support comes with every plan."))  # banned-term
    doc.save(path)


def two_page_pdf(path, encrypt=None):
    pdf = canvas.Canvas(path, pagesize=A4, encrypt=encrypt, invariant=1)
    pdf.setFont("Helvetica", 14)
    pdf.drawString(72, 760, "TideSync for retail teams")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 730, "Every client sees stock levels as they change.")  # preferred-term, page 1
    pdf.showPage()
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 760, "Our world-class support team answers within an hour.")  # banned-term, page 2
    pdf.drawString(72, 730, "Book a demo at tidewater.example.")
    pdf.showPage()
    pdf.save()


def scanned_pdf(path):
    # An image-only page, as a scanner makes: shapes, no text layer.
    pdf = canvas.Canvas(path, pagesize=A4, invariant=1)
    for i in range(12):
        pdf.rect(72, 700 - i * 20, 300 + (i % 3) * 40, 8, fill=1, stroke=0)
    pdf.showPage()
    pdf.save()


def demo_sell_sheet(path):
    doc = Document()
    # Core properties are stamped with the time of the run by default: fixed here, so two runs
    # differ only in the zip entries' own timestamps.
    doc.core_properties.created = doc.core_properties.modified = DEMO_DATE
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Byte Harbor sell sheet: student laptops"
    section.footer.paragraphs[0].text = "ByteHarbor stores: 30-day returns on every laptop."  # brand-name, footer
    doc.add_heading("CoreForge 14 Student Edition", level=1)
    doc.add_paragraph(
        "Walk out sure you bought the right machine for the whole degree, not just the first "
        "semester. The CoreForge 14 Student Edition is $599: a 14-inch screen, 16 GB memory, "
        "a 512 GB SSD and a battery that lasts a full day of lectures."
    )
    table = doc.add_table(rows=3, cols=3)
    for row, cells in enumerate([
        ("Model", "Best for", "Price"),
        ("CoreForge 14 Student Edition", "Notes, essays, streaming", "$599"),
        ("CoreForge 14 Plus", "Coding and design courses", "$749"),  # unapproved-claim, table
    ]):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    doc.add_heading("Not sure which one?", level=2)
    doc.add_paragraph(
        "Ask for Three laptops in 60 seconds: tell us your course and how you work, and we set "
        "three models side by side so you can try the keyboards yourself."
    )
    extras = doc.add_paragraph(
        "Sleeves, mice and USB-C hubs from $15 at checkout, and a game-changing cooling pad "  # banned-term (hype)
        "for long exam weeks."
    )
    doc.add_comment(
        extras.runs, text="Is the Plus really $749? Cheap pads only, please.", author="Store manager"
    )  # a comment: never read
    doc.add_paragraph("Book a demo at the student desk, or bring your class list to any store.")
    doc.save(path)


def demo_deck(path):
    prs = Presentation()
    prs.core_properties.created = prs.core_properties.modified = DEMO_DATE
    copy = [
        (
            "CoreForge laptops for small offices",
            ["Walk out sure you bought the right machine for every desk."],
            "Open by asking how many people will use the laptops and who looks after them today.",
        ),
        (
            "The lineup",
            [
                "CoreForge B14: 14-inch screen, 16 GB memory, 1.3 kg",
                "CoreForge B15: full number pad, 32 GB memory",
                "CoreForge B16 Studio: color-accurate 16-inch screen",
            ],
            "Most offices pick the B14. We keep 1,500 laptops in stock, so a whole team can "
            "switch in one week.",
        ),
        (
            "Setup on us",
            [
                "Office software installed and files moved from the old machines",
                "Each laptop labeled with its user's name",
                "30-day returns, so the team can try a model first",
            ],
            # unapproved-claim and banned-term (jargon pack), both in the speaker notes
            "If they ask how fast, promise setup within 48 hours.\n"
            "Touch base a week after delivery to check every desk is running.",
        ),
        (
            "Next step",
            ["Three laptops in 60 seconds, on your own spreadsheets", "Visit your nearest store"],  # phrase-drift
            "Close on the visit: offer a time when the owner can bring one file to try on all three.",
        ),
    ]
    for title, lines, notes in copy:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = "\n".join(lines)
        slide.notes_slide.notes_text_frame.text = notes
    prs.save(path)


def demo(root):
    os.makedirs(os.path.join(root, "sell-sheets"), exist_ok=True)
    os.makedirs(os.path.join(root, "sales"), exist_ok=True)
    demo_sell_sheet(os.path.join(root, "sell-sheets", "student-laptops.docx"))
    demo_deck(os.path.join(root, "sales", "small-office-deck.pptx"))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--demo":
        demo(sys.argv[2])
        return
    if len(sys.argv) != 2:
        sys.exit("usage: office-fixtures.py OUT_DIR | --demo DEMO_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "bad"), exist_ok=True)
    os.makedirs(os.path.join(out, "suppressed"), exist_ok=True)
    sell_sheet(os.path.join(out, "sell-sheet.docx"))
    deck(os.path.join(out, "deck.pptx"))
    brief(os.path.join(out, "brief.odt"))
    pitch(os.path.join(out, "pitch.odp"))
    two_page_pdf(os.path.join(out, "two-page.pdf"))
    scanned_pdf(os.path.join(out, "scanned.pdf"))
    two_page_pdf(os.path.join(out, "bad", "encrypted.pdf"), encrypt="open-sesame")
    structure_docx(os.path.join(out, "pilot.docx"))
    suppressed_docx(os.path.join(out, "suppressed", "partners.docx"))
    suppressed_deck(os.path.join(out, "suppressed", "partners.pptx"))
    suppressed_odt(os.path.join(out, "suppressed", "partners.odt"))


if __name__ == "__main__":
    main()
