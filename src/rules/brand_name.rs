//! `brand-name`: each brand name has exactly one spelling.

use super::{non_overlapping, Context, RuleDoc};
use crate::document::english;
use crate::document::english::stop_words::is_function_word;
use crate::document::key_lists;
use crate::document::joined::{in_capitalised_joined, in_lowercase_joined, in_quoted_label};
use crate::document::mentions::{in_interface_label, lowercase_value};
use crate::document::versions::version_after;
use crate::finding::{Applicability, EntryRef, Finding};
use crate::matchers::inflect::Inflection;
use crate::matchers::terms::Target;
use std::collections::BTreeMap;
use std::ops::Range;

pub const ID: crate::registry::RuleId = crate::registry::RuleId::named("brand-name");

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a brand name from `brand.names` spelled any other way: wrong case \
(\"Powerspec\", \"micro center\"), split or joined (\"Power Spec\", \"MicroCenter\", \
\"Micro-Center\"), or — for names of six letters or more — one letter off or two letters swapped (\"PowerSpek\", \"Micro Cetner\"). \
The exact spelling never fires, nor does it followed by a possessive `'s` (an acronym's plural \
\"CEL's\" too) or a plural `s`, \
nor a name inside an all-lowercase package or repository name (`deploy-acme`, `@acme/app`) or \
an all-lowercase interface name joined by a colon (`wasi:http`), a \
capitalised identifier (`Microsoft-Windows-PowerShell`), a file name (`[slug].astro`) or a \
quoted interface label ('NodeJS Static'), nor a search query quoted as typed (\"people \
searching for “posthog SDK”\"), nor a name written as code: a call (`rspack(options)`), a pull \
request (`rspack#6448`), a C++ or Rust path (`jsi::Runtime`), a command with an option (`rslint --type-check`), or a word in \
lowerCamelCase (`moduleFederation`) for a name of several words. A near miss that changes the \
name's first letter is another product (\"ESLint\" near \"Rslint\") and not reported. An ordinary English word (\"window\", or \"windows\" \
for the brand \"Windows\") is no misspelled brand unless capitalised mid-sentence, and not \
even then after \"a\" or \"an\" (\"as a separate Window\": a brand takes no article) or in a \
quotation, whose sentence breaks are the speaker's; nor is a lowercase near miss right before a \
determiner, a verb taking its object (\"function parses the flags\" next to \"Perses\"), nor \
the plural of a name's first part (\"iPads\" for \"iPadOS\", \"Macs\" for \"macOS\"). A lowercase \
name made of two ordinary words is the ordinary word after \"a\", \"an\" or \"in\" or right before \
a lowercase noun (\"a realtime Slack clone\", \"realtime changes\" for \"Realtime\"); elsewhere its \
case fix is unsafe. A name of several words found with its case changed, every changed word an \
ordinary English word in lowercase (\"a Postgres sync engine\", \"a VS code extension\"), gets an \
unsafe fix (a word made of ordinary words counts: \"the stateful functions\"), as does a name of one word \
split into capitalised ordinary words (\"Amazon Kinesis Data Streams\" for \"DataStreams\") and a \
camel-case name in lowerCamelCase (\"[dataSet]\" for \"DataSet\"): each is as often something else; with an inflection the name's spelling lacks (\"Electric syncs over HTTP\") it is not \
reported, nor where its last word runs into a noun the document also writes without the name's \
other words (\"a Postgres sync engine\" in a post that says \"the sync engine\"): a kind of thing, \
described; nor right after \"a\" or \"an\" where it ends its noun phrase (\"a renewed effort to \
develop a Spark operator.\", \"A model registry provides …\"): one of a kind, since a name takes \
no indefinite article. Nor is the text of a link to an image file (a screenshot's caption) reported, nor that of a \
link to a commit, a pull request or an issue (its title, quoted), nor a lowercase name \
named with the kind of identifier it is (\"the gitpod user\", \"the ferretdb package\", \"the google \
branch\") or after \"default\", nor one opening a command (\"the linkerd upgrade command\", \"docker build\", \"docker system \
prune\") or a command line written in prose (quoted with its subcommand, \"'bazel clean'\", or before a \
target, a flag or a path under its own name, \"bazel coverage //my:target\", \"kuma kuma/kuma\") or after a flag it takes (\"a new \
`-o jsonpath` flag to linkerd viz tap\") or as the value a setting written as code is set to (\"set \
the `search_path` to ferretdb\"), nor a lowercase name \
the document's code runs with the next word (\"docker manifest is still experimental\" beside \
`docker manifest inspect`; in an image's alt text, also before what the screenshot shows: \"![goreleaser changelog preview](…)\"), or with a subcommand the document writes as code alone (\"![goreleaser healthcheck](…)\" beside \"a new subcommand: `healthcheck`\"), or sets as a YAML key the next word calls a configuration (\"the \
dockers configuration\"), nor a lowercase name in square brackets that link nowhere (a page's tags \"[containers, docker, \
podman]\", a tracker's component \"[kafka consumer]\") or right after a `%` (a notebook's \
directive \"%flink\"), nor the scope a change list opens items with (\"- nix: validate \
license\" beside \"- winget: …\"), nor an item of a comma list of keys (\"archives, \
custom_publishers, docker, nfpms\"), nor a program and its subcommand alone in a table cell \
(\"| docker buildx |\"), nor a lowercase link text its address names under an owner \
(\"[falco](https://gallery.ecr.aws/falcosecurity/falco)\"; not a product's page, \
\"[realtime](https://supabase.com/realtime)\"), nor part of a lowercase link text whose words \
run together spell its site (\"[wasm edge](https://wasmedge.org/)\" names WasmEdge; the whole \
text, \"[wasmtime](https://wasmtime.dev/)\", is still reported), nor words joined by `#` (\"kubernetes#falco\"), \
nor a lowercase word the document links to a package registry's page of that name (`[grpc][]` \
with `[grpc]: https://www.npmjs.com/package/grpc`), wherever the document writes it, nor a lowercase \
slug of a name of several words or dotted parts (\"[knative-eventing](…slack…)\", \"the crates-io team\"), nor such a name run together in \
camel case as the document's code writes it (`kind: KnativeServing`) or before the kind of \
object it is (\"the KnativeServing resource\"; elsewhere its fix is unsafe), \
nor the singular of a camel-case name ending in a plural (\"a CloudEvent\" for \"CloudEvents\"), \
nor a lowercase name bumped to a version (\"bumps cloudevents to version 7.0.1\"), nor a lowercase \
name in a bare list of lowercase links to one folder, which names presets or packages as their \
addresses do (\"[vanilla](https://vite.new/vanilla-ts), [vue](https://vite.new/vue-ts), \
[lit](https://vite.new/lit-ts)\"). \
The case fix of one word written all in lowercase, of any name written all in capitals (a \
title's or a shout's style: \"REDOX OS: Wer nicht rustet, rostet\"), and the join of a name of several words in camel case (\"KnativeServing\", a resource kind), is unsafe: it may be a \
command, a user or a schema (`docker run`, the `gitpod` user). A near miss that is the name and a \
version run together (\"webpack5\") or the name's daemon (\"dockerd\"), or, where the name is a daemon's (\"Chaosd\"), the \
ordinary word it is made from (\"Chaos Engineering\"), or the name with one part turned into an English word \
(\"MangoDB\" near \"MongoDB\") is a name of its own, and not reported; so are a name's words before a lone capital letter or \
Roman numeral (\"Mac OS X\" for \"macOS\"), and a name inside a \
longer token of capitalised parts (`Ionide-VSCode`). Things of a plural name's kind, counted \
(\"one of the first Tilt extensions\" for \"Tilt Extensions\"), and a name in capitals that the \
document's code writes as a placeholder (\"the FERRETDB SVC\" beside `{FERRETDB SVC}`), a lowercase \
name that opens a placeholder of the code (\"kubevirt host\" below `'<kubevirt host>'`), the whole \
text of a link to a repository folder named after it (`[otlp](…/exporter/otlpexporter)`), a \
lowercase name before \"protocol\" or \"scheme\" or right after \"renamed\", \"named\" or \"called\", \
and a lowercase slug capitalised at a sentence's or list entry's start (\"Net-kourier is moved to \
Beta stage\") are not reported either.",
    why: "A brand spelled three ways in three documents looks like three companies. Names are \
the cheapest part of the message to get right and the most visible when wrong.",
    guide: "brand:\n  names: [\"PowerSpec\", \"Micro Center\"]\n",
    example: "Every Powerspec desktop is built in-house.",
    fixed: "Every PowerSpec desktop is built in-house.",
};

/// A finding before it is made: the case path and the near-miss path both propose, and one
/// span keeps one finding.
struct Candidate {
    range: Range<usize>,
    message: String,
    suggestion: String,
    applicability: Applicability,
    /// Index of the brand in the guide's `brands`.
    brand: usize,
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.guide.brands.is_empty() {
        return;
    }
    let text = ctx.doc.context_text();
    let matches = ctx
        .terms
        .iter()
        .filter(|m| matches!(m.target, Target::Brand(_)));
    let mut covered: Vec<Range<usize>> = Vec::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    for m in non_overlapping(matches) {
        let Target::Brand(i) = m.target else { continue };
        covered.push(m.start..m.end);
        let word_end = m.end - m.possessive.map_or(0, str::len);
        if in_lowercase_joined(text, m.start, word_end) {
            continue; // `deploy-acme`, `nimbus-pay`, `wasi:http`: a package or interface name
        }
        let name = &ctx.guide.brands[i];
        let plural = if m.inflection == Inflection::Plural {
            "s"
        } else {
            ""
        };
        let raw = &text[m.start..word_end];
        // Most matches are the name as the guide spells it: told from the text in place, before
        // the two strings below are built (~27 k matches on the benchmark corpus).
        if raw.strip_suffix(plural) == Some(name.as_str()) && is_collapsed(raw) {
            continue;
        }
        let written = collapse_whitespace(raw);
        let correct = format!("{name}{plural}");
        if written == correct
            || apostrophe_s_of(&written, name)
            || lowercase_split_of_joined_name(&written, name)
            || lowercase_slug_of_several_part_name(&written, name)
            || joined_name_the_code_writes(ctx, &written, name)
            || ordinary_word_in_lowercase(&written, name)
            || compound::lower_camel_identifier_for_several_words(&written, name)
            || (compound::ordinary_words_of_a_longer_name(&written, &correct)
                && m.inflection == Inflection::Plural)
            || in_capitalised_joined(text, m.start, word_end)
            || key_lists::lowercase_alone_in_table_cell(text, m.start..word_end)
            || key_lists::lowercase_alone_in_heading(text, m.start..word_end)
            || (!written.contains(char::is_lowercase)
                && (english::in_all_caps_line(text, m.start)
                    || english::in_all_caps_phrase(text, m.start, word_end)))
            || in_spelled_out_address(text, m.start, word_end)
            || in_quoted_label(text, m.start, word_end)
            || lowercase_value(text, m.start, word_end)
            || crate::document::queries::in_quoted_query(text, m.start, word_end)
            || crate::document::queries::quoted_value_of_a_key(text, m.start, word_end)
            || in_interface_label(text, m.start, word_end)
            || crate::document::screenshots::in_screenshot_link_text(text, m.start, word_end)
            || lowercase_before_a_version(text, &written, word_end)
            || crate::document::links::in_list_of_lowercase_links(text, m.start, word_end)
            || crate::document::links::names_its_address(text, m.start, word_end)
            || crate::document::links::in_link_text_spelling_its_site(text, m.start, word_end)
            || key_lists::joined_by_a_hash(text, m.start, word_end)
            || crate::document::links::in_link_to_a_change(text, m.start, word_end)
            || compound::ordinary_compound_in_use(text, m.start..word_end, &written, name)
            || compound::describes_a_kind(text, m.start..word_end, &written, &correct)
            || compound::one_of_a_kind(text, m.start..word_end, &written, &correct)
            || compound::names_an_object_kind(text, m.start..word_end, &written, name)
            || compound::counted_things_of_a_plural_name(text, m.start..word_end, &written, &correct)
            || placeholder_in_code(ctx, &written)
            || names_what_code_writes(ctx, &written, word_end)
            || names_a_linked_package(ctx, &written)
            || crate::document::code_links::names_linked_code(text, m.start, word_end)
            || names_a_placeholder(ctx, m.start, word_end)
            || crate::document::slugs::in_sentence_cased_slug(text, m.start, word_end)
            || names_a_scheme_or_a_handle(text, m.start, word_end)
            || crate::document::labels::in_bracket_label(text, m.start, word_end)
            || crate::document::labels::after_a_directive_sign(text, m.start, word_end)
            || key_lists::scope_of_a_change_item(text, m.start, word_end)
            || key_lists::listed_with_identifiers(text, m.start, word_end)
            || longer_names::closed_by_a_letter_or_numeral(text, &written, word_end)
            || longer_names::inside_a_longer_title(text, m.start..word_end, &written)
        {
            continue;
        }
        // Case, split and join corrections keep the word: safe, unless the lowercase word is
        // two ordinary words run together, which may mean just them ("realtime changes" for a
        // product "Realtime", "the dropbox by the door").
        // The same for a name of several words written with ordinary words in lowercase: "the
        // Supabase dashboard" may be the product, "consuming durable streams" is the phrase.
        let applicability = if compound::compound_of_ordinary_words(&written, name)
            || compound::ordinary_words_of_a_longer_name(&written, &correct)
            || one_word_in_one_case(&written)
            || joined_in_camel_case(&written, name)
            || guessed_case::split_into_capitalised_words(&written, name)
            || guessed_case::lower_camel_case_of_one_word(&written, name)
            // "Classic Mac OS 9": a name's words written apart before a version may be an
            // earlier product ("Mac OS 9" was never "macOS 9") or the name with its version
            // ("Node JS 18"); the tool cannot tell, so the fix is a writer's to make.
            || (written.contains(' ') && version_after(text, word_end).is_some())
            // "REDOX OS: Wer nicht rustet, rostet": capitals throughout may be a title's or a
            // shout's style, which a case fix takes away.
            || !written.contains(char::is_lowercase)
        {
            Applicability::Unsafe
        } else {
            Applicability::Safe
        };
        candidates.push(Candidate {
            range: m.start..m.end,
            message: message(&text[m.start..word_end], name),
            suggestion: format!("{correct}{}", m.possessive.unwrap_or_default()),
            applicability,
            brand: i,
        });
    }
    candidates.extend(typos::typos(ctx, &covered));
    // One span, one finding: where candidates overlap ("nimbus Clowd" is "nimbus" in the wrong
    // case and one letter from "Nimbus Cloud"), the longest is reported.
    // Kept spans are disjoint, so only the last one starting before a candidate's end can
    // overlap it: one look-up each, however many candidates a file has.
    candidates.sort_by_key(|c| (std::cmp::Reverse(c.range.len()), c.range.start));
    let mut kept: BTreeMap<usize, Candidate> = BTreeMap::new();
    for candidate in candidates {
        let overlaps = kept
            .range(..candidate.range.end)
            .next_back()
            .is_some_and(|(_, k)| k.range.end > candidate.range.start);
        if !overlaps {
            kept.insert(candidate.range.start, candidate);
        }
    }
    for c in kept.into_values() {
        out.extend(
            ctx.fixable_finding(ID, c.range, c.message, Some(c.suggestion), c.applicability)
                .map(|f| f.with_entry(EntryRef::Brand(c.brand))),
        );
    }
}

/// "CEL's `map()` and `filter()` functions": the name as the guide spells it with an
/// apostrophe-s is its possessive or an acronym's plural, and neither misspells the name; the
/// plural "CELs" it would be rewritten to changes the sentence.
fn apostrophe_s_of(written: &str, name: &str) -> bool {
    ["'s", "’s"]
        .iter()
        .any(|ending| written.strip_suffix(ending) == Some(name))
}

/// "power spec" is ordinary prose, "Power Spec" is the brand "PowerSpec" split: a split of a
/// name written without spaces is reported only when its later words are capitalised.
fn lowercase_split_of_joined_name(written: &str, name: &str) -> bool {
    split_of_joined_name(written, name)
        && written
            .split([' ', '-'])
            .skip(1)
            .any(|word| !word.starts_with(char::is_uppercase))
}

/// Whether `written` splits with spaces or hyphens a `name` written without them ("Power
/// Spec" for "PowerSpec").
fn split_of_joined_name(written: &str, name: &str) -> bool {
    !name.contains([' ', '-']) && written.contains([' ', '-'])
}

/// "[knative-eventing](https://…slack…)" for "Knative Eventing", "the crates-io team" for
/// "crates.io": a name of several words or dotted parts written all in lowercase and joined by
/// hyphens is a slug (a channel, a team, a repository, a package, a namespace), named as typed.
pub(super) fn lowercase_slug_of_several_part_name(written: &str, name: &str) -> bool {
    name.contains([' ', '.'])
        && written.contains('-')
        && !written.contains(' ')
        && !written.chars().any(char::is_uppercase)
}

/// "the `KnativeServing` CR" with `kind: KnativeServing` in the page's code: a name of several
/// words run together in camel case, as the page's code writes it, is that code's type or kind.
fn joined_name_the_code_writes(ctx: &Context, written: &str, name: &str) -> bool {
    joined_in_camel_case(written, name) && ctx.doc.code_writes_word(written)
}

/// "KnativeServing" for "Knative Serving": a name of several words run together with a capital
/// inside is as often a type, a kind or a class as the name misspelt, so its fix is never safe.
fn joined_in_camel_case(written: &str, name: &str) -> bool {
    name.contains(' ') && !written.contains([' ', '-']) && has_inner_capital(written)
}

/// Whether a capital follows a lowercase letter somewhere in `word` ("KnativeServing",
/// "PostgREST"): where `split_camel_case` would split it.
fn has_inner_capital(word: &str) -> bool {
    word.chars()
        .zip(word.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// "gitpod", "FERRETDB": one word written all in lowercase or all in capitals. Written so it is
/// as often an identifier (the `gitpod` user, a `ferretdb` schema, `docker run`, a `{FERRETDB
/// SVC}` placeholder) as the name in the wrong case, so its case fix is never safe. A word in
/// mixed case ("Github", "Powerspec") is the name as a writer miscapitalised it.
fn one_word_in_one_case(written: &str) -> bool {
    !written.contains([' ', '-'])
        && (!written.chars().any(char::is_uppercase) || !written.chars().any(char::is_lowercase))
}

/// "you can get the FERRETDB SVC (`10.254.17.193:27017`)" where the command below reads
/// `{FERRETDB SVC}`: a name written all in capitals as the document's code writes it is that
/// code's placeholder or constant, named in the prose; a fix would no longer match the code.
fn placeholder_in_code(ctx: &Context, written: &str) -> bool {
    written.chars().any(char::is_alphabetic)
        && !written.contains(char::is_lowercase)
        && !written.contains(' ')
        && ctx.doc.code_writes_word(written)
}

/// "URL parser for javascript protocol" (the `javascript:` scheme), "the organization name will
/// be renamed nodejs" (a handle), "“nats:APCERA:JOBLINKNAME”" (an address in its scheme), "it
/// says, \"nats: no servers available\"" (a program's message, quoted with the prefix it
/// prints): an all-lowercase name before "protocol" or "scheme", right after "renamed", "named"
/// or "called" (and "to" or "as"), right before ":" and a non-space character, or right after an
/// opening quotation mark and before ": ", is written as the scheme, the handle or the program
/// writes it.
pub(super) fn names_a_scheme_or_a_handle(text: &str, start: usize, word_end: usize) -> bool {
    let written = &text[start..word_end];
    if written.is_empty() || written.contains(|c: char| !c.is_lowercase() && c != '.') {
        return false;
    }
    let after = &text[word_end..];
    let scheme = ["protocol", "scheme"].iter().any(|w| {
        after
            .strip_prefix(' ')
            .and_then(|rest| rest.strip_prefix(w))
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    let before = text[..start].trim_end_matches(' ');
    let before = before
        .strip_suffix(" to")
        .or_else(|| before.strip_suffix(" as"))
        .unwrap_or(before);
    let handle = text[..start].ends_with(' ')
        && ["renamed", "named", "called"].iter().any(|w| {
            before
                .strip_suffix(w)
                .is_some_and(|head| !head.ends_with(char::is_alphanumeric))
        });
    // "nats:APCERA:JOBLINKNAME": the name opens an address in its scheme; "“nats: no servers
    // available”": a program's message, quoted with the prefix it prints.
    let address = after
        .strip_prefix(':')
        .is_some_and(|rest| rest.starts_with(|c: char| !c.is_whitespace()));
    let quoted_prefix = after.starts_with(": ")
        && text[..start].ends_with(['"', '“', '\'', '‘', '`']);
    scheme || handle || address || quoted_prefix
}

/// "- kubevirt host - Hostname where KubeVirt is deployed" below a Vagrantfile that reads
/// `kubevirt.hostname = '<kubevirt host>'`: a lowercase name that opens (or is) a placeholder
/// the document's code writes in angle brackets or braces names that placeholder, as typed.
fn names_a_placeholder(ctx: &Context, start: usize, word_end: usize) -> bool {
    let text = ctx.doc.context_text();
    let written = &text[start..word_end];
    if written.is_empty() || written.contains(|c: char| c.is_uppercase()) {
        return false;
    }
    // The name and up to two words after it, on its line.
    let line_end = text[word_end..].find('\n').map_or(text.len(), |i| word_end + i);
    let mut end = word_end;
    for _ in 0..3 {
        if ctx.doc.code_writes_placeholder(&text[start..end]) {
            return true;
        }
        let rest = &text[end..line_end];
        let Some(next) = rest.strip_prefix(' ') else {
            return false;
        };
        let len = next
            .find(|c: char| !c.is_alphanumeric() && c != '-' && c != '_')
            .unwrap_or(next.len());
        if len == 0 {
            return false;
        }
        end += 1 + len;
    }
    false
}

/// "docker manifest is still an experimental feature" beside the code `docker manifest inspect
/// <image>`, "the dockers configuration" above a YAML block that opens `dockers:`: a lowercase
/// name the document's code runs as a program with the next word, the two words a whole noun
/// phrase, or sets as a key the next word calls a configuration, is that command or key, named
/// as typed. "docker manifests" (a plural the code never runs) is the product's feature
/// miscased, and "the docker compose file" (the pair describing a noun) the product's file.
fn names_what_code_writes(ctx: &Context, written: &str, word_end: usize) -> bool {
    if written.is_empty() || !written.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let text = ctx.doc.context_text();
    let Some(rest) = text[word_end..].strip_prefix(' ') else {
        return false;
    };
    let len = rest
        .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
        .unwrap_or(rest.len());
    let next = &rest[..len];
    if next.is_empty() || rest[len..].starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let after = rest[len..].strip_prefix(' ').map_or("", |tail| {
        let end = tail
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(tail.len());
        &tail[..end]
    });
    // An image's alt text may name the command and then what the screenshot shows of it
    // ("![goreleaser changelog preview](…)").
    let phrase_ends = after.is_empty()
        || !after.starts_with(char::is_lowercase)
        || is_function_word(after)
        || in_alt_text(text, word_end - written.len());
    (phrase_ends && ctx.doc.code_writes_command(written, next))
        || (CONFIGURATION_NOUNS.contains(&next) && ctx.doc.code_writes_key(written))
}

/// "Should I use @grpc/grpc-js or grpc?" where the page links `[grpc][]` to
/// `https://www.npmjs.com/package/grpc`: a lowercase word the page links to a package registry's
/// page of that name names the package, as typed, wherever the page writes it.
fn names_a_linked_package(ctx: &Context, written: &str) -> bool {
    !written.is_empty()
        && !written.contains(|c: char| c.is_uppercase() || c.is_whitespace())
        && ctx.doc.links_to_package(written)
}

/// Whether `start` lies in the alt text of a Markdown image on its line (`![…` not yet closed).
fn in_alt_text(text: &str, start: usize) -> bool {
    let line = text[..start].rsplit('\n').next().unwrap_or_default();
    line.rfind("![")
        .is_some_and(|open| !line[open..].contains(']'))
}

/// Words that call the word before them a part of a configuration file.
const CONFIGURATION_NOUNS: [&str; 6] = ["configuration", "config", "section", "key", "field", "block"];

/// "windows" for the brand "Windows": a brand that is an ordinary word with a capital, written
/// all in lowercase, is the ordinary word ("minimize the open windows"). A brand with capitals
/// of its own ("TypeScript", "GitHub") is no such word, whatever a dictionary lists.
fn ordinary_word_in_lowercase(written: &str, name: &str) -> bool {
    capitalised_like_a_word(name)
        && !written.chars().any(char::is_uppercase)
        && english::is_word(written)
}

/// Whether the word at `start..end` is part of an e-mail address or domain spelled out to
/// keep it from scrapers: "support [at] tembo [dot] io".
fn in_spelled_out_address(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    let after = text[end..].trim_start_matches(' ');
    ["[at]", "(at)", "[dot]", "(dot)"]
        .iter()
        .any(|mark| before.ends_with(mark) || after.starts_with(mark))
}

/// "Windows", "Realtime": a capital, then lowercase letters only — a name spelled as an
/// ordinary word at the start of a sentence would be.
fn capitalised_like_a_word(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase())
}

/// What may sit between the words of a name: one hyphen, or spaces with at most one line break.
fn is_name_separator(gap: &str) -> bool {
    // Most windows' words are one space apart: answered before any character is decoded.
    gap == " " || gap == "-" || (gap.chars().all(char::is_whitespace) && gap.matches('\n').count() <= 1)
}

fn message(written: &str, name: &str) -> String {
    format!("\"{written}\" misspells the brand name \"{name}\"")
}

/// Runs of whitespace (and quote markers after a line break) read as one space.
/// Whether [`collapse_whitespace`] leaves `text` as it is: no white space or `>` but single
/// spaces between words.
fn is_collapsed(text: &str) -> bool {
    !text.starts_with(' ')
        && !text.ends_with(' ')
        && !text.contains("  ")
        && !text.contains(|c: char| (c.is_whitespace() && c != ' ') || c == '>')
}

fn collapse_whitespace(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '>')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// "supabase v0.0.4", "nimbus 2.3.1", "bumps cloudevents to version 7.0.1": a lowercase name
/// before a dotted version number is a package in a list of releases, not the brand in prose.
fn lowercase_before_a_version(text: &str, written: &str, end: usize) -> bool {
    // "bumps cloudevents to version 7.0.1": a dependency bumped to a version, as a change list
    // names it.
    // `version_after` reads past the space after "to" or "to version" itself, and a "v" too.
    let bumped = || {
        ["to version", "to"]
            .iter()
            .find(|to| text[end..].strip_prefix(' ').is_some_and(|r| r.starts_with(*to)))
            .is_some_and(|to| version_after(text, end + 1 + to.len()).is_some_and(|v| v.dotted))
    };
    !written.chars().any(char::is_uppercase)
        && (version_after(text, end).is_some_and(|v| v.dotted) || bumped())
}

mod compound;
mod guessed_case;
mod longer_names;
mod typos;
#[cfg(test)]
mod code_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod phrase_tests;
#[cfg(test)]
mod own_names_tests;
