//! A running `onmessage serve` on a port the system picks, and a plain HTTP/1.1 client over
//! `TcpStream` (one request per connection), so the tests see exactly what a browser would.
#![allow(dead_code)]

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The server process, stopped when dropped (also when a test panics).
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub struct Page {
    _child: Running,
    pub addr: SocketAddr,
    /// What the server printed on stderr before it listened.
    pub banner: String,
}

impl Page {
    /// Start the page in `dir` with `args` after `serve`, and wait for the line that says where
    /// it listens.
    pub fn start(dir: &Path, args: &[&str]) -> Page {
        let default_addr = ["--addr", "127.0.0.1:0"];
        let addr = if args.contains(&"--addr") {
            &[][..]
        } else {
            &default_addr[..]
        };
        let child = Command::new(env!("CARGO_BIN_EXE_onmessage"))
            .current_dir(dir)
            .arg("serve")
            .args(addr)
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("onmessage serve starts");
        let mut child = Running(child);
        let mut stderr = BufReader::new(child.0.stderr.take().expect("stderr"));
        let mut banner = String::new();
        loop {
            let mut line = String::new();
            let read = stderr.read_line(&mut line).unwrap_or(0);
            assert!(read > 0, "the page exited before listening:\n{banner}");
            banner.push_str(&line);
            if let Some(rest) = line.split("http://").nth(1) {
                let addr = rest
                    .split('/')
                    .next()
                    .expect("an address")
                    .parse()
                    .expect("ip:port");
                // Keep draining stderr so the server never blocks on a full pipe.
                std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
                return Page {
                    _child: child,
                    addr,
                    banner,
                };
            }
        }
    }

    pub fn host(&self) -> String {
        self.addr.to_string()
    }

    /// One request with the page's own `Host`.
    pub fn get(&self, path: &str) -> Response {
        self.request("GET", path, &self.host(), &[], b"")
    }

    pub fn post_json(&self, path: &str, body: &Value) -> Response {
        let body = serde_json::to_vec(body).expect("JSON");
        self.request(
            "POST",
            path,
            &self.host(),
            &[("Content-Type", "application/json")],
            &body,
        )
    }

    pub fn request(
        &self,
        method: &str,
        path: &str,
        host: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        http(self.addr, method, path, host, headers, body)
    }
}

/// One HTTP/1.1 request on a new connection, read to its end.
pub fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    host: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Response {
    let mut stream = TcpStream::connect(addr).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("writes");
    // A refused body may be cut short by the server: that is its answer, not an error.
    let _ = stream.write_all(body);
    Response::parse(&read_response(&mut stream))
}

/// The head and the body its `Content-Length` gives (servers may keep the connection open
/// whatever the request asked), or everything up to the end without one.
fn read_response(stream: &mut TcpStream) -> Vec<u8> {
    let mut raw = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    loop {
        if let Some(head_end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..head_end]).to_ascii_lowercase();
            let length = head
                .lines()
                .filter_map(|l| l.split_once(':'))
                .find(|(name, _)| name.trim() == "content-length")
                .and_then(|(_, value)| value.trim().parse::<usize>().ok());
            if let Some(length) = length {
                while raw.len() < head_end + 4 + length {
                    match stream.read(&mut buffer) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => raw.extend_from_slice(&buffer[..n]),
                    }
                }
                return raw;
            }
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return raw,
            Ok(n) => raw.extend_from_slice(&buffer[..n]),
        }
    }
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    fn parse(raw: &[u8]) -> Response {
        let text = String::from_utf8_lossy(raw);
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status line in {text:?}"));
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        Response {
            status,
            headers,
            body: body.to_string(),
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {} {}", self.status, self.body))
    }
}
