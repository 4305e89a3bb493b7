//! The only place that writes to the terminal. A closed stdout (`| head`) stops output quietly.

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};
use std::io::{self, IsTerminal, Write};

pub struct Output {
    stdout: io::BufWriter<io::Stdout>,
    /// stdout was closed by the reader: drop further output, it is not an error.
    closed: bool,
    /// The report goes to stderr, because stdout carries a diff or fixed text.
    report_to_stderr: bool,
}

impl Output {
    pub fn new() -> Self {
        Output {
            stdout: io::BufWriter::new(io::stdout()),
            closed: false,
            report_to_stderr: false,
        }
    }

    /// From now on the report goes to stderr; stdout is kept for [`Output::emit`].
    pub fn report_to_stderr(&mut self) {
        self.report_to_stderr = true;
    }

    /// A block of report text, followed by a newline: on stdout, or stderr after
    /// [`Output::report_to_stderr`].
    pub fn print(&mut self, text: &str) {
        if self.report_to_stderr {
            self.note(text);
            return;
        }
        self.emit(&format!("{text}\n"));
    }

    /// Text on stdout exactly as given (a diff, a fixed file).
    pub fn emit(&mut self, text: &str) {
        if self.closed {
            return;
        }
        if let Err(err) = write!(self.stdout, "{text}") {
            self.closed = true;
            if err.kind() != io::ErrorKind::BrokenPipe {
                self.error(&format!("cannot write output: {err}"));
            }
        }
    }

    /// Bytes on stdout exactly as given (a text passed through that is not UTF-8).
    pub fn emit_bytes(&mut self, bytes: &[u8]) {
        if self.closed {
            return;
        }
        if let Err(err) = self.stdout.write_all(bytes) {
            self.closed = true;
            if err.kind() != io::ErrorKind::BrokenPipe {
                self.error(&format!("cannot write output: {err}"));
            }
        }
    }

    /// A report streamed by `write`: to stdout, or stderr after [`Output::report_to_stderr`].
    pub fn print_with(&mut self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) {
        if self.report_to_stderr {
            self.flush();
            let _ = write(&mut io::stderr().lock());
            return;
        }
        if self.closed {
            return;
        }
        if let Err(err) = write(&mut self.stdout) {
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
