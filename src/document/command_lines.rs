//! A lowercase brand that opens a command line written in prose: quoted with its subcommand
//! ("'bazel clean'", "“bazel help”", "\"bazel test //foo\"") or followed by the arguments only a
//! command takes ("Use bazel coverage //my:target", "kuma kuma/kuma" at the end of a `helm
//! upgrade` line): the program as typed. Part of [`super::commands::names_a_program`].

use super::commands::{next_word_len, SENTENCE_WORDS, SUBCOMMANDS};

/// Whether the lowercase word at `start..end` opens a command line: quoted with a subcommand, or
/// followed by an argument (after at most one subcommand).
pub(super) fn opens_a_command_line(text: &str, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    quoted_with_a_subcommand(text, start, end) || followed_by_arguments(name, &text[end..])
}

/// "'bazel clean'", "“bazel help”": right after an opening quotation mark, the name and a
/// subcommand, then the closing mark (arguments may come between). A quoted remark ("\"cilium
/// rocks\"") has no subcommand; a quoted sentence ("\"bazel is fast\"") carries on with a verb.
fn quoted_with_a_subcommand(text: &str, start: usize, end: usize) -> bool {
    let Some(close) = text[..start]
        .chars()
        .next_back()
        .and_then(|open| CLOSING.iter().find(|(o, _)| *o == open).map(|(_, c)| *c))
    else {
        return false;
    };
    let Some(inside) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let Some(closed_at) = inside.find(close) else {
        return false;
    };
    let quoted = &inside[..closed_at];
    if quoted.contains('\n') {
        return false;
    }
    let mut words = quoted.split(' ');
    let subcommand = words.next().unwrap_or_default();
    let rest: Vec<&str> = words.collect();
    is_subcommand(subcommand)
        && rest.len() <= MOST_ARGUMENTS
        && rest
            .iter()
            .all(|w| !w.is_empty() && !SENTENCE_WORDS.contains(w))
}

/// Opening quotation marks and the marks that close them.
const CLOSING: [(char, char); 4] = [('\'', '\''), ('"', '"'), ('“', '”'), ('‘', '’')];

/// Words after a quoted command's subcommand: its targets and flags, not a sentence.
const MOST_ARGUMENTS: usize = 3;

/// Whether `word` is a subcommand a command-line tool takes: the verbs of
/// [`SUBCOMMANDS`], and those only a quotation or an argument shows to be one.
fn is_subcommand(word: &str) -> bool {
    SUBCOMMANDS.contains(&word) || QUOTED_SUBCOMMANDS.contains(&word)
}

/// Subcommands that are also ordinary words ("help", "clean", "test"): one only where quoted
/// with the program or followed by an argument.
const QUOTED_SUBCOMMANDS: [&str; 18] = [
    "clean", "help", "test", "version", "info", "query", "coverage", "fetch", "sync", "status",
    "list", "get", "delete", "create", "shutdown", "mod", "deploy", "start",
];

/// "Use bazel coverage //my:target", "kuma kuma/kuma": the name, at most one subcommand, then
/// an argument only a command line takes: a target (`//…`, `@…`), a flag (`--…`, `-x`), or a
/// path under the name itself (`kuma/kuma`, a chart in its repository).
fn followed_by_arguments(name: &str, rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    if is_argument(name, rest) {
        return true;
    }
    let len = next_word_len(rest);
    len > 0
        && is_subcommand(&rest[..len])
        && rest[len..]
            .strip_prefix(' ')
            .is_some_and(|arg| is_argument(name, arg))
}

/// Whether `rest` opens with an argument of a command line (see [`followed_by_arguments`]).
fn is_argument(name: &str, rest: &str) -> bool {
    let letter_at = |i: usize| rest[i..].starts_with(|c: char| c.is_ascii_alphanumeric());
    let target = rest.starts_with("//") && (letter_at(2) || rest[2..].starts_with(':'));
    let repository = rest.starts_with('@') && letter_at(1);
    let long_flag = rest.starts_with("--") && letter_at(2);
    // "-v", "-o": a short flag is a letter or two; "-based" is a word's end.
    let short_flag = rest.starts_with('-')
        && letter_at(1)
        && rest[1..]
            .split([' ', '\n'])
            .next()
            .is_some_and(|flag| flag.len() <= 2 && flag.bytes().all(|b| b.is_ascii_lowercase()));
    let own_path = rest
        .strip_prefix(name)
        .and_then(|tail| tail.strip_prefix('/'))
        .is_some_and(|path| path.starts_with(|c: char| c.is_ascii_lowercase()));
    target || repository || long_flag || short_flag || own_path
}

#[cfg(test)]
mod tests {
    use super::super::commands::tests::named;

    #[test]
    fn command_lines_written_in_prose() {
        // The Bazel blog and the Kuma website (Apache-2.0).
        for (text, word) in [
            ("the equivalent of 'bazel clean', namely wiping the entire remote cache", "bazel"),
            ("Bazel prints the same list for “bazel help” and for the docs.", "bazel"),
            ("testing targets (\"bazel test //foo\"), running binary targets (\"bazel run //bar\")", "bazel"),
            ("Use bazel coverage //my:target to generate coverage information", "bazel"),
            ("helm upgrade --reuse-values \\\nkuma kuma/kuma", "kuma"),
            ("Run nimbus --verbose to see more.", "nimbus"),
            ("'bazel test' is how we test all our code every day", "bazel"),
        ] {
            assert!(named(text, word), "{text}");
        }
    }

    #[test]
    fn the_product_in_prose_is_not_a_command_line() {
        for (text, word) in [
            ("He said \"bazel rocks\" at the meetup.", "bazel"),
            ("\"bazel is fast,\" she said.", "bazel"),
            ("We moved to bazel - the build tool - last year.", "bazel"),
            ("Try bazel and/or buck for monorepos.", "bazel"),
            ("We use bazel to test everything.", "bazel"),
            ("Deploy kuma in kubernetes/openshift clusters.", "kuma"),
        ] {
            assert!(!named(text, word), "{text}");
        }
    }
}
