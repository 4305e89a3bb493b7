//! One model of the scorecard's sections, built once from the figures (see [`super::sections`])
//! and rendered by [`super::md`] and [`super::html`]. A section says what to show: titled
//! tables of typed cells, paragraphs, lists and charts; each renderer only decides how. Where
//! Markdown deliberately shows less than HTML (short rows for a pull-request comment), a column,
//! block or section is marked for one format, never restated.
//!
//! Text is kept as [`Span`]s that say whose it is: text from documents and guides
//! ([`Style::Data`]) and our own text are both escaped by every renderer; only the markup a
//! renderer adds itself (code, emphasis, a pill) is not.

/// An output format of the scorecard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
}

/// One part of a guide's section: "Channels", "Drift", ….
pub struct Section {
    /// The anchor stem and CSS class in HTML (`channels` → `id="channels-0"`).
    pub id: &'static str,
    pub title: &'static str,
    /// Shown in this format only, or in both.
    pub only: Option<Format>,
    pub blocks: Vec<Block>,
}

pub enum Block {
    /// A paragraph; a note is shown smaller in HTML.
    Para {
        spans: Vec<Span>,
        note: bool,
    },
    /// A chart: HTML only (Markdown has the table beside it).
    Chart(Chart),
    Table(Table),
    List(List),
}

/// A titled series of (label, score) bars: one small chart of [`Chart::Panels`].
pub type Panel = (String, Vec<(String, Option<f64>)>);

pub enum Chart {
    /// One bar per row, 0–100.
    Scores {
        rows: Vec<(String, Option<f64>)>,
        label: &'static str,
    },
    /// One small chart of scores per panel (score by month, per channel), side by side.
    Panels {
        panels: Vec<Panel>,
        label: &'static str,
    },
    /// Stacked (exact, drifted) uses per row; the renderer shows the first few.
    Uses {
        rows: Vec<(String, usize, usize)>,
        label: &'static str,
        noun: Noun,
    },
}

pub struct Table {
    /// A heading of its own, for a second table in a section.
    pub title: Option<&'static str>,
    pub columns: Vec<Column>,
    /// Every row, one cell per column; each renderer shows as many as it has room for.
    pub rows: Vec<Vec<Cell>>,
    /// The rows HTML shows (`None`: all). Markdown shows what its length budget allows.
    pub html_rows: Option<usize>,
    pub more: More,
}

pub struct Column {
    pub header: &'static str,
    /// Right-aligned.
    pub numeric: bool,
    pub only: Option<Format>,
}

/// What a cut table holds, for the note under it.
pub struct More {
    pub noun: Noun,
    pub order: Order,
}

#[derive(Clone, Copy)]
pub struct Noun {
    pub one: &'static str,
    pub many: &'static str,
}

/// How rows are ordered, which the Markdown note under a cut table names.
pub enum Order {
    /// As the guide lists them: "the first N of M".
    Guide,
    /// Most telling first, with how ("(by words)", or nothing): "top N of M".
    Ranked(&'static str),
}

/// A bulleted list under a lead line.
pub struct List {
    pub lead: Vec<Span>,
    pub items: Vec<Vec<Span>>,
    /// The items HTML shows (`None`: all).
    pub html_items: Option<usize>,
    pub noun: Noun,
}

pub enum Cell {
    Text(Vec<Span>),
    /// A score: a coloured pill in HTML, the figure in Markdown.
    Score(Option<f64>),
    /// Several entries joined by commas, the first few shown, then "+N more …" if `more`.
    Items {
        items: Vec<Vec<Span>>,
        md_items: usize,
        html_items: Option<usize>,
        more: Option<Noun>,
    },
}

pub struct Span {
    pub text: String,
    pub style: Style,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Text from a document or a guide: escaped, and cut in a Markdown cell.
    Data,
    /// Our own text: escaped, never cut.
    Ours,
    /// Our own code (a rule id, a guide key).
    Code,
    Strong,
    /// Good news ("gone", "new").
    Good,
    /// Secondary data, smaller in HTML (an earlier count, a file under an example).
    Muted,
    /// Data in quotation marks.
    Quoted,
    /// An example sentence: quoted, set apart in HTML.
    Example,
    /// A line break in HTML; a dash in Markdown, whose cells are one line.
    Break,
}

impl Span {
    fn new(text: impl Into<String>, style: Style) -> Span {
        Span {
            text: text.into(),
            style,
        }
    }
    pub fn data(text: impl Into<String>) -> Span {
        Span::new(text, Style::Data)
    }
    pub fn ours(text: impl Into<String>) -> Span {
        Span::new(text, Style::Ours)
    }
    pub fn code(text: impl Into<String>) -> Span {
        Span::new(text, Style::Code)
    }
    pub fn strong(text: impl Into<String>) -> Span {
        Span::new(text, Style::Strong)
    }
    pub fn good(text: impl Into<String>) -> Span {
        Span::new(text, Style::Good)
    }
    pub fn muted(text: impl Into<String>) -> Span {
        Span::new(text, Style::Muted)
    }
    pub fn quoted(text: impl Into<String>) -> Span {
        Span::new(text, Style::Quoted)
    }
    pub fn example(text: impl Into<String>) -> Span {
        Span::new(text, Style::Example)
    }
    pub fn line_break() -> Span {
        Span::new("", Style::Break)
    }
    /// Our own text with `code` spans (backticks), as the notes of the figures are written.
    pub fn ours_with_code(text: &str) -> Vec<Span> {
        text.split('`')
            .enumerate()
            .filter(|(_, part)| !part.is_empty())
            .map(|(i, part)| {
                if i % 2 == 1 {
                    Span::code(part)
                } else {
                    Span::ours(part)
                }
            })
            .collect()
    }
}

impl Cell {
    pub fn data(text: impl Into<String>) -> Cell {
        Cell::Text(vec![Span::data(text)])
    }
    pub fn ours(text: impl Into<String>) -> Cell {
        Cell::Text(vec![Span::ours(text)])
    }
    /// A count, and what it was at the ref if it changed: "1 (was 2)".
    pub fn count(n: usize, was: Option<usize>) -> Cell {
        let mut spans = vec![Span::ours(super::count(n))];
        if let Some(then) = was {
            spans.push(Span::ours(" "));
            spans.push(Span::muted(format!("(was {})", super::count(then))));
        }
        Cell::Text(spans)
    }
}

impl Column {
    pub fn text(header: &'static str) -> Column {
        Column {
            header,
            numeric: false,
            only: None,
        }
    }
    pub fn num(header: &'static str) -> Column {
        Column {
            numeric: true,
            ..Column::text(header)
        }
    }
    /// Shown in `format` only.
    pub fn only(self, format: Format) -> Column {
        Column {
            only: Some(format),
            ..self
        }
    }
}

impl Noun {
    pub const fn new(one: &'static str, many: &'static str) -> Noun {
        Noun { one, many }
    }
}

/// An [`Cell::Items`] cell as both formats draw it: its first `limit` entries, each rendered by
/// `render`, joined by commas, then "+N more …" for the rest when `more` names them.
pub fn joined_items(
    items: &[Vec<Span>],
    limit: usize,
    more: Option<Noun>,
    render: impl Fn(&[Span]) -> String,
) -> String {
    let mut shown: Vec<String> = items.iter().take(limit).map(|i| render(i)).collect();
    if let Some(noun) = more.filter(|_| items.len() > limit) {
        let rest = items.len() - limit;
        shown.push(format!(
            "+{}",
            super::plural(
                rest,
                &format!("more {}", noun.one),
                &format!("more {}", noun.many)
            )
        ));
    }
    shown.join(", ")
}

impl Section {
    pub fn new(id: &'static str, title: &'static str) -> Section {
        Section {
            id,
            title,
            only: None,
            blocks: Vec::new(),
        }
    }
    pub fn para(mut self, spans: Vec<Span>) -> Section {
        self.blocks.push(Block::Para { spans, note: false });
        self
    }
    pub fn note(mut self, spans: Vec<Span>) -> Section {
        self.blocks.push(Block::Para { spans, note: true });
        self
    }
    pub fn block(mut self, block: Block) -> Section {
        self.blocks.push(block);
        self
    }
}

/// Whether a part marked `only` is shown in `format`.
pub fn shown_in(only: Option<Format>, format: Format) -> bool {
    only.is_none_or(|f| f == format)
}
