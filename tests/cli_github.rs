//! `--format github`: GitHub Actions workflow commands, escaped as the runner decodes them, with
//! paths relative to the repository root; and the composite action's check step in `action.yml`,
//! run for real with the binary under test (ci/action-test.sh runs every step against a local
//! release).

mod common;

use common::{git_tempdir, root, run, run_in, write};
use serde_yaml::Value;

/// A guide whose reasons hold everything the runner's escaping must survive.
const GUIDE: &str = r#"version: 1
banned:
  - term: leverage
    reason: "100% jargon: say \"use\", not this"
  - term: synergy
    reason: "Two lines\nsecond — café"
"#;

/// A draft that drifts from `GUIDE`, named with a space and a comma.
const DRAFT_NAME: &str = "drafts/spring sale, v2.md";
const DRAFT: &str = "# Spring sale\n\nWe leverage our buying power.\nReal synergy here.\n";

/// What `GUIDE` reports on `DRAFT`, with the file named `file` (already escaped).
fn expected(file: &str) -> String {
    format!(
        "::error file={file},line=3,col=4,endLine=3,endColumn=12,title=onmessage(banned-term)::\"leverage\" is banned: 100%25 jargon: say \"use\", not this\n\
         ::error file={file},line=4,col=6,endLine=4,endColumn=13,title=onmessage(banned-term)::\"synergy\" is banned: Two lines%0Asecond — café\n"
    )
}

fn drifting_repo() -> tempfile::TempDir {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", GUIDE);
    write(dir.path(), DRAFT_NAME, DRAFT);
    dir
}

#[test]
fn github_levels_are_exact_lines() {
    let run = run(&["check", "--format", "github", "fixtures/levels"]);
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        "::notice file=fixtures/levels/info.md,line=3,col=4,endLine=3,endColumn=12,title=onmessage(banned-term)::\"leverage\" is banned\n\
         ::warning file=fixtures/levels/warning.md,line=3,col=5,endLine=3,endColumn=12,title=onmessage(preferred-term)::Use \"customer\" instead of \"clients\"\n"
    );
    assert!(
        run.stderr.contains("1 warning, 1 info in 2 of 3 files"),
        "the summary goes to stderr: {}",
        run.stderr
    );
}

#[test]
fn github_escapes_messages_and_file_names() {
    let dir = drifting_repo();
    let run = run_in(dir.path(), &["check", "--format", "github"]);
    run.expect_code(1);
    assert_eq!(run.stdout, expected("drafts/spring sale%2C v2.md"));
}

/// Windows does not allow `:` in file names.
#[cfg(unix)]
#[test]
fn github_escapes_colons_in_file_names() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", GUIDE);
    write(dir.path(), "q1: recap.md", "We leverage it.\n");
    let run = run_in(dir.path(), &["check", "--format", "github"]);
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        "::error file=q1%3A recap.md,line=1,col=4,endLine=1,endColumn=12,title=onmessage(banned-term)::\"leverage\" is banned: 100%25 jargon: say \"use\", not this\n"
    );
}

#[test]
fn github_paths_are_relative_to_the_git_root() {
    let dir = drifting_repo();
    let run = run_in(dir.path().join("drafts"), &["check", "--format", "github"]);
    run.expect_code(1);
    assert_eq!(run.stdout, expected("drafts/spring sale%2C v2.md"));
    // An absolute path inside the work tree names the same file; outside, it stays absolute.
    let absolute = dir.path().join(DRAFT_NAME);
    let absolute = absolute.to_str().expect("temp paths are UTF-8");
    let run = run_in(
        dir.path().join("drafts"),
        &["check", "--format", "github", absolute],
    );
    assert_eq!(run.stdout, expected("drafts/spring sale%2C v2.md"));
    let run = run_in(root(), &["check", "--format", "github", absolute]);
    let canonical = std::fs::canonicalize(dir.path().join(DRAFT_NAME)).expect("the draft exists");
    let canonical = canonical.to_str().expect("temp paths are UTF-8");
    assert_eq!(run.stdout, expected(&canonical.replace(',', "%2C")));
}

#[test]
fn github_stdout_is_empty_when_clean() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", GUIDE);
    write(dir.path(), "clean.md", "Nothing to see.\n");
    let run = run_in(dir.path(), &["check", "--format", "github"]);
    run.expect_code(0);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("No findings in 1 file"),
        "{}",
        run.stderr
    );
}

/// `action.yml`, parsed.
fn action() -> Value {
    let text = std::fs::read_to_string(root().join("action.yml")).expect("action.yml exists");
    let action: Value = serde_yaml::from_str(&text).expect("action.yml is YAML");
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    action
}

/// The first step whose script contains `needle`.
fn step<'a>(action: &'a Value, needle: &str) -> &'a Value {
    action["runs"]["steps"]
        .as_sequence()
        .expect("the action has steps")
        .iter()
        .find(|s| s["run"].as_str().is_some_and(|r| r.contains(needle)))
        .unwrap_or_else(|| panic!("a step running `{needle}`"))
}

/// The value an input gets: the one given, or the action's default.
fn input(action: &Value, name: &str, given: &[(&str, &str)]) -> String {
    match given.iter().find(|(n, _)| *n == name) {
        Some((_, value)) => value.to_string(),
        None => action["inputs"][name]["default"]
            .as_str()
            .unwrap_or_else(|| panic!("input `{name}` has a default"))
            .to_string(),
    }
}

#[test]
fn action_installs_a_release_never_a_build() {
    let action = action();
    let steps = action["runs"]["steps"]
        .as_sequence()
        .expect("the action has steps");
    for step in steps {
        let Some(script) = step["run"].as_str() else {
            continue;
        };
        assert!(!script.contains("cargo"), "a step builds: {script}");
        // Inputs reach scripts through env only: an expression in a script is an injection.
        assert!(
            !script.contains("${{"),
            "an expression in a script: {script}"
        );
        assert_eq!(step["shell"].as_str(), Some("bash"));
    }
    let install = step(&action, "install.sh\" install");
    assert_eq!(
        install["run"].as_str(),
        Some("bash \"$GITHUB_ACTION_PATH/ci/action/install.sh\" install")
    );
}

#[test]
fn action_check_step_annotates_a_drifting_draft() {
    let action = action();
    let step = step(&action, "check.sh");
    assert_eq!(step["shell"].as_str(), Some("bash"));
    let script = step["run"].as_str().expect("the step runs a script");

    // The runner's part: evaluate `${{ inputs.NAME }}` in the step's env.
    let given = [
        ("paths", "drafts"),
        ("args", "--fail-on warning --no-ignore"),
    ];
    // The install step's output: the binary cargo built for these tests. A push: no base.
    let binary = assert_cmd::cargo::cargo_bin("onmessage");
    let binary_path = binary.to_str().expect("the binary's path is UTF-8");
    let mut env = Vec::new();
    for (key, value) in step["env"]
        .as_mapping()
        .expect("the step maps inputs to env")
    {
        let key = key.as_str().expect("env names are strings");
        let value = value.as_str().expect("env values are strings");
        let value = match value {
            "${{ steps.install.outputs.binary }}" => binary_path.to_string(),
            "${{ github.event.pull_request.base.sha }}" => String::new(),
            _ => {
                let name = value
                    .strip_prefix("${{ inputs.")
                    .and_then(|rest| rest.strip_suffix(" }}"))
                    .unwrap_or_else(|| panic!("{key} is an input: {value}"));
                input(&action, name, &given)
            }
        };
        env.push((key.to_string(), value));
    }
    let names: Vec<&str> = env.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "INPUT_PATHS",
            "INPUT_ARGS",
            "INPUT_FORMAT",
            "INPUT_CHANGED_ONLY",
            "INPUT_REPORT",
            "BASE_SHA",
            "ONMESSAGE_BIN"
        ]
    );

    let dir = drifting_repo();
    let bin_dir = binary.parent().expect("the binary is in a folder");
    let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("PATH entries have no separators");
    let output = std::process::Command::new("bash")
        .args(["-c", script])
        .current_dir(dir.path())
        .envs(env)
        .env("PATH", path)
        .env("GITHUB_ACTIONS", "true")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("GITHUB_WORKSPACE", dir.path())
        .env("GITHUB_ACTION_PATH", root())
        .env("NO_COLOR", "1")
        .output()
        .expect("bash can be started");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    assert_eq!(output.status.code(), Some(1), "stderr:\n{stderr}");
    assert_eq!(stdout, expected("drafts/spring sale%2C v2.md"));
    assert!(stderr.contains("2 errors in 1 of 1 file"), "{stderr}");
}
