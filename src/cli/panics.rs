//! Panics (bugs) as the user sees them: one escaped line each, never twice.
//!
//! A panic's message may quote a document or a guide, whose control characters must not reach
//! the terminal as the default report would let them. A panic while one file is checked or
//! scored ([`caught`]) becomes that file's error, named with the file and the place in our
//! source, and the run goes on; the hook then says nothing itself, so the line is not printed
//! twice. Any other panic is reported by the hook. `RUST_BACKTRACE` adds the backtrace to both.

use std::cell::{Cell, RefCell};

thread_local! {
    /// Whether a panic on this thread is caught by [`caught`], which reports it.
    static CATCHING: Cell<bool> = const { Cell::new(false) };
    /// Where the last caught panic on this thread happened (" at file:line"), for [`caught`].
    static PLACE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Reports panics as one escaped line on stderr (see the module's docs).
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if CATCHING.get() {
            PLACE.with_borrow_mut(|kept| *kept = place);
        } else {
            eprintln!(
                "onmessage: internal error{place}: {}",
                onmessage::report::escape::visible(said_by(info.payload()))
            );
        }
        if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
    }));
}

/// `work`'s result, or, if it panics, the error to report for the file it works on: escaped,
/// with the place of the panic when the hook is installed.
pub fn caught<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    let outer = CATCHING.replace(true);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
    CATCHING.set(outer);
    result.map_err(|payload| {
        let place = PLACE.with_borrow_mut(std::mem::take);
        format!(
            "internal error{place} (a bug in onmessage: please report it with this file): {}",
            onmessage::report::escape::visible(said_by(payload.as_ref()))
        )
    })
}

/// A panic's message: `panic!` makes a `&str` or a `String`.
pub fn said_by(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message")
}

#[cfg(test)]
mod tests {
    use super::caught;

    #[test]
    fn a_panic_becomes_one_escaped_error() {
        // The message may quote the document: control characters come out escaped.
        let error = caught(|| panic!("index inside `caf\u{1b}[31m`")).expect_err("it panics");
        assert!(
            error.starts_with("internal error") && error.contains("(a bug in onmessage"),
            "{error}"
        );
        assert!(
            error.contains("caf\\x1b[31m") || error.contains("caf\\u{1b}[31m"),
            "{error}"
        );
        assert!(!error.contains('\u{1b}'), "{error}");
        assert_eq!(caught(|| 7), Ok(7));
    }

    #[test]
    fn a_caught_panic_does_not_leave_the_thread_catching() {
        let _ = caught(|| {
            let _ = caught(|| panic!("inner"));
            panic!("outer")
        });
        assert!(
            !super::CATCHING.get(),
            "the flag is restored after each catch"
        );
    }
}
