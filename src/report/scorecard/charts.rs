//! Inline SVG charts for the HTML scorecard: a score gauge, horizontal score bars and stacked
//! usage bars. Plain markup, no script, no external references; every label is escaped.

use super::html::escape;
use std::fmt::Write;

/// The colour of a score: red below 50, amber below 75, green from 75; grey for n/a.
pub fn score_colour(score: Option<f64>) -> &'static str {
    match score {
        Some(s) if s >= 75.0 => "#1f8a4c",
        Some(s) if s >= 50.0 => "#c98a0b",
        Some(_) => "#c0392b",
        None => "#9aa0a6",
    }
}

/// A half-circle gauge with the score in the middle.
pub fn gauge(score: Option<f64>, caption: &str) -> String {
    let (cx, cy, r) = (110.0_f64, 110.0_f64, 90.0_f64);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg class="gauge" role="img" aria-label="alignment score {label}" width="220" height="140" viewBox="0 0 220 140"><path d="M {x0} {cy} A {r} {r} 0 0 1 {x1} {cy}" fill="none" stroke="#e3e6ea" stroke-width="18"/>"##,
        label = escape(&super::score(score)),
        x0 = cx - r,
        x1 = cx + r,
    );
    if let Some(s) = score {
        let angle = std::f64::consts::PI * (s.clamp(0.0, 100.0) / 100.0);
        let (x, y) = (cx - r * angle.cos(), cy - r * angle.sin());
        if s > 0.0 {
            let _ = write!(
                svg,
                r#"<path d="M {x0} {cy} A {r} {r} 0 0 1 {x:.2} {y:.2}" fill="none" stroke="{colour}" stroke-width="18"/>"#,
                x0 = cx - r,
                colour = score_colour(score),
            );
        }
    }
    let _ = write!(
        svg,
        r##"<text x="{cx}" y="{ty}" text-anchor="middle" font-size="34" font-weight="700" fill="#1d2329">{value}</text><text x="{cx}" y="{cy2}" text-anchor="middle" font-size="13" fill="#5f6b76">{caption}</text></svg>"##,
        ty = cy - 12.0,
        cy2 = cy + 22.0,
        value = escape(&super::score(score)),
        caption = escape(caption),
    );
    svg
}

/// One bar per row, 0–100, with the label on the left and the value on the right.
pub fn score_bars(rows: &[(String, Option<f64>)], aria: &str) -> String {
    let (label_w, bar_w, row_h) = (250.0, 420.0, 26.0);
    let height = row_h * rows.len() as f64 + 8.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="bars" role="img" aria-label="{aria}" width="{w}" height="{height}" viewBox="0 0 {w} {height}">"#,
        aria = escape(aria),
        w = label_w + bar_w + 70.0,
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = 4.0 + row_h * i as f64;
        let width = value.map_or(0.0, |v| bar_w * v.clamp(0.0, 100.0) / 100.0);
        let _ = write!(
            svg,
            r##"<text x="{lx}" y="{ty}" text-anchor="end" font-size="13" fill="#1d2329">{label}</text><rect x="{label_w}" y="{y}" width="{bar_w}" height="{bh}" fill="#eef0f3"/><rect x="{label_w}" y="{y}" width="{width:.1}" height="{bh}" fill="{colour}"/><text x="{vx}" y="{ty}" font-size="13" fill="#1d2329">{value}</text>"##,
            lx = label_w - 8.0,
            ty = y + 15.0,
            bh = row_h - 8.0,
            label = escape(&short(label, 28)),
            colour = score_colour(*value),
            vx = label_w + bar_w + 8.0,
            value = escape(&super::score(*value)),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A small vertical bar chart of scores (0–100) in order, one bar per label (a month), with
/// each value written above its bar and the label under it: readable without colour.
pub fn small_bars(rows: &[(String, Option<f64>)], aria: &str) -> String {
    let (bar_w, gap, plot_h) = (30.0, 8.0, 90.0);
    let width = (bar_w + gap) * rows.len() as f64 + gap;
    let height = plot_h + 44.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="small-bars" role="img" aria-label="{aria}" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#,
        aria = escape(aria),
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let x = gap + (bar_w + gap) * i as f64;
        let bar_h = value.map_or(0.0, |v| plot_h * v.clamp(0.0, 100.0) / 100.0);
        let top = 16.0 + plot_h - bar_h;
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="16" width="{bar_w}" height="{plot_h}" fill="#eef0f3"/><rect x="{x}" y="{top:.1}" width="{bar_w}" height="{bar_h:.1}" fill="{colour}"/><text x="{cx}" y="12" text-anchor="middle" font-size="10" fill="#1d2329">{value}</text><text x="{cx}" y="{ly}" text-anchor="middle" font-size="9" fill="#5f6b76">{label}</text>"##,
            cx = x + bar_w / 2.0,
            ly = 16.0 + plot_h + 14.0,
            colour = score_colour(*value),
            value = escape(&super::score(*value)),
            label = escape(&short(label, 8)),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Stacked bars of (label, exact, drifted) uses, scaled to the largest total.
pub fn usage_bars(rows: &[(String, usize, usize)], aria: &str) -> String {
    let (label_w, bar_w, row_h) = (250.0, 420.0, 26.0);
    let most = rows.iter().map(|(_, e, d)| e + d).max().unwrap_or(0).max(1) as f64;
    let height = row_h * rows.len() as f64 + 30.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="bars" role="img" aria-label="{aria}" width="{w}" height="{height}" viewBox="0 0 {w} {height}">"#,
        aria = escape(aria),
        w = label_w + bar_w + 90.0,
    );
    for (i, (label, exact, drifted)) in rows.iter().enumerate() {
        let y = 4.0 + row_h * i as f64;
        let e = bar_w * *exact as f64 / most;
        let d = bar_w * *drifted as f64 / most;
        let _ = write!(
            svg,
            r##"<text x="{lx}" y="{ty}" text-anchor="end" font-size="13" fill="#1d2329">{label}</text><rect x="{label_w}" y="{y}" width="{e:.1}" height="{bh}" fill="#2b6cb0"/><rect x="{dx:.1}" y="{y}" width="{d:.1}" height="{bh}" fill="#e08a3c"/><text x="{vx:.1}" y="{ty}" font-size="13" fill="#1d2329">{exact} + {drifted}</text>"##,
            lx = label_w - 8.0,
            ty = y + 15.0,
            bh = row_h - 8.0,
            label = escape(&short(label, 28)),
            dx = label_w + e,
            vx = label_w + e + d + 8.0,
        );
    }
    let ly = 4.0 + row_h * rows.len() as f64 + 8.0;
    let _ = write!(
        svg,
        r##"<rect x="{label_w}" y="{ly}" width="12" height="12" fill="#2b6cb0"/><text x="{tx}" y="{ty}" font-size="12" fill="#5f6b76">word for word</text><rect x="{dx}" y="{ly}" width="12" height="12" fill="#e08a3c"/><text x="{dtx}" y="{ty}" font-size="12" fill="#5f6b76">drifted</text></svg>"##,
        tx = label_w + 18.0,
        ty = ly + 10.0,
        dx = label_w + 130.0,
        dtx = label_w + 148.0,
    );
    svg
}

/// At most `max` characters, with an ellipsis when cut.
fn short(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_escape_labels_and_never_script() {
        let bars = score_bars(&[("<script>x</script>".to_string(), Some(50.0))], "a");
        assert!(bars.contains("&lt;script&gt;") && !bars.contains("<script"));
        let usage = usage_bars(&[("a|b".to_string(), 0, 0)], "uses");
        assert!(usage.contains(r#"width="0.0""#), "no division by zero");
        assert!(gauge(None, "overall").contains("n/a"));
        assert!(gauge(Some(100.0), "overall").contains("A 90 90 0 0 1 200.00 110.00"));
        assert!(usage_bars(&[], "none").starts_with("<svg"));
    }
}
