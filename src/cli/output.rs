//! The only place that writes to the terminal. A closed stdout (`| head`) stops output quietly.

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};
use std::io::{self, IsTerminal, Write};

pub struct Output {
    stdout: io::BufWriter<io::Stdout>,
    /// stdout was closed by the reader: drop further output, it is not an error.
    closed: bool,
}

impl Output {
    pub fn new() -> Self {
        Output {
            stdout: io::BufWriter::new(io::stdout()),
            closed: false,
        }
    }

    /// A block of report text on stdout, followed by a newline.
    pub fn print(&mut self, text: &str) {
        if self.closed {
            return;
        }
        if let Err(err) = writeln!(self.stdout, "{text}") {
            self.closed = true;
            if err.kind() != io::ErrorKind::BrokenPipe {
                self.error(&format!("cannot write output: {err}"));
            }
        }
    }

    pub fn flush(&mut self) {
        if !self.closed && self.stdout.flush().is_err() {
            self.closed = true;
        }
    }

    /// An error or skip note on stderr.
    pub fn error(&mut self, message: &str) {
        self.flush();
        let _ = writeln!(io::stderr(), "onmessage: {message}");
    }

    /// A hint on stderr.
    pub fn note(&mut self, message: &str) {
        self.flush();
        let _ = writeln!(io::stderr(), "{message}");
    }

    /// A miette diagnostic (an invalid guide) on stderr.
    pub fn diagnostic(&mut self, diagnostic: &dyn Diagnostic) {
        self.flush();
        let color =
            io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let mut text = String::new();
        // Rendering into a String cannot fail.
        let _ = GraphicalReportHandler::new_themed(theme)
            .with_width(100)
            .render_report(&mut text, diagnostic);
        let _ = write!(io::stderr(), "{text}");
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}
