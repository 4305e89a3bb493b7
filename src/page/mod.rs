//! `onmessage serve`: the check page. One HTML page (embedded in the binary, no CDN, no build
//! step) where writers paste a draft and see the guide's findings as they type, apply fixes,
//! and read the guide itself; served on the team's own machine, sending nothing anywhere.
//!
//! The page talks JSON to a small HTTP API (axum on a one-thread tokio runtime); every check and
//! fix goes through the library pipeline ([`draft`]), so the page never disagrees with `check`.
//! Requests must name the bound address (or an allowed name) in `Host` — a defence against DNS
//! rebinding — and bodies are capped.

mod api;
mod assets;
pub mod draft;
pub mod files;
mod guard;
pub mod guide_view;
pub mod live;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use live::LiveGuide;
use std::net::SocketAddr;
use std::sync::Arc;

/// The default address: this machine only.
pub const DEFAULT_ADDR: &str = "127.0.0.1:7777";

/// The largest request body accepted, unless `--max-body` says otherwise: 5 MB.
pub const DEFAULT_MAX_BODY: usize = 5 * 1024 * 1024;

/// How the page is served.
#[derive(Clone)]
pub struct Options {
    pub addr: SocketAddr,
    /// Host names requests may use besides the bound address (and `localhost` on loopback).
    pub allowed_hosts: Vec<String>,
    pub max_body: usize,
    /// With a content folder: its files, for the files view.
    pub files: Option<files::FileLister>,
}

/// What every request shares.
pub struct AppState {
    pub guide: LiveGuide,
    pub hosts: guard::Hosts,
    pub files: Option<files::FileLister>,
    /// One permit per core: checks beyond that wait their turn instead of each taking a thread.
    pub workers: tokio::sync::Semaphore,
}

/// The page's routes over `state`.
pub fn app(state: Arc<AppState>, max_body: usize) -> Router {
    Router::new()
        .route("/", get(assets::index))
        .route("/app.js", get(assets::script))
        .route("/style.css", get(assets::style))
        .route("/api/guide", get(api::guide))
        .route("/api/check", post(api::check))
        .route("/api/fix", post(api::fix))
        .route("/api/files", get(api::files))
        .route("/api/file", get(api::file))
        .fallback(api::not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::host_allowed,
        ))
        .with_state(state)
}

/// Why the page stopped.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("the page's server failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Serve the page until the process is stopped. `ready` is told the address once it listens
/// (the port the system chose, for `:0`).
pub fn run(
    guide: LiveGuide,
    options: &Options,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(options.addr)
            .await
            .map_err(|source| ServeError::Bind {
                addr: options.addr,
                source,
            })?;
        let bound = listener.local_addr()?;
        let state = Arc::new(AppState {
            guide,
            hosts: guard::Hosts::new(bound, &options.allowed_hosts),
            files: options.files.clone(),
            workers: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get()),
            ),
        });
        ready(bound);
        axum::serve(listener, app(state, options.max_body)).await?;
        Ok(())
    })
}
