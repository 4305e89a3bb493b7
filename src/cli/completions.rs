//! `onmessage completions SHELL` and `onmessage man`: generated from the argument definitions,
//! so they never fall behind a new option.

use super::args::Cli;
use super::check::EXIT_CLEAN;
use super::output::Output;
use clap::CommandFactory;
use clap_complete::Shell;

/// The completion script for `shell`, on stdout.
pub fn completions(shell: Shell, out: &mut Output) -> u8 {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "onmessage", &mut script);
    out.emit_bytes(&script);
    EXIT_CLEAN
}

/// The man page (roff), on stdout.
pub fn man(out: &mut Output) -> u8 {
    let mut page = Vec::new();
    // Rendering into memory cannot fail; a write error on stdout is Output's to report.
    let _ = clap_mangen::Man::new(Cli::command()).render(&mut page);
    out.emit_bytes(&page);
    EXIT_CLEAN
}
