//! What must hold for any guide and any document: load → check → render → fix (safe and
//! unsafe) → re-check, with no panic, every position within the file and consistent, `matched`
//! equal to the file's bytes, fixing idempotent and never touching bytes outside the edits it
//! applied, and invisible characters inside a word never hiding it.

use onmessage::document::{decode, Document, Kind};
use onmessage::finding::{Applicability, Edit, Finding};
use onmessage::fix::{fix_text, FixOptions, FixOutcome};
use onmessage::report::emitter::emit_all;
use onmessage::report::human::Snippet;
use onmessage::report::{Emitter, Entry, GithubEmitter, HumanEmitter, JsonEmitter, SarifEmitter};
use onmessage::rules::{banned_term, preferred_term};
use onmessage::{check_document, CompiledGuide};
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Once, OnceLock};

/// One input: a guide (`None`: the built-in packs), a document and the path it is checked as.
#[derive(Debug, Clone)]
pub struct Case {
    pub guide: Option<Vec<u8>>,
    pub doc: Vec<u8>,
    pub path: String,
    /// Words the guide bans or replaces literally: an invisible character inside one of their
    /// matches must not hide it. Empty when the guide was mutated.
    pub literal_terms: Vec<String>,
}

/// A broken promise: a panic, or an invariant that did not hold.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The stage it happened in: load, render-guide-error, check, render, fix-safe, …
    pub stage: &'static str,
    /// `panic` or the invariant's name.
    pub invariant: &'static str,
    /// For a panic, `file:line` of the panic; otherwise empty.
    pub location: String,
    pub detail: String,
}

impl Failure {
    /// What makes two failures the same bug, for deduplication and minimising.
    pub fn signature(&self) -> String {
        format!("{} / {} {}", self.stage, self.invariant, self.location)
    }

    fn broken(stage: &'static str, invariant: &'static str, detail: String) -> Self {
        Failure {
            stage,
            invariant,
            location: String::new(),
            detail,
        }
    }
}

/// What a case did, for the long run's statistics.
#[derive(Debug, Default, Clone, Copy)]
pub struct Outcome {
    pub guide_loaded: bool,
    pub text: bool,
    pub findings: usize,
    pub fixed: usize,
    pub converged: bool,
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Keep panics inside [`guarded`] off stderr (thousands of them while minimising) and remember
/// their message and location; any other panic is printed as usual.
fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let message = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let location = info
                    .location()
                    .map(|l| format!("{}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = Some((message, location)));
            } else {
                previous(info);
            }
        }));
    });
}

fn guarded<T>(stage: &'static str, f: impl FnOnce() -> T) -> Result<T, Failure> {
    install_hook();
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result.map_err(|_| {
        let (message, location) = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_default();
        Failure {
            stage,
            invariant: "panic",
            location,
            detail: message,
        }
    })
}

/// Guides are compiled with the working directory as their folder, so relative paths such as
/// `sales/call.md` fall in the guide's channels.
fn root() -> PathBuf {
    std::env::current_dir().unwrap_or_default()
}

fn builtin() -> &'static CompiledGuide {
    static BUILTIN: OnceLock<CompiledGuide> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        CompiledGuide::builtin(root()).unwrap_or_else(|e| panic!("built-in packs: {e:?}"))
    })
}

/// Run `case` through the library; `Err` on the first broken promise.
pub fn check_case(case: &Case) -> Result<Outcome, Failure> {
    let mut outcome = Outcome::default();
    let compiled;
    let guide = match &case.guide {
        None => builtin(),
        Some(bytes) => {
            // The CLI reads a guide as UTF-8 text; other bytes are an error before loading.
            let Ok(text) = std::str::from_utf8(bytes) else {
                return Ok(outcome);
            };
            let loaded = guarded("load", || {
                CompiledGuide::from_text("message-guide.yml", text, None, root())
            })?;
            match loaded {
                Ok(g) => {
                    compiled = g;
                    &compiled
                }
                Err(err) => {
                    guarded("render-guide-error", || render_guide_error(&err))?;
                    located(text, &err)?;
                    return Ok(outcome);
                }
            }
        }
    };
    outcome.guide_loaded = true;
    let Ok(text) = guarded("decode", || decode(&case.doc))? else {
        return Ok(outcome);
    };
    outcome.text = true;
    let path = case.path.as_str();
    let findings = guarded("check", || check(text, path, guide))?;
    outcome.findings = findings.len();
    positions("check", text, &findings)?;
    guarded("render", || render(text, path, &findings))?
        .map_err(|detail| Failure::broken("render", "report is valid JSON", detail))?;
    invisible(case, text, &findings, guide)?;
    for (stage, applicability) in [
        ("fix-safe", Applicability::Safe),
        ("fix-unsafe", Applicability::Unsafe),
    ] {
        let fixed = guarded(stage, || fix(text, path, guide, applicability))?;
        outcome.fixed += fixed.applied.len();
        outcome.converged = fixed.converged;
        fix_invariants(stage, text, path, guide, applicability, &fixed)?;
    }
    Ok(outcome)
}

fn check(text: &str, path: &str, guide: &CompiledGuide) -> Vec<Finding> {
    let doc = Document::new(text, Kind::for_named(Path::new(path)));
    check_document(&doc, path, Some(Path::new(path)), guide)
}

fn fix(text: &str, path: &str, guide: &CompiledGuide, applicability: Applicability) -> FixOutcome {
    let options = FixOptions {
        applicability,
        select: &|_, _, _| true,
        chosen: Default::default(),
    };
    fix_text(text, path, Some(Path::new(path)), guide, &options)
}

/// An invalid guide is refused at a place in its text (the diagnostic's line and column), and
/// every further problem it lists is placed inside the text too.
fn located(text: &str, err: &onmessage::GuideError) -> Result<(), Failure> {
    let onmessage::GuideError::Invalid(invalid) = err else {
        return Ok(());
    };
    let Some(span) = invalid.span else {
        return Err(Failure::broken(
            "load",
            "an invalid guide is refused at a place",
            invalid.message.clone(),
        ));
    };
    for problem in std::iter::once(invalid.as_ref()).chain(&invalid.others) {
        let span = problem.span.unwrap_or(span);
        if span.offset() + span.len() > text.len() {
            return Err(Failure::broken(
                "load",
                "a guide problem is placed inside the text",
                format!("{span:?} past {} bytes: {}", text.len(), problem.message),
            ));
        }
    }
    Ok(())
}

fn render_guide_error(err: &onmessage::GuideError) -> String {
    let mut out = String::new();
    let _ = miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .with_width(100)
        .render_report(&mut out, err);
    out
}

/// Every emitter, on every finding, driven as `check` drives them: the human report with
/// snippets, JSON, SARIF (with line texts), GitHub; the JSON and SARIF documents must parse.
fn render(text: &str, path: &str, findings: &[Finding]) -> Result<(), String> {
    let doc = Document::new(text, Kind::for_named(Path::new(path)));
    let snippets: Vec<Snippet> = findings.iter().map(|f| Snippet::new(&doc, f)).collect();
    let entries: Vec<Entry> = findings
        .iter()
        .zip(&snippets)
        .map(|(finding, snippet)| Entry {
            snippet: Some(snippet),
            line_text: "",
            ..Entry::bare(finding)
        })
        .collect();
    let run = |emitter: &mut dyn Emitter| {
        emit_all(emitter, &[&entries], 1, None).map_err(|e| format!("emitting: {e}"))
    };
    run(&mut HumanEmitter::new(false, 100, false))?;
    let json = run(&mut JsonEmitter::default())?;
    serde_json::from_slice::<serde_json::Value>(&json.out).map_err(|e| format!("json: {e}"))?;
    let sarif = run(&mut SarifEmitter::default())?;
    serde_json::from_slice::<serde_json::Value>(&sarif.out).map_err(|e| format!("sarif: {e}"))?;
    run(&mut GithubEmitter)?;
    Ok(())
}

/// (line, column) of byte `offset` of the file as stored: 1-based, columns in characters, a
/// BOM not counted.
fn expected_position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let mut column = text[line_start..offset].chars().count() + 1;
    if line_start == 0 && text.starts_with('\u{feff}') && offset > 0 {
        column -= 1;
    }
    (line, column)
}

/// Positions of findings of `text`: in bounds, on character boundaries, `matched` the text
/// there, line and column those of the offsets, fix edits in bounds and disjoint.
fn positions(stage: &'static str, text: &str, findings: &[Finding]) -> Result<(), Failure> {
    let fail = |invariant, f: &Finding, more: String| {
        Err(Failure::broken(
            stage,
            invariant,
            format!("{more}\n  finding {f:?}\n  text {text:?}"),
        ))
    };
    for f in findings {
        if !(f.start <= f.end && f.end <= text.len()) {
            return fail("start <= end <= len", f, format!("len {}", text.len()));
        }
        if !text.is_char_boundary(f.start) || !text.is_char_boundary(f.end) {
            return fail("offsets on char boundaries", f, String::new());
        }
        if text[f.start..f.end] != f.matched {
            return fail(
                "matched == text[start..end]",
                f,
                format!("text there {:?}", &text[f.start..f.end]),
            );
        }
        let start = expected_position(text, f.start);
        let end = expected_position(text, f.end);
        if (f.line, f.column) != start || (f.end_line, f.end_column) != end {
            return fail(
                "line/column match the offsets",
                f,
                format!("expected {start:?}..{end:?}"),
            );
        }
        if let Some(fix) = &f.fix {
            let mut at = 0;
            for e in &fix.edits {
                let ok = e.start >= at
                    && e.start <= e.end
                    && e.end <= text.len()
                    && text.is_char_boundary(e.start)
                    && text.is_char_boundary(e.end);
                if !ok {
                    return fail("fix edits in bounds, sorted, disjoint", f, String::new());
                }
                at = e.end;
            }
        }
    }
    Ok(())
}

/// Whether `edit` stays inside its finding's span, or is the article right before it ("a" →
/// "an" to suit the replacement), which is the one edit allowed outside.
fn edit_within(text: &str, f: &Finding, e: &Edit) -> bool {
    if f.start <= e.start && e.end <= f.end {
        return true;
    }
    let article = &text[e.start..e.end];
    e.end <= f.start
        && ["a", "an"].contains(&article.to_lowercase().as_str())
        && text[e.end..f.start].chars().all(|c| c == ' ')
}

fn fix_invariants(
    stage: &'static str,
    text: &str,
    path: &str,
    guide: &CompiledGuide,
    applicability: Applicability,
    fixed: &FixOutcome,
) -> Result<(), Failure> {
    let fail = |invariant, detail: String| {
        Err(Failure::broken(
            stage,
            invariant,
            format!("{detail}\n  text {text:?}\n  fixed {:?}", fixed.text),
        ))
    };
    // Only the applied edits changed the text: replaying them pass by pass on the original
    // gives exactly the result, and each stays inside its finding.
    let passes = guarded(stage, || {
        replay(text, path, guide, &fixed.applied, &fixed.text, 12)
    })?;
    let Some(passes) = passes else {
        return fail(
            "fixed text == original + applied edits",
            format!("applied {:#?}", fixed.applied),
        );
    };
    let mut rest = fixed.applied.as_slice();
    for (before, k) in passes {
        let (pass, later) = rest.split_at(k);
        for f in pass {
            for e in f.fix.iter().flat_map(|fix| &fix.edits) {
                if !edit_within(&before, f, e) {
                    return fail("edits stay inside their finding", format!("{f:?}"));
                }
            }
        }
        rest = later;
    }
    if text.starts_with('\u{feff}') != fixed.text.starts_with('\u{feff}') {
        return fail("the BOM is kept", String::new());
    }
    let bare_lf = |t: &str| t.replace("\r\n", "").contains('\n');
    if text.contains("\r\n") && !bare_lf(text) && bare_lf(&fixed.text) {
        return fail("CRLF line endings are kept", String::new());
    }
    positions(stage, &fixed.text, &fixed.remaining)?;
    // A later pass fixes only text an earlier fix wrote, so a fix that uncovers a finding
    // elsewhere leaves it reported (and fixable) for the next run: fixing is idempotent when
    // nothing fixable remains.
    let fixable_left = fixed.remaining.iter().any(|f| {
        f.fix
            .as_ref()
            .is_some_and(|x| x.applicability <= applicability && !x.edits.is_empty())
    });
    if fixed.converged && !fixable_left {
        let again = guarded(stage, || fix(&fixed.text, path, guide, applicability))?;
        if again.text != fixed.text || !again.applied.is_empty() {
            return fail(
                "fixing is idempotent",
                format!(
                    "second run gave {:?}, applied {:?}",
                    again.text, again.applied
                ),
            );
        }
    }
    Ok(())
}

/// The applied findings, replayed as passes: each pass is a run of findings of the text as it
/// then was. Returns each pass's text and how many findings it applied, when applying them all
/// gives `expected`.
fn replay(
    text: &str,
    path: &str,
    guide: &CompiledGuide,
    applied: &[Finding],
    expected: &str,
    depth: usize,
) -> Option<Vec<(String, usize)>> {
    if applied.is_empty() {
        return (text == expected).then(Vec::new);
    }
    if depth == 0 {
        return None;
    }
    let found = check(text, path, guide);
    let run = applied.iter().take_while(|f| found.contains(f)).count();
    for k in (1..=run).rev() {
        let Some(next) = apply_pass(text, &applied[..k]) else {
            continue;
        };
        if let Some(mut rest) = replay(&next, path, guide, &applied[k..], expected, depth - 1) {
            rest.insert(0, (text.to_string(), k));
            return Some(rest);
        }
    }
    None
}

fn apply_pass(text: &str, pass: &[Finding]) -> Option<String> {
    let mut edits: Vec<&Edit> = pass
        .iter()
        .flat_map(|f| f.fix.iter().flat_map(|fix| &fix.edits))
        .collect();
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out = String::new();
    let mut at = 0;
    for e in edits {
        if e.start < at || e.end < e.start || !text.is_char_boundary(e.start) {
            return None;
        }
        out.push_str(text.get(at..e.start)?);
        out.push_str(&e.replacement);
        at = e.end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

/// An invisible character (soft hyphen, zero-width space/joiners, word joiner, BOM) inside a
/// banned or non-preferred word must not hide it: insert one after the second letter of each
/// literal match and check the same rule still reports a finding there.
fn invisible(
    case: &Case,
    text: &str,
    findings: &[Finding],
    guide: &CompiledGuide,
) -> Result<(), Failure> {
    let candidates = findings.iter().filter(|f| {
        [banned_term::ID, preferred_term::ID].contains(&f.rule)
            && f.matched.chars().count() >= 4
            && f.matched.chars().all(char::is_alphabetic)
            && case
                .literal_terms
                .iter()
                .any(|t| t.to_lowercase() == f.matched.to_lowercase())
    });
    for (n, f) in candidates.take(2).enumerate() {
        let at = f.start + f.matched.chars().take(2).map(char::len_utf8).sum::<usize>();
        let mark = super::documents::INVISIBLE[(f.start + n) % 6];
        let mut changed = text.to_string();
        changed.insert(at, mark);
        let after = guarded("invisible", || check(&changed, &case.path, guide))?;
        let kept = after
            .iter()
            .any(|g| g.rule == f.rule && g.start <= at && at < g.end);
        if !kept {
            return Err(Failure::broken(
                "invisible",
                "an invisible character inside a word does not hide it",
                format!(
                    "{mark:?} inside {:?} at {at}\n  text {changed:?}",
                    f.matched
                ),
            ));
        }
    }
    Ok(())
}
