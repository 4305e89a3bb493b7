//! Precision on real text nobody here wrote: the labelled findings in `tests/precision/`
//! (Astro and PowerShell docs from the benchmark corpus, and PostHog marketing pages kept outside
//! the repository (see `SOURCES.md`), each labelled before any tuning) are matched against what the
//! binary reports today. Prints per-rule precision on the tuning and held-out
//! halves, labelled safe fixes that damage text, labelled findings that disappeared and new
//! ones; fails when a rule falls below its floor in `tests/precision/floors.yml` (today's
//! measured values; `floors-marketing.yml` for the marketing set) or more labelled safe fixes
//! damage text than recorded there. The issue's
//! target (0.97 tool-precision for rules with 20+ labels, no damaging safe fix) is printed as
//! MET / NOT MET and does not fail yet, per set here and pooled over every set in
//! `precision/pooled.rs` (which holds the pooled figures to `floors-pooled.yml`).

mod common;
#[path = "precision/labelled_text.rs"]
mod labelled_text;
#[path = "precision/pooled.rs"]
mod pooled;

use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::process::Command;

#[derive(Deserialize)]
struct Labels {
    findings: Vec<Labelled>,
    /// Findings the sampling left out, by file (`rule@start`); `labels-tuning-extra.yml` carries
    /// them inline, `labels.yml` in `unsampled.yml`.
    #[serde(default)]
    unsampled: HashMap<String, Vec<String>>,
    /// The commit after which this set's held-out half was read and tuned on (see `SOURCES.md`,
    /// "What has been read since"): its tool errors are then listed like the tuning half's.
    #[serde(default)]
    read_since: Option<String>,
}

#[derive(Deserialize)]
struct Labelled {
    file: String,
    guide: String,
    half: String,
    rule: String,
    start: u64,
    matched: String,
    suggestion: Option<String>,
    fix: Option<String>,
    label: String,
    fix_verdict: Option<String>,
    reason: Option<String>,
    /// The line the finding was read on, quoted as evidence.
    line: Option<String>,
}

#[derive(Deserialize)]
struct Floors {
    /// Most labelled safe fixes that may damage text (today's count; the target is 0).
    damaging_safe_fixes_max: usize,
    /// Per rule: lowest tool-precision and strict precision over both halves.
    rules: BTreeMap<String, Floor>,
}

#[derive(Deserialize)]
struct Floor {
    tool: f64,
    strict: f64,
}

/// One current finding, keyed like a label.
struct Current {
    fix: Option<(String, String)>,
}

type Key = (String, String, u64, String);

const TARGET: f64 = 0.97;
/// What is printed instead of a line of an unread held-out set.
const HIDDEN: &str = "(held out and unread: not shown)";
const TARGET_MIN_LABELS: usize = 20;
/// Not a precision question (a region the tool could not read), as in collect.py.
const SKIP_RULES: [&str; 1] = ["partial-check"];

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A safe fix never rewrites part of a token joined by a hyphen, slash, dot or underscore
/// (`tailwind-nimbus`, `repo-updater`): it may be a name.
fn assert_no_safe_fix_in_a_joined_token(dir: &Path, f: &Value) {
    let path = dir.join(f["path"].as_str().unwrap_or_default());
    let text = read(&path);
    let (start, end) = (
        f["start"].as_u64().unwrap_or(0) as usize,
        f["end"].as_u64().unwrap_or(0) as usize,
    );
    let joiner = |c: char| matches!(c, '-' | '/' | '.' | '_');
    let mut before = text[..start].chars().rev();
    let mut after = text[end..].chars();
    let joined_before =
        before.next().is_some_and(joiner) && before.next().is_some_and(char::is_alphanumeric);
    let joined_after =
        after.next().is_some_and(joiner) && after.next().is_some_and(char::is_alphanumeric);
    assert!(
        !joined_before && !joined_after,
        "a safe fix inside a joined token: {} {:?} at {start}",
        path.display(),
        f["matched"]
    );
}

/// Runs the binary with one guide on `files` (relative to `dir`); findings by label key.
fn check(dir: &Path, guide: &Path, files: &[&str]) -> Vec<(Key, Current)> {
    let mut args = vec![
        "check",
        "--guide",
        guide.to_str().unwrap(),
        "--format",
        "json",
    ];
    args.extend_from_slice(files);
    let run = common::run_in(dir, &args);
    assert!(
        run.code == 0 || run.code == 1,
        "check failed: {}",
        run.stderr
    );
    let json = run.json();
    let mut out = Vec::new();
    // One span, one finding: two findings at the same text (not whole-file ones) are a bug.
    let mut spans = std::collections::HashSet::new();
    for f in json["findings"].as_array().expect("findings") {
        let span = (
            f["path"].to_string(),
            f["start"].as_u64(),
            f["end"].as_u64(),
        );
        assert!(
            span.1 == span.2 || spans.insert(span.clone()),
            "two findings at one span: {span:?}"
        );
        if f["fix"]["applicability"] == "safe" {
            assert_no_safe_fix_in_a_joined_token(dir, f);
        }
    }
    for f in json["findings"].as_array().expect("findings") {
        let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
        let fix = match &f["fix"] {
            Value::Null => None,
            fix => Some((
                fix["applicability"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                // The edit at the match itself (a fix may also adjust an article before it).
                fix["edits"]
                    .as_array()
                    .and_then(|edits| {
                        edits
                            .iter()
                            .find(|e| e["start"] == f["start"])
                            .or(edits.first())
                    })
                    .and_then(|e| e["replacement"].as_str())
                    .unwrap_or_default()
                    .to_string(),
            )),
        };
        if SKIP_RULES.contains(&f["rule"].as_str().unwrap_or_default()) {
            continue;
        }
        let key = (
            s("path"),
            s("rule"),
            f["start"].as_u64().unwrap_or(0),
            s("matched"),
        );
        out.push((key, Current { fix }));
    }
    out
}

#[derive(Default)]
struct Tally {
    labelled: usize,
    reported: usize,
    correct: usize,
    guides_call: usize,
    tool_error_gone: usize,
    good_gone: usize,
}

impl Tally {
    fn tool(&self) -> f64 {
        ratio(self.correct + self.guides_call, self.reported)
    }
    fn strict(&self) -> f64 {
        ratio(self.correct, self.reported)
    }
}

/// Precision over the labelled findings still reported; a rule with none left is precise.
fn ratio(good: usize, all: usize) -> f64 {
    if all == 0 {
        1.0
    } else {
        good as f64 / all as f64
    }
}

/// What the labelled set measures against the current findings.
#[derive(Default)]
struct Measured {
    tallies: BTreeMap<(String, String), Tally>,
    damaging: Vec<String>,
    changed_fixes: Vec<String>,
    /// Labelled findings whose fix is no longer offered, with the labelled verdict of that fix
    /// (a withdrawn damaging fix is a gain, a withdrawn good one a loss).
    withdrawn_fixes: Vec<(String, bool)>,
    misses: Vec<String>,
    new: Vec<String>,
    /// Labelled tool errors still reported: the work left.
    errors_left: Vec<String>,
}

/// Runs every guide of `labels` on its labelled files, which live under `dir`, after checking
/// that those files hold the labelled text.
fn current_findings(dir: &Path, here: &Path, labels: &Labels) -> HashMap<Key, Current> {
    let quotes = labels.findings.iter().map(|l| labelled_text::Quote {
        file: &l.file,
        start: l.start,
        matched: &l.matched,
        line: l.line.as_deref(),
    });
    let differences = labelled_text::differences(dir, quotes);
    assert!(
        differences.is_empty(),
        "the corpus under {} is not the labelled text (rebuild it as tests/precision/SOURCES.md says):\n{}",
        dir.display(),
        differences.join("\n")
    );
    let mut current: HashMap<Key, Current> = HashMap::new();
    let guides: BTreeSet<&str> = labels.findings.iter().map(|l| l.guide.as_str()).collect();
    for guide in guides {
        let gfiles: BTreeSet<&str> = labels
            .findings
            .iter()
            .filter(|l| l.guide == guide)
            .map(|l| l.file.as_str())
            .collect();
        let gfiles: Vec<&str> = gfiles.into_iter().collect();
        let path = here.join(format!("guides/{guide}.yml"));
        current.extend(check(dir, &path, &gfiles));
    }
    current
}

fn measure(
    labels: &Labels,
    current: &HashMap<Key, Current>,
    unsampled: &HashMap<String, Vec<String>>,
) -> Measured {
    let mut m = Measured::default();
    let mut known: BTreeSet<(String, String, u64)> = BTreeSet::new();
    for l in &labels.findings {
        known.insert((l.file.clone(), l.rule.clone(), l.start));
        let key = (l.file.clone(), l.rule.clone(), l.start, l.matched.clone());
        for half in [l.half.as_str(), "both"] {
            let t = m
                .tallies
                .entry((l.rule.clone(), half.to_string()))
                .or_default();
            t.labelled += 1;
            match (current.get(&key), l.label.as_str()) {
                (None, "tool-error") => t.tool_error_gone += 1,
                (None, _) => t.good_gone += 1,
                (Some(_), "correct") => (t.reported, t.correct) = (t.reported + 1, t.correct + 1),
                (Some(_), "guides-call") => {
                    (t.reported, t.guides_call) = (t.reported + 1, t.guides_call + 1)
                }
                (Some(_), _) => t.reported += 1,
            }
        }
        // Only the tuning half's are listed (and a held-out half's once it has been read): held-out
        // errors are counted, not shown, so nobody tunes on them by reading this output.
        let listed = l.half == "tuning" || labels.read_since.is_some();
        // Nor any other line of an unread held-out finding: a miss, a changed or damaging fix.
        let shown = |line: String| if listed { line } else { HIDDEN.to_string() };
        if current.contains_key(&key) && l.label == "tool-error" && listed {
            m.errors_left.push(format!(
                "{} [{}] {} {:?} ({})",
                l.file,
                l.half,
                l.rule,
                l.matched,
                l.reason.as_deref().unwrap_or("tool error")
            ));
        }
        let Some(now) = current.get(&key) else {
            if l.label != "tool-error" {
                m.misses.push(shown(format!(
                    "{} {} {:?} ({})",
                    l.file, l.rule, l.matched, l.label
                )));
            }
            continue;
        };
        if now.fix.is_none() && l.fix.is_some() {
            let damaging = l.fix_verdict.as_deref() == Some("damages");
            m.withdrawn_fixes.push((
                shown(format!(
                    "{} {} {:?} -> {:?} ({})",
                    l.file,
                    l.rule,
                    l.matched,
                    l.suggestion.as_deref().unwrap_or_default(),
                    if damaging { "damaged" } else { "was ok" }
                )),
                damaging,
            ));
        }
        if let Some((applicability, replacement)) = &now.fix {
            let same = Some(replacement) == l.suggestion.as_ref() && l.fix.is_some();
            if !same {
                m.changed_fixes.push(shown(format!(
                    "{} {} {:?} -> {replacement:?}",
                    l.file, l.rule, l.matched
                )));
            } else if applicability == "safe" && l.fix_verdict.as_deref() == Some("damages") {
                m.damaging.push(shown(format!(
                    "{} {} {:?} -> {replacement:?} ({})",
                    l.file,
                    l.rule,
                    l.matched,
                    l.reason.as_deref().unwrap_or("damages the text")
                )));
            }
        }
    }
    let unread_files: BTreeSet<&str> = labels
        .findings
        .iter()
        .filter(|l| l.half == "held-out" && labels.read_since.is_none())
        .map(|l| l.file.as_str())
        .collect();
    for (file, rule, start, matched) in current.keys() {
        let listed = unsampled
            .get(file)
            .is_some_and(|v| v.contains(&format!("{rule}@{start}")));
        if !listed && !known.contains(&(file.clone(), rule.clone(), *start)) {
            // A new finding in an unread held-out file is labelled by someone who does not
            // tune: only its count is shown.
            m.new.push(if unread_files.contains(file.as_str()) {
                HIDDEN.to_string()
            } else {
                format!("{file} {rule} @{start} {matched:?}")
            });
        }
    }
    m.new.sort();
    m
}

/// The report, printed at once so two tests running in parallel do not interleave lines.
fn print_report(title: &str, m: &Measured) {
    use std::fmt::Write;
    let mut out = format!("== {title}\n");
    let o = &mut out;
    let _ = writeln!(
        o,
        "rule               half      labelled reported  tool  strict  gone(tool-error/good)"
    );
    for ((rule, half), t) in &m.tallies {
        let _ = writeln!(
            o,
            "{rule:<18} {half:<9} {:>8} {:>8}  {:.3}  {:.3}  {}/{}",
            t.labelled,
            t.reported,
            t.tool(),
            t.strict(),
            t.tool_error_gone,
            t.good_gone
        );
    }
    let _ = writeln!(
        o,
        "labelled safe fixes that damage text: {}",
        m.damaging.len()
    );
    for d in m.damaging.iter().take(15) {
        let _ = writeln!(o, "  {d}");
    }
    let _ = writeln!(
        o,
        "labelled tool errors still reported (tuning and read halves): {}",
        m.errors_left.len()
    );
    for e in &m.errors_left {
        let _ = writeln!(o, "  {e}");
    }
    let _ = writeln!(
        o,
        "labelled good findings that disappeared (misses): {}",
        m.misses.len()
    );
    for x in &m.misses {
        let _ = writeln!(o, "  {x}");
    }
    let _ = writeln!(
        o,
        "fixes changed since labelling (relabel): {}",
        m.changed_fixes.len()
    );
    for c in m.changed_fixes.iter().take(15) {
        let _ = writeln!(o, "  {c}");
    }
    let damaging_withdrawn = m.withdrawn_fixes.iter().filter(|(_, d)| *d).count();
    let _ = writeln!(
        o,
        "labelled fixes withdrawn since labelling: {} ({damaging_withdrawn} damaged, {} were ok)",
        m.withdrawn_fixes.len(),
        m.withdrawn_fixes.len() - damaging_withdrawn
    );
    for (w, _) in m.withdrawn_fixes.iter().filter(|(_, d)| !d).take(15) {
        let _ = writeln!(o, "  {w}");
    }
    let _ = writeln!(
        o,
        "new unlabelled findings in labelled files: {}",
        m.new.len()
    );
    for n in m.new.iter().take(15) {
        let _ = writeln!(o, "  {n}");
    }
    // The target, reported but not enforced yet.
    for ((rule, half), t) in &m.tallies {
        if half == "both" && t.labelled >= TARGET_MIN_LABELS {
            let met = if t.tool() >= TARGET { "MET" } else { "NOT MET" };
            let _ = writeln!(
                o,
                "target {rule}: tool-precision {:.3} >= {TARGET}: {met}",
                t.tool()
            );
        }
    }
    let met = if m.damaging.is_empty() {
        "MET"
    } else {
        "NOT MET"
    };
    let _ = writeln!(o, "target: no labelled safe fix damages text: {met}");
    print!("{out}");
}

/// Every floor the measured set falls below, and too many damaging safe fixes.
fn floor_failures(m: &Measured, floors: &Floors) -> Vec<String> {
    let mut failures = Vec::new();
    for (rule, floor) in &floors.rules {
        let t = &m.tallies[&(rule.clone(), "both".to_string())];
        if t.tool() + 1e-9 < floor.tool || t.strict() + 1e-9 < floor.strict {
            failures.push(format!(
                "{rule}: tool {:.3} (floor {:.3}), strict {:.3} (floor {:.3})",
                t.tool(),
                floor.tool,
                t.strict(),
                floor.strict
            ));
        }
    }
    if m.damaging.len() > floors.damaging_safe_fixes_max {
        failures.push(format!(
            "{} labelled safe fixes damage text (at most {})",
            m.damaging.len(),
            floors.damaging_safe_fixes_max
        ));
    }
    failures
}

/// The benchmark archive, or `None` (with a notice) when it is absent outside CI.
fn corpus_archive() -> Option<std::path::PathBuf> {
    let archive = common::root().join("../shared/bench/corpus.tar.gz");
    if archive.is_file() {
        return Some(archive);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the benchmark corpus is missing at ../shared/bench/corpus.tar.gz (required in CI)"
    );
    eprintln!("notice: ../shared/bench/corpus.tar.gz not found; precision test not run");
    None
}

/// Measures one labelled set of the documentation corpus against its floors: only its labelled
/// files are extracted and checked, so the test stays fast in debug.
fn measure_documentation_set(
    title: &str,
    labels: &Labels,
    unsampled: &HashMap<String, Vec<String>>,
    floors: &Floors,
) {
    let Some(m) = measured_documentation(labels, unsampled) else {
        return;
    };
    print_report(title, &m);
    assert_floors(title, &m, floors);
}

/// What one labelled set of the documentation corpus measures today, `None` without the corpus.
fn measured_documentation(
    labels: &Labels,
    unsampled: &HashMap<String, Vec<String>>,
) -> Option<Measured> {
    let archive = corpus_archive()?;
    let here = common::root().join("tests/precision");
    let files: BTreeSet<&str> = labels.findings.iter().map(|l| l.file.as_str()).collect();
    let tmp = tempfile::tempdir().expect("temp dir");
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&archive)
        .arg("-C")
        .arg(tmp.path())
        .args(&files)
        .status()
        .expect("tar runs");
    assert!(status.success(), "extracting the labelled files failed");

    let current = current_findings(tmp.path(), &here, labels);
    Some(measure(labels, &current, unsampled))
}

/// Fails the test when `m` falls below `floors`.
fn assert_floors(title: &str, m: &Measured, floors: &Floors) {
    let failures = floor_failures(m, floors);
    assert!(
        failures.is_empty(),
        "precision regressed on {title}:\n{}",
        failures.join("\n")
    );
}

#[test]
fn precision_on_labelled_real_text() {
    let here = common::root().join("tests/precision");
    let labels: Labels = serde_yaml::from_str(&read(&here.join("labels.yml"))).expect("labels");
    let unsampled: HashMap<String, Vec<String>> =
        serde_yaml::from_str(&read(&here.join("unsampled.yml"))).expect("unsampled");
    let floors: Floors = serde_yaml::from_str(&read(&here.join("floors.yml"))).expect("floors");
    measure_documentation_set(
        "documentation: Astro and PowerShell docs (labels.yml)",
        &labels,
        &unsampled,
        &floors,
    );
}

/// More tuning data for the word rules: other files of the tuning half (see `SOURCES.md`).
#[test]
fn precision_on_extra_tuning_text() {
    let here = common::root().join("tests/precision");
    let labels: Labels =
        serde_yaml::from_str(&read(&here.join("labels-tuning-extra.yml"))).expect("labels");
    assert!(
        labels.findings.iter().all(|l| l.half == "tuning"),
        "labels-tuning-extra.yml holds tuning-half findings only"
    );
    let floors: Floors =
        serde_yaml::from_str(&read(&here.join("floors-tuning-extra.yml"))).expect("floors");
    measure_documentation_set(
        "documentation, extra tuning findings (labels-tuning-extra.yml)",
        &labels,
        &labels.unsampled,
        &floors,
    );
}

/// The fresh held-out set: findings of held-out-half files in no earlier set, labelled with the
/// build of 227700e before the tuning that followed (see `SOURCES.md`).
#[test]
fn precision_on_fresh_held_out_text() {
    let here = common::root().join("tests/precision");
    let labels: Labels =
        serde_yaml::from_str(&read(&here.join("labels-holdout.yml"))).expect("labels");
    assert!(
        labels.findings.iter().all(|l| l.half == "held-out"),
        "labels-holdout.yml holds held-out findings only"
    );
    let floors: Floors =
        serde_yaml::from_str(&read(&here.join("floors-holdout.yml"))).expect("floors");
    measure_documentation_set(
        "documentation, fresh held-out findings (labels-holdout.yml)",
        &labels,
        &labels.unsampled,
        &floors,
    );
}

/// Where the marketing corpus is (the folder holding `marketing/contents/…`, the paths
/// `labels-marketing.yml` uses): `ONMESSAGE_MARKETING_CORPUS` when set, else `tests/precision`
/// when a copy sits in `tests/precision/marketing/`, else `../shared/bench` beside the repository.
/// Without any, the set is not measured and the test says so (see `SOURCES.md`).
fn marketing_corpus() -> Option<std::path::PathBuf> {
    let has_pages = |dir: &Path| dir.join("marketing/contents").is_dir();
    if let Some(dir) = std::env::var_os("ONMESSAGE_MARKETING_CORPUS") {
        let dir = std::path::PathBuf::from(dir);
        return has_pages(&dir).then_some(dir);
    }
    [
        common::root().join("tests/precision"),
        common::root().join("../shared/bench"),
    ]
    .into_iter()
    .find(|dir| has_pages(dir))
}

/// Measures one labelled set of marketing pages against its floors, when the pages are here.
fn measure_marketing_set(title: &str, labels: &str, floors: &str) {
    let here = common::root().join("tests/precision");
    let labels: Labels = serde_yaml::from_str(&read(&here.join(labels))).expect("labels");
    let floors: Floors = serde_yaml::from_str(&read(&here.join(floors))).expect("floors");
    let Some(m) = measured_marketing(title, &labels) else {
        return;
    };
    print_report(title, &m);
    assert_floors(title, &m, &floors);
}

/// What one labelled set of marketing pages measures today, `None` (said on stdout) without them.
fn measured_marketing(title: &str, labels: &Labels) -> Option<Measured> {
    let here = common::root().join("tests/precision");
    let Some(corpus) = marketing_corpus() else {
        println!(
            "{title}: NOT MEASURED: no marketing/contents under ONMESSAGE_MARKETING_CORPUS, tests/precision or ../shared/bench (see tests/precision/SOURCES.md)"
        );
        return None;
    };
    let current = current_findings(&corpus, &here, labels);
    Some(measure(labels, &current, &labels.unsampled))
}

/// Every finding of the marketing set is labelled: any other is new.
#[test]
fn precision_on_labelled_marketing_text() {
    measure_marketing_set(
        "marketing: PostHog pages (labels-marketing.yml)",
        "labels-marketing.yml",
        "floors-marketing.yml",
    );
}

/// The fresh marketing held-out set: other PostHog pages, labelled with the build of 227700e
/// before the tuning that followed (see `SOURCES.md`).
#[test]
fn precision_on_fresh_held_out_marketing_text() {
    measure_marketing_set(
        "marketing, fresh held-out pages (labels-marketing-holdout.yml)",
        "labels-marketing-holdout.yml",
        "floors-marketing-holdout.yml",
    );
}

/// The third fresh marketing held-out set: founder, product-engineer and newsletter pages in no
/// earlier set, labelled with the build of 5cc0929 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_third_held_out_marketing_text() {
    measure_marketing_set(
        "marketing, third held-out pages (labels-marketing-holdout3.yml)",
        "labels-marketing-holdout3.yml",
        "floors-marketing-holdout3.yml",
    );
}

/// The fourth fresh marketing held-out set: founder, product-engineer and newsletter pages in no
/// earlier set, labelled with the build of 0cdbc32 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_fourth_held_out_marketing_text() {
    measure_marketing_set(
        "marketing, fourth held-out pages (labels-marketing-holdout4.yml)",
        "labels-marketing-holdout4.yml",
        "floors-marketing-holdout4.yml",
    );
}

/// The fifth fresh marketing held-out set: newsletter, founder and product-engineer pages in no
/// earlier set, labelled with the build of 1f20126 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_fifth_held_out_marketing_text() {
    measure_marketing_set(
        "marketing, fifth held-out pages (labels-marketing-holdout5.yml)",
        "labels-marketing-holdout5.yml",
        "floors-marketing-holdout5.yml",
    );
}

/// The second marketing tuning set: other PostHog pages (spotlight, founders, product-engineers,
/// newsletter), labelled with the build of 74a32de to tune on (see `SOURCES.md`).
#[test]
fn precision_on_marketing_tuning_text() {
    measure_marketing_set(
        "marketing, second tuning set (labels-marketing-tuning2.yml)",
        "labels-marketing-tuning2.yml",
        "floors-marketing-tuning2.yml",
    );
}

/// The handbook set: PostHog handbook pages, half tuning and half held out (see `SOURCES.md`).
#[test]
fn precision_on_handbook_text() {
    measure_marketing_set(
        "handbook: PostHog handbook pages (labels-handbook.yml)",
        "labels-handbook.yml",
        "floors-handbook.yml",
    );
}

/// The sixth held-out set: another company's pages (Fleet's case studies and announcements),
/// checked with a guide written from Fleet's own writing rules, labelled with the build of 128dd69
/// before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_sixth_held_out_fleet_text() {
    measure_marketing_set(
        "Fleet articles, sixth held-out set (labels-fleet-holdout6.yml)",
        "labels-fleet-holdout6.yml",
        "floors-fleet-holdout6.yml",
    );
}

/// The seventh held-out set: a third company's pages (Supabase's customer stories and company
/// news), checked with a guide written from Supabase's own word list, labelled with the build of
/// 2825a3f before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_seventh_held_out_supabase_text() {
    measure_marketing_set(
        "Supabase pages, seventh held-out set (labels-supabase-holdout7.yml)",
        "labels-supabase-holdout7.yml",
        "floors-supabase-holdout7.yml",
    );
}

/// The eighth held-out set: a fourth company's pages (Electric's blog: release and company
/// announcements and other posts), checked with a guide written from Electric's own blog review
/// rules, labelled with the build of ded9627 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_eighth_held_out_electric_text() {
    measure_marketing_set(
        "Electric blog, eighth held-out set (labels-electric-holdout8.yml)",
        "labels-electric-holdout8.yml",
        "floors-electric-holdout8.yml",
    );
}

/// The ninth held-out set: a fifth company's pages (Gitpod's blog and changelog), checked with a
/// guide written from Gitpod's own site, labelled with the build of b5f1535 before any tuning on
/// them (see `SOURCES.md`).
#[test]
fn precision_on_ninth_held_out_gitpod_text() {
    measure_marketing_set(
        "Gitpod blog, ninth held-out set (labels-gitpod-holdout9.yml)",
        "labels-gitpod-holdout9.yml",
        "floors-gitpod-holdout9.yml",
    );
}

/// The tenth held-out set: a sixth company's pages (FerretDB's blog: release and company
/// announcements and other posts), checked with a guide written from FerretDB's own pages outside
/// its blog, labelled with the build of 0e5ac73 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_tenth_held_out_ferretdb_text() {
    measure_marketing_set(
        "FerretDB blog, tenth held-out set (labels-ferretdb-holdout10.yml)",
        "labels-ferretdb-holdout10.yml",
        "floors-ferretdb-holdout10.yml",
    );
}

/// The eleventh held-out set: a seventh company's pages (the blogs of Rspack and of its sibling
/// Rsbuild, ByteDance's web infrastructure team's: release announcements rich in figures), checked
/// with a guide written from Rspack's own pages outside its blog, labelled with the build of
/// 0e5ac73 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_eleventh_held_out_rspack_text() {
    measure_marketing_set(
        "Rspack and Rsbuild blogs, eleventh held-out set (labels-rspack-holdout11.yml)",
        "labels-rspack-holdout11.yml",
        "floors-rspack-holdout11.yml",
    );
}

/// The twelfth held-out set: an eighth company's pages (the blogs of Vite and of its sibling
/// Vitest, VoidZero's: release announcements rich in downloads, contributor counts and speed-ups),
/// checked with a guide written from Vite's own pages outside its blog, labelled with the build of
/// 0e5ac73 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_twelfth_held_out_vite_text() {
    measure_marketing_set(
        "Vite and Vitest blogs, twelfth held-out set (labels-vite-holdout12.yml)",
        "labels-vite-holdout12.yml",
        "floors-vite-holdout12.yml",
    );
}

/// The thirteenth held-out set: a ninth company's pages (the blog of highlight.io, Highlight Inc.'s
/// open-source monitoring product, which sells plans: launch-week and feature announcements,
/// engineering posts and guides), checked with a guide written from Highlight's own pages outside
/// its blog (its prices and allowances approved), labelled with the build of 2bf11f7 before any
/// tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_thirteenth_held_out_highlight_text() {
    measure_marketing_set(
        "highlight.io blog, thirteenth held-out set (labels-highlight-holdout13.yml)",
        "labels-highlight-holdout13.yml",
        "floors-highlight-holdout13.yml",
    );
}

/// The fourteenth held-out set: a tenth company's pages (the Nuxt blog, NuxtLabs' open-source Vue
/// framework, whose team sells enterprise support: release and product announcements rich in
/// speed-ups, contributor and module counts, and a few other posts), checked with a guide written
/// from nuxt.com's own pages outside its blog (the home page's figures approved), labelled with
/// the build of ff7e3de before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_fourteenth_held_out_nuxt_text() {
    measure_marketing_set(
        "Nuxt blog, fourteenth held-out set (labels-nuxt-holdout14.yml)",
        "labels-nuxt-holdout14.yml",
        "floors-nuxt-holdout14.yml",
    );
}

/// The fifteenth held-out set: an eleventh company's pages (the Linkerd blog, the CNCF service
/// mesh whose creator, Buoyant, sells its enterprise distribution and support: release, benchmark
/// and announcement posts rich in latency and resource comparisons, contributor counts and
/// adoption, and a few other posts), checked with a guide written from linkerd.io's own pages
/// outside its blog (the home page's figures approved), labelled with the build of fdfb7a9 before
/// any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_fifteenth_held_out_linkerd_text() {
    measure_marketing_set(
        "Linkerd blog, fifteenth held-out set (labels-linkerd-holdout15.yml)",
        "labels-linkerd-holdout15.yml",
        "floors-linkerd-holdout15.yml",
    );
}

/// The sixteenth held-out set: a twelfth company's pages (the Tilt blog, the microservice
/// development environment whose makers, Windmill Engineering, sold Tilt Cloud and its team
/// features before Docker acquired them: every second post of the blog and a sixth of the rest,
/// how-tos, release news and essays), checked with a guide written from tilt.build's own pages
/// outside its blog (the header's and docs' figures approved), labelled with the build of e2f4d19
/// before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_sixteenth_held_out_tilt_text() {
    measure_marketing_set(
        "Tilt blog, sixteenth held-out set (labels-tilt-holdout16.yml)",
        "labels-tilt-holdout16.yml",
        "floors-tilt-holdout16.yml",
    );
}

/// The seventeenth held-out set: a thirteenth company's pages (QuestDB's blog and tutorials, the
/// open source time series database whose makers sell QuestDB Enterprise with support: all 35
/// posts, benchmarks, release news, engineering essays and how-tos), checked with a guide written
/// from questdb.io's own pages outside its blog (the landing page's and benchmark page's figures
/// approved), labelled with the build of 75d6ab7 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_seventeenth_held_out_questdb_text() {
    measure_marketing_set(
        "QuestDB blog and tutorials, seventeenth held-out set (labels-questdb-holdout17.yml)",
        "labels-questdb-holdout17.yml",
        "floors-questdb-holdout17.yml",
    );
}

/// The eighteenth held-out set: a fourteenth company's (project's) pages (the Cilium blog, the
/// eBPF-based networking, observability and security project created by Isovalent, now part of
/// Cisco, which sells Isovalent Enterprise for Cilium: its release posts, user stories, survey,
/// CNCF and year-in-review posts), checked with a guide written from cilium.io's own pages outside
/// its blog (the use-case pages' and a lab's figures approved), labelled with the build of 64cb1ca
/// before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_eighteenth_held_out_cilium_text() {
    measure_marketing_set(
        "Cilium blog, eighteenth held-out set (labels-cilium-holdout18.yml)",
        "labels-cilium-holdout18.yml",
        "floors-cilium-holdout18.yml",
    );
}

/// The nineteenth held-out set: a fifteenth company's pages (the Tembo blog, the start-up that
/// sells Tembo Cloud, managed Postgres with hobby, production and self-hosted plans: its
/// announcements, funding news, benchmarks, how-tos and extension posts), checked with a guide
/// written from tembo.io's own pages outside its blog (the landing, pricing and docs pages'
/// figures approved), labelled with the build of 6563a14 before any tuning on them (see
/// `SOURCES.md`).
#[test]
fn precision_on_nineteenth_held_out_tembo_text() {
    measure_marketing_set(
        "Tembo blog, nineteenth held-out set (labels-tembo-holdout19.yml)",
        "labels-tembo-holdout19.yml",
        "floors-tembo-holdout19.yml",
    );
}

/// The twentieth held-out set: a sixteenth company's pages (the Vespa blog, Vespa.ai, the company
/// spun out of Yahoo that sells Vespa Cloud: its engineering and benchmark posts, newsletters,
/// product updates, funding and brand news, user stories), checked with a guide written from
/// vespa.ai's own pages outside its blog and Vespa Cloud's pricing page (the press releases',
/// getting-started box's and prices' figures approved), labelled with the build of c9593d4 before
/// any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_twentieth_held_out_vespa_text() {
    measure_marketing_set(
        "Vespa blog, twentieth held-out set (labels-vespa-holdout20.yml)",
        "labels-vespa-holdout20.yml",
        "floors-vespa-holdout20.yml",
    );
}

/// The twenty-first held-out set: a seventeenth company's pages (the Milvus blog, Zilliz, the
/// company that created and maintains Milvus and sells Zilliz Cloud: its release, engineering and
/// benchmark posts, tutorials and user stories), checked with a guide written from milvus.io's own
/// pages outside its blog (the landing page's and intro page's downloads, stars, speed-up and
/// index-count figures approved), labelled with the build of 01a3642 before any tuning on them
/// (see `SOURCES.md`).
#[test]
fn precision_on_twenty_first_held_out_milvus_text() {
    measure_marketing_set(
        "Milvus blog, twenty-first held-out set (labels-milvus-holdout21.yml)",
        "labels-milvus-holdout21.yml",
        "floors-milvus-holdout21.yml",
    );
}

/// The twenty-second held-out set: an eighteenth company's pages (the GoReleaser blog, whose
/// maker sells GoReleaser Pro: its release announcements, tutorials and guest posts), checked with
/// a guide written from goreleaser.com's own pages outside its blog (the Pro page's plan prices
/// approved), labelled with the build of d4c3798 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_twenty_second_held_out_goreleaser_text() {
    measure_marketing_set(
        "GoReleaser blog, twenty-second held-out set (labels-goreleaser-holdout22.yml)",
        "labels-goreleaser-holdout22.yml",
        "floors-goreleaser-holdout22.yml",
    );
}

/// The twenty-third held-out set: a nineteenth company's pages (the Kyverno blog, the policy
/// engine for Kubernetes created by Nirmata, which sells Nirmata Enterprise for Kyverno: its
/// release announcements, security audits, tutorials, partner and mentorship posts), checked with
/// a guide written from kyverno.io's own pages outside its blog (the landing page's adoption
/// figure approved), labelled with the build of 81670a1 before any tuning on them (see
/// `SOURCES.md`).
#[test]
fn precision_on_twenty_third_held_out_kyverno_text() {
    measure_marketing_set(
        "Kyverno blog, twenty-third held-out set (labels-kyverno-holdout23.yml)",
        "labels-kyverno-holdout23.yml",
        "floors-kyverno-holdout23.yml",
    );
}

/// The twenty-fourth held-out set: a twentieth company's pages (the Vitess blog, the
/// MySQL-compatible database clustering system whose maintainers' company PlanetScale sells the
/// PlanetScale database built on it: its release announcements, engineering posts, weekly digests
/// of Slack discussions, event recaps, user stories and mentorship posts), checked with a guide
/// written from vitess.io's own pages outside its blog (no figure approved), labelled with the
/// build of bf8c78b before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_twenty_fourth_held_out_vitess_text() {
    measure_marketing_set(
        "Vitess blog, twenty-fourth held-out set (labels-vitess-holdout24.yml)",
        "labels-vitess-holdout24.yml",
        "floors-vitess-holdout24.yml",
    );
}

/// The twenty-fifth held-out set: a twenty-first company's pages (the Falco blog, the cloud native
/// runtime security tool created by Sysdig, which sells rule feeds and enterprise support for it:
/// its release announcements, project news, tutorials, partner, training and mentorship posts),
/// checked with a guide written from falco.org's own pages outside its blog (the project facts and
/// the download count approved), labelled with the build of 5683578 before any tuning on them
/// (see `SOURCES.md`).
#[test]
fn precision_on_twenty_fifth_held_out_falco_text() {
    measure_marketing_set(
        "Falco blog, twenty-fifth held-out set (labels-falco-holdout25.yml)",
        "labels-falco-holdout25.yml",
        "floors-falco-holdout25.yml",
    );
}

/// The twenty-sixth held-out set: a twenty-second company's pages (the Flux blog, the GitOps
/// continuous delivery tool for Kubernetes first created at Weaveworks, whose maintainers'
/// employer ControlPlane sells the Enterprise Distribution for Flux: its monthly updates, release
/// announcements, security, event and user posts), checked with a guide written from fluxcd.io's
/// own pages outside its blog (no figure approved), labelled with the build of 25b819b before any
/// tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_twenty_sixth_held_out_flux_text() {
    measure_marketing_set(
        "Flux blog, twenty-sixth held-out set (labels-flux-holdout26.yml)",
        "labels-flux-holdout26.yml",
        "floors-flux-holdout26.yml",
    );
}

/// The twenty-seventh held-out set: a twenty-third company's pages (the Kubewarden blog, the
/// policy engine for Kubernetes originally developed at Rancher by SUSE, which sells Rancher Prime:
/// its release announcements, feature and policy posts, yearly wrap-ups, security notes, event and
/// mentorship posts), checked with a guide written from kubewarden.io's own pages outside its blog
/// (no figure approved), labelled with the build of 7b9481b before any tuning on them (see
/// `SOURCES.md`).
#[test]
fn precision_on_twenty_seventh_held_out_kubewarden_text() {
    measure_marketing_set(
        "Kubewarden blog, twenty-seventh held-out set (labels-kubewarden-holdout27.yml)",
        "labels-kubewarden-holdout27.yml",
        "floors-kubewarden-holdout27.yml",
    );
}

/// The twenty-eighth held-out set: a twenty-fourth company's pages (the gRPC blog, the RPC
/// framework created by Google, which sells the cloud products it runs on: its release and
/// project announcements, engineering and performance posts, conference posts and user stories),
/// checked with a guide written from grpc.io's own pages outside its blog (one figure approved),
/// labelled with the build of 1fbcc95 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_twenty_eighth_held_out_grpc_text() {
    measure_marketing_set(
        "gRPC blog, twenty-eighth held-out set (labels-grpc-holdout28.yml)",
        "labels-grpc-holdout28.yml",
        "floors-grpc-holdout28.yml",
    );
}

/// The twenty-ninth held-out set: a twenty-fifth company's pages (the Electron blog, the desktop
/// app framework created at GitHub and maintained by companies that ship it, Microsoft,
/// Slack/Salesforce and Notion among them: its release announcements, app and user stories,
/// internals and security posts, ecosystem and community news), checked with a guide written
/// from electronjs.org's own pages outside its blog (two figures approved), labelled with the
/// build of 1fbcc95 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_twenty_ninth_held_out_electron_text() {
    measure_marketing_set(
        "Electron blog, twenty-ninth held-out set (labels-electron-holdout29.yml)",
        "labels-electron-holdout29.yml",
        "floors-electron-holdout29.yml",
    );
}

/// The thirtieth held-out set: a twenty-sixth company's pages (the Node.js blog, the JavaScript
/// runtime of the OpenJS Foundation, whose site sends users of end-of-life versions to the
/// commercial support its partners sell: its announcements, community and event posts, security
/// advisories, weekly updates and early npm and module posts; the generated release changelogs
/// left out), checked with a guide written from nodejs.org's own pages outside its blog (one
/// figure approved), labelled with the build of 6d78763 before any tuning on them (see
/// `SOURCES.md`).
#[test]
fn precision_on_thirtieth_held_out_nodejs_text() {
    measure_marketing_set(
        "Node.js blog, thirtieth held-out set (labels-nodejs-holdout30.yml)",
        "labels-nodejs-holdout30.yml",
        "floors-nodejs-holdout30.yml",
    );
}

/// The thirty-first held-out set: a twenty-seventh company's pages (the React Native blog, the
/// framework for native apps with React created at Meta and maintained by Meta with companies
/// that ship it, Microsoft, Expo, Software Mansion and Callstack among them: its release
/// announcements, monthly and open source updates, Hermes, architecture and accessibility posts,
/// tutorials and contributor summit reports), checked with a guide written from reactnative.dev's
/// own pages outside its blog (one figure approved), labelled with the build of 65fbe86 before any
/// tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_thirty_first_held_out_reactnative_text() {
    measure_marketing_set(
        "React Native blog, thirty-first held-out set (labels-reactnative-holdout31.yml)",
        "labels-reactnative-holdout31.yml",
        "floors-reactnative-holdout31.yml",
    );
}

/// The thirty-second held-out set: a twenty-eighth company's pages (the OpenTelemetry blog, the
/// CNCF's observability framework, with posts from the vendors that sell products built on it,
/// from its end users and from its SIGs: its release and stability announcements, SIG and
/// community news, end-user stories and interviews, surveys' results, events and how-tos),
/// checked with a guide written from opentelemetry.io's own pages outside its blog (three figures
/// approved), labelled with the build of 5a33fd4 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_thirty_second_held_out_opentelemetry_text() {
    measure_marketing_set(
        "OpenTelemetry blog, thirty-second held-out set (labels-opentelemetry-holdout32.yml)",
        "labels-opentelemetry-holdout32.yml",
        "floors-opentelemetry-holdout32.yml",
    );
}

/// The thirty-third held-out set: a twenty-ninth company's pages (the Knative blog, the CNCF's
/// serverless layer for Kubernetes started at Google, with posts from its maintainers, its
/// Steering Committee, vendors' engineers and end users: its release announcements, articles and
/// how-tos, events and governance news), checked with a guide written from knative.dev's own
/// pages outside its blog (no figure approved), labelled with the build of aca3d31 before any
/// tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_thirty_third_held_out_knative_text() {
    measure_marketing_set(
        "Knative blog, thirty-third held-out set (labels-knative-holdout33.yml)",
        "labels-knative-holdout33.yml",
        "floors-knative-holdout33.yml",
    );
}

/// The thirty-fourth held-out set: a thirtieth company's pages (the KubeVirt blog, the CNCF's
/// virtual machine management on Kubernetes, with posts from its maintainers and contributors:
/// its release notes and weekly updates, labs and how-tos, events and community news), checked
/// with a guide written from kubevirt.io's own pages outside its blog (the quickstarts' two
/// default deployment counts approved), labelled with the build of 013dd02 before any tuning on
/// them (see `SOURCES.md`).
#[test]
fn precision_on_thirty_fourth_held_out_kubevirt_text() {
    measure_marketing_set(
        "KubeVirt blog, thirty-fourth held-out set (labels-kubevirt-holdout34.yml)",
        "labels-kubevirt-holdout34.yml",
        "floors-kubevirt-holdout34.yml",
    );
}

/// The thirty-fifth held-out set: a thirty-first company's pages (the Prometheus blog, the CNCF's
/// open source metrics and monitoring, with posts from its maintainers and users: release
/// announcements, user interviews, conference recaps, feature deep dives and community news),
/// checked with a guide written from prometheus.io's own pages outside its blog (the landing
/// page's "100% open source" approved), labelled with the build of f9b8026 before any tuning on
/// them (see `SOURCES.md`).
#[test]
fn precision_on_thirty_fifth_held_out_prometheus_text() {
    measure_marketing_set(
        "Prometheus blog, thirty-fifth held-out set (labels-prometheus-holdout35.yml)",
        "labels-prometheus-holdout35.yml",
        "floors-prometheus-holdout35.yml",
    );
}

/// The thirty-sixth held-out set: a thirty-second company's pages (the Dapr blog, the CNCF's
/// Distributed Application Runtime, with posts from its maintainers, adopters and community:
/// release announcements, adopters' stories, governance and community news, events, security
/// audits and how-tos), checked with a guide written from dapr.io's and the docs' own pages
/// outside its blog (the landing page's "30%" productivity figure approved), labelled with the
/// build of a9e4711 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_thirty_sixth_held_out_dapr_text() {
    measure_marketing_set(
        "Dapr blog, thirty-sixth held-out set (labels-dapr-holdout36.yml)",
        "labels-dapr-holdout36.yml",
        "floors-dapr-holdout36.yml",
    );
}

/// The thirty-seventh held-out set: a thirty-third company's pages (the Kubeflow blog, the CNCF's
/// foundation of tools for AI platforms on Kubernetes, with posts from its maintainers,
/// contributors and users: release announcements, user surveys, subproject launches, Google
/// Summer of Code reports, events and community news), checked with a guide written from
/// kubeflow.org's own pages outside its blog (the landing page's three figure cards approved),
/// labelled with the build of b49afc3 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_thirty_seventh_held_out_kubeflow_text() {
    measure_marketing_set(
        "Kubeflow blog, thirty-seventh held-out set (labels-kubeflow-holdout37.yml)",
        "labels-kubeflow-holdout37.yml",
        "floors-kubeflow-holdout37.yml",
    );
}

/// The thirty-eighth held-out set: a thirty-fourth company's pages (the Strimzi blog, the CNCF's
/// operators for Apache Kafka on Kubernetes, with posts from its maintainers, contributors and
/// adopters: release announcements, how-to and tuning guides, StrimziCon announcements and
/// roundups, survey results and adopters' stories), checked with a guide written from strimzi.io's
/// own pages outside its blog (no figure approved), labelled with the build of 3e66b9d before any
/// tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_thirty_eighth_held_out_strimzi_text() {
    measure_marketing_set(
        "Strimzi blog, thirty-eighth held-out set (labels-strimzi-holdout38.yml)",
        "labels-strimzi-holdout38.yml",
        "floors-strimzi-holdout38.yml",
    );
}

/// The thirty-ninth held-out set: a thirty-fifth company's pages (the wasmCloud blog, the CNCF's
/// WebAssembly application platform, with posts from its maintainers, contributors and adopters:
/// release announcements, roadmap recaps, how-to guides, event previews and roundups, talk
/// transcripts and adopters' stories), checked with a guide written from wasmcloud.com's own pages
/// outside its blog and the project's Vale style (no figure approved), labelled with the build of
/// 2593436 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_thirty_ninth_held_out_wasmcloud_text() {
    measure_marketing_set(
        "wasmCloud blog, thirty-ninth held-out set (labels-wasmcloud-holdout39.yml)",
        "labels-wasmcloud-holdout39.yml",
        "floors-wasmcloud-holdout39.yml",
    );
}

/// The fortieth held-out set: a thirty-sixth company's pages (the OpenFeature blog, the CNCF's
/// open specification for feature flagging, with posts from its maintainers, contributors,
/// vendors and adopters: SDK and specification announcements, how-to posts, event previews and
/// recaps, contributor spotlights and adopters' stories), checked with a guide written from
/// openfeature.dev's own pages outside its blog and its community pages (no figure approved),
/// labelled with the build of b15eabd before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_fortieth_held_out_openfeature_text() {
    measure_marketing_set(
        "OpenFeature blog, fortieth held-out set (labels-openfeature-holdout40.yml)",
        "labels-openfeature-holdout40.yml",
        "floors-openfeature-holdout40.yml",
    );
}

/// The forty-first held-out set: a thirty-seventh company's pages (the KEDA blog, the CNCF's
/// Kubernetes event-driven autoscaler, with posts from its maintainers, partners and adopters:
/// release announcements, adopters' and partners' stories, scaler announcements, project news and
/// notices), checked with a guide written from keda.sh's own pages outside its blog (the landing
/// page's '70+ built-in scalers' approved), labelled with the build of c4c47fc before any tuning
/// on them (see `SOURCES.md`).
#[test]
fn precision_on_forty_first_held_out_keda_text() {
    measure_marketing_set(
        "KEDA blog, forty-first held-out set (labels-keda-holdout41.yml)",
        "labels-keda-holdout41.yml",
        "floors-keda-holdout41.yml",
    );
}

/// The forty-second held-out set: a thirty-eighth company's pages (the Contour blog, the CNCF's
/// Envoy-based ingress controller for Kubernetes, with posts from its maintainers: release
/// announcements, feature walk-throughs, project news and community notices; the Helm blog, the
/// brief's first choice, is not Apache-2.0 licensed), checked with a guide written from the
/// site's own pages outside its blog (no figure approved: the landing page states none), labelled
/// with the build of f8cc01a before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_forty_second_held_out_contour_text() {
    measure_marketing_set(
        "Contour blog, forty-second held-out set (labels-contour-holdout42.yml)",
        "labels-contour-holdout42.yml",
        "floors-contour-holdout42.yml",
    );
}

/// The forty-third held-out set: a thirty-ninth company's pages (the Helm blog, the CNCF's
/// package manager for Kubernetes, with posts from its maintainers: release announcements,
/// security notices, project and governance news, event previews and recaps and the Helm 3 and
/// Helm 4 series), checked with a guide written from helm.sh's own pages outside its blog (the
/// landing page's 'community of over 400 developers' and '800+ Charts' approved), labelled with
/// the build of 4ff1e07 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_forty_third_held_out_helm_text() {
    measure_marketing_set(
        "Helm blog, forty-third held-out set (labels-helm-holdout43.yml)",
        "labels-helm-holdout43.yml",
        "floors-helm-holdout43.yml",
    );
}

/// The forty-fourth held-out set: a fortieth project's pages (the Rust blog, the Rust project's
/// main blog: release announcements, security advisories, survey results, project and
/// governance news, team and working-group updates), checked with a guide written from
/// www.rust-lang.org's own pages, not the blog (the community page's 'more than 90 Meetups ...
/// in over 35 countries' approved), labelled before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_forty_fourth_held_out_rust_text() {
    measure_marketing_set(
        "Rust blog, forty-fourth held-out set (labels-rust-holdout44.yml)",
        "labels-rust-holdout44.yml",
        "floors-rust-holdout44.yml",
    );
}

/// The forty-fifth held-out set: a forty-first project's pages (the Nushell blog: release notes,
/// "This week in Nushell" updates, survey results, project news and design previews), checked
/// with a guide written from nushell.sh's own pages outside the blog (no figure approved: the
/// pages state none about Nushell), labelled with the build of 4a1763c before any tuning on them
/// (see `SOURCES.md`).
#[test]
fn precision_on_forty_fifth_held_out_nushell_text() {
    measure_marketing_set(
        "Nushell blog, forty-fifth held-out set (labels-nushell-holdout45.yml)",
        "labels-nushell-holdout45.yml",
        "floors-nushell-holdout45.yml",
    );
}

/// The forty-sixth held-out set: a forty-second project's pages (the Podman blog: release news,
/// how-tos, talks, "Podman posts of interest" round-ups and project news), checked with a guide
/// written from podman.io's own pages outside the blog (no figure approved: the pages state none
/// about Podman), labelled with the build of d8cd5b5 before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_forty_sixth_held_out_podman_text() {
    measure_marketing_set(
        "Podman blog, forty-sixth held-out set (labels-podman-holdout46.yml)",
        "labels-podman-holdout46.yml",
        "floors-podman-holdout46.yml",
    );
}

/// The forty-seventh held-out set: a forty-third project's pages (the Chaos Mesh blog, all 30
/// English posts: project news, releases, how-tos, user stories, mentorship reports and Q&A),
/// checked with a guide written from the Chaos Mesh site's own pages outside the blog (no figure
/// approved: the pages state none about Chaos Mesh), labelled with the build of eba2219's sources
/// (version string abf9fe4) before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_forty_seventh_held_out_chaosmesh_text() {
    measure_marketing_set(
        "Chaos Mesh blog, forty-seventh held-out set (labels-chaosmesh-holdout47.yml)",
        "labels-chaosmesh-holdout47.yml",
        "floors-chaosmesh-holdout47.yml",
    );
}

/// The forty-eighth held-out set: a forty-fourth project's pages (the KubeEdge blog, all 36
/// English posts: project news, releases, how-tos, user stories, mentorship reports, a scalability
/// report and security posts), checked with a guide written from the KubeEdge site's own pages
/// outside the blog (no figure approved: the one figure the pages state holds no claim for the
/// loader), labelled with the build of 208272d before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_forty_eighth_held_out_kubeedge_text() {
    measure_marketing_set(
        "KubeEdge blog, forty-eighth held-out set (labels-kubeedge-holdout48.yml)",
        "labels-kubeedge-holdout48.yml",
        "floors-kubeedge-holdout48.yml",
    );
}

/// The forty-ninth held-out set: a forty-fifth project's pages (the Karmada blog, all 21 English
/// posts: releases, a scalability test report, a user story, a security audit's results and the
/// adopter group's welcome posts), checked with a guide written from the Karmada site's own pages
/// outside the blog (no figure approved: the pages state none about Karmada's scale or results),
/// labelled with the build of 5f4c8ed before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_forty_ninth_held_out_karmada_text() {
    measure_marketing_set(
        "Karmada blog, forty-ninth held-out set (labels-karmada-holdout49.yml)",
        "labels-karmada-holdout49.yml",
        "floors-karmada-holdout49.yml",
    );
}

/// The fiftieth held-out set: a forty-sixth project's pages (the Volcano blog, all 28 English
/// posts: releases, user stories and case studies, project news, a community programme, a
/// security audit's results and a sub-project's introduction), checked with a guide written from
/// the Volcano site's own pages outside the blog (no figure approved: the pages state none about
/// Volcano's scale or results), labelled with the build of 225491b before any tuning on them (see
/// `SOURCES.md`).
#[test]
fn precision_on_fiftieth_held_out_volcano_text() {
    measure_marketing_set(
        "Volcano blog, fiftieth held-out set (labels-volcano-holdout50.yml)",
        "labels-volcano-holdout50.yml",
        "floors-volcano-holdout50.yml",
    );
}

/// The fifty-first held-out set: a forty-seventh project's pages (the Harbor blog, all 36 English
/// posts: releases, project news, event posts, how-tos and a user story), checked with a guide
/// written from the Harbor site's own pages outside the blog (no figure approved: the pages state
/// none about Harbor's scale or results; the docs' style guide's two word choices as preferred
/// terms), labelled with the build of 515b41c before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_fifty_first_held_out_harbor_text() {
    measure_marketing_set(
        "Harbor blog, fifty-first held-out set (labels-harbor-holdout51.yml)",
        "labels-harbor-holdout51.yml",
        "floors-harbor-holdout51.yml",
    );
}

/// The fifty-second held-out set: a forty-eighth project's pages (the etcd blog, all 23 English
/// posts: release announcements, patch releases, project news, test reports, how-tos and
/// deployment guides), checked with a guide written from the etcd site's own pages outside the
/// blog (no figure approved: the loader holds no claim in the benchmark figure and warns that the
/// quickstart's duration times nothing), labelled with the build of 515b41c before any tuning on
/// them (see `SOURCES.md`).
#[test]
fn precision_on_fifty_second_held_out_etcd_text() {
    measure_marketing_set(
        "etcd blog, fifty-second held-out set (labels-etcd-holdout52.yml)",
        "labels-etcd-holdout52.yml",
        "floors-etcd-holdout52.yml",
    );
}

/// The fifty-third held-out set: a forty-ninth project's pages (the KubeVela blog, all 17 English
/// posts: release announcements, the project's introduction, a performance test report, and
/// integration and how-to posts on CI/CD, GitOps, Terraform, Helm, machine learning, offline and
/// multi-cluster delivery), checked with a guide written from the KubeVela site's own pages
/// outside the blog (no figure approved: the pages read state none about KubeVela), labelled
/// with the build of 471ce8f before any tuning on them (see `SOURCES.md`).
#[test]
fn precision_on_fifty_third_held_out_kubevela_text() {
    measure_marketing_set(
        "KubeVela blog, fifty-third held-out set (labels-kubevela-holdout53.yml)",
        "labels-kubevela-holdout53.yml",
        "floors-kubevela-holdout53.yml",
    );
}

/// The fifty-fourth held-out set: two more projects' pages (the NATS blog, all 128 posts, and the
/// pnpm blog, all 42 posts: release announcements, user stories, guest posts, tutorials and year
/// reviews), checked with guides written from each site's own pages outside the blog (NATS's
/// approves the figures its landing, about and support pages state; pnpm's none), labelled with
/// the build of 5a19dc8 before any tuning on them, to confirm or refute the brand-name rule's
/// pooled precision on text nobody had read (see `SOURCES.md`).
#[test]
fn precision_on_fifty_fourth_held_out_nats_pnpm_text() {
    measure_marketing_set(
        "NATS and pnpm blogs, fifty-fourth held-out set (labels-nats-pnpm-holdout54.yml)",
        "labels-nats-pnpm-holdout54.yml",
        "floors-nats-pnpm-holdout54.yml",
    );
}

/// The fifty-fifth held-out set: three more projects' pages (the Eleventy blog, all 67 posts; the
/// AT Protocol blog, the English text of all 48 posts; the Swift blog, all 172 posts: release
/// announcements, year reviews, adoption stories, funding and community news), chosen for the
/// figures each project states about itself and for product names, checked with guides written
/// from each site's own pages outside the blog (Eleventy's and the AT Protocol's approve the
/// figures their landing pages state; Swift's none), labelled with the build of 869a752 before
/// any tuning on them, to measure every rule on text nobody had read (see `SOURCES.md`).
#[test]
fn precision_on_fifty_fifth_held_out_eleventy_atproto_swift_text() {
    measure_marketing_set(
        "Eleventy, AT Protocol and Swift blogs, fifty-fifth held-out set (labels-eleventy-atproto-swift-holdout55.yml)",
        "labels-eleventy-atproto-swift-holdout55.yml",
        "floors-eleventy-atproto-swift-holdout55.yml",
    );
}

/// The fifty-sixth held-out set: three more projects' pages (the Haystack blog, all 74 posts; the
/// CloudNativePG blog, all 31 posts; the Valkey blog, all 60 posts: release announcements,
/// benchmarks, user stories, integration guides, contributor highlights and year reviews), chosen
/// for the figures each project states about itself and for product names, checked with guides
/// written from each site's own pages outside the blog (CloudNativePG's approves the figure its
/// landing page states; Haystack's and Valkey's none), labelled with the build of 95c1fc0 (main's
/// 249794e sources) before any tuning on them, to measure every rule on text nobody had read (see
/// `SOURCES.md`).
#[test]
fn precision_on_fifty_sixth_held_out_haystack_cloudnativepg_valkey_text() {
    measure_marketing_set(
        "Haystack, CloudNativePG and Valkey blogs, fifty-sixth held-out set (labels-haystack-cloudnativepg-valkey-holdout56.yml)",
        "labels-haystack-cloudnativepg-valkey-holdout56.yml",
        "floors-haystack-cloudnativepg-valkey-holdout56.yml",
    );
}

/// The fifty-seventh held-out set: three more projects' pages (the Bazel blog, all 169 posts; the
/// Kuma blog, all 58 posts; the Dragonfly blog, all 24 posts: release announcements, community
/// updates, conference recaps, integration guides, user stories and a security audit), chosen for
/// the figures each project states about itself and for product names, checked with guides
/// written from each project's own pages outside the blog (Bazel's and Kuma's approve the figures
/// their pages state; Dragonfly's none), labelled with the build of 6b10055 (main's 3b84db0
/// sources) before any tuning on them, to measure every rule on text nobody had read (see
/// `SOURCES.md`).
#[test]
fn precision_on_fifty_seventh_held_out_bazel_kuma_dragonfly_text() {
    measure_marketing_set(
        "Bazel, Kuma and Dragonfly blogs, fifty-seventh held-out set (labels-bazel-kuma-dragonfly-holdout57.yml)",
        "labels-bazel-kuma-dragonfly-holdout57.yml",
        "floors-bazel-kuma-dragonfly-holdout57.yml",
    );
}

/// The fifty-eighth held-out set: three more projects' pages (the Tokio blog, all 43 posts; the
/// OpenCost blog, all 29 posts; the Go blog, all 337 posts: release announcements, birthdays,
/// developer survey results, design notes, integration guides and user stories), chosen for the
/// figures each project states about itself and for product names, checked with guides written
/// from each project's own pages outside the blog (Go's approves the figure its pages state;
/// Tokio's and OpenCost's none), labelled with the build of main's 7e740f8 sources before any
/// tuning on them, to measure every rule on text nobody had read (see `SOURCES.md`).
#[test]
fn precision_on_fifty_eighth_held_out_tokio_opencost_go_text() {
    measure_marketing_set(
        "Tokio, OpenCost and Go blogs, fifty-eighth held-out set (labels-tokio-opencost-go-holdout58.yml)",
        "labels-tokio-opencost-go-holdout58.yml",
        "floors-tokio-opencost-go-holdout58.yml",
    );
}

/// The fifty-ninth held-out set: three more projects' pages (the Elixir blog, all 73 posts; the
/// Redox OS news blog, all 151 English posts; the Carvel blog, all 45 posts: release
/// announcements, case studies, monthly reports, summer-of-code reports, finances and tutorials),
/// chosen for the figures each project states about itself and for product names, checked with
/// guides written from each project's own pages outside the blog (none approves a figure: Elixir's
/// and Carvel's pages state none, Redox's two were refused by the tool), labelled with the build of
/// main's d73546c sources before any tuning on them, to measure every rule on text nobody had read
/// (see `SOURCES.md`).
#[test]
fn precision_on_fifty_ninth_held_out_elixir_redox_carvel_text() {
    measure_marketing_set(
        "Elixir, Redox OS and Carvel blogs, fifty-ninth held-out set (labels-elixir-redox-carvel-holdout59.yml)",
        "labels-elixir-redox-carvel-holdout59.yml",
        "floors-elixir-redox-carvel-holdout59.yml",
    );
}

/// The claims tuning set: three projects' blogs (ESLint's posts outside its release notes, all of
/// Biome's and all of Julia's), checked with guides written from each site's pages outside the
/// blog that approve the figures those pages state, labelled with a build of main's 82a82fe
/// sources (version string 5f7646e, a pre-rebase commit of this set's branch) to give the claim
/// rules text to tune on (see `SOURCES.md`).
#[test]
fn precision_on_claims_tuning_text() {
    measure_marketing_set(
        "claims tuning set: ESLint, Biome and Julia blogs (labels-claims-tuning.yml)",
        "labels-claims-tuning.yml",
        "floors-claims-tuning.yml",
    );
}

/// The claims held-out set: four projects' blogs (all of Babel's, Jest's, Tauri's and Apache
/// Flink's), checked with guides written from each site's pages outside the blog that approve the
/// figures those pages state in a form the tool reads, labelled with the build of d5fab28 to
/// measure the claim rules on text nobody tuned on; held out: never tune on it (see `SOURCES.md`).
#[test]
fn precision_on_claims_held_out_text() {
    measure_marketing_set(
        "claims held-out set: Babel, Jest, Tauri and Flink blogs (labels-claims-holdout.yml)",
        "labels-claims-holdout.yml",
        "floors-claims-holdout.yml",
    );
}
