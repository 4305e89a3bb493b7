//! One section model, two renderers: the same [`Section`] read in Markdown and in HTML, with
//! each format's marks honoured and every text escaped.

use super::model::Table;
use super::model::{Block, Cell, Chart, Column, Format, List, More, Noun, Order, Section, Span};
use super::{html, md};

const HOSTILE: &str = "a|b `c` <script>x</script> @team *y*";

fn table(rows: usize, html_rows: Option<usize>) -> Table {
    Table {
        title: None,
        columns: vec![
            Column::text("name"),
            Column::num("score"),
            Column::num("words").only(Format::Html),
            Column::num("carry").only(Format::Markdown),
            Column::text("where"),
        ],
        rows: (0..rows)
            .map(|i| {
                vec![
                    Cell::data(format!("{HOSTILE} {i}")),
                    Cell::Score(Some(80.0)),
                    Cell::count(1200, Some(3)),
                    Cell::ours("2 of 2"),
                    Cell::Items {
                        items: (0..7).map(|j| vec![Span::data(format!("f{j}|"))]).collect(),
                        md_items: 5,
                        html_items: None,
                        more: Some(Noun::new("file", "files")),
                    },
                ]
            })
            .collect(),
        html_rows,
        more: More {
            noun: Noun::new("thing", "things"),
            order: Order::Ranked(" (by words)"),
        },
    }
}

fn both(part: &Section, rows: usize) -> (String, String) {
    let mut markdown = String::new();
    md::render_part(&mut markdown, part, rows);
    let mut page = String::new();
    html::render_part(&mut page, part, 0);
    (markdown, page)
}

#[test]
fn a_table_reads_the_same_in_both_formats_with_its_marked_columns() {
    let part = Section::new("things", "Things").block(Block::Table(table(3, Some(2))));
    let (markdown, page) = both(&part, 2);
    assert!(markdown
        .starts_with("#### Things\n\n| name | score | carry | where |\n|---|--:|--:|---|\n"));
    let first = markdown.lines().nth(4).unwrap_or_default();
    assert_eq!(
        first,
        "| a\\|b \\`c\\` &lt;script&gt;x&lt;/script&gt; &#64;team \\*y\\* 0 | 80.0 | 2 of 2 | f0\\|, f1\\|, f2\\|, f3\\|, f4\\|, +2 more files |"
    );
    assert_eq!(
        markdown.matches("\n| a\\|b").count(),
        2,
        "two rows: {markdown}"
    );
    assert!(
        markdown.ends_with("\n_Top 2 of 3 things (by words)._\n\n"),
        "{markdown}"
    );

    assert!(page.starts_with("<section class=\"part things\" id=\"things-0\"><h3>Things</h3>"));
    assert!(page.contains("<tr><th>name</th><th class=\"num\">score</th><th class=\"num\">words</th><th>where</th></tr>"));
    assert!(page.contains("<td>a|b `c` &lt;script&gt;x&lt;/script&gt; @team *y* 1</td>"));
    assert!(page.contains(
        ">80.0</span></td><td class=\"num\">1,200 <span class=\"note\">(was 3)</span></td>"
    ));
    assert!(page.contains("f6|</td>"), "HTML names every file: {page}");
    assert!(!page.contains(" 2</td>"), "two rows shown: {page}");
    assert!(page.contains("1 more thing not shown; <code>--format json</code> lists them all."));
    assert!(!page.contains("<script") && !markdown.contains("<script"));
}

#[test]
fn a_section_of_one_format_and_charts_stay_out_of_the_other() {
    let mut part = Section::new("benefit", "Benefit").block(Block::Chart(Chart::Scores {
        rows: vec![("<b>".to_string(), Some(10.0))],
        label: "bars",
    }));
    let (markdown, page) = both(&part, 10);
    assert_eq!(markdown, "#### Benefit\n\n", "Markdown has no charts");
    assert!(page.contains("aria-label=\"bars\"") && page.contains("&lt;b&gt;"));
    part.only = Some(Format::Html);
    let (markdown, page) = both(&part, 10);
    assert_eq!(markdown, "");
    assert!(page.contains("id=\"benefit-0\""));
    part.only = Some(Format::Markdown);
    let (markdown, page) = both(&part, 10);
    assert!(markdown.starts_with("#### Benefit"));
    assert_eq!(page, "");
}

#[test]
fn lists_and_styled_spans_in_both_formats() {
    let items = (0..4)
        .map(|i| {
            vec![
                Span::data(format!("t{i}|")),
                Span::ours(" 2 → 0, "),
                Span::good("gone"),
            ]
        })
        .collect();
    let part = Section::new("drift", "Drift")
        .para(vec![
            Span::ours("n/a: "),
            Span::code("team: sales"),
            Span::ours(" "),
            Span::code("a|b"),
        ])
        .block(Block::List(List {
            lead: vec![Span::strong("No longer found:")],
            items,
            html_items: Some(3),
            noun: Noun::new("fixed term", "fixed terms"),
        }))
        .note(vec![
            Span::example("He said \"<i>\""),
            Span::line_break(),
            Span::muted("a@b.md"),
            Span::ours(" "),
            Span::quoted("x|y"),
        ]);
    let (markdown, page) = both(&part, 2);
    assert!(
        markdown.contains("n/a: `team: sales` a\\|b\n\n"),
        "{markdown}"
    );
    assert!(markdown.contains(
        "**No longer found:**\n\n- t0\\| 2 → 0, gone\n- t1\\| 2 → 0, gone\n- …and 2 more\n\n"
    ));
    assert!(
        markdown.contains("\"He said \"&lt;i&gt;\"\" — a&#64;b.md \"x\\|y\"\n"),
        "{markdown}"
    );
    assert!(page.contains("<p>n/a: <code>team: sales</code> <code>a|b</code></p>"));
    assert!(page.contains("<li>t2| 2 → 0, <span class=\"up\">gone</span></li></ul><p class=\"note more\">1 more fixed term not shown;"));
    assert!(page.contains("<p class=\"note\"><span class=\"example\">“He said &quot;&lt;i&gt;&quot;”</span><br><span class=\"note\">a@b.md</span> “x|y”</p>"), "{page}");
}
