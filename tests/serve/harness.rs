//! A running `onmessage serve` on a port the system picks, and a plain HTTP/1.1 client over
//! `TcpStream` (one request per connection), so the tests see exactly what a browser would.
#![allow(dead_code)]

use super::http::{http, Response};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};

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
