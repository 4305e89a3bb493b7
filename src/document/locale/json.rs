//! A JSON scanner with byte offsets: every string value with its content range, the text between
//! its escape sequences, its decoded value and its key path. A loop with an explicit stack, so a
//! file nested 100,000 levels deep is read like any other; strict RFC 8259 syntax, so a file a
//! JSON parser refuses is refused here too.

use super::path::KeyPath;
use super::{Quoting, Scalar, SyntaxError};

const FORMAT: &str = "JSON";

/// What the scanner expects next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Value,
    /// Just after `[`: a value or `]`.
    ValueOrClose,
    /// Just after `{`: a key or `}`.
    KeyOrClose,
    /// After `,` in an object.
    Key,
    Colon,
    CommaOrClose,
    /// The top-level value was read: only white space may follow.
    End,
}

/// Call `found` with each string value of the JSON `text` and its key path.
/// Keys are passed too, with no key path: their quotes delimit strings.
pub fn values(text: &str, found: &mut dyn FnMut(Scalar, Option<&str>)) -> Result<(), SyntaxError> {
    let bytes = text.as_bytes();
    let error = |at: usize, reason: &str| SyntaxError::at(FORMAT, text, at, reason);
    // `true` for an object, `false` for an array.
    let mut open: Vec<bool> = Vec::new();
    let mut path = KeyPath::default();
    let mut expect = Expect::Value;
    let mut i = 0;
    loop {
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else {
            return if expect == Expect::End {
                Ok(())
            } else {
                Err(error(i, "unexpected end of file"))
            };
        };
        match expect {
            Expect::End => return Err(error(i, "unexpected text after the top-level value")),
            Expect::Colon => {
                if b != b':' {
                    return Err(error(i, "expected `:` after a key"));
                }
                i += 1;
                expect = Expect::Value;
            }
            Expect::CommaOrClose => {
                let in_object = open.last().copied().unwrap_or(false);
                match b {
                    b',' => {
                        i += 1;
                        expect = if in_object {
                            Expect::Key
                        } else {
                            Expect::Value
                        };
                    }
                    b'}' if in_object => {
                        i += 1;
                        expect = close(&mut open, &mut path);
                    }
                    b']' if !in_object => {
                        i += 1;
                        expect = close(&mut open, &mut path);
                    }
                    _ => return Err(error(i, "expected `,` or the end of the object or array")),
                }
            }
            Expect::KeyOrClose | Expect::Key => {
                if b == b'}' && expect == Expect::KeyOrClose {
                    i += 1;
                    expect = close(&mut open, &mut path);
                } else if b == b'"' {
                    let string = string(text, i).map_err(|(at, why)| error(at, why))?;
                    path.next_slot();
                    path.key(&string.decoded);
                    i = string.content.end + 1;
                    found(string, None);
                    expect = Expect::Colon;
                } else {
                    return Err(error(i, "expected a key in double quotes"));
                }
            }
            Expect::Value | Expect::ValueOrClose => {
                if b == b']' && expect == Expect::ValueOrClose {
                    i += 1;
                    expect = close(&mut open, &mut path);
                    continue;
                }
                match b {
                    b'{' | b'[' => {
                        path.open(b == b'{');
                        open.push(b == b'{');
                        i += 1;
                        expect = if b == b'{' {
                            Expect::KeyOrClose
                        } else {
                            Expect::ValueOrClose
                        };
                    }
                    b'"' => {
                        let string = string(text, i).map_err(|(at, why)| error(at, why))?;
                        i = string.content.end + 1;
                        path.next_slot();
                        found(string, Some(path.as_str()));
                        expect = after_value(&open, &mut path);
                    }
                    _ => {
                        i = literal(bytes, i).ok_or_else(|| error(i, "expected a value"))?;
                        path.next_slot();
                        expect = after_value(&open, &mut path);
                    }
                }
            }
        }
    }
}

fn after_value(open: &[bool], path: &mut KeyPath) -> Expect {
    path.done();
    if open.is_empty() {
        Expect::End
    } else {
        Expect::CommaOrClose
    }
}

fn close(open: &mut Vec<bool>, path: &mut KeyPath) -> Expect {
    open.pop();
    path.close();
    if open.is_empty() {
        Expect::End
    } else {
        Expect::CommaOrClose
    }
}

/// The end of the number, `true`, `false` or `null` at `i`.
fn literal(bytes: &[u8], i: usize) -> Option<usize> {
    for word in [&b"true"[..], b"false", b"null"] {
        if bytes[i..].starts_with(word) {
            return Some(i + word.len());
        }
    }
    let digits = |mut at: usize| {
        let start = at;
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        (at > start).then_some(at)
    };
    let mut at = i + usize::from(bytes.get(i) == Some(&b'-'));
    at = if bytes.get(at) == Some(&b'0') {
        at + 1
    } else {
        digits(at)?
    };
    if bytes.get(at) == Some(&b'.') {
        at = digits(at + 1)?;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        at = digits(at)?;
    }
    Some(at)
}

/// The string whose opening quote is at `quote`; an error is its offset and reason.
fn string(text: &str, quote: usize) -> Result<Scalar, (usize, &'static str)> {
    let bytes = text.as_bytes();
    let start = quote + 1;
    let mut literal = Vec::new();
    let mut decoded = String::new();
    let mut run = start;
    let mut i = start;
    loop {
        match bytes.get(i) {
            None => return Err((quote, "a string is never closed")),
            Some(b'"') => break,
            Some(&b) if b < 0x20 => {
                return Err((i, "a control character (a line break?) inside a string"))
            }
            Some(b'\\') => {
                if run < i {
                    literal.push(run..i);
                    decoded.push_str(&text[run..i]);
                }
                let (len, c) = escape(bytes, i).ok_or((i, "an invalid escape sequence"))?;
                if let Some(c) = c {
                    decoded.push(c);
                }
                i += len;
                run = i;
            }
            Some(_) => i += 1,
        }
    }
    if run < i {
        literal.push(run..i);
        decoded.push_str(&text[run..i]);
    }
    Ok(Scalar {
        content: start..i,
        quoting: Quoting::Double,
        literal,
        decoded,
        quotes: Some((quote, i)),
    })
}

/// The length of the escape sequence at `i` and the character it stands for (`None` for half a
/// surrogate pair, which is decoded as nothing: the value's words are what matters).
fn escape(bytes: &[u8], i: usize) -> Option<(usize, Option<char>)> {
    let c = match bytes.get(i + 1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let hex = bytes.get(i + 2..i + 6)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            let code = u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
            return Some((6, char::from_u32(code)));
        }
        _ => return None,
    };
    Some((2, Some(c)))
}
