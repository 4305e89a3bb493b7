//! The `onmessage` binary: parses arguments, walks files, renders reports, sets the exit code.

mod cli;

use clap::Parser;
use cli::args::{Cli, Command};
use cli::output::Output;
use std::process::ExitCode;

fn main() -> ExitCode {
    cli::panics::install_hook();
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
