//! Latency of the check page as a writer types: starts `onmessage serve` with `--guide`, builds
//! a draft of about `--words` words from `SOURCE` Markdown files, then sends `--edits` checks of
//! the whole draft as the page does after each keystroke (a letter typed in the middle of a
//! line, then deleted again, at lines spread through the draft) and times each from sending
//! `POST /api/check` to having its findings parsed: what the page waits for before it draws
//! the highlights (its debounce comes before, the drawing after). Prints one JSON object.
//!
//! A benchmark, run by `bench/run.sh`, never by `cargo test`:
//!   cargo run --release --example page_latency -- --server target/release/onmessage \
//!     --guide fixtures/demo/message-guide.yml --channel sell-sheet fixtures/demo

#[path = "latency/drafts.rs"]
mod drafts;
#[path = "../tests/serve/http.rs"]
mod http;

use drafts::{build_document, parse_options, timing, Common};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

struct Options {
    common: Common,
    channel: Option<String>,
}

impl std::ops::Deref for Options {
    type Target = Common;
    fn deref(&self) -> &Common {
        &self.common
    }
}

const USAGE: &str = "page_latency --guide GUIDE.yml [--server BIN] [--channel NAME] \
    [--words N] [--edits N] [--warmup N] [--label NAME] SOURCE...";

fn options() -> Result<Options, String> {
    let mut own = None;
    let common = parse_options(2000, USAGE, |arg, value| {
        if arg != "--channel" {
            return Ok(false);
        }
        own = Some(value()?);
        Ok(true)
    })?;
    Ok(Options {
        common,
        channel: own,
    })
}

/// The page's server, stopped when dropped.
struct Served(Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(o: &Options) -> Result<(Served, SocketAddr), String> {
    let child = Command::new(&o.server)
        .args(["serve", "--addr", "127.0.0.1:0", "--guide"])
        .arg(&o.guide)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", o.server.display()))?;
    let mut served = Served(child);
    let stderr = served.0.stderr.take().ok_or("no stderr")?;
    let mut lines = BufReader::new(stderr).lines();
    while let Some(Ok(line)) = lines.next() {
        if let Some(rest) = line.split("http://").nth(1) {
            let addr = rest.split('/').next().unwrap_or_default();
            let addr = addr.parse().map_err(|e| format!("{addr}: {e}"))?;
            std::thread::spawn(move || lines.for_each(drop));
            return Ok((served, addr));
        }
    }
    Err("the page exited before listening".into())
}

/// The draft with a letter typed into (even `i`) or not (odd `i`) the middle of a line spread
/// through it: the text the page sends after each keystroke.
fn edited(text: &str, i: usize) -> String {
    if i % 2 == 1 {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let line = (i / 2 * 7919) % lines.len().max(1);
    let at: usize = lines[..line].iter().map(|l| l.len() + 1).sum::<usize>()
        + lines.get(line).map_or(0, |l| {
            let mut middle = l.len() / 2;
            while !l.is_char_boundary(middle) {
                middle -= 1;
            }
            middle
        });
    let mut out = text.to_string();
    out.insert(at.min(text.len()), 'e');
    out
}

fn run(o: &Options) -> Result<serde_json::Value, String> {
    let text = build_document(&o.sources, o.words)?;
    let (_served, addr) = start(o)?;
    let host = addr.to_string();
    let check = |text: &str| -> Result<usize, String> {
        let body = serde_json::json!({ "text": text, "channel": o.channel }).to_string();
        let response = http::http(
            addr,
            "POST",
            "/api/check",
            &host,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        );
        if response.status != 200 {
            return Err(format!("{}: {}", response.status, response.body));
        }
        Ok(response.json()["findings"].as_array().map_or(0, Vec::len))
    };
    let found = check(&text)?;
    let mut times = Vec::with_capacity(o.edits);
    for i in 0..o.warmup + o.edits {
        let draft = edited(&text, i);
        let sent = Instant::now();
        check(&draft)?;
        if i >= o.warmup {
            times.push(sent.elapsed().as_secs_f64() * 1000.0);
        }
    }
    let mut figures = timing(&times, o.warmup);
    let serde_json::Value::Object(own) = serde_json::json!({
        "label": o.label,
        "words": text.split_whitespace().count(),
        "bytes": text.len(),
        "findings": found,
    }) else {
        unreachable!("a JSON object literal")
    };
    figures.extend(own);
    Ok(serde_json::Value::Object(figures))
}

fn main() {
    match options().and_then(|o| run(&o)) {
        Ok(figures) => println!("{figures}"),
        Err(err) => {
            eprintln!("page_latency: {err}");
            std::process::exit(1);
        }
    }
}
