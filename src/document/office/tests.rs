//! Packages built here, byte by byte: what is read, what is skipped, and what is refused.

use super::*;
use crate::document::location::SlidePart;
use crate::limits::MAX_XML_DEPTH;
use std::io::Write;
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

fn package(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, body) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

fn docx(body: &str) -> Vec<u8> {
    package(&[(
        "word/document.xml",
        &format!("<w:document {W}><w:body>{body}</w:body></w:document>"),
    )])
}

#[test]
fn word_text_boxes_are_read_once_and_headings_marked() {
    let body = r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Plans</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Best </w:t></w:r><w:r><w:t>in class</w:t></w:r>
        <w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent></mc:Choice>
        <mc:Fallback><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>
        <w:p><w:r><w:delText>deleted</w:delText><w:instrText>PAGE</w:instrText></w:r></w:p>"#;
    let out = extract(Kind::Docx, &docx(body)).unwrap().unwrap();
    assert_eq!(out.text, "Plans\n\nIn the box\n\nBest in class\n\n");
    assert_eq!(out.headings.first(), Some(&(0..5)));
    assert_eq!(out.headings.len(), 1);
    let at = |needle: &str| out.locations().at(out.text.find(needle).unwrap()).cloned();
    assert_eq!(at("Best"), Some(Location::Paragraph { paragraph: 3 }));
    assert_eq!(at("In the box"), Some(Location::Paragraph { paragraph: 2 }));
}

#[test]
fn slides_follow_the_presentation_not_the_file_names() {
    let slide = |text: &str| {
        format!(
            r#"<p:sld xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp>
            <p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:fld><a:t>7</a:t></a:fld></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
        )
    };
    let notes = r#"<p:notes xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr></p:sp>
        <p:sp><p:nvSpPr><p:nvPr><p:ph type="body"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>Say this</a:t></a:r></a:p></p:txBody></p:sp>
        <p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>2</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>"#;
    let bytes = package(&[
        (
            "ppt/presentation.xml",
            r#"<p:presentation xmlns:p="p" xmlns:r="r"><p:sldIdLst><p:sldId id="257" r:id="rId9"/><p:sldId id="256" r:id="rId8"/></p:sldIdLst></p:presentation>"#,
        ),
        (
            "ppt/_rels/presentation.xml.rels",
            r#"<Relationships><Relationship Id="rId8" Target="slides/slide1.xml"/><Relationship Id="rId9" Target="/ppt/slides/slide2.xml"/></Relationships>"#,
        ),
        ("ppt/slides/slide1.xml", &slide("Made first")),
        ("ppt/slides/slide2.xml", &slide("Shown first")),
        (
            "ppt/slides/_rels/slide2.xml.rels",
            r#"<Relationships><Relationship Id="rId2" Type="http://x/notesSlide" Target="../notesSlides/notesSlide1.xml"/></Relationships>"#,
        ),
        ("ppt/notesSlides/notesSlide1.xml", notes),
    ]);
    let out = extract(Kind::Pptx, &bytes).unwrap().unwrap();
    assert_eq!(out.text, "Shown first\n\nSay this\n\nMade first\n\n");
    let at = |needle: &str| out.locations().at(out.text.find(needle).unwrap()).cloned();
    let slide = |slide, part| Some(Location::Slide { slide, part });
    assert_eq!(at("Say this"), slide(1, SlidePart::Notes));
    assert_eq!(at("Made first"), slide(2, SlidePart::Slide));
    assert_eq!(out.markers[1], (13, "slide 1 (notes)".to_string()));
    assert_eq!(out.headings.len(), 2);
}

#[test]
fn external_entities_and_doctypes_are_never_resolved() {
    let xml = format!(
        r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY hi "synergy">]>
        <w:document {W}><w:body><w:p><w:r><w:t>Hello &xxe; &hi; &amp; &#65;</w:t></w:r></w:p></w:body></w:document>"#
    );
    let out = extract(Kind::Docx, &package(&[("word/document.xml", &xml)]))
        .unwrap()
        .unwrap();
    assert_eq!(out.text, "Hello & A\n\n");
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_inflated() {
    // 80 MiB of one letter deflates to well under a megabyte.
    let huge = format!(
        "<w:document {W}><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
        "a".repeat(80 * 1024 * 1024)
    );
    let bytes = package(&[("word/document.xml", &huge)]);
    assert!(bytes.len() < 1024 * 1024);
    let err = extract(Kind::Docx, &bytes).unwrap().unwrap_err();
    assert!(matches!(err, Unreadable::TooLarge(_)), "{err}");
    assert!(err.to_string().contains("zip bomb"), "{err}");
}

#[test]
fn deep_nesting_and_bad_packages_are_named() {
    let deep = format!(
        "<w:document {W}>{}{}</w:document>",
        "<w:sdt>".repeat(MAX_XML_DEPTH + 1),
        "</w:sdt>".repeat(MAX_XML_DEPTH + 1)
    );
    let err = extract(Kind::Docx, &package(&[("word/document.xml", &deep)]))
        .unwrap()
        .unwrap_err();
    assert!(err.to_string().contains("nests elements"), "{err}");
    let err = extract(Kind::Docx, b"Plain text saved as .docx")
        .unwrap()
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("not a valid Word file (not a zip package"),
        "{err}"
    );
    let err = extract(Kind::Pptx, &package(&[("other.xml", "<a/>")]))
        .unwrap()
        .unwrap_err();
    assert!(
        err.to_string().contains("it has no ppt/presentation.xml"),
        "{err}"
    );
    let err = extract(Kind::Pdf, b"%PDF-1.4 not really")
        .unwrap()
        .unwrap_err();
    assert!(err.to_string().starts_with("not a valid PDF file"), "{err}");
    assert!(extract(Kind::Markdown, b"# text").is_none());
}

#[test]
fn opendocument_skips_comments_and_footnote_numbers() {
    let content = r#"<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>
        <text:h>Brief</text:h><text:p>One<text:s text:c="2"/>client<office:annotation><text:p>synergy?</text:p></office:annotation>
        plan<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>A note.</text:p></text:note-body></text:note></text:p>
        </office:text></office:body></office:document-content>"#;
    let out = extract(Kind::Odt, &package(&[("content.xml", content)]))
        .unwrap()
        .unwrap();
    assert_eq!(out.text, "Brief\n\nA note.\n\nOne client plan\n\n");
    assert_eq!(out.headings.first(), Some(&(0..5)));
    assert_eq!(out.headings.len(), 1);
}

#[test]
fn relationship_targets_resolve_against_their_folder() {
    assert_eq!(
        package::resolve("ppt/slides", "../notesSlides/n1.xml"),
        "ppt/notesSlides/n1.xml"
    );
    assert_eq!(
        package::resolve("ppt", "/ppt/slides/s.xml"),
        "ppt/slides/s.xml"
    );
    assert_eq!(
        package::resolve("", "word/document.xml"),
        "word/document.xml"
    );
}

#[test]
fn the_channel_property_is_read_from_the_custom_properties() {
    let custom = r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
        <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Owner"><vt:lpwstr>sales</vt:lpwstr></property>
        <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="onmessage-channel"><vt:lpwstr>email</vt:lpwstr></property>
        </Properties>"#;
    let body = format!(
        "<w:document {W}><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>"
    );
    let bytes = package(&[
        ("word/document.xml", &body),
        ("docProps/custom.xml", custom),
    ]);
    let out = extract(Kind::Docx, &bytes).unwrap().unwrap();
    assert_eq!(out.channel.as_deref(), Some("email"));
    let plain = extract(Kind::Docx, &docx("<w:p><w:r><w:t>Hi</w:t></w:r></w:p>"))
        .unwrap()
        .unwrap();
    assert_eq!(plain.channel, None);
}

#[test]
fn runs_map_only_literal_text_inside_runs_and_outside_fields() {
    let body = r#"<w:p><w:r><w:t xml:space="preserve">Every cli</w:t></w:r><w:r><w:t>ent &amp; more</w:t></w:r></w:p>
        <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Field text</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
        <w:p><w:r><w:t>Plain  words</w:t></w:r></w:p>"#;
    let out = extract(Kind::Docx, &docx(body)).unwrap().unwrap();
    assert_eq!(
        out.text,
        "Every client & more\n\nField text\n\nPlain words\n\n"
    );
    let span = |needle: &str| {
        let at = out.text.find(needle).unwrap();
        out.runs
            .span_of(&(at..at + needle.len()))
            .map(|s| s.text.clone())
    };
    assert_eq!(span("Every cli"), Some(0..9));
    assert_eq!(span("client"), None, "across two runs");
    assert_eq!(span("ent "), Some(9..13), "up to the reference");
    assert_eq!(span("&"), None);
    assert_eq!(span("Field"), None, "inside a field");
    // A double space read as one is not mapped: the words either side are separate spans.
    let plain = out.text.find("Plain").unwrap();
    assert_eq!(span("Plain"), Some(plain..plain + 5));
    assert_eq!(span("Plain words"), None);
}
