//! Fuzzing on the stable toolchain: structure-aware generators (proptest strategies) for guides
//! and documents, run through the library (load → check → render → fix → re-check) and, for a
//! smaller share, through the built binary. See `tests/fuzz/` for the generators and the
//! invariants.
//!
//! - `cargo test --test fuzz` runs a bounded, reproducible run (a fixed seed; override with
//!   `ONMESSAGE_FUZZ_SEED`, the case count with `ONMESSAGE_FUZZ_CASES`) and every kept
//!   regression case in `tests/fuzz/regressions/`.
//! - `cargo test --release --test fuzz -- --ignored` runs for `ONMESSAGE_FUZZ_SECONDS`
//!   (default 300) with a random seed (printed), larger and slower inputs, and writes each
//!   distinct failure, minimised, to `target/fuzz-found/` as a regression case folder.

#[path = "fuzz/cli.rs"]
mod cli;
#[path = "fuzz/documents.rs"]
mod documents;
#[path = "fuzz/guides.rs"]
mod guides;
#[path = "fuzz/minimize.rs"]
mod minimize;
#[path = "fuzz/oracle.rs"]
mod oracle;

use guides::Scale;
use oracle::{check_case, Case, Failure};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A guide and a document built from its words; one case in ten uses the built-in packs.
fn case(scale: Scale) -> impl Strategy<Value = Case> {
    guides::guide_text(scale).prop_flat_map(move |guide| {
        let builtin = proptest::bool::weighted(0.1);
        (documents::document(&guide.spec, scale), builtin).prop_map(move |(doc, builtin)| Case {
            guide: (!builtin).then(|| guide.bytes.clone()),
            doc: doc.bytes,
            path: doc.path,
            literal_terms: if guide.mutated || builtin {
                Vec::new()
            } else {
                guide.spec.literal_terms.clone()
            },
        })
    })
}

fn cli_case(scale: Scale) -> impl Strategy<Value = cli::CliCase> {
    (case(scale), cli::file_name()).prop_map(|(c, name)| cli::CliCase {
        guide: c.guide,
        name,
        doc: c.doc,
    })
}

fn runner(seed: u64) -> TestRunner {
    let mut bytes = [0u8; 32];
    for (i, chunk) in bytes.chunks_mut(8).enumerate() {
        chunk.copy_from_slice(
            &(seed ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)).to_le_bytes(),
        );
    }
    let config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// The fixed seed of the bounded run, so CI and a developer see the same cases.
const SEED: u64 = 0x6f6e_6d65_7373_6167;

/// Bugs of issue 12 that the generators find and that are being fixed in the library right now
/// (elsewhere): a failure matching one is counted and printed, not failed. Delete each entry
/// when its fix is merged — the bounded run then guards it.
struct Known {
    what: &'static str,
    matches: fn(&Case, &Failure) -> bool,
}

const KNOWN_OPEN: &[Known] = &[];

fn known(case: &Case, failure: &Failure) -> Option<&'static str> {
    KNOWN_OPEN
        .iter()
        .find(|k| (k.matches)(case, failure))
        .map(|k| k.what)
}

/// Failures of the binary being fixed elsewhere right now (see [`KNOWN_OPEN`]).
const KNOWN_OPEN_CLI: &[(&str, &str)] = &[];

/// What a run found: distinct failures by signature, minimised; known ones counted.
#[derive(Default)]
struct Found {
    cases: u64,
    loaded: u64,
    text: u64,
    findings: u64,
    fixed: u64,
    not_converged: u64,
    slowest: (Duration, String),
    new: BTreeMap<String, (Case, Failure)>,
    known: BTreeMap<&'static str, u64>,
    cli_cases: u64,
    cli_new: BTreeMap<String, String>,
    cli_known: BTreeMap<&'static str, u64>,
    /// Where the long run writes each new failure as soon as it is minimised.
    out: Option<PathBuf>,
}

impl Found {
    fn library(&mut self, case: &Case, minimise_budget: usize) {
        self.cases += 1;
        let started = Instant::now();
        let result = check_case(case);
        let took = started.elapsed();
        if took > self.slowest.0 {
            self.slowest = (took, format!("{case:?}").chars().take(300).collect());
        }
        match result {
            Ok(o) => {
                self.loaded += u64::from(o.guide_loaded);
                self.text += u64::from(o.text);
                self.findings += o.findings as u64;
                self.fixed += o.fixed as u64;
                self.not_converged += u64::from(o.text && !o.converged);
            }
            Err(failure) => {
                if let Some(what) = known(case, &failure) {
                    *self.known.entry(what).or_default() += 1;
                } else if let (n, std::collections::btree_map::Entry::Vacant(entry)) =
                    (self.new.len(), self.new.entry(failure.signature()))
                {
                    let (small, failure) = minimize::minimize(case, &failure, minimise_budget);
                    if let Some(out) = &self.out {
                        let folder = out.join(n.to_string());
                        if let Err(err) = write_case(&folder, &small, &failure) {
                            eprintln!("cannot write {}: {err}", folder.display());
                        }
                        eprintln!("NEW {}", minimize::describe(&small, &failure));
                    }
                    entry.insert((small, failure));
                }
            }
        }
    }

    fn cli(&mut self, case: &cli::CliCase) {
        self.cli_cases += 1;
        if let Err(problem) = cli::check_cli(case) {
            match KNOWN_OPEN_CLI.iter().find(|(m, _)| problem.contains(m)) {
                Some((_, what)) => *self.cli_known.entry(what).or_default() += 1,
                None => {
                    let key: String = problem.chars().take(60).collect();
                    self.cli_new.entry(key).or_insert_with(|| {
                        format!(
                            "{problem}\n  guide {}\n  document {}",
                            case.guide
                                .as_deref()
                                .map_or("(none)".into(), minimize::literal),
                            minimize::literal(&case.doc)
                        )
                    });
                }
            }
        }
    }

    fn report(&self) -> String {
        let mut out = format!(
            "{} library cases: guide loaded {}, text {}, findings {}, fixes applied {}, fix runs not converged {}; slowest {:?}\n{} binary cases\n",
            self.cases, self.loaded, self.text, self.findings, self.fixed, self.not_converged,
            self.slowest.0, self.cli_cases
        );
        if self.slowest.0 > Duration::from_secs(1) {
            out.push_str(&format!(
                "slowest case (first 300 characters): {}\n",
                self.slowest.1
            ));
        }
        for (what, n) in self.known.iter().chain(&self.cli_known) {
            out.push_str(&format!("known open ({n} cases): {what}\n"));
        }
        for (case, failure) in self.new.values() {
            out.push_str(&format!("NEW {}\n", minimize::describe(case, failure)));
        }
        for problem in self.cli_new.values() {
            out.push_str(&format!("NEW binary: {problem}\n"));
        }
        out
    }

    fn is_clean(&self) -> bool {
        self.new.is_empty() && self.cli_new.is_empty()
    }
}

fn generate<S: Strategy>(strategy: &S, runner: &mut TestRunner) -> S::Value {
    strategy
        .new_tree(runner)
        .unwrap_or_else(|e| panic!("generating a case: {e}"))
        .current()
}

/// The bounded run: library cases from the fixed seed. Takes a few seconds in a debug build.
#[test]
fn library_survives_generated_guides_and_documents() {
    let cases = env_number("ONMESSAGE_FUZZ_CASES").unwrap_or(160);
    let mut runner = runner(env_number("ONMESSAGE_FUZZ_SEED").unwrap_or(SEED));
    let strategy = case(Scale::Bounded);
    let mut found = Found::default();
    for _ in 0..cases {
        found.library(&generate(&strategy, &mut runner), 300);
    }
    eprintln!("{}", found.report());
    assert!(found.is_clean(), "{}", found.report());
    assert!(
        found.loaded * 3 > found.cases && found.findings > found.cases,
        "the generators must mostly produce loadable guides and documents with findings: {}",
        found.report()
    );
}

/// Guides alone, valid-shaped and mutated, are cheap: many more of them.
#[test]
fn guide_loading_survives_mutated_yaml() {
    let mut runner = runner(SEED ^ 1);
    let strategy = guides::guide_text(Scale::Bounded);
    let mut found = Found::default();
    for _ in 0..400 {
        let guide = generate(&strategy, &mut runner);
        let case = Case {
            guide: Some(guide.bytes),
            doc: b"We leverage synergy with PowerSpec clients.\n".to_vec(),
            path: "doc.md".into(),
            literal_terms: Vec::new(),
        };
        found.library(&case, 300);
    }
    assert!(found.is_clean(), "{}", found.report());
}

/// The demo and README guides load as they are, and mutated they load or are refused at a
/// place in their text, as every guide is (the oracle asks it).
#[test]
fn real_guides_load_and_mutated_are_refused_at_a_place() {
    let doc = b"We leverage synergy with PowerSpec clients.\n".to_vec();
    let case = |guide: Vec<u8>| Case {
        guide: Some(guide),
        doc: doc.clone(),
        path: "doc.md".into(),
        literal_terms: Vec::new(),
    };
    let mut found = Found::default();
    for guide in guides::real_guides() {
        found.library(&case(guide.as_bytes().to_vec()), 0);
    }
    assert_eq!(found.loaded, 2, "{}", found.report());
    // 1,500 cases: enough for this seed to reach the refusals that once had no place (a `---`
    // line or a byte order mark after the guide's start, a flow list continued at a line's
    // start).
    let mut runner = runner(SEED ^ 3);
    let strategy = guides::real_guide_mutated(Scale::Bounded);
    for _ in 0..1500 {
        found.library(&case(generate(&strategy, &mut runner)), 300);
    }
    assert!(found.is_clean(), "{}", found.report());
}

/// The built binary on hostile file names and generated documents.
#[test]
fn binary_survives_hostile_names_and_documents() {
    let mut runner = runner(SEED ^ 2);
    let strategy = cli_case(Scale::Bounded);
    let mut found = Found::default();
    for _ in 0..10 {
        found.cli(&generate(&strategy, &mut runner));
    }
    eprintln!("{}", found.report());
    assert!(found.is_clean(), "{}", found.report());
}

/// Every kept regression case: a folder with an optional `message-guide.yml` and one document
/// (any other file), checked as its path inside the folder.
#[test]
fn kept_regression_cases_pass() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/regressions");
    let mut cases = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the regressions folder exists") {
        let folder = entry.expect("a readable entry").path();
        if !folder.is_dir() {
            continue;
        }
        let case = read_case(&folder);
        cases += 1;
        if let Err(failure) = check_case(&case) {
            failures.push(format!(
                "{}: {}",
                folder.display(),
                minimize::describe(&case, &failure)
            ));
        }
    }
    assert!(cases > 0, "no regression cases in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn read_case(folder: &Path) -> Case {
    let guide = std::fs::read(folder.join("message-guide.yml")).ok();
    let mut docs = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a readable case folder") {
            let path = entry.expect("a readable entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n != "message-guide.yml") {
                docs.push(path);
            }
        }
    }
    assert_eq!(
        docs.len(),
        1,
        "{} needs exactly one document",
        folder.display()
    );
    let relative = docs[0].strip_prefix(folder).expect("inside the folder");
    Case {
        guide,
        doc: std::fs::read(&docs[0]).expect("a readable document"),
        path: relative.to_string_lossy().replace('\\', "/"),
        literal_terms: Vec::new(),
    }
}

/// A case running longer than this (minimising included) is a hang: the long run writes it out
/// and stops, since a thread cannot be cancelled.
const HANG: Duration = Duration::from_secs(180);

type Current = std::sync::Arc<std::sync::Mutex<Option<(Instant, Case)>>>;

fn watchdog(seed: u64) -> Current {
    let current: Current = Default::default();
    let watched = current.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(1));
        let guard = watched.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((started, case)) = guard.as_ref() {
            if started.elapsed() > HANG {
                let failure = Failure {
                    stage: "any",
                    invariant: "finishes within the hang limit",
                    location: String::new(),
                    detail: format!("still running after {HANG:?}"),
                };
                let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join(format!("target/fuzz-found/{seed}-hang"));
                let _ = write_case(&folder, case, &failure);
                eprintln!("HANG {}", minimize::describe(case, &failure));
                std::process::exit(1);
            }
        }
    });
    current
}

fn write_case(folder: &Path, case: &Case, failure: &Failure) -> std::io::Result<()> {
    let doc = folder.join(&case.path);
    std::fs::create_dir_all(doc.parent().unwrap_or(folder))?;
    if let Some(guide) = &case.guide {
        std::fs::write(folder.join("message-guide.yml"), guide)?;
    }
    std::fs::write(&doc, &case.doc)?;
    std::fs::write(
        folder.with_extension("txt"),
        minimize::describe(case, failure),
    )
}

/// The long run: `cargo test --release --test fuzz -- --ignored`, for `ONMESSAGE_FUZZ_SECONDS`
/// (default 300). Failures are minimised and written to `target/fuzz-found/`; known open ones
/// are only counted. One case in forty also runs through the binary.
#[test]
#[ignore = "long fuzzing run: cargo test --release --test fuzz -- --ignored"]
fn long_run() {
    let seconds = env_number("ONMESSAGE_FUZZ_SECONDS").unwrap_or(300);
    let seed = env_number("ONMESSAGE_FUZZ_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    });
    eprintln!("fuzzing for {seconds} s, ONMESSAGE_FUZZ_SEED={seed}");
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut runner = runner(seed);
    let library = case(Scale::Long);
    let binary = cli_case(Scale::Long);
    let mut found = Found {
        out: Some(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("target/fuzz-found/{seed}")),
        ),
        ..Found::default()
    };
    let mut last_note = Instant::now();
    let current = watchdog(seed);
    while Instant::now() < deadline {
        if found.cases % 40 == 39 {
            found.cli(&generate(&binary, &mut runner));
        }
        let case = generate(&library, &mut runner);
        *current.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), case.clone()));
        found.library(&case, 4000);
        *current.lock().unwrap_or_else(|e| e.into_inner()) = None;
        if last_note.elapsed() > Duration::from_secs(60) {
            eprintln!(
                "{} cases, {} new failures",
                found.cases,
                found.new.len() + found.cli_new.len()
            );
            last_note = Instant::now();
        }
    }
    eprintln!("{}", found.report());
    assert!(found.is_clean(), "{}", found.report());
}
