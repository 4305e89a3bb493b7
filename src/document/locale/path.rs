//! Key paths of values in nested mappings and sequences, kept as one string while a parser walks
//! the file (no recursion, so nesting depth costs only a stack entry).
//!
//! A key is joined with `.` (`home.hero.title`); a sequence item is `[index]` from 0
//! (`items[2].label`); a key that is empty or holds `.`, `[`, `]`, `"` or `\` is written
//! `["…"]` with `"` and `\` escaped (`errors["not.found"]`). A value inside a complex YAML key
//! (a mapping used as a key) is never prose.

/// One open mapping or sequence.
#[derive(Debug)]
struct Frame {
    /// The path's length where this container's own segment starts.
    base: usize,
    kind: FrameKind,
    /// Inside a key (a complex YAML key): nothing in it is a value.
    in_key: bool,
}

#[derive(Debug)]
enum FrameKind {
    /// A mapping: whether the next scalar is a key.
    Mapping { expecting_key: bool },
    /// A sequence: the index of the next item.
    Sequence { next: usize },
}

/// Where a parser is, as a key path.
#[derive(Debug, Default)]
pub struct KeyPath {
    path: String,
    frames: Vec<Frame>,
}

/// What the next scalar is.
#[derive(Debug, PartialEq, Eq)]
pub enum Slot {
    Key,
    Value,
    /// Part of a complex key.
    InKey,
}

impl KeyPath {
    /// What a scalar read now is; when a value, the path names it until [`KeyPath::done`].
    pub fn next_slot(&mut self) -> Slot {
        let Some(frame) = self.frames.last_mut() else {
            return Slot::Value;
        };
        if frame.in_key {
            return Slot::InKey;
        }
        match &mut frame.kind {
            FrameKind::Mapping {
                expecting_key: true,
            } => Slot::Key,
            FrameKind::Mapping { .. } => Slot::Value,
            FrameKind::Sequence { next } => {
                let index = *next;
                self.path.truncate(frame.base);
                self.path.push_str(&format!("[{index}]"));
                Slot::Value
            }
        }
    }

    /// The current path (after [`KeyPath::next_slot`] said `Value`).
    pub fn as_str(&self) -> &str {
        &self.path
    }

    /// A key was read: values that follow are under it.
    pub fn key(&mut self, key: &str) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        self.path.truncate(frame.base);
        if key.is_empty() || key.contains(['.', '[', ']', '"', '\\']) {
            let escaped = key.replace('\\', "\\\\").replace('"', "\\\"");
            self.path.push_str(&format!("[\"{escaped}\"]"));
        } else {
            if frame.base > 0 {
                self.path.push('.');
            }
            self.path.push_str(key);
        }
        frame.kind = FrameKind::Mapping {
            expecting_key: false,
        };
    }

    /// A value (scalar, alias, or a container just closed) was read: the next slot follows it.
    pub fn done(&mut self) {
        if let Some(frame) = self.frames.last_mut() {
            match &mut frame.kind {
                FrameKind::Mapping { expecting_key } => *expecting_key = !*expecting_key,
                FrameKind::Sequence { next } => *next += 1,
            }
        }
    }

    /// A mapping (`mapping: true`) or sequence opens where the next scalar would be.
    pub fn open(&mut self, mapping: bool) {
        let in_key = self.next_slot() != Slot::Value;
        let kind = if mapping {
            FrameKind::Mapping {
                expecting_key: true,
            }
        } else {
            FrameKind::Sequence { next: 0 }
        };
        self.frames.push(Frame {
            base: self.path.len(),
            kind,
            in_key,
        });
    }

    /// The innermost container closes: it was one value (or key) of its parent.
    pub fn close(&mut self) {
        if let Some(frame) = self.frames.pop() {
            self.path.truncate(frame.base);
        }
        if let Some(parent) = self.frames.last() {
            if matches!(
                parent.kind,
                FrameKind::Mapping {
                    expecting_key: true
                }
            ) && !parent.in_key
            {
                // A complex key: its values follow under a placeholder name.
                self.key("?");
                return;
            }
        }
        self.done();
    }
}
