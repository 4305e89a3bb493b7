//! Code actions: each finding's fix as a quick fix (safe fixes preferred), a suppression
//! comment for each rule found on the line ("Disable onmessage rule … for this line"), and one
//! `source.fixAll.onmessage` action applying every safe fix the way `onmessage check --fix` does.

use super::documents::{diagnostic, Documents, Open};
use super::{disable, text};
use crate::finding::{Applicability, Finding};
use crate::pipeline::{source, Keep, Pipeline, Source};
use crate::Kind;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, TextEdit, Uri, WorkspaceEdit,
};
use std::collections::HashMap;

pub const FIX_ALL: &str = "source.fixAll.onmessage";

/// The actions for `params.range` of an open document (none for a document not open).
pub fn code_actions(docs: &Documents, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
    let uri = &params.text_document.uri;
    let Some(doc) = docs.open.get(uri) else {
        return Vec::new();
    };
    let only = params.context.only.as_deref();
    let mut actions = Vec::new();
    if wanted(only, &CodeActionKind::QUICKFIX) {
        let start = text::offset_of(&doc.text, params.range.start);
        let end = text::offset_of(&doc.text, params.range.end);
        let (start, end) = (start.min(end), start.max(end));
        let touched = || {
            doc.findings
                .iter()
                .filter(move |f| f.start <= end && start <= f.end)
        };
        for finding in touched() {
            actions.extend(quick_fix(uri, doc, finding).map(CodeActionOrCommand::CodeAction));
        }
        for comment in disable::comments(doc, touched()) {
            let on_line = |f: &&Finding| {
                f.rule == comment.rule
                    && doc
                        .text
                        .get(comment.line_start..f.start)
                        .is_some_and(|before| !before.contains('\n'))
            };
            let silenced = touched()
                .filter(on_line)
                .map(|f| diagnostic(&doc.text, f))
                .collect();
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Disable onmessage rule {} for this line", comment.rule),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(silenced),
                edit: Some(edit(uri, vec![comment.edit])),
                // A fix, when there is one, is what the editor should apply first.
                is_preferred: Some(false),
                ..CodeAction::default()
            }));
        }
    }
    if wanted(only, &CodeActionKind::from(FIX_ALL)) {
        actions.extend(fix_all(docs, uri, doc).map(CodeActionOrCommand::CodeAction));
    }
    actions
}

/// Whether the client asked for actions of `kind`: it asked for no kind in particular, or for
/// `kind` or a kind it falls under (`source` covers `source.fixAll.onmessage`).
fn wanted(only: Option<&[CodeActionKind]>, kind: &CodeActionKind) -> bool {
    only.is_none_or(|only| {
        only.iter().any(|asked| {
            let (asked, kind) = (asked.as_str(), kind.as_str());
            kind == asked || kind.starts_with(&format!("{asked}."))
        })
    })
}

fn quick_fix(uri: &Uri, doc: &Open, finding: &Finding) -> Option<CodeAction> {
    let fix = finding.fix.as_ref()?;
    let edits = fix
        .edits
        .iter()
        .map(|e| {
            TextEdit::new(
                text::range_of(&doc.text, e.start, e.end),
                e.replacement.clone(),
            )
        })
        .collect();
    let title = match &finding.suggestion {
        Some(suggestion) => format!("Replace “{}” with “{suggestion}”", finding.matched),
        None => format!("Fix {}: {}", finding.rule.as_str(), finding.message),
    };
    Some(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic(&doc.text, finding)]),
        edit: Some(edit(uri, edits)),
        is_preferred: Some(fix.applicability == Applicability::Safe),
        ..CodeAction::default()
    })
}

/// Every safe fix at once, as `check --fix` applies them (later passes included): one edit
/// replacing the document. None when nothing would change or the fixes do not settle.
fn fix_all(docs: &Documents, uri: &Uri, doc: &Open) -> Option<CodeAction> {
    let (guide, _) = source::resolve(&docs.guides, &doc.path).ok()?;
    let display = doc.path.to_string_lossy();
    let pipeline =
        Pipeline::new(&docs.guides, Keep::default()).with_fixes(Some(Applicability::Safe));
    let source = Source {
        path: &doc.path,
        display: &display,
        kind: Kind::for_named(&doc.path),
        named: true,
        chosen: Default::default(),
    };
    let outcome = pipeline.fix(source, &doc.text, &guide, &doc.findings)?;
    if !outcome.converged || outcome.text == doc.text {
        return None;
    }
    let whole = text::range_of(&doc.text, 0, doc.text.len());
    Some(CodeAction {
        title: "Fix all safe onmessage findings".to_string(),
        kind: Some(CodeActionKind::from(FIX_ALL)),
        edit: Some(edit(uri, vec![TextEdit::new(whole, outcome.text)])),
        ..CodeAction::default()
    })
}

fn edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}
