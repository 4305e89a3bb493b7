//! Command-line arguments.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "onmessage",
    // The commit comes from build.rs ("unknown" when built outside a git checkout).
    version = concat!(env!("CARGO_PKG_VERSION"), " (", env!("ONMESSAGE_COMMIT"), ")"),
    about = "Check sales scripts, sell sheets and campaign copy against your message guide",
    after_help = "Run `onmessage init` to write a starter message-guide.yml, then `onmessage check`."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check files against the nearest message-guide.yml (exit 0 clean, 1 findings, 2 error)
    Check(CheckArgs),
    /// The alignment scorecard: scores per file, channel and folder, benefit coverage, approved
    /// phrase usage, drift and field language (exit 0 report made, 2 error)
    Report(ReportArgs),
    /// Write a commented starter message-guide.yml in the current directory
    Init {
        /// Overwrite an existing message-guide.yml
        #[arg(long)]
        force: bool,
    },
    /// List every rule with its default level
    Rules,
    /// Explain a rule: what it does, why it matters, an example and its fix
    Explain {
        /// A rule id, such as banned-term
        rule: String,
    },
    /// Run the language server on stdin and stdout, for editors (diagnostics as you type and
    /// fixes as code actions; see the README's "Editors" section)
    Server,
    /// Serve the check page: writers paste a draft into a browser and see the guide's findings
    /// as they type, apply fixes and read the guide (see the README's "For writers" section)
    Serve(ServeArgs),
    /// Print a shell completion script (for example
    /// `onmessage completions bash > ~/.local/share/bash-completion/completions/onmessage`)
    Completions {
        /// The shell to complete in
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), for example `onmessage man > onmessage.1`
    Man,
    /// Run the guide's own tests: its entries' examples and its calibration files (exit 0 all
    /// pass, 1 a test failed, 2 invalid guide)
    Test(TestArgs),
    /// Print the JSON Schema of message-guide.yml, for editors that complete and check the guide
    /// as it is typed (see the README's "Editor completion for the guide")
    Schema,
    /// Print the text the rules see in each file, with region markers (`--- slide 3 (notes) ---`,
    /// `--- page 2 ---`, `--- prose, line 4 ---`): what Word, PowerPoint, OpenDocument and PDF
    /// files are checked as (exit 0, or 2 when a file cannot be read)
    Extract {
        /// Files to print
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// The guide to test (default: the nearest message-guide.yml); its calibration globs are
    /// relative to its folder
    #[arg(long, value_name = "FILE")]
    pub guide: Option<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = TestFormat::Table)]
    pub format: TestFormat,

    /// A finding in a good calibration file (or one no `expect:` names) fails from this
    /// severity
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "LEVEL")]
    pub fail_on: FailOn,

    /// Also check the calibration files with the guide as it was at a git ref (such as
    /// origin/main) and list the files that gain or lose findings: a guide change's impact
    #[arg(long, value_name = "REF")]
    pub since: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DateSource {
    /// The `date` key of the file's front matter
    FrontMatter,
    /// The date of the last commit that changed the file
    Git,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TestFormat {
    /// Each failure with where it is, then a table per rule
    Table,
    /// One JSON object (version 1)
    Json,
    /// JUnit XML, for CI dashboards
    Junit,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The guide to check with (default: the nearest message-guide.yml, else the built-in packs);
    /// reloaded when the file changes
    #[arg(long, value_name = "FILE")]
    pub guide: Option<PathBuf>,

    /// Where to listen; another address than this machine's must be asked for on purpose
    #[arg(long, value_name = "IP:PORT", default_value = onmessage::page::DEFAULT_ADDR)]
    pub addr: std::net::SocketAddr,

    /// A host name the page may be reached by besides the address (repeatable): requests for
    /// any other name are refused, against DNS rebinding
    #[arg(long = "allow-host", value_name = "NAME")]
    pub allow_host: Vec<String>,

    /// The largest request the page accepts, in bytes
    #[arg(long, value_name = "BYTES", default_value_t = onmessage::page::DEFAULT_MAX_BODY)]
    pub max_body: usize,

    /// A content folder: the page lists its files with their scores and findings (read-only),
    /// walked as `check` walks it
    pub path: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files and folders to check (folders are walked for .md, .markdown, .mdx and .txt files)
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Use this guide for every file instead of discovering message-guide.yml files
    #[arg(long, value_name = "FILE")]
    pub guide: Option<PathBuf>,

    /// Exit 1 when a finding reaches this severity
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "LEVEL")]
    pub fail_on: FailOn,

    /// Print only the summary line (human format)
    #[arg(long, short)]
    pub quiet: bool,

    /// Print counts per rule and the ten most frequent guide entries with their files instead
    /// of every finding (human or JSON format)
    #[arg(long, conflicts_with_all = ["write_baseline", "diff"])]
    pub statistics: bool,

    /// When to use colour (NO_COLOR is honoured with auto)
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,

    /// Do not respect .gitignore, .ignore and git exclude files (the guide's own `ignore` still applies)
    #[arg(long)]
    pub no_ignore: bool,

    /// Also walk hidden files and folders
    #[arg(long)]
    pub hidden: bool,

    /// Check text from standard input instead of files
    #[arg(long, conflicts_with = "paths")]
    pub stdin: bool,

    /// With --stdin: check the text as if it were this file (its guide, channel, audience and the
    /// guide's ignore apply)
    #[arg(long, value_name = "PATH", requires = "stdin")]
    pub stdin_filename: Option<PathBuf>,

    /// Report only findings on lines added or changed since the merge base of REF and HEAD
    /// (working tree included; untracked files count as wholly changed)
    #[arg(long, value_name = "REF", conflicts_with = "write_baseline")]
    pub changed_since: Option<String>,

    /// Hide the findings recorded in this baseline file; fail only on new ones
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// Record today's findings in this baseline file (and exit 0); not with --fix, --diff or
    /// --changed-since, since a baseline records every finding of the files as they are
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,

    /// Apply safe fixes (brand-name case, preferred terms) to the files; with --stdin, print the
    /// fixed text
    #[arg(long, conflicts_with = "write_baseline")]
    pub fix: bool,

    /// Apply unsafe fixes too (replacements that may need a human to reread the sentence);
    /// implies --fix
    #[arg(long, conflicts_with = "write_baseline")]
    pub unsafe_fixes: bool,

    /// Print a unified diff of what the fixes would change, and write nothing
    #[arg(long, conflicts_with = "write_baseline")]
    pub diff: bool,

    /// Also append a Markdown table of the findings per rule and severity to this file (for
    /// GitHub's job summary, `$GITHUB_STEP_SUMMARY`), whatever the format
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub summary: Option<PathBuf>,
}

impl CheckArgs {
    /// Which fixes to apply, if any.
    pub fn fix_applicability(&self) -> Option<onmessage::finding::Applicability> {
        use onmessage::finding::Applicability;
        if self.unsafe_fixes {
            Some(Applicability::Unsafe)
        } else if self.fix || self.diff {
            Some(Applicability::Safe)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Readable reports with the source line, then a summary
    Human,
    /// One JSON object: the stable contract
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards
    Sarif,
    /// GitHub Actions annotations (workflow commands); the summary goes to stderr
    Github,
    /// One row per finding, for spreadsheets; the summary goes to stderr
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Files and folders to score (folders are walked as by `check`)
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Report format: Markdown (fits a pull-request comment), one self-contained HTML page, or
    /// JSON with every figure
    #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
    pub format: ReportFormat,

    /// Write the report to this file instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Also score the repository as it was at this git ref (with the current guides) and show
    /// the changes since
    #[arg(long, value_name = "REF")]
    pub since: Option<String>,

    /// Group the Folders table this many folders deep (default: where the folder tree branches)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub depth: Option<u16>,

    /// Also group files by a front-matter key: `author`, `tag`, any key, or `month` (of the
    /// `date` key, or of the last commit with `--dates git`)
    #[arg(long, value_name = "KEY")]
    pub by: Option<String>,

    /// Where a file's date comes from: its front matter's `date`, or its last git commit
    #[arg(long, value_enum, default_value_t = DateSource::FrontMatter, value_name = "SOURCE")]
    pub dates: DateSource,

    /// Use this guide for every file instead of discovering message-guide.yml files
    #[arg(long, value_name = "FILE")]
    pub guide: Option<PathBuf>,

    /// Do not respect .gitignore, .ignore and git exclude files (the guide's own `ignore` still applies)
    #[arg(long)]
    pub no_ignore: bool,

    /// Also walk hidden files and folders
    #[arg(long)]
    pub hidden: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown: tables and the top 10 of each list, under 65,000 characters
    Md,
    /// One self-contained HTML page: inline CSS and SVG charts, no JavaScript
    Html,
    /// Every figure, for dashboards
    Json,
    /// One row per file (channel, team, author, date, words, score, errors, warnings,
    /// requirements met), for spreadsheets
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}
