//! The `Host` check: a page on this machine must not answer a web site that pointed its own
//! name at 127.0.0.1 (DNS rebinding), so a request is served only when its `Host` is the bound
//! address, `localhost` on a loopback address, or a name the user allowed with `--allow-host`.

use super::AppState;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;
use std::sync::Arc;

/// The `Host` values requests may carry, lowercase.
#[derive(Debug, Clone)]
pub struct Hosts {
    allowed: Vec<String>,
}

impl Hosts {
    pub fn new(bound: SocketAddr, names: &[String]) -> Self {
        let port = bound.port();
        let mut allowed = vec![bound.to_string()];
        if bound.ip().is_loopback() {
            allowed.push(format!("localhost:{port}"));
        }
        for name in names {
            let name = name.trim().to_ascii_lowercase();
            if name.is_empty() {
                continue;
            }
            allowed.push(format!("{name}:{port}"));
            if port == 80 {
                allowed.push(name); // browsers leave the default port out
            }
        }
        Hosts { allowed }
    }

    pub fn allows(&self, host: &str) -> bool {
        let host = host.trim().to_ascii_lowercase();
        self.allowed.contains(&host)
    }
}

pub async fn host_allowed(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    match host {
        Some(host) if state.hosts.allows(host) => next.run(request).await,
        _ => (
            StatusCode::FORBIDDEN,
            "this page answers only requests for the address it listens on (see --allow-host)\n",
        )
            .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bound_address_and_localhost_on_loopback() {
        let hosts = Hosts::new("127.0.0.1:7777".parse().unwrap(), &[]);
        assert!(hosts.allows("127.0.0.1:7777"));
        assert!(hosts.allows("LOCALHOST:7777"));
        assert!(!hosts.allows("localhost:8080"));
        assert!(!hosts.allows("evil.example:7777"));
        assert!(!hosts.allows("127.0.0.1"));
    }

    #[test]
    fn allowed_names_with_the_port_and_without_it_on_port_80() {
        let hosts = Hosts::new("0.0.0.0:80".parse().unwrap(), &["Check.Internal".into()]);
        assert!(hosts.allows("check.internal"));
        assert!(hosts.allows("check.internal:80"));
        assert!(!hosts.allows("localhost:80"), "not a loopback address");
        let hosts = Hosts::new("10.0.0.5:7777".parse().unwrap(), &["check.internal".into()]);
        assert!(hosts.allows("check.internal:7777"));
        assert!(!hosts.allows("check.internal"));
    }
}
