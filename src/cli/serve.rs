//! `onmessage serve`: start the check page with its guide, say where it is, and serve until
//! stopped. The page itself is the library's (`onmessage::page`).

use super::args::ServeArgs;
use super::check::{EXIT_CLEAN, EXIT_ERROR};
use super::output::Output;
use super::walk::{self, WalkOptions};
use onmessage::page::files::{FileLister, Listed};
use onmessage::page::{self, live::LiveGuide, live::StartError};
use std::io::Write;
use std::path::Path;

pub fn run(args: &ServeArgs, out: &mut Output) -> u8 {
    let folder = args.path.as_deref().unwrap_or(Path::new("."));
    let guide = match LiveGuide::start(args.guide.as_deref(), folder) {
        Ok(guide) => guide,
        Err(StartError::Set(err)) => {
            out.diagnostic(&err);
            return EXIT_ERROR;
        }
        Err(StartError::Guide(err)) => {
            out.diagnostic(&*err);
            return EXIT_ERROR;
        }
    };
    if !args.addr.ip().is_loopback() {
        out.note(&format!(
            "warning: serving on {}, not only this machine: anyone who can reach it can check text with your guide. Name the host people will use with --allow-host.",
            args.addr
        ));
    }
    let files = match &args.path {
        Some(folder) if !folder.is_dir() => {
            out.error(&format!(
                "{}: not a folder (serve lists the files of a content folder)",
                walk::display_path(folder)
            ));
            return EXIT_ERROR;
        }
        Some(folder) => Some(lister(folder.clone())),
        None => None,
    };
    let options = page::Options {
        addr: args.addr,
        allowed_hosts: args.allow_host.clone(),
        max_body: args.max_body,
        files,
    };
    out.flush();
    let served = page::run(guide, &options, |bound| {
        // The one line a person (or a test) waits for; the page logs nothing else, and never text.
        let mut stderr = std::io::stderr();
        let _ = writeln!(
            stderr,
            "onmessage: the check page is at http://{bound}/ (Ctrl-C to stop)"
        );
    });
    match served {
        Ok(()) => EXIT_CLEAN,
        Err(err) => {
            out.error(&err.to_string());
            EXIT_ERROR
        }
    }
}

/// The folder's files as `check` walks them (ignore files respected, hidden files left out).
fn lister(folder: std::path::PathBuf) -> FileLister {
    std::sync::Arc::new(move || {
        let options = WalkOptions {
            no_ignore: false,
            hidden: false,
        };
        walk::walk(std::slice::from_ref(&folder), &options)
            .targets
            .into_iter()
            .map(|target| Listed {
                display: target.display(),
                path: target.path,
                kind: target.kind,
            })
            .collect()
    })
}
