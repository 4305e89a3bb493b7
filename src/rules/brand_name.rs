//! `brand-name`: each brand name has exactly one spelling.

use super::{non_overlapping, Context, RuleDoc};
use crate::document::english;
use crate::document::joined::{in_lowercase_joined, part_of_joined, run_around};
use crate::document::normalized::normalize_term;
use crate::document::words;
use crate::finding::{Applicability, Finding};
use crate::matchers::inflect::{inflections, Inflection};
use crate::matchers::one_edit_apart;
use crate::matchers::terms::Target;
use std::ops::Range;

pub const ID: &str = "brand-name";

pub const DOC: RuleDoc = RuleDoc {
    what: "Reports a brand name from `brand.names` spelled any other way: wrong case \
(\"Powerspec\", \"micro center\"), split or joined (\"Power Spec\", \"MicroCenter\", \
\"Micro-Center\"), or — for names of six letters or more — one letter off or two letters swapped (\"PowerSpek\", \"Micro Cetner\"). \
The exact spelling never fires, nor does it followed by a possessive `'s` or a plural `s`, \
nor a name inside an all-lowercase package or repository name (`deploy-acme`, `@acme/app`).",
    why: "A brand spelled three ways in three documents looks like three companies. Names are \
the cheapest part of the message to get right and the most visible when wrong.",
    guide: "brand:\n  names: [\"PowerSpec\", \"Micro Center\"]\n",
    example: "Every Powerspec desktop is built in-house.",
    fixed: "Every PowerSpec desktop is built in-house.",
};

/// Names shorter than this (letters, without spaces) are not checked for one-letter typos:
/// too many real words sit one edit away from short names.
const MIN_TYPO_LEN: usize = 6;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.guide.brands.is_empty() {
        return;
    }
    let text = ctx.doc.text;
    let matches = ctx
        .terms
        .iter()
        .filter(|m| matches!(m.target, Target::Brand(_)));
    let mut covered: Vec<Range<usize>> = Vec::new();
    for m in non_overlapping(matches) {
        let Target::Brand(i) = m.target else { continue };
        covered.push(m.start..m.end);
        let word_end = m.end - m.possessive.map_or(0, str::len);
        if in_lowercase_joined(text, m.start, word_end) {
            continue; // `deploy-acme`, `nimbus-pay`: a repository or package name
        }
        let name = &ctx.guide.brands[i];
        let plural = if m.inflection == Inflection::Plural {
            "s"
        } else {
            ""
        };
        let written = collapse_whitespace(&text[m.start..word_end]);
        let correct = format!("{name}{plural}");
        if written == correct
            || lowercase_split_of_joined_name(&written, name)
            || ordinary_word_in_lowercase(&written, name)
            || in_capitalised_identifier(text, m.start..word_end, &written, &correct)
            || lowercase_alone_in_table_cell(text, m.start..word_end)
        {
            continue;
        }
        let suggestion = format!("{correct}{}", m.possessive.unwrap_or_default());
        // Case, split and join corrections keep the word: safe.
        out.extend(ctx.fixable_finding(
            ID,
            m.start..m.end,
            message(&text[m.start..word_end], name),
            Some(suggestion),
            Applicability::Safe,
        ));
    }
    typos(ctx, &covered, out);
}

/// "power spec" is ordinary prose, "Power Spec" is the brand "PowerSpec" split: a split of a
/// name written without spaces is reported only when its later words are capitalised.
fn lowercase_split_of_joined_name(written: &str, name: &str) -> bool {
    !name.contains([' ', '-'])
        && written.contains([' ', '-'])
        && written
            .split([' ', '-'])
            .skip(1)
            .any(|word| !word.starts_with(char::is_uppercase))
}

/// `Microsoft-Windows-PowerShell` (an event provider): a name spelled right but for its
/// separators, inside a longer joined token whose every part is capitalised, is part of an
/// identifier. "Micro-Center-certified" is a prose compound and still reported.
fn in_capitalised_identifier(
    text: &str,
    range: Range<usize>,
    written: &str,
    correct: &str,
) -> bool {
    let same_words = written.split([' ', '-']).eq(correct.split([' ', '-']));
    if !same_words || !part_of_joined(text, range.start, range.end) {
        return false;
    }
    let run = &text[run_around(text, range.start, range.end)];
    run.split(['-', '.', '/', '@', '_'])
        .all(|part| part.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// `| powershell | [System.Management.Automation.PowerShell](…) |`: a lowercase name that is a
/// table cell's whole content is a value (a type accelerator, a process or package name).
fn lowercase_alone_in_table_cell(text: &str, range: Range<usize>) -> bool {
    let word = &text[range.clone()];
    if word.chars().any(char::is_uppercase) {
        return false;
    }
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    if !text[line_start..line_end].trim_start().starts_with('|') {
        return false;
    }
    let cell_start = text[line_start..range.start].rfind('|');
    let cell_end = text[range.end..line_end].find('|');
    let (Some(from), Some(to)) = (cell_start, cell_end) else {
        return false;
    };
    let cell = &text[line_start + from + 1..range.end + to];
    cell.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '`')) == word
}

/// "windows" for the brand "Windows": a brand that is an ordinary word with a capital, written
/// all in lowercase, is the ordinary word ("minimize the open windows"). A brand with capitals
/// of its own ("TypeScript", "GitHub") is no such word, whatever a dictionary lists.
fn ordinary_word_in_lowercase(written: &str, name: &str) -> bool {
    let mut chars = name.chars();
    let plain_capitalised =
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase());
    plain_capitalised && !written.chars().any(char::is_uppercase) && english::is_word(written)
}

/// A near miss made of ordinary English words ("window" for "Windows", "console window"), not
/// capitalised mid-sentence, is those words; "On Window PowerShell 5.1" is a misspelled brand.
fn ordinary_words(text: &str, range: Range<usize>) -> bool {
    let window = &text[range.clone()];
    words(window).enumerate().all(|(i, word)| {
        let word_text = &window[word.clone()];
        let capital_ok = if i == 0 {
            !english::capitalised_mid_sentence(text, range.start)
        } else {
            !word_text.starts_with(char::is_uppercase)
        };
        capital_ok && english::is_word(word_text)
    })
}

/// What may sit between the words of a name: one hyphen, or spaces with at most one line break.
fn is_name_separator(gap: &str) -> bool {
    gap == "-" || (gap.chars().all(char::is_whitespace) && gap.matches('\n').count() <= 1)
}

fn message(written: &str, name: &str) -> String {
    format!("\"{written}\" misspells the brand name \"{name}\"")
}

/// Runs of whitespace (and quote markers after a line break) read as one space.
fn collapse_whitespace(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '>')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A brand's spellings for the one-edit check: its normalised form with and without spaces.
struct TypoTarget {
    index: usize,
    spaced: String,
    joined: String,
    words: usize,
    /// Characters in `spaced`.
    len: usize,
    /// Forms at one edit that are fine: plural and inflections of the name.
    allowed: Vec<String>,
}

/// One-letter typos of long brand names, over windows of as many words as the name has.
fn typos(ctx: &Context, covered: &[Range<usize>], out: &mut Vec<Finding>) {
    let targets: Vec<TypoTarget> = ctx
        .guide
        .brands
        .iter()
        .enumerate()
        .filter_map(|(index, name)| {
            let spaced = normalize_term(name);
            let joined: String = spaced.split(' ').collect();
            (joined.chars().count() >= MIN_TYPO_LEN).then(|| {
                let mut allowed: Vec<String> =
                    inflections(&joined).into_iter().map(|(f, _)| f).collect();
                allowed.extend(inflections(&spaced).into_iter().map(|(f, _)| f));
                allowed.push(format!("{spaced}s"));
                TypoTarget {
                    index,
                    words: spaced.split(' ').count(),
                    len: spaced.chars().count(),
                    spaced,
                    joined,
                    allowed,
                }
            })
        })
        .collect();
    if targets.is_empty() {
        return;
    }
    let every_spelling: Vec<String> = ctx
        .guide
        .brands
        .iter()
        .flat_map(|name| {
            let spaced = normalize_term(name);
            [spaced.split(' ').collect::<String>(), spaced]
        })
        .collect();
    let text = ctx.doc.text;
    let word_ranges: Vec<Range<usize>> = words(text).collect();
    let max_words = targets.iter().map(|t| t.words).max().unwrap_or(1);
    let mut near_misses: Vec<(Range<usize>, usize)> = Vec::new();
    // No window longer than this can be one edit from a name (with its separators).
    let max_len = targets
        .iter()
        .map(|t| t.len + 1 + t.words)
        .max()
        .unwrap_or(0);
    for (i, first) in word_ranges.iter().enumerate() {
        for n in 1..=max_words.min(word_ranges.len() - i) {
            let range = first.start..word_ranges[i + n - 1].end;
            let window = &text[range.clone()];
            // Cheap length filters before any allocation: windows only grow with `n`.
            if window.len() > 4 * max_len {
                break;
            }
            let len = window.chars().count();
            if len > max_len {
                break;
            }
            let candidates: Vec<&TypoTarget> = targets
                .iter()
                .filter(|t| t.words >= n && len.abs_diff(t.len) <= 1 + t.words)
                .collect();
            let joined_like_a_name = word_ranges[i..i + n - 1]
                .iter()
                .zip(&word_ranges[i + 1..i + n])
                .all(|(a, b)| is_name_separator(&text[a.end..b.start]));
            if candidates.is_empty() || !joined_like_a_name {
                continue;
            }
            let folded = normalize_term(window);
            let folded_joined: String = folded.split(' ').collect();
            if every_spelling
                .iter()
                .any(|s| *s == folded || *s == folded_joined)
            {
                continue;
            }
            for target in candidates {
                let near = one_edit_apart(&folded, &target.spaced)
                    || one_edit_apart(&folded_joined, &target.joined);
                if !near
                    || target.allowed.contains(&folded)
                    || target.allowed.contains(&folded_joined)
                {
                    continue;
                }
                if covered
                    .iter()
                    .any(|c| c.start < range.end && range.start < c.end)
                    || !ctx.doc.is_prose(range.clone())
                    || ctx
                        .doc
                        .in_identifier(range.start, range.end, &ctx.guide.dotted_names)
                    || ctx.doc.is_mention(range.start, range.end)
                    || in_lowercase_joined(text, range.start, range.end)
                    || ordinary_words(text, range.clone())
                {
                    continue;
                }
                near_misses.push((range.clone(), target.index));
                break;
            }
        }
    }
    // One span, one finding: where near misses overlap ("Acme Clowd" near both "Acme Cloud"
    // and a shorter name), the longest window is reported.
    near_misses.sort_by_key(|(range, _)| (std::cmp::Reverse(range.len()), range.start));
    let mut kept: Vec<(Range<usize>, usize)> = Vec::new();
    for (range, index) in near_misses {
        if !kept
            .iter()
            .any(|(k, _)| k.start < range.end && range.start < k.end)
        {
            kept.push((range, index));
        }
    }
    kept.sort_by_key(|(range, _)| range.start);
    for (range, index) in kept {
        let name = &ctx.guide.brands[index];
        // One letter off may be a real word: a human decides.
        out.extend(ctx.fixable_finding(
            ID,
            range.clone(),
            message(&text[range], name),
            Some(name.clone()),
            Applicability::Unsafe,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Kind;
    use crate::rules::test_support::{guide, pairs, run};

    const GUIDE: &str =
        "version: 1\nbrand:\n  names: [\"Micro Center\", \"PowerSpec\", \"Node.js\", \"Acme\"]\n";

    fn fired(text: &str) -> Vec<(String, Option<String>)> {
        run(&guide(GUIDE), "brand-name", text, Kind::Markdown)
    }

    #[test]
    fn fires_on_case_split_joined_and_typos() {
        let text = "Powerspec, Power Spec, micro center, MicroCenter, Micro-Center, PowerSpek, Micro Centre, node.js, ACME";
        assert_eq!(
            fired(text),
            pairs(&[
                ("Powerspec", Some("PowerSpec")),
                ("Power Spec", Some("PowerSpec")),
                ("micro center", Some("Micro Center")),
                ("MicroCenter", Some("Micro Center")),
                ("Micro-Center", Some("Micro Center")),
                ("PowerSpek", Some("PowerSpec")),
                ("Micro Centre", Some("Micro Center")),
                ("node.js", Some("Node.js")),
                ("ACME", Some("Acme")),
            ])
        );
    }

    #[test]
    fn exact_possessive_and_plural_spellings_never_fire() {
        let text = "PowerSpec, PowerSpec's, PowerSpecs, Micro Center's, Micro\nCenter, Micro Centers, Node.js, Acme.";
        assert_eq!(fired(text), pairs(&[]));
    }

    #[test]
    fn keeps_the_possessive_in_the_suggestion() {
        assert_eq!(
            fired("Powerspec's team"),
            pairs(&[("Powerspec's", Some("PowerSpec's"))])
        );
    }

    #[test]
    fn identifiers_and_code_never_fire() {
        let text = "see https://powerspec.com, powerspec.com, @powerspec, #powerspec, powerspec_v2, img/powerspec-logo.png, `powerspec`, microcenter.com/deals";
        assert_eq!(fired(text), pairs(&[]));
    }

    #[test]
    fn brands_inside_lowercase_joined_names_never_fire() {
        let text = "Clone deploy-acme and acme-security-logging; add the @powerspec/app kit, \
                    powerspec-pay and micro-center-deals.json; run tailwind-powerspek.";
        assert_eq!(fired(text), pairs(&[]));
        // A prose compound the writer capitalised wrongly is still a misspelled brand.
        assert_eq!(
            fired("Every Powerspec-certified part, and the Acme-approved ACME-grade kit."),
            pairs(&[("Powerspec", Some("PowerSpec")), ("ACME", Some("Acme"))])
        );
    }

    #[test]
    fn a_brand_mentioned_in_quotation_marks_never_fires() {
        let text =
            "Members of the \"acme\" organization, the “powerspec” tag, the 'Powerspek' typo.";
        assert_eq!(fired(text), pairs(&[]));
        assert_eq!(
            fired("the \"acme org\" and acme's \"team\""),
            pairs(&[("acme", Some("Acme")), ("acme's", Some("Acme's"))])
        );
    }

    #[test]
    fn overlapping_near_misses_report_the_longest_name_once() {
        let guide = guide("version: 1\nbrand:\n  names: [\"Nimbus\", \"Nimbus Cloud\"]\n");
        let found = run(
            &guide,
            "brand-name",
            "Try Nimbsu Cloud today.",
            Kind::Markdown,
        );
        assert_eq!(found, pairs(&[("Nimbsu Cloud", Some("Nimbus Cloud"))]));
        let found = run(&guide, "brand-name", "Try Nimbsu today.", Kind::Markdown);
        assert_eq!(found, pairs(&[("Nimbsu", Some("Nimbus"))]));
    }

    const PS_GUIDE: &str = "version: 1\nbrand:\n  names: [\"PowerShell\", \"Windows PowerShell\", \"Windows\", \"GitHub\"]\n";

    fn ps(text: &str) -> Vec<(String, Option<String>)> {
        run(&guide(PS_GUIDE), "brand-name", text, Kind::Markdown)
    }

    #[test]
    fn ordinary_words_one_letter_from_a_brand_never_fire() {
        // Real lines of the PowerShell docs: "window" is one letter from "Windows".
        for text in [
            "Sets the window style for the session. Valid values are `Normal`, `Minimized`,",
            "This command resizes the Windows PowerShell window to 10 lines by 10 characters.",
            "### Example 4: Start a process in a maximized window",
            "### -WindowStyle \\<Window style\\>",
            "Window size and buffer size are set here.",
            "third command calls the **ToggleDesktop** method of the object to minimize the open windows on your",
            "> management tools. Only unregister PowerShell endpoints during planned maintenance windows.",
        ] {
            assert_eq!(ps(text), pairs(&[]), "{text}");
        }
    }

    #[test]
    fn a_capitalised_near_miss_mid_sentence_and_real_misspellings_still_fire() {
        assert_eq!(
            ps("On Window PowerShell 5.1, the `Out-File` cmdlet creates a Unicode file."),
            pairs(&[("Window", Some("Windows"))])
        );
        assert_eq!(
            ps("Fork it on Github, then run powershell in a new window."),
            pairs(&[
                ("Github", Some("GitHub")),
                ("powershell", Some("PowerShell"))
            ])
        );
        assert_eq!(
            ps("Install Powershel first."),
            pairs(&[("Powershel", Some("PowerShell"))])
        );
    }

    #[test]
    fn brands_inside_capitalised_identifiers_and_table_values_never_fire() {
        for text in [
            "Enables the Microsoft-Windows-PowerShell event provider logs.",
            "| powershell                   | [System.Management.Automation.PowerShell](xref:System.Management.Automation.PowerShell) |",
        ] {
            assert_eq!(ps(text), pairs(&[]), "{text}");
        }
        // Prose compounds and prose in a table still fire.
        assert_eq!(
            ps("A Windows-PowerShell-based tool. | Use powershell here |"),
            pairs(&[
                ("Windows-PowerShell", Some("Windows PowerShell")),
                ("powershell", Some("PowerShell"))
            ])
        );
    }

    #[test]
    fn file_names_are_identifiers() {
        let guide = guide("version: 1\nbrand:\n  names: [\"Astro\", \"Vite\"]\n");
        for text in [
            "- **[slug].astro**",
            "- [...slug].astro",
            "Rename `index.astro` to src/pages/index.astro, then index.astro works.",
            "Create .astro files in your project.",
        ] {
            assert_eq!(
                run(&guide, "brand-name", text, Kind::Markdown),
                pairs(&[]),
                "{text}"
            );
        }
        assert_eq!(
            run(
                &guide,
                "brand-name",
                "1. Create an astro project.",
                Kind::Markdown
            ),
            pairs(&[("astro", Some("Astro"))])
        );
    }

    #[test]
    fn unrelated_words_of_similar_length_never_fire() {
        assert_eq!(
            fired("Power specs matter. The power spec sheet. Powerful spectra. Acne."),
            pairs(&[])
        );
    }
}
