//! The only place that writes to the terminal. A closed stdout (`| head`) stops output quietly;
//! any other write error (a full disk) is named on stderr and makes the run exit 2 (see
//! [`Output::failed`]). Once a signal's cleanup has started, nothing more is written.

use super::signals;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};
use onmessage::report::escape::{defuse_commands, visible_lines};
use std::io::{self, IsTerminal, Write};

pub struct Output {
    stdout: io::BufWriter<io::Stdout>,
    /// stdout was closed by the reader, or failed: drop further output.
    closed: bool,
    /// Writing to stdout failed for another reason than a closed pipe: the output is lost.
    failed: bool,
    /// The report goes to stderr, because stdout carries a diff or fixed text.
    report_to_stderr: bool,
}

impl Output {
    pub fn new() -> Self {
        Output {
            stdout: io::BufWriter::new(io::stdout()),
            closed: false,
            failed: false,
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
            // Rendered report text: its data is escaped already, and its colours are ours.
            self.flush();
            let _ = writeln!(io::stderr(), "{text}");
            return;
        }
        self.emit(&format!("{text}\n"));
    }

    /// Text on stdout exactly as given (a diff, a fixed file).
    pub fn emit(&mut self, text: &str) {
        self.emit_bytes(text.as_bytes());
    }

    /// Stop writing to stdout; unless the reader closed it, say so and fail the run.
    fn write_failed(&mut self, err: &io::Error) {
        self.closed = true;
        if err.kind() != io::ErrorKind::BrokenPipe {
            self.failed = true;
            self.error(&format!("cannot write output: {err}"));
        }
    }

    /// Whether output was lost to a write error (not a closed pipe): the run must exit 2.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Bytes on stdout exactly as given (a text passed through that is not UTF-8).
    pub fn emit_bytes(&mut self, bytes: &[u8]) {
        signals::settle();
        if self.closed {
            return;
        }
        if let Err(err) = self.stdout.write_all(bytes) {
            self.write_failed(&err);
        }
    }

    /// A report streamed by `write`: to stdout, or stderr after [`Output::report_to_stderr`].
    /// `write` runs even once stdout is closed (into a sink), so what it does besides writing
    /// — an emitter's notes for stderr — still happens.
    pub fn print_with(&mut self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) {
        signals::settle();
        if self.report_to_stderr {
            self.flush();
            let _ = write(&mut io::stderr().lock());
            return;
        }
        if self.closed {
            let _ = write(&mut io::sink());
            return;
        }
        if let Err(err) = write(&mut self.stdout) {
            self.write_failed(&err);
        }
    }

    /// Write out what is buffered: most write errors show here, as the buffer fills or at the end.
    pub fn flush(&mut self) {
        signals::settle();
        if self.closed {
            return;
        }
        if let Err(err) = self.stdout.flush() {
            self.write_failed(&err);
        }
    }

    /// An error or skip note on stderr.
    pub fn error(&mut self, message: &str) {
        self.flush();
        let _ = writeln!(io::stderr(), "onmessage: {}", safe(message));
    }

    /// A hint on stderr.
    pub fn note(&mut self, message: &str) {
        self.flush();
        let _ = writeln!(io::stderr(), "{}", safe(message));
    }

    /// A miette diagnostic (an invalid guide) on stderr.
    pub fn diagnostic(&mut self, diagnostic: &dyn Diagnostic) {
        self.flush();
        let color =
            io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let render = |theme| {
            let mut text = String::new();
            // Rendering into a String cannot fail.
            let _ = GraphicalReportHandler::new_themed(theme)
                .with_width(100)
                .render_report(&mut text, diagnostic);
            text
        };
        // The guide's own text is shown: rendered plain first, so that a control character in
        // it is found and escaped (then without colour) rather than passed to the terminal.
        let plain = render(GraphicalTheme::unicode_nocolor());
        let text = match safe(&plain) {
            std::borrow::Cow::Borrowed(_) if color => render(GraphicalTheme::unicode()),
            safe => safe.into_owned(),
        };
        let _ = write!(io::stderr(), "{text}");
    }
}

/// A note's text as printed: file names and guide text in it may hold control characters or
/// look like workflow commands; both are escaped (the line breaks of our own notes are kept).
fn safe(text: &str) -> std::borrow::Cow<'_, str> {
    match visible_lines(text) {
        std::borrow::Cow::Borrowed(text) => defuse_commands(text),
        std::borrow::Cow::Owned(text) => {
            std::borrow::Cow::Owned(defuse_commands(&text).into_owned())
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}
