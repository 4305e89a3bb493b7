//! A figure written as an approved one rounded: "1.4 million rows per second" for the approved
//! "1.43 million rows per second" states the same result with fewer digits, and is neither a
//! conflict nor a new claim.

/// The significant digits of a normalised number ("1400000" → 2, "99.9" → 3, "0.05" → 1): a
/// whole number's trailing zeros only hold its place.
fn significant_digits(number: &str) -> usize {
    let decimal = number.contains('.');
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let digits = if decimal {
        digits
    } else {
        digits.trim_end_matches('0')
    };
    digits.len()
}

/// Whether `written` is `approved` rounded to the digits `written` gives (both normalised
/// numbers, as a `Claim` holds them). A figure of one significant digit ("1 million", "200")
/// says too little to stand for another: "200 customers" is no rounded "150 customers".
pub fn rounded_from(written: &str, approved: &str) -> bool {
    let (Ok(w), Ok(a)) = (written.parse::<f64>(), approved.parse::<f64>()) else {
        return false;
    };
    let digits = significant_digits(written);
    if digits < 2 || w <= 0.0 || a <= 0.0 || w == a {
        return false;
    }
    let magnitude = a.log10().floor() as i32;
    let step = 10f64.powi(magnitude + 1 - digits as i32);
    let rounded = (a / step).round() * step;
    (rounded - w).abs() <= step * 1e-6
}

#[cfg(test)]
mod tests {
    use super::rounded_from;

    #[test]
    fn a_figure_with_fewer_digits_is_the_approved_one_rounded() {
        // QuestDB's comparison tutorial (Apache-2.0): "up to 1.4 million rows per second" for
        // the benchmark page's "1.43 million rows per second".
        assert!(rounded_from("1400000", "1430000"));
        assert!(rounded_from("960000", "959000"));
        assert!(rounded_from("99.9", "99.94"));
        for (written, approved) in [
            ("1500000", "1430000"), // another figure
            ("1000000", "1430000"), // one digit says too little
            ("200", "150"),         // likewise
            ("1430000", "1430000"), // the same figure is not a rounding
            ("1.4", "14"),          // another magnitude
            ("1400000", "1.43e6x"), // no number
        ] {
            assert!(!rounded_from(written, approved), "{written} {approved}");
        }
    }
}
