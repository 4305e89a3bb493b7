//! A cheap pass over YAML text before any parser sees it. The YAML parsers take time quadratic
//! in nesting depth (`brand: [[[[…` of 160 KB took 37 s), so text nested deeper than a limit is
//! refused first, in one linear pass.
//!
//! The pass follows quotes, comments, block scalars (`|`, `>`) and flow collections (`[…]`,
//! `{…}`) closely enough that brackets inside strings and comments never count. Block nesting is
//! counted by indentation (a sequence at its parent key's column counts as a level). A
//! continuation line of a multi-line plain scalar may count one level too many; no real guide
//! comes near the limit, so that never matters.

/// The byte offset of the first node nested deeper than `limit`, if any.
pub fn too_deep(text: &str, limit: usize) -> Option<usize> {
    let mut scan = Scan::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if let Some(at) = scan.line(line.trim_end_matches(['\n', '\r']).as_bytes(), limit) {
            return Some(start + at);
        }
    }
    None
}

#[derive(Default)]
struct Scan {
    /// Open block collections: (column, opened by an indicator such as `- `).
    blocks: Vec<(usize, bool)>,
    /// Open flow collections.
    flow: usize,
    /// The quote of a scalar still open at the end of the last line.
    quote: Option<u8>,
    /// Inside a block scalar whose parent line is indented this much.
    block_scalar: Option<usize>,
}

/// `- `, `? ` or `: ` at `i`: an indicator that opens a nested node on the same line.
fn is_indicator(line: &[u8], i: usize) -> bool {
    matches!(line.get(i), Some(b'-' | b'?' | b':'))
        && matches!(line.get(i + 1), None | Some(b' ' | b'\t'))
}

impl Scan {
    fn depth(&self) -> usize {
        self.blocks.len() + self.flow
    }

    /// Scan one line (without its line break); the column past the limit, if reached.
    fn line(&mut self, line: &[u8], limit: usize) -> Option<usize> {
        let indent = line.iter().take_while(|&&b| b == b' ').count();
        if let Some(parent) = self.block_scalar {
            if indent == line.len() || indent > parent {
                return None;
            }
            self.block_scalar = None;
        }
        let mut i = indent;
        if self.quote.is_none() && self.flow == 0 {
            if i == line.len() || line[i] == b'#' || (indent == 0 && line[0] == b'%') {
                return None;
            }
            if indent == 0 && (line.starts_with(b"---") || line.starts_with(b"...")) {
                i = 3;
            } else {
                while is_indicator(line, i) {
                    self.open_block(i, true);
                    if self.depth() > limit {
                        return Some(i);
                    }
                    i += 1;
                    while matches!(line.get(i), Some(b' ' | b'\t')) {
                        i += 1;
                    }
                }
                if i < line.len() && line[i] != b'#' {
                    self.open_block(i, false);
                    if self.depth() > limit {
                        return Some(i);
                    }
                }
            }
        }
        self.rest(line, i, indent, limit)
    }

    /// A node starting at `column` on a new line: close deeper blocks, open one if it is deeper
    /// than the innermost (or an indicator at its parent key's column).
    fn open_block(&mut self, column: usize, indicator: bool) {
        while let Some(&(c, ind)) = self.blocks.last() {
            if c > column || (c == column && ind && !indicator) {
                self.blocks.pop();
            } else {
                break;
            }
        }
        if self.blocks.last() != Some(&(column, indicator)) {
            self.blocks.push((column, indicator));
        }
    }

    /// The rest of a line from `i`: quotes, comments, flow brackets and block scalars.
    fn rest(&mut self, line: &[u8], mut i: usize, indent: usize, limit: usize) -> Option<usize> {
        let mut node_start = self.quote.is_none();
        let mut after_space = true;
        while i < line.len() {
            let b = line[i];
            if let Some(quote) = self.quote {
                if quote == b'"' && b == b'\\' {
                    i += 2;
                    continue;
                }
                if b == quote {
                    if quote == b'\'' && line.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    self.quote = None;
                }
                i += 1;
                continue;
            }
            match b {
                b' ' | b'\t' => {
                    after_space = true;
                    i += 1;
                    continue;
                }
                b'#' if after_space => break,
                b'"' | b'\'' if node_start => self.quote = Some(b),
                b'[' | b'{' if node_start || self.flow > 0 => {
                    self.flow += 1;
                    if self.depth() > limit {
                        return Some(i);
                    }
                    node_start = true;
                }
                b']' | b'}' if self.flow > 0 => {
                    self.flow -= 1;
                    node_start = false;
                }
                b',' if self.flow > 0 => node_start = true,
                b':' if self.flow > 0 || is_indicator(line, i) => node_start = true,
                b'-' | b'?' if node_start && is_indicator(line, i) => {}
                b'|' | b'>' if node_start && self.flow == 0 => {
                    self.block_scalar = Some(indent);
                    break;
                }
                // Anchors and tags come before the node they name; an alias is the node.
                b'&' | b'!' | b'*' if node_start => {
                    while i < line.len() && !matches!(line[i], b' ' | b'\t' | b',') {
                        i += 1;
                    }
                    node_start = b != b'*';
                    continue;
                }
                _ => node_start = false,
            }
            after_space = false;
            i += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::too_deep;

    #[test]
    fn ordinary_guides_pass() {
        let guide = "version: 1 # a comment [[[[\nextends: [jargon, hype]\nbanned:\n- term: \"[[[[\"\n  reason: 'it''s {{{{'\n  pattern: a[b{c\n- {term: x, reason: \"multi\n    line [[[[ quote\"}\nchannels:\n  sheet:\n    paths: [\"a/**\", b]\n    require: [cta]\nbenefit:\n  statement: |\n    [[[[[[[[[[ literal\n      {{{{{{{{{\n  expressions: [a]\n";
        assert_eq!(too_deep(guide, 4), None);
        assert_eq!(too_deep("", 1), None);
    }

    #[test]
    fn deep_flow_collections_are_found_at_the_bracket() {
        let text = format!("version: 1\nbrand: {}{}\n", "[".repeat(40), "]".repeat(40));
        assert_eq!(too_deep(&text, 32), Some("version: 1\nbrand: ".len() + 31));
        let maps = format!(
            "version: 1\nbrand: {}1{}\n",
            "{a: ".repeat(40),
            "}".repeat(40)
        );
        assert!(too_deep(&maps, 32).is_some());
        let json = format!(
            "{{\"version\":1,\"brand\":{}1{}}}",
            "{\"a\":".repeat(40),
            "}".repeat(40)
        );
        assert!(too_deep(&json, 32).is_some());
        // Flow collections across lines keep counting.
        let lines = format!("brand:\n{}", "  [\n".repeat(40));
        assert!(too_deep(&lines, 32).is_some());
    }

    #[test]
    fn deep_block_nesting_is_found() {
        let mut maps = String::new();
        for depth in 0..40 {
            maps.push_str(&format!("{}k{depth}:\n", "  ".repeat(depth)));
        }
        assert!(too_deep(&maps, 32).is_some());
        assert_eq!(too_deep(&maps, 40), None);
        let compact = format!("a:\n{}x\n", "- ".repeat(40));
        assert!(too_deep(&compact, 32).is_some());
        // A sequence at its key's column is one level deeper than the key.
        assert_eq!(too_deep("a:\n- b: 1\n  c: 2\n- d\ne: 1\n", 3), None);
        assert!(too_deep("a:\n- b: 1\n  c: 2\n- d\ne: 1\n", 2).is_some());
    }
}
