use super::*;

const DEMO_GUIDE: &str = "fixtures/demo/message-guide.yml";

fn demo() -> GuideSet {
    GuideSet::fixed(Path::new(DEMO_GUIDE)).expect("the demo guide loads")
}

fn draft(text: &str, channel: Option<&str>) -> DraftRequest {
    DraftRequest {
        text: text.to_string(),
        channel: channel.map(str::to_string),
        ..DraftRequest::default()
    }
}

fn rules(check: &DraftCheck) -> Vec<&str> {
    check
        .findings
        .iter()
        .map(|f| f.finding.rule.as_str())
        .collect()
}

/// From the demo's sales call script.
const SCRIPT: &str = "We've leveraged years of bench testing so our clients never have to wade through forty spec sheets. Offer the Coreforge 14 first.";

#[test]
fn a_draft_gets_the_findings_check_reports_with_utf16_places() {
    let guides = demo();
    // An emoji is two UTF-16 units and four bytes: the page's offsets count units.
    let text = format!("🙂 {SCRIPT}");
    let checked = check(&guides, &draft(&text, None)).expect("checked");
    assert_eq!(
        rules(&checked),
        ["banned-term", "preferred-term", "brand-name"]
    );
    for f in &checked.findings {
        let units: Vec<u16> = text.encode_utf16().collect();
        let shown = String::from_utf16(&units[f.start16..f.end16]).expect("whole characters");
        assert_eq!(shown, f.finding.matched);
    }
    assert_eq!(checked.words, 22);
    assert_eq!(checked.errors + checked.warnings, 3);
    assert!(checked.score.is_some());
}

#[test]
fn a_chosen_channel_brings_its_requirements() {
    let guides = demo();
    let none = check(&guides, &draft(SCRIPT, None)).expect("checked");
    assert!(!rules(&none).contains(&"missing-cta"));
    assert_eq!(none.requirements, 0);
    let script = check(&guides, &draft(SCRIPT, Some("sales-script"))).expect("checked");
    assert!(rules(&script).contains(&"missing-cta"));
    assert!(rules(&script).contains(&"missing-benefit"));
    assert_eq!((script.requirements, script.requirements_met), (2, 0));
    let with_cta = format!("{SCRIPT} Book a demo.");
    let met = check(&guides, &draft(&with_cta, Some("sales-script"))).expect("checked");
    assert_eq!(met.requirements_met, 1);
    assert!(
        met.score > script.score,
        "meeting a requirement raises the score"
    );
}

#[test]
fn an_unknown_channel_or_audience_is_refused_by_name() {
    let guides = demo();
    let err = check(&guides, &draft(SCRIPT, Some("sales-scripts"))).unwrap_err();
    assert_eq!(err, DraftError::UnknownChannel("sales-scripts".into()));
    let mut request = draft(SCRIPT, None);
    request.audience = Some("nobody".into());
    assert_eq!(
        check(&guides, &request).unwrap_err(),
        DraftError::UnknownAudience("nobody".into())
    );
}

#[test]
fn apply_all_safe_fixes_leaves_the_unsafe_ones() {
    let guides = demo();
    let fixed = fix_all_safe(&guides, &draft(SCRIPT, None)).expect("fixed");
    assert_eq!(fixed.applied, 2);
    assert_eq!(
        fixed.text,
        "We've leveraged years of bench testing so our customers never have to wade through forty spec sheets. Offer the CoreForge 14 first."
    );
}

#[test]
fn one_fix_applies_only_the_finding_asked_for() {
    let guides = demo();
    let request = draft(SCRIPT, None);
    let checked = check(&guides, &request).expect("checked");
    let leveraged = checked
        .findings
        .iter()
        .find(|f| f.finding.matched == "leveraged")
        .expect("the banned word");
    let which = FindingRef {
        rule: "banned-term".into(),
        start: leveraged.finding.start,
        end: leveraged.finding.end,
    };
    let fixed = fix_one(&guides, &request, &which).expect("fixed");
    assert_eq!(fixed.applied, 1);
    assert!(fixed
        .text
        .starts_with("We've used years of bench testing so our clients"));
    // The text changed since: the same finding is no longer there.
    let again = fix_one(&guides, &draft(&fixed.text, None), &which).unwrap_err();
    assert_eq!(again, DraftError::Stale);
}

#[test]
fn a_finding_without_a_fix_is_said_so() {
    let guides = demo();
    let text = "Our best-in-class laptops.";
    let checked = check(&guides, &draft(text, None)).expect("checked");
    let f = &checked.findings[0].finding;
    assert!(f.fix.is_none());
    let which = FindingRef {
        rule: f.rule.as_str().to_string(),
        start: f.start,
        end: f.end,
    };
    assert_eq!(
        fix_one(&guides, &draft(text, None), &which).unwrap_err(),
        DraftError::NoFix
    );
}

#[test]
fn an_uploaded_name_only_picks_the_kind() {
    assert_eq!(file_name(Some("../../etc/pitch.md")), "pitch.md");
    assert_eq!(file_name(Some("C:\\drafts\\sheet.txt")), "sheet.txt");
    assert_eq!(file_name(Some("..")), "draft.md");
    assert_eq!(file_name(Some("a\u{1b}[31m.md")), "a[31m.md");
    assert_eq!(file_name(None), "draft.md");
    // A `.txt` upload is plain text: Markdown syntax in it is prose.
    let guides = demo();
    let mut request = draft("`leverage` it", None);
    let md = check(&guides, &request).expect("checked");
    assert!(md.findings.is_empty(), "code in Markdown is not prose");
    request.name = Some("notes.txt".into());
    let txt = check(&guides, &request).expect("checked");
    assert_eq!(rules(&txt), ["banned-term"]);
}
