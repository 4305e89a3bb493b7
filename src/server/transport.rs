//! Standard input and output as an LSP connection: `lsp-server`'s framing (`Message::read` and
//! `Message::write`) on two threads, like its `Connection::stdio`, except that a message whose
//! body is not a valid payload (a lone surrogate, a JSON syntax error) is logged in one line and
//! skipped: its frame was read whole, so the stream is still in step. A broken header leaves
//! the stream out of step and ends the input.

use super::log;
use crossbeam_channel::{bounded, Sender};
use lsp_server::{Connection, Message};
use lsp_types::notification::{Exit, Notification as _};
use std::io::{self, BufRead};
use std::thread::{self, JoinHandle};

/// The threads behind a [`stdio`] connection.
pub struct Threads {
    reader: JoinHandle<io::Result<()>>,
    writer: JoinHandle<io::Result<()>>,
}

impl Threads {
    /// Wait for both threads: the reader's error, if any (the writer ends once the connection's
    /// sender is dropped).
    pub fn join(self) -> io::Result<()> {
        let reader = self
            .reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("reader panicked")));
        let writer = self
            .writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("writer panicked")));
        reader.and(writer)
    }
}

/// A connection over standard input and output.
pub fn stdio() -> io::Result<(Connection, Threads)> {
    let (to_writer, from_server) = bounded::<Message>(0);
    let writer = thread::Builder::new()
        .name("onmessage-lsp-writer".into())
        .spawn(move || {
            let stdout = io::stdout();
            let mut stdout = stdout.lock();
            from_server
                .into_iter()
                .try_for_each(|message| message.write(&mut stdout))
        })?;
    let (to_server, from_reader) = bounded::<Message>(0);
    let reader = thread::Builder::new()
        .name("onmessage-lsp-reader".into())
        .spawn(move || read_all(&mut io::stdin().lock(), &to_server))?;
    let connection = Connection {
        sender: to_writer,
        receiver: from_reader,
    };
    Ok((connection, Threads { reader, writer }))
}

/// Read messages from `input` until it ends, an `exit` notification arrives or the server stops
/// listening; payloads that do not parse are logged and skipped.
fn read_all(input: &mut impl BufRead, to_server: &Sender<Message>) -> io::Result<()> {
    loop {
        let message = match Message::read(input) {
            Ok(Some(message)) => message,
            Ok(None) => return Ok(()),
            Err(err) if err.kind() == io::ErrorKind::InvalidData && in_step(&err) => {
                log(&format!(
                    "ignored a message: {}",
                    first_line(&err.to_string())
                ));
                continue;
            }
            Err(err) => return Err(err),
        };
        let exit = matches!(&message, Message::Notification(n) if n.method == Exit::METHOD);
        if to_server.send(message).is_err() || exit {
            return Ok(());
        }
    }
}

/// Whether a read error came after the whole frame was read: the body was not UTF-8 or not a
/// message. (`lsp-server` words a header error "malformed header" or "no Content-Length".)
fn in_step(err: &io::Error) -> bool {
    let text = err.to_string();
    text.starts_with("malformed LSP payload") || text.contains("utf-8")
}

/// The start of an error's text, on one line and bounded: a rejected payload may be megabytes.
fn first_line(text: &str) -> String {
    const LONGEST: usize = 200;
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(LONGEST)
        .collect();
    if text.chars().count() > LONGEST {
        format!("{line}…")
    } else {
        line
    }
}

/// For tests: the messages of a byte stream, as the server would receive them.
#[cfg(test)]
fn received(bytes: &[u8]) -> (Vec<Message>, io::Result<()>) {
    let (to_server, from_reader) = crossbeam_channel::unbounded();
    let result = read_all(&mut io::BufReader::new(bytes), &to_server);
    drop(to_server);
    (from_reader.into_iter().collect(), result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn a_payload_that_does_not_parse_is_skipped_and_the_stream_stays_in_step() {
        let bad = r#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"\ud800"}}"#;
        let syntax = r#"{"jsonrpc":"2.0","method":"#;
        let good = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let stream = [frame(bad), frame(syntax), frame(good)].concat();
        let (messages, result) = received(stream.as_bytes());
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(messages.len(), 1);
        assert!(matches!(&messages[0], Message::Notification(n) if n.method == "initialized"));
    }

    #[test]
    fn a_broken_header_ends_the_input_with_an_error() {
        let stream = "Content-Length: nine\r\n\r\n{}";
        let (messages, result) = received(stream.as_bytes());
        assert!(messages.is_empty());
        assert!(result.is_err());
    }

    #[test]
    fn nothing_after_exit_is_read() {
        let exit = r#"{"jsonrpc":"2.0","method":"exit"}"#;
        let good = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let (messages, _) = received([frame(exit), frame(good)].concat().as_bytes());
        assert_eq!(messages.len(), 1);
    }

    #[test]
    fn a_logged_error_is_one_bounded_line() {
        let long = format!("malformed LSP payload\n{}", "x".repeat(1000));
        let line = first_line(&long);
        assert!(!line.contains('\n') && line.chars().count() <= 201);
    }
}
