//! A count of people in a list of a small survey's answers is a share of the respondents, not
//! anyone's scale. The Julia blog's Beijing workshop post: "We conducted a survey and 36
//! attendees responded to the survey:" and then "- 15 people just started learning Julia, 15
//! people start learning Julia after 1.0, 6 people knew Julia before v0.6." and "- 26 people
//! find Chinese discourse useful". Each count is part of the 36 who answered. The reading: the
//! figure counts people and stands in a list item; the paragraph that introduces the list names
//! a survey or a poll and how many answered it, a count of people no smaller than the figure.
//! A survey of a product's users that reports its own scale ("1,200 developers answered") is
//! not touched: the figures it breaks down are judged as before unless the total is given.

use super::clause::{has_any, list_item, lowered_words};

/// How far back the list's introduction may stand, in bytes.
const REACH: usize = 2_000;

/// Whether the count of people `value` at `start` is a share of a survey's respondents given
/// in the paragraph that introduces its list.
pub(super) fn survey_breakdown(text: &str, start: usize, unit: &str, value: f64) -> bool {
    if !PEOPLE.contains(&unit) || value <= 0.0 {
        return false;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if !list_item(&text[line_start..start]) {
        return false;
    }
    let Some(intro) = introduction(text, line_start) else {
        return false;
    };
    let words = lowered_words(intro);
    has_any(&words, SURVEYS) && respondents(&words).is_some_and(|total| total >= value)
}

/// The last line before the list that holds the line at `line_start`: the first line, going
/// back, that is neither blank nor a list item nor indented under one.
fn introduction(text: &str, line_start: usize) -> Option<&str> {
    let from = line_start.saturating_sub(REACH);
    let from = (0..=from)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let mut blanks = 0;
    for line in text[from..line_start].lines().rev() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blanks += 1;
            if blanks > 1 {
                return None;
            }
            continue;
        }
        if list_item(line) || line.starts_with([' ', '\t']) {
            blanks = 0;
            continue;
        }
        return Some(trimmed);
    }
    None
}

/// The number of people the introduction says answered: a number right before a word for
/// people ("36 attendees responded").
fn respondents(words: &str) -> Option<f64> {
    let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
    words.windows(2).find_map(|pair| {
        (PEOPLE.contains(&super::singular(pair[1]).as_str()) || PEOPLE.contains(&pair[1]))
            .then(|| pair[0].parse::<f64>().ok())
            .flatten()
    })
}

/// Words that make a paragraph introduce a survey's answers.
const SURVEYS: &[&str] = &[
    "survey",
    "surveyed",
    "poll",
    "polled",
    "responded",
    "respondents",
    "questionnaire",
];

/// Units that count people, singular as claims key them.
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "attendee",
    "respondent",
    "participant",
    "student",
];

#[cfg(test)]
mod tests {
    use super::survey_breakdown;

    const BEIJING: &str = "## Survey\n\nWe conducted a survey and 36 attendees responded to the survey:\n\n- 15 people just started learning Julia, 15 people start learning Julia after 1.0, 6 people knew Julia before v0.6.\n- men:women = 35:1\n- background (number of people)\n  - machine learning (15)\n- 26 people find Chinese discourse useful, 10 people do not use discourse\n";

    fn breakdown(text: &str, figure: &str, value: f64) -> bool {
        let start = text.find(figure).expect("the figure is in the text");
        survey_breakdown(text, start, "people", value)
    }

    #[test]
    fn counts_of_respondents_in_the_surveys_list_are_its_answers() {
        // The Julia blog (MIT), `2019/09/julia-workshop-beijing.md`.
        for (figure, value) in [
            ("15 people just", 15.0),
            ("6 people", 6.0),
            ("26 people", 26.0),
        ] {
            assert!(breakdown(BEIJING, figure, value), "{figure}");
        }
    }

    #[test]
    fn other_lists_and_larger_counts_are_kept() {
        // No survey in the introduction: a list of the project's figures.
        let text = "This year in numbers:\n\n- 45 people joined the core team\n";
        assert!(!breakdown(text, "45 people", 45.0));
        // More than answered: not one of their answers.
        let text = "We ran a poll and 20 people responded:\n\n- 80 people use it at work\n";
        assert!(!breakdown(text, "80 people", 80.0));
        // Not in a list: the sentence is judged as before.
        let text = "We conducted a survey and 36 attendees responded. 15 people just started.";
        assert!(!breakdown(text, "15 people", 15.0));
        // A survey without a count of those who answered.
        let text = "Results of our survey:\n\n- 15 people just started learning Julia\n";
        assert!(!breakdown(text, "15 people", 15.0));
    }
}
