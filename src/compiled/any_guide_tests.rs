//! Any guide text: the demo guide or the README's guide with every key, with random edits (a
//! character deleted, inserted or replaced, a line doubled, dropped or moved) either compiles
//! or is refused with a diagnostic located inside the text, never a panic. Edits near the
//! guide's own syntax (quotes, brackets, colons, indentation, anchors) reach the YAML parser's,
//! the shape check's and the compiler's error paths.

use super::CompiledGuide;
use crate::guide::GuideError;
use proptest::prelude::*;

const DEMO: &str = include_str!("../../fixtures/demo/message-guide.yml");
const README: &str = include_str!("../../README.md");

/// The README's guide with every key (the block after "Every key is optional").
fn readme_guide() -> &'static str {
    let from = README
        .find("Every key is optional")
        .expect("the README's guide section");
    let block = &README[from..];
    let start = block.find("```yaml\n").expect("its YAML block") + "```yaml\n".len();
    let end = block[start..].find("```").expect("the block's end");
    &block[start..start + end]
}

/// Characters an edit inserts: YAML syntax, pattern syntax, and text that is not ASCII.
const INSERTED: &[char] = &[
    ':', '-', ' ', '\n', '\t', '"', '\'', '[', ']', '{', '}', ',', '#', '&', '*', '!', '|', '>',
    '%', '@', '`', '\\', '(', ')', '?', '+', '.', '$', '^', 'a', 'Z', '0', '9', 'é', '“', '\u{0}',
    '\u{FEFF}', '\u{202E}',
];

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Insert(usize, char),
    Replace(usize, char),
    DoubleLine(usize),
    DropLine(usize),
    MoveLine(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = any::<usize>();
    let ch = prop::sample::select(INSERTED.to_vec());
    prop_oneof![
        at.prop_map(Edit::Delete),
        (at, ch.clone()).prop_map(|(i, c)| Edit::Insert(i, c)),
        (at, ch).prop_map(|(i, c)| Edit::Replace(i, c)),
        at.prop_map(Edit::DoubleLine),
        at.prop_map(Edit::DropLine),
        (at, at).prop_map(|(a, b)| Edit::MoveLine(a, b)),
    ]
}

/// The character boundary at or before `at % (len + 1)`.
fn boundary(text: &str, at: usize) -> usize {
    let mut i = at % (text.len() + 1);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &mut String, edit: &Edit) {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let line = |i: usize, n: usize| i % n;
    match *edit {
        Edit::Delete(at) => {
            let i = boundary(text, at);
            if i < text.len() {
                text.remove(i);
            }
            return;
        }
        Edit::Insert(at, c) => {
            let i = boundary(text, at);
            text.insert(i, c);
            return;
        }
        Edit::Replace(at, c) => {
            let i = boundary(text, at);
            if i < text.len() {
                text.remove(i);
            }
            text.insert(i, c);
            return;
        }
        Edit::DoubleLine(at) => {
            let i = line(at, lines.len());
            lines.insert(i, lines[i].clone());
        }
        Edit::DropLine(at) => {
            let i = line(at, lines.len());
            lines.remove(i);
        }
        Edit::MoveLine(from, to) => {
            let moved = lines.remove(line(from, lines.len()));
            let to = line(to, lines.len() + 1);
            lines.insert(to, moved);
        }
    }
    *text = lines.join("\n");
}

proptest! {
    // 256 cases by default; `PROPTEST_CASES=20000` hunts longer.
    #[test]
    fn any_edited_guide_compiles_or_is_refused_at_a_place_in_it(
        readme in any::<bool>(),
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        let mut text = if readme { readme_guide() } else { DEMO }.to_string();
        for edit in &edits {
            apply(&mut text, edit);
        }
        let root = std::path::PathBuf::new();
        match CompiledGuide::from_text("message-guide.yml", &text, None, root) {
            Ok(_) => {}
            Err(GuideError::Invalid(invalid)) => {
                prop_assert!(!invalid.message.is_empty());
                prop_assert!(invalid.span.is_some(), "no place for: {}\n{}", invalid.message, text);
                for problem in std::iter::once(invalid.as_ref()).chain(&invalid.others) {
                    if let Some(span) = problem.span {
                        prop_assert!(
                            span.offset() + span.len() <= text.len(),
                            "{:?} outside the text: {}", span, problem.message
                        );
                    }
                }
            }
            Err(other) => prop_assert!(false, "not an invalid guide: {other}"),
        }
    }
}

#[test]
fn the_unedited_guides_compile() {
    for text in [DEMO, readme_guide()] {
        let root = std::path::PathBuf::new();
        let compiled = CompiledGuide::from_text("message-guide.yml", text, None, root);
        assert!(compiled.is_ok(), "{:?}", compiled.err());
    }
}
