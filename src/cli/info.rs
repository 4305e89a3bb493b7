//! `onmessage init`, `rules` and `explain`.

use super::check::{EXIT_CLEAN, EXIT_ERROR};
use super::output::Output;
use onmessage::guide_set::GUIDE_FILE;
use onmessage::registry::{self, RULES};
use onmessage::{check_text, CompiledGuide};
use std::path::{Path, PathBuf};

pub const STARTER_GUIDE: &str = include_str!("starter-guide.yml");

/// The starter calibration set the starter guide names: one page that passes, one that fails.
pub const STARTER_CALIBRATION: [(&str, &str); 2] = [
    (
        "calibration/good/welcome.md",
        include_str!("starter/good.md"),
    ),
    ("calibration/bad/pitch.md", include_str!("starter/bad.md")),
];

pub fn init(force: bool, out: &mut Output) -> u8 {
    let path = Path::new(GUIDE_FILE);
    // A dangling symlink counts as there: writing through it would create its target.
    if path.symlink_metadata().is_ok() && !force {
        out.error(&format!(
            "{GUIDE_FILE} already exists; use --force to overwrite it"
        ));
        return EXIT_ERROR;
    }
    // The same atomic writer as fixes: an old guide is replaced whole or not at all.
    match super::write::write_file(path, STARTER_GUIDE.as_bytes()) {
        Ok(()) => {
            out.print(&format!(
                "Wrote {GUIDE_FILE}. Edit it, then run `onmessage check`."
            ));
            starter_calibration(out)
        }
        Err(err) => {
            out.error(&format!("cannot write {GUIDE_FILE}: {err}"));
            EXIT_ERROR
        }
    }
}

/// Write the starter calibration files that are not there yet (never over a file, even with
/// `--force`: they are the user's tests).
fn starter_calibration(out: &mut Output) -> u8 {
    for (file, text) in STARTER_CALIBRATION {
        let path = Path::new(file);
        if path.symlink_metadata().is_ok() {
            continue;
        }
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .map_err(|err| err.to_string())
            .and_then(|()| super::write::write_file(path, text.as_bytes()));
        if let Err(err) = written {
            out.error(&format!("cannot write {file}: {err}"));
            return EXIT_ERROR;
        }
    }
    out.print("Wrote a starter calibration/ folder: run `onmessage test` after each guide change.");
    EXIT_CLEAN
}

pub fn list_rules(out: &mut Output) -> u8 {
    let width = RULES.iter().map(|r| r.id.as_str().len()).max().unwrap_or(0);
    for rule in RULES {
        let level = format!("{:?}", rule.default_level).to_lowercase();
        out.print(&format!(
            "{:width$}  {:7}  {}",
            rule.id, level, rule.summary
        ));
    }
    EXIT_CLEAN
}

pub fn explain(id: &str, out: &mut Output) -> u8 {
    let Some(meta) = registry::lookup(id) else {
        let hint = match registry::did_you_mean(id) {
            Some(best) => format!("; did you mean `{best}`?"),
            None => "; `onmessage rules` lists every rule".to_string(),
        };
        out.error(&format!("unknown rule `{id}`{hint}"));
        return EXIT_ERROR;
    };
    let indent = |text: &str| {
        let options = textwrap::Options::new(96)
            .initial_indent("  ")
            .subsequent_indent("  ");
        text.split("\n\n")
            .map(|p| textwrap::fill(p, &options))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let block = |text: &str| {
        text.trim_end()
            .lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let doc = meta.doc;
    let level = format!("{:?}", meta.default_level).to_lowercase();
    let guide_yaml = format!("version: 1\n{}", doc.guide);
    // The example runs for real, so the documentation shows exactly what the rule reports.
    let reported = CompiledGuide::from_text("example", &guide_yaml, None, PathBuf::new())
        .map(|guide| check_text(doc.example, "example.md", &guide))
        .unwrap_or_default()
        .into_iter()
        .filter(|f| f.rule == meta.id)
        .map(|f| {
            format!(
                "{}:{}: {}({}): {}",
                f.line, f.column, f.severity, f.rule, f.message
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    out.print(&format!(
        "{id} (default: {level})\n{}\n\nWhat it does\n{}\n\nWhy it matters\n{}\n\nExample\n  With this guide:\n{}\n  this text\n{}\n  is reported:\n{}\n  Fixed:\n{}",
        meta.summary,
        indent(doc.what),
        indent(doc.why),
        block(&guide_yaml),
        block(doc.example),
        block(&reported),
        block(doc.fixed),
    ));
    EXIT_CLEAN
}
