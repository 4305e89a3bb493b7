//! Escaping, in one place, for everything the binary prints: paths, guide text (reasons,
//! replacements, messages, suggestions) and document lines are data, and data must never become
//! a terminal escape sequence or a GitHub Actions workflow command.
//!
//! - [`visible`]: control characters (C0 but tab, DEL, C1) as `\n`, `\x1b`, `\u{9b}` — for the
//!   human report, stderr notes and the GitHub annotations.
//! - [`defuse_commands`]: the last pass over text bound for a terminal or a CI log, so no line
//!   reads as a workflow command (`::cmd::` at a line's start, or `##[cmd]` anywhere, which the
//!   Actions runner also obeys).
//! - [`escape_data`], [`escape_property`]: the runner's own encoding inside a workflow command,
//!   after [`visible_for_command`].
//! - [`path_text`]: a path's bytes as text, invalid UTF-8 as `\xFF`, so two names never merge.
//! - [`write_json_pretty`]: JSON with DEL and C1 as `\u009b` too (serde escapes only C0), and
//!   `##[` as `##\u005b`.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// Whether `c` is shown escaped: C0 controls but tab, DEL and C1 controls.
pub fn is_control(c: char) -> bool {
    c.is_control() && c != '\t'
}

/// The visible form of one control character.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\0'..='\u{7f}' => {
            let _ = write!(out, "\\x{:02x}", u32::from(c));
        }
        _ => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

/// `text` with every control character but tab in a visible escaped form (`\n`, `\x1b`,
/// `\u{9b}`): one line, nothing a terminal acts on.
pub fn visible(text: &str) -> Cow<'_, str> {
    visible_except(text, false)
}

/// [`visible`], keeping line breaks (`\n`, and the `\r` of a `\r\n`): for text of several lines.
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    visible_except(text, true)
}

/// [`visible`], keeping CR and LF: for a workflow command, whose own encoding carries them
/// (`%0D`, `%0A`) into a multi-line annotation.
pub fn visible_for_command(text: &str) -> Cow<'_, str> {
    visible_if(text, |_, c| c == '\n' || c == '\r')
}

fn visible_except(text: &str, lines: bool) -> Cow<'_, str> {
    visible_if(text, |i, c| {
        lines && (c == '\n' || (c == '\r' && text[i + 1..].starts_with('\n')))
    })
}

/// `text` with the control characters that `keep` (given their byte offset) refuses escaped.
fn visible_if(text: &str, keep: impl Fn(usize, char) -> bool) -> Cow<'_, str> {
    let kept = |i: usize, c: char| !is_control(c) || keep(i, c);
    if text.char_indices().all(|(i, c)| kept(i, c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        if kept(i, c) {
            out.push(c);
        } else {
            push_escaped(&mut out, c);
        }
    }
    Cow::Owned(out)
}

/// [`visible_lines`] for a source excerpt, with `span` (a byte range of `text`) moved to the
/// same characters in the result. A `\r` before `\n` is dropped: it only ends the line.
pub fn visible_span(text: &str, span: std::ops::Range<usize>) -> (String, std::ops::Range<usize>) {
    let mut out = String::with_capacity(text.len());
    let (mut start, mut end) = (None, None);
    for (i, c) in text.char_indices() {
        if i == span.start {
            start = Some(out.len());
        }
        if i == span.end {
            end = Some(out.len());
        }
        if c == '\n' || !is_control(c) {
            out.push(c);
        } else if c != '\r' || !text[i + 1..].starts_with('\n') {
            push_escaped(&mut out, c);
        }
    }
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    (out, start..end)
}

/// The last pass over text for a terminal or a CI log: a line that would start with `::` (after
/// leading white space, as the Actions runner reads it) gets its first `:` escaped as `\x3a`, and
/// `##[` anywhere becomes `##\x5b`. Our own text never has either, so only data changes.
pub fn defuse_commands(text: &str) -> Cow<'_, str> {
    let starts_command = |line: &str| line.trim_start().starts_with("::");
    if !text.contains("##[") && !text.split('\n').any(starts_command) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let line = if starts_command(line) {
            let at = line.len() - line.trim_start().len();
            Cow::Owned(format!("{}\\x3a{}", &line[..at], &line[at + 1..]))
        } else {
            Cow::Borrowed(line)
        };
        out.push_str(&line.replace("##[", "##\\x5b"));
    }
    Cow::Owned(out)
}

/// A workflow command's message: `%`, CR and LF are encoded, as the runner decodes them.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: as a message, and also `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// A path as text: its bytes when they are UTF-8, else each invalid byte as `\xFF`, so two
/// different names never show (or sort, or merge) as one. Control characters are kept: JSON
/// carries them exactly, and the text renderers make them [`visible`].
pub fn path_text(path: &Path) -> Cow<'_, str> {
    if let Some(text) = path.to_str() {
        return Cow::Borrowed(text);
    }
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            let _ = write!(out, "\\x{byte:02X}");
        }
    }
    Cow::Owned(out)
}

/// `value` as pretty JSON, as serde_json writes it, but with DEL and C1 controls escaped as
/// `\u007f`…`\u009f` too: the same data for a JSON reader, nothing for a terminal.
pub fn write_json_pretty<W: io::Write, T: serde::Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(writer, SafeFormatter::default());
    value.serialize(&mut serializer)
}

/// [`write_json_pretty`] into a String.
pub fn to_json_pretty<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(1024);
    write_json_pretty(&mut out, value)?;
    // serde_json writes UTF-8, and the escapes added are ASCII.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// serde_json's pretty formatter, escaping DEL and C1 in strings.
#[derive(Default)]
struct SafeFormatter<'a>(serde_json::ser::PrettyFormatter<'a>);

macro_rules! delegate {
    ($($name:ident($($arg:ident: $ty:ty),*);)*) => {
        $(fn $name<W: ?Sized + io::Write>(&mut self, writer: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            self.0.$name(writer $(, $arg)*)
        })*
    };
}

impl serde_json::ser::Formatter for SafeFormatter<'_> {
    delegate! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Most strings are plain printable ASCII without `#`: nothing below to change (DEL is
        // 0x7f, C1 controls are not ASCII), and they are written as they are, unread twice.
        if fragment
            .bytes()
            .all(|b| matches!(b, b'\t' | b' '..=b'~') && b != b'#')
        {
            return writer.write_all(fragment.as_bytes());
        }
        // `##[` anywhere in a line is a (legacy) workflow command to the Actions runner.
        let fragment = if fragment.contains("##[") {
            Cow::Owned(fragment.replace("##[", "##\\u005b"))
        } else {
            Cow::Borrowed(fragment)
        };
        let mut rest = &*fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| is_control(c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible() {
        assert_eq!(visible("a\tb"), "a\tb");
        assert_eq!(
            visible("x\n::add-mask::y\r\x1b[31m\u{9b}2J\u{7f}\0"),
            "x\\n::add-mask::y\\r\\x1b[31m\\u{9b}2J\\x7f\\x00"
        );
        assert_eq!(visible_lines("a\r\nb\x1b\rc"), "a\r\nb\\x1b\\rc");
        assert!(matches!(visible("plain é"), Cow::Borrowed(_)));
    }

    #[test]
    fn spans_follow_the_escaped_text() {
        let text = "a\x1bb bad\u{9b} c\r\nnext";
        let start = text.find("bad").unwrap_or_default();
        let (out, span) = visible_span(text, start..start + 3);
        assert_eq!(out, "a\\x1bb bad\\u{9b} c\nnext");
        assert_eq!(&out[span], "bad");
    }

    #[test]
    fn no_line_reads_as_a_workflow_command() {
        assert_eq!(
            defuse_commands("ok\n  ::warning::x\nsee ##[add-mask]y"),
            "ok\n  \\x3a:warning::x\nsee ##\\x5badd-mask]y"
        );
        assert!(matches!(
            defuse_commands("a::b\n:x"),
            Cow::Borrowed("a::b\n:x")
        ));
        // The runner trims Unicode white space too.
        assert_eq!(defuse_commands("\u{a0}::x"), "\u{a0}\\x3a:x");
    }

    #[test]
    fn escapes_as_the_runner_expects() {
        assert_eq!(escape_data("100%: a,b\r\nc"), "100%25: a,b%0D%0Ac");
        assert_eq!(escape_property("a b,c:d%.md"), "a b%2Cc%3Ad%25.md");
    }

    #[test]
    #[cfg(unix)]
    fn invalid_bytes_in_paths_stay_apart() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let ff = Path::new(OsStr::from_bytes(b"a\xff.md"));
        let fe = Path::new(OsStr::from_bytes(b"a\xfe.md"));
        assert_eq!(path_text(ff), "a\\xFF.md");
        assert_ne!(path_text(ff), path_text(fe));
        assert_eq!(path_text(Path::new("a\\b.md")), "a\\b.md");
    }

    #[test]
    fn json_escapes_c1_and_stays_the_same_data() {
        let value = serde_json::json!({"m": "a\u{9b}b\u{1b}c\u{7f}\"é ##[x]"});
        let text = to_json_pretty(&value).unwrap_or_default();
        assert!(!text.chars().any(|c| is_control(c) && c != '\n'), "{text}");
        assert!(text.contains("\\u009b") && text.contains("\\u007f"));
        let back: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        assert_eq!(back, value);
        assert_eq!(
            text,
            serde_json::to_string_pretty(&serde_json::json!({"m": "abc\"é ##[x]"}))
                .unwrap_or_default()
                .replace("abc", "a\\u009bb\\u001bc\\u007f")
                .replace("##[", "##\\u005b")
        );
    }

    #[test]
    fn plain_ascii_strings_are_written_as_serde_writes_them() {
        // Printable ASCII (the plain path), then each byte that leaves it: `#`, DEL, C1, non-ASCII.
        for m in [
            "Use \"sign in\" (not login): a/b\\c\ttab ~`{}",
            "issue #12",
            "##[x]",
            "del\u{7f}",
            "c1\u{85}",
            "café",
        ] {
            let text = to_json_pretty(&serde_json::json!({ "m": m })).unwrap_or_default();
            let plain = serde_json::to_string_pretty(&serde_json::json!({ "m": m }))
                .unwrap_or_default()
                .replace("##[", "##\\u005b")
                .replace('\u{7f}', "\\u007f")
                .replace('\u{85}', "\\u0085");
            assert_eq!(text, plain, "{m}");
        }
    }
}
