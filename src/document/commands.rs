//! A lowercase brand that names a program as typed: the command it opens ("the linkerd upgrade
//! command", "docker build"), the command a flag belongs to ("a new `-o jsonpath` flag to linkerd
//! viz tap"), a setting's value ("set the `search_path` to ferretdb"), a package a package
//! manager installs ("cargo install nu"), a shell's variable ("$nu") or the completions and
//! aliases written for a command ("added docker completions"). A command is typed as its binary
//! is spelled, in lowercase: capitalising it would misname what a reader types.

/// Whether the lowercase word at `start..end` names a program, a command or a value as typed.
pub fn names_a_program(text: &str, start: usize, end: usize) -> bool {
    let spaced = text[..start].ends_with(' ');
    names_a_command(text, start, end)
        || runs_a_subcommand(text, end)
        || (spaced && after_a_flag(&text[..start]))
        || (spaced && set_to_a_value(&text[..start]))
        || (spaced && installed_by_a_package_manager(&text[..start]))
        || after_a_sigil(&text[..start])
        || has_completions_written_for_it(text, start, end)
        || super::command_lines::opens_a_command_line(text, start, end)
}

/// Package managers whose install command takes a package's name as spelled.
const PACKAGE_MANAGERS: [&str; 16] = [
    "cargo", "npm", "pnpm", "yarn", "bun", "pip", "pip3", "pipx", "gem", "brew", "apt", "apt-get",
    "dnf", "winget", "scoop", "choco",
];

/// Whether the text before a word ends with a package manager's install command: "cargo install
/// nu", "npm i nimbus", "yarn add nimbus". The word is the package's name, as typed.
fn installed_by_a_package_manager(before: &str) -> bool {
    let mut words = before.split_ascii_whitespace().rev();
    let verb = words.next().unwrap_or_default();
    let manager = words
        .next()
        .unwrap_or_default()
        .trim_start_matches(['`', '(']);
    matches!(verb, "install" | "i" | "add") && PACKAGE_MANAGERS.contains(&manager)
}

/// Whether the word is typed after a sigil: a shell's variable ("Make $nu constant") or an
/// editor's command (`Added ":nu" back to the help text`). The colon counts only where it opens
/// the token, after a space, a quotation mark or the line's start ("Note:nu" is a typo's join).
fn after_a_sigil(before: &str) -> bool {
    if before.ends_with('$') {
        return true;
    }
    before.strip_suffix(':').is_some_and(|head| {
        head.is_empty() || head.ends_with([' ', '\n', '"', '\'', '“', '‘', '('])
    })
}

/// Words that name what a shell keeps for a command: "added docker completions", "docker
/// aliases", "a widget for nu exe".
const COMMAND_PARTS: [&str; 5] = ["completion", "completions", "alias", "aliases", "exe"];

/// Whether the word names the command a shell's completions or aliases are for: right before
/// one of [`COMMAND_PARTS`] ("added docker completions") or after "completions for" ("custom
/// completions for nix"), where no other word follows ("the docker completion engine", "tab
/// completions for nushell users" name the product).
fn has_completions_written_for_it(text: &str, start: usize, end: usize) -> bool {
    let part = text[end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split_at_checked(next_word_len(rest)))
        .filter(|(word, rest)| COMMAND_PARTS.contains(word) && ends_a_phrase(rest));
    let completed = text[..start].strip_suffix(" for ").is_some_and(|head| {
        let word = head.rsplit(|c: char| !c.is_ascii_alphabetic()).next();
        matches!(word, Some("completions" | "aliases")) && ends_a_phrase(&text[end..])
    });
    part.is_some() || completed
}

/// The length of the lowercase ASCII word `text` opens.
pub(super) fn next_word_len(text: &str) -> usize {
    text.find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(text.len())
}

/// Whether no word follows: the text goes on with punctuation, a bracket or the line's end, not
/// a letter, digit or hyphen, nor a space and a lowercase word.
fn ends_a_phrase(rest: &str) -> bool {
    !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
        && !rest
            .strip_prefix(' ')
            .is_some_and(|next| next.starts_with(|c: char| c.is_lowercase()))
}

/// Whether the word ending at `end` opens the name of a command: up to three more lowercase
/// words, then "command" ("the linkerd upgrade command", "the linkerd multicluster gateways
/// command"). A command is typed as its binary is spelled, in lowercase.
fn names_a_command(text: &str, start: usize, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    // `the "cilium monitor" command`: a quoted command closes right before "command".
    let quoted = text[..start].ends_with(['"', '“']);
    let mut closed = false;
    for word in rest.split_whitespace().take(COMMAND_WORDS + 1) {
        // Link text closes the name: "[… inspect command](shot.png)".
        let word = word.split_once(']').map_or(word, |(inside, _)| inside);
        // Punctuation, and the close of emphasis ("_… inspect command_").
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '_', '*']);
        if matches!(bare, "command" | "commands" | "subcommand" | "subcommands") {
            return true;
        }
        let inside = word.strip_suffix(['"', '”']).filter(|_| quoted);
        let bare = inside.unwrap_or(bare);
        let lowercase =
            !bare.is_empty() && bare.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        let whole = inside.is_some() || bare.len() == word.len();
        if closed || !whole || !lowercase || SENTENCE_WORDS.contains(&bare) {
            return false;
        }
        closed = inside.is_some();
    }
    false
}

/// Whether the word ending at `end` is followed by one of the verbs command-line tools take as
/// their first argument ("docker build", "docker system prune", "a simple docker run"): a
/// lowercase name before one is the program, typed as spelled. "docker images" (a noun) is not.
fn runs_a_subcommand(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let len = next_word_len(rest);
    let whole = !rest[len..].starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '\'');
    // "the `assetsInlineLimit` vite build option" is an option of the product's build settings.
    let configures = rest[len..]
        .split_ascii_whitespace()
        .next()
        .is_some_and(|next| SETTINGS.iter().any(|s| next.starts_with(s)));
    whole && !configures && SUBCOMMANDS.contains(&&rest[..len])
}

/// Words that make a verb before them a section of a product's settings: "build options".
const SETTINGS: [&str; 3] = ["option", "setting", "config"];

/// Verbs command-line tools take as a subcommand, never a noun a product's name describes.
pub(super) const SUBCOMMANDS: [&str; 16] = [
    "build",
    "run",
    "exec",
    "push",
    "pull",
    "tag",
    "login",
    "logout",
    "inspect",
    "prune",
    "system",
    "install",
    "uninstall",
    "init",
    "apply",
    "upgrade",
];

/// Words of a command after its binary's name: "linkerd viz tap", "linkerd multicluster gateways".
const COMMAND_WORDS: usize = 3;

/// Words that carry a sentence on, never a subcommand: "install linkerd with this command" is
/// the product installed by a command.
pub(super) const SENTENCE_WORDS: [&str; 24] = [
    "a", "an", "the", "this", "that", "these", "those", "one", "to", "with", "in", "on", "of",
    "for", "from", "by", "via", "and", "or", "as", "at", "is", "are", "using",
];

/// Whether the text before a word ends with a flag it takes: "a new `-o jsonpath` flag to
/// linkerd viz tap". A flag belongs to a command, typed as spelled.
fn after_a_flag(before: &str) -> bool {
    let mut words = before.split_ascii_whitespace().rev();
    let preposition = words.next().unwrap_or_default();
    let flag = words.next().unwrap_or_default();
    matches!(preposition, "to" | "for" | "of" | "on") && matches!(flag, "flag" | "flags")
}

/// Whether the text before a word ends with a setting written as code being set: "set the
/// `search_path` to ferretdb". What a setting is set to is a value, spelled as the system spells
/// it; a thing moved "to rsbuild config" is not.
fn set_to_a_value(before: &str) -> bool {
    let Some(setting) = before.trim_end().strip_suffix(" to") else {
        return false;
    };
    let Some(code) = setting.trim_end().strip_suffix('`') else {
        return false;
    };
    let Some(open) = code.rfind('`') else {
        return false;
    };
    let mut words = code[..open].split_ascii_whitespace().rev();
    let verb = match words.next() {
        Some("the") => words.next(),
        word => word,
    };
    verb.is_some_and(|verb| {
        matches!(
            verb.to_ascii_lowercase().as_str(),
            "set" | "sets" | "setting" | "change" | "changes" | "changing"
        )
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::names_a_program;

    /// Whether the first `word` in `text` names a program (also read by `command_lines`' tests).
    pub(in crate::document) fn named(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("word in text");
        names_a_program(text, start, start + word.len())
    }

    #[test]
    fn commands_flags_and_values() {
        // Linkerd's blog (Apache-2.0): a command named as typed, and a command a flag belongs to.
        for text in [
            "[Linkerd upgrade guide](/docs/tasks/upgrade/) for how to use the linkerd upgrade\ncommand.",
            "- A new `-o json` flag for the linkerd multicluster gateways command",
            "- A new `-o jsonpath` flag to linkerd viz tap to allow filtering output fields",
        ] {
            assert!(named(text, "linkerd"), "{text}");
        }
        // The Cilium blog (CC BY 4.0), `02-06-2017-cilium-v09-released-hello-kubernetes.md`: a
        // command in quotation marks.
        let text = "improvements to the \"cilium monitor\"\u{a0}command, and numerous fixes";
        assert!(named(text, "cilium"));
        // A quotation that closes before other words is prose; an unquoted word does not close.
        for text in [
            "He said \"cilium rocks\" at the command line.",
            "The cilium monitor\" command shows it.",
            "\"cilium is here\" command",
        ] {
            assert!(!named(text, "cilium"), "{text}");
        }
        // The GoReleaser blog (MIT), `docker-manifests.md`: an image's alt text and its caption.
        for text in [
            "![Example output of the docker manifest inspect command](https://a.example/img2.png)",
            "_Example output of the docker manifest inspect command_",
        ] {
            assert!(named(text, "docker"), "{text}");
        }
        // Tilt's and Gitpod's blogs (Apache-2.0, MIT): a program before its subcommand.
        for text in [
            "1. `./hello`: path to the directory to docker build",
            "![See docker push status in real time](/assets/push-output.gif)",
            "If I do docker system prune it removes about 5 GB.",
            "We have reduced many minutes of our time to a simple docker run.",
        ] {
            assert!(named(text, "docker"), "{text}");
        }
        for text in [
            "Clean up your docker images often.",
            "The docker builds were slow.",
            "Set it with the `assetsInlineLimit` docker build option.",
            "We use docker to run tests.",
        ] {
            assert!(!named(text, "docker"), "{text}");
        }
        // FerretDB's blog (Apache-2.0): a setting's value, as the next line's code sets it.
        assert!(named(
            "Finally we're going to set the `search_path` to ferretdb:",
            "ferretdb"
        ));
        // Rspack's blog (MIT): a thing moved to the product's config is no value.
        for text in [
            "Move your `docker-compose.yml` setup over to ferretdb today.",
            "We will move the `target` option of `createRsbuild` to ferretdb config.",
        ] {
            assert!(!named(text, "ferretdb"), "{text}");
        }
        // The product before other words, a capitalised word or no command: the name, misspelt.
        for text in [
            "Install linkerd on your cluster with one command.",
            "The linkerd Viz command shows it.",
            "We added a flag so linkerd starts faster.",
            "Install linkerd with this command:",
            "Then use linkerd to run the command.",
        ] {
            assert!(!named(text, "linkerd"), "{text}");
        }
    }

    #[test]
    fn packages_variables_and_completions() {
        // The Nushell blog (MIT): survey answers, change titles of "This week in Nushell".
        for (text, word) in [
            ("- cargo install nu (44.7%)", "nu"),
            ("Run `npm i nimbus` or npm install nimbus today.", "nimbus"),
            ("- kubouch [added NU_VERSION environment variable on startup], and [Make $nu constant](https://github.com/nushell/nushell/pull/10160)", "nu"),
            ("- [Added \":nu\" back to the help text in explore](https://github.com/nushell/nushell/pull/15644)", "nu"),
            ("- th-duvanel [added docker completions](https://github.com/nushell/nu_scripts/pull/867).", "docker"),
            ("- zhangymPerson [added docker aliases](https://github.com/nushell/nu_scripts/pull/861).", "docker"),
            ("- tshaynik created [Add custom completions for nix](https://github.com/nushell/nu_scripts/pull/314)", "nix"),
            ("- bobhy created [Add widget for nu exe (debug/release, and main vs other branch)](https://github.com/nushell/nu_scripts/pull/634)", "nu"),
        ] {
            assert!(named(text, word), "{text}");
        }
        // The product's name in prose beside the same words: misspelt.
        for (text, word) in [
            ("- lomm28 created [nu cheat sheet added](https://github.com/nushell/nushell.github.io/pull/1025)", "nu"),
            ("- utam0k updated our [docker workflow](https://github.com/nushell/nushell/pull/1924)", "docker"),
            ("We install nushell on every laptop.", "nushell"),
            ("It costs $5 a month: nushell is free.", "nushell"),
            ("Note:nushell is fast.", "nushell"),
            ("Tab completions for nushell users are here.", "nushell"),
            ("The docker completion engine is faster.", "docker"),
        ] {
            assert!(!named(text, word), "{text}");
        }
    }
}
