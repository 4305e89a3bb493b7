//! The `onmessage` binary: parses arguments, walks files, renders reports, sets the exit code.

mod cli;

use clap::Parser;
use cli::args::{Cli, Command};
use cli::output::Output;
use std::process::ExitCode;

fn main() -> ExitCode {
    report_panics_escaped();
    let cli = Cli::parse();
    let mut out = Output::new();
    let code = match &cli.command {
        Command::Check(args) => cli::check::run(args, &mut out),
        Command::Report(args) => cli::report::run(args, &mut out),
        Command::Init { force } => cli::info::init(*force, &mut out),
        Command::Rules => cli::info::list_rules(&mut out),
        Command::Explain { rule } => cli::info::explain(rule, &mut out),
        Command::Server => onmessage::server::run_stdio(),
        Command::Serve(args) => cli::serve::run(args, &mut out),
        Command::Completions { shell } => cli::completions::completions(*shell, &mut out),
        Command::Man => cli::completions::man(&mut out),
        Command::Test(args) => cli::guide_test::run(args, &mut out),
        Command::Schema => cli::schema::schema(&mut out),
        Command::Extract { files } => cli::extract::run(files, &mut out),
    };
    out.flush();
    // Output lost to a write error (a full disk) fails the run, whatever it found.
    let code = if out.failed() {
        cli::check::EXIT_ERROR
    } else {
        code
    };
    drop(out);
    // A signal's cleanup under way ends the process with its own code.
    cli::signals::settle();
    ExitCode::from(code)
}

/// A panic (a bug) is reported on stderr as one escaped line: its message may quote a document
/// or a guide, whose control characters must not reach the terminal, as the default report
/// would let them. `RUST_BACKTRACE` still adds the backtrace.
fn report_panics_escaped() {
    std::panic::set_hook(Box::new(|info| {
        let said = cli::gather::said_by(info.payload());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "onmessage: internal error{place}: {}",
            onmessage::report::escape::visible(said)
        );
        if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
    }));
}
