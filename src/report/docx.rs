//! The gap report as a Word document (DOCX), for a firm to brand, edit and sign.
//!
//! It renders the same [`Report`] as the other formats and uses only Word's built-in styles
//! (Title, Subtitle, Heading 1–3, List Bullet, Intense Quote, Table Grid), so that attaching a
//! firm's template restyles the whole document. Data tables repeat their header row on every
//! page. The charts of the HTML report are drawn here as shaded tables: they stay editable,
//! follow the template and need no fonts or image renderer on the machine. The Gantt chart
//! is the one image: the HTML report's drawing made into a PNG here, with a font the program
//! carries (a chart of dated bars does not fit a table's cells).
//!
//! Every word it writes is the report's language's ([`Report::lang`]): its own from
//! `docx.ftl`, the words all formats share from `report.ftl`, numbers and dates as the
//! language writes them — the headers and footers, the document's properties and the image's
//! labels and description included. The words of a question's card are looked up once for
//! the report ([`CardWords`]).
//!
//! Every text goes through [`clean`]: XML 1.0 cannot hold NUL and most other control
//! characters, so they become spaces; the writer escapes markup.

use std::sync::LazyLock;

use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, BreakType, Docx, Footer, Header, IndentLevel,
    Level, LevelJc, LevelText, NumberFormat, Numbering, NumberingId, PageMargin, PageNum,
    Paragraph, ParagraphProperty, Run, RunFonts, Shading, ShdType, SpecialIndentType, Start, Style,
    StyleType, Table, TableCell, TableCellBorder, TableCellBorderPosition, TableCellMargins,
    TableLayoutType, TableRow, WidthType,
};

use super::method;
use super::{QuestionRow, Report, SectionRow, card_word};
use crate::assessment::EvidenceBasis;
use crate::i18n::Lang;
use crate::questionnaire::SectionKind;
use crate::scoring::{Priority, Status, days_in, one_decimal_in, percent_in};
use crate::t;

/// A4 portrait, 2 cm margins: the width text and tables can use, in twentieths of a point.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
const MARGIN: i32 = 1_134;
const TEXT_WIDTH: usize = 11_906 - 2 * 1_134;

/// Shading of the charts and status cells, the same colours as the HTML report.
const GREEN: &str = "3D8A5A";
const AMBER: &str = "D9A13B";
const RED: &str = "C0564B";
const GREY: &str = "D5DAE0";
const HEADER_FILL: &str = "E7EBEF";
/// The drafted narrative's box and label, as the HTML report's.
const DRAFT_FILL: &str = "FBF3E0";
const DRAFT_INK: &str = "8A5A00";

/// The numbering definition of bulleted paragraphs.
const BULLETS: usize = 2;

pub fn render(report: &Report) -> anyhow::Result<Vec<u8>> {
    let mut doc = Doc::new(report);
    let words = CardWords::new(report.lang);
    cover(&mut doc, report);
    summary(&mut doc, report);
    progress(&mut doc, report);
    self_assessment(&mut doc, report);
    detail(&mut doc, report, &words, SectionKind::Clause);
    annex(&mut doc, report, &words);
    roadmap(&mut doc, report);
    orphans(&mut doc, report);
    open_points(&mut doc, report);
    record(&mut doc, report);
    // In the order of the HTML and Markdown reports: sign-off, then the appendices.
    sign_off(&mut doc, report);
    appendix(&mut doc, report);
    warnings(&mut doc, report);
    doc.finish(report)
}

/// Text as XML 1.0 can hold it: control characters other than line breaks become spaces
/// and the two non-characters U+FFFE and U+FFFF are dropped. Line breaks become `\n`.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A run of text, its line breaks kept as breaks.
fn runs(text: &str, style: impl Fn(Run) -> Run) -> Vec<Run> {
    clean(text)
        .split('\n')
        .enumerate()
        .map(|(i, line)| {
            let mut run = Run::new();
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            style(run.add_text(line))
        })
        .collect()
}

fn add_runs(mut p: Paragraph, text: &str, style: impl Fn(Run) -> Run) -> Paragraph {
    for r in runs(text, style) {
        p = p.add_run(r);
    }
    p
}

fn plain(text: &str) -> Paragraph {
    add_runs(Paragraph::new(), text, |r| r)
}

/// A paragraph for a table cell: no space after it.
fn tight() -> Paragraph {
    Paragraph::new().line_spacing(docx_rs::LineSpacing::new().after(0))
}

/// A bold label followed by text: "Finding: …".
fn labelled(label: &str, text: &str) -> Paragraph {
    add_runs(
        Paragraph::new().add_run(
            Run::new()
                .add_text(clean(&format!("{label}: ")).replace('\n', " "))
                .bold(),
        ),
        text,
        |r| r,
    )
}

/// One table cell: text, and optionally a fill, bold or right alignment.
#[derive(Debug, Clone, Default)]
struct Cell {
    text: String,
    fill: Option<&'static str>,
    bold: bool,
    right: bool,
    /// Small grey type after the text: on a line of its own, or on the same line.
    sub: Option<String>,
    sub_inline: bool,
}

impl Cell {
    fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }

    fn right(mut self) -> Cell {
        self.right = true;
        self
    }

    fn bold(mut self) -> Cell {
        self.bold = true;
        self
    }

    fn sub(mut self, text: impl Into<String>) -> Cell {
        self.sub = Some(text.into());
        self
    }

    /// Small grey type after the text, on the same line while it fits.
    fn then(mut self, text: impl Into<String>) -> Cell {
        self.sub = Some(text.into());
        self.sub_inline = true;
        self
    }

    fn fill(mut self, fill: &'static str) -> Cell {
        self.fill = Some(fill);
        self
    }

    /// How wide its widest word is set at `size` (half-points), in twips: the least its
    /// column can be without breaking a word. A heading (bold) breaks after a hyphen or a
    /// slash ("Person-/days"); a cell keeps a date or an id whole. Words longer than
    /// [`WHOLE_WORD`] characters in a heading, or [`WHOLE_WORD_IN_CELL`] in a cell, may
    /// break rather than take the room of every other column.
    fn widest_word(&self, size: usize) -> usize {
        let header = self.bold;
        let whole = if header {
            WHOLE_WORD
        } else {
            WHOLE_WORD_IN_CELL
        };
        let widest = |text: &str, size: usize, bold: bool| {
            // A no-break space joins words (Rust counts it as white space).
            text.split(|c: char| c.is_whitespace() && c != '\u{a0}')
                .flat_map(|w| w.split_inclusive(|c: char| header && (c == '-' || c == '/')))
                .filter(|w| !w.is_empty() && w.chars().count() <= whole)
                .map(|w| word_twips(w, size, bold))
                .max()
                .unwrap_or(0)
        };
        let sub_size = size.saturating_sub(1).min(16);
        let sub = self
            .sub
            .as_deref()
            .map_or(0, |s| widest(s, sub_size, false));
        widest(&self.text, size, self.bold).max(sub)
    }
}

/// The longest word of a heading a table keeps whole, in characters.
const WHOLE_WORD: usize = 20;

/// The longest word of a cell a table keeps whole, in characters.
const WHOLE_WORD_IN_CELL: usize = 12;

/// The body text's size, in half-points (the document's default).
const BODY_SIZE: usize = 20;

/// The advance of every character up to U+024F in the font the Gantt image is drawn with,
/// in thousandths of an em (0 where it has no glyph). It measures a table's words: DejaVu
/// Sans is wider than most fonts, and it is what LibreOffice sets Calibri in where neither
/// Calibri nor Carlito is installed, so what fits it fits Word's Calibri too.
static ADVANCES: LazyLock<Vec<u16>> = LazyLock::new(|| {
    use skrifa::MetadataProvider;
    use skrifa::instance::{LocationRef, Size};
    let Ok(font) = skrifa::FontRef::new(GANTT_FONT) else {
        return Vec::new();
    };
    let charmap = font.charmap();
    let metrics = font.glyph_metrics(Size::new(1000.0), LocationRef::default());
    (0..0x250u32)
        .map(|c| {
            charmap
                .map(c)
                .and_then(|g| metrics.advance_width(g))
                .map_or(0, |w| w.round() as u16)
        })
        .collect()
});

/// How wide `word` is set at `size` half-points, in twips (see [`ADVANCES`]). A character
/// the font lacks counts as 0.7 em; bold as a fifth wider (DejaVu Sans Bold is up to 19 %).
fn word_twips(word: &str, size: usize, bold: bool) -> usize {
    let milli_em: usize = word
        .chars()
        .map(|c| match ADVANCES.get(c as usize) {
            Some(&w) if w > 0 => usize::from(w),
            _ => 700,
        })
        .sum();
    let milli_em = if bold { milli_em * 120 / 100 } else { milli_em };
    // An em is `size` half-points, 10 twips each.
    (milli_em * size * 10).div_ceil(1000)
}

/// Column widths that add up to the same total as `wanted`: as wanted where each column's
/// `needs` fit, else the narrow columns widened to what they need and the others sharing
/// what is left in proportion to what they wanted. When the needs add up to more than the
/// total, each gets its share of the total in proportion to its need.
fn column_widths(wanted: &[usize], needs: &[usize]) -> Vec<usize> {
    let total: usize = wanted.iter().sum();
    let needed: usize = needs.iter().sum();
    let mut out: Vec<usize> = if needed >= total {
        needs.iter().map(|n| total * n / needed.max(1)).collect()
    } else {
        let mut fixed = vec![false; wanted.len()];
        loop {
            let left = total
                - (0..wanted.len())
                    .filter(|&i| fixed[i])
                    .map(|i| needs[i])
                    .sum::<usize>();
            let weight: usize = (0..wanted.len())
                .filter(|&i| !fixed[i])
                .map(|i| wanted[i])
                .sum();
            let share = |i: usize| wanted[i] * left / weight.max(1);
            let short: Vec<usize> = (0..wanted.len())
                .filter(|&i| !fixed[i] && share(i) < needs[i])
                .collect();
            if short.is_empty() {
                break (0..wanted.len())
                    .map(|i| if fixed[i] { needs[i] } else { share(i) })
                    .collect();
            }
            for i in short {
                fixed[i] = true;
            }
        }
    };
    // What rounding left over goes to the widest column.
    let spare = total - out.iter().sum::<usize>();
    if let Some(widest) = (0..out.len()).max_by_key(|&i| out[i]) {
        out[widest] += spare;
    }
    out
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::new(text)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::new(text)
    }
}

/// A paragraph or a table of the body, kept in order until the document is built.
enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

struct Doc {
    docx: Docx,
    body: Vec<Block>,
    /// Text size of table cells in half-points, when smaller than the style's: wide tables.
    small: Option<usize>,
    /// Keep the next table whole and with the paragraph after it (small tables).
    keep: bool,
    /// More room around the text of the next table's cells (the cover's).
    padded: bool,
    /// The image's name and description (its alternative text), in the report's language.
    image: Option<(String, String)>,
}

/// Stands for the page number's field in the footer's message.
const PAGE_FIELD: &str = "\u{E000}";

/// The words a question's card and its small table use, in the report's language: looked up
/// once for the report, not once a question.
struct CardWords {
    status: String,
    maturity: String,
    target: String,
    gap: String,
    owner: String,
    due: String,
    not_applicable: String,
    documented: String,
    not_applicable_because: String,
    private_notes: String,
    no_evidence: String,
    /// "Evidence (interview):" for each basis, and for none recorded.
    evidence: [(Option<EvidenceBasis>, String); 4],
    priorities: [(Priority, String); 3],
    intent: String,
    said_by: String,
    recommendation: String,
    recommendation_own: String,
    management_response: String,
    awaiting_response: String,
    related: String,
    asked: String,
    statuses: [(Status, String); 5],
}

impl CardWords {
    fn new(lang: Lang) -> CardWords {
        let card = |name| card_word(lang, name);
        CardWords {
            status: t!(lang, "report-field-status"),
            maturity: t!(lang, "report-col-maturity"),
            target: t!(lang, "report-col-target"),
            gap: t!(lang, "report-col-gap"),
            owner: t!(lang, "report-col-owner"),
            due: t!(lang, "report-col-due"),
            not_applicable: t!(lang, "report-not-applicable-short"),
            documented: t!(lang, "docx-documented"),
            not_applicable_because: t!(lang, "docx-not-applicable-because"),
            private_notes: t!(lang, "report-card-private-notes"),
            no_evidence: t!(lang, "docx-evidence-none"),
            evidence: [
                None,
                Some(EvidenceBasis::Interview),
                Some(EvidenceBasis::Document),
                Some(EvidenceBasis::Observed),
            ]
            .map(|b| {
                let basis = b.map_or_else(
                    || t!(lang, "docx-basis-not-recorded"),
                    |b| b.describe_in(lang),
                );
                (b, t!(lang, "docx-evidence", basis = &basis))
            }),
            priorities: [Priority::P1, Priority::P2, Priority::P3].map(|p| (p, p.label_in(lang))),
            intent: card("intent"),
            said_by: card("said-by"),
            recommendation: card("recommendation"),
            recommendation_own: format!("{} {}", card("recommendation"), card("assessors-own")),
            management_response: card("management-response"),
            awaiting_response: card("awaiting-response"),
            related: card("related"),
            asked: card("asked"),
            statuses: [
                Status::Conforming,
                Status::Partial,
                Status::Absent,
                Status::Excluded,
                Status::NotAssessed,
            ]
            .map(|s| (s, s.label_in(lang))),
        }
    }

    fn status(&self, status: Status) -> &str {
        pick(&self.statuses, &status)
    }

    fn priority(&self, priority: Priority) -> &str {
        pick(&self.priorities, &priority)
    }

    fn evidence(&self, basis: Option<EvidenceBasis>) -> &str {
        pick(&self.evidence, &basis)
    }
}

/// The word looked up for `key`.
fn pick<'a, K: PartialEq>(words: &'a [(K, String)], key: &K) -> &'a str {
    words
        .iter()
        .find(|(k, _)| k == key)
        .map_or("", |(_, word)| word.as_str())
}

impl Doc {
    fn new(report: &Report) -> Doc {
        let a = &report.assessment;
        let lang = report.lang;
        // The page number is a field: the message is split where it stands.
        let footer_text = t!(
            lang,
            "docx-footer",
            organisation = &a.organisation,
            title = &report.labels.title,
            page = PAGE_FIELD
        );
        let (before, after) = footer_text
            .split_once(PAGE_FIELD)
            .unwrap_or((footer_text.as_str(), ""));
        let line = |text: &str| clean(text).replace('\n', " ");
        let mut footer_p = Paragraph::new()
            .style("Footer")
            .add_run(Run::new().add_text(line(before)))
            .add_page_num(PageNum::new());
        if !after.is_empty() {
            footer_p = footer_p.add_run(Run::new().add_text(line(after)));
        }
        let footer = Footer::new().add_paragraph(footer_p);
        let mut docx = Docx::new()
            .page_size(PAGE_WIDTH, PAGE_HEIGHT)
            .page_margin(
                PageMargin::new()
                    .top(MARGIN)
                    .bottom(MARGIN)
                    .left(MARGIN)
                    .right(MARGIN)
                    .header(567)
                    .footer(567),
            )
            .footer(footer)
            .default_fonts(
                RunFonts::new()
                    .ascii("Calibri")
                    .hi_ansi("Calibri")
                    .cs("Calibri"),
            )
            .default_size(20)
            .add_abstract_numbering(
                AbstractNumbering::new(BULLETS).add_level(
                    Level::new(
                        0,
                        Start::new(1),
                        NumberFormat::new("bullet"),
                        LevelText::new("•"),
                        LevelJc::new("left"),
                    )
                    .indent(
                        Some(360),
                        Some(SpecialIndentType::Hanging(360)),
                        None,
                        None,
                    ),
                ),
            )
            .add_numbering(Numbering::new(BULLETS, BULLETS));
        // On every page: the confidentiality label, DRAFT until the assessment is final, and
        // a warning when the private notes are in.
        let mut header = vec![report.page_mark()];
        if report.private_notes_included {
            header.push(t!(lang, "docx-private-notes-header"));
        }
        let loud = !report.is_final() || report.private_notes_included;
        docx = docx.header(
            Header::new().add_paragraph(
                Paragraph::new()
                    .style("Header")
                    .align(AlignmentType::Right)
                    .add_run({
                        let run = Run::new()
                            .add_text(clean(&header.join(" · ")).replace('\n', " "))
                            .bold();
                        if loud { run.color(RED) } else { run }
                    }),
            ),
        );
        for style in styles() {
            docx = docx.add_style(style);
        }
        Doc {
            docx,
            body: Vec::new(),
            small: None,
            keep: false,
            padded: false,
            image: None,
        }
    }

    fn p(&mut self, p: Paragraph) {
        self.body.push(Block::Paragraph(Box::new(p)));
    }

    /// Keeps the last paragraph on the page of the next one.
    fn keep_last_with_next(&mut self) {
        if let Some(Block::Paragraph(p)) = self.body.last_mut() {
            **p = (**p).clone().keep_next(true);
        }
    }

    fn text(&mut self, text: &str) {
        self.p(plain(text));
    }

    fn heading(&mut self, level: u8, text: &str) {
        let p = add_runs(
            Paragraph::new().style(&format!("Heading{level}")),
            text,
            |r| r,
        );
        // A chapter starts on a new page; on a compact page the headings take less air.
        self.p(if level == 1 {
            p.page_break_before(true)
        } else if self.small.is_some() {
            p.line_spacing(docx_rs::LineSpacing::new().before(100).after(30))
        } else {
            p
        });
    }

    fn bullet(&mut self, p: Paragraph) {
        self.p(p
            .style("ListBullet")
            .numbering(NumberingId::new(BULLETS), IndentLevel::new(0)));
    }

    /// A data table: a bold, shaded header row that repeats on every page, then the rows.
    /// `widths` are percentages of the text width, widened where a column's words need it
    /// (see [`Cell::widest_word`] and [`column_widths`]).
    fn table(&mut self, head: &[&str], widths: &[usize], rows: Vec<Vec<Cell>>) {
        let head: Vec<Cell> = head.iter().map(|h| Cell::new(*h).bold()).collect();
        self.grid(Some(head), widths, rows);
    }

    fn grid(&mut self, head: Option<Vec<Cell>>, widths: &[usize], rows: Vec<Vec<Cell>>) {
        // The cells' padding, left and right (see the margins below; Word's default else).
        let padding = if self.small.is_some() {
            2 * 57
        } else {
            2 * 108
        };
        let size = self.small.unwrap_or(BODY_SIZE);
        let needs: Vec<usize> = (0..widths.len())
            .map(|col| {
                let cells = head.iter().chain(&rows).filter_map(|r| r.get(col));
                cells.map(|c| c.widest_word(size)).max().unwrap_or(0) + padding
            })
            .collect();
        let grid = column_widths(
            &widths
                .iter()
                .map(|w| TEXT_WIDTH * w / 100)
                .collect::<Vec<_>>(),
            &needs,
        );
        let row = |cells: Vec<Cell>, header: bool| {
            let cells = cells
                .into_iter()
                .zip(&grid)
                .map(|(c, w)| {
                    let mut p = tight();
                    if self.keep {
                        p = p.keep_next(true);
                    }
                    if c.right {
                        p = p.align(AlignmentType::Right);
                    }
                    let bold = c.bold;
                    let small = self.small;
                    let mut p = add_runs(p, &c.text, |r| {
                        let r = if bold { r.bold() } else { r };
                        match small {
                            Some(size) => r.size(size),
                            None => r,
                        }
                    });
                    if let Some(sub) = &c.sub {
                        p = p.add_run(if c.sub_inline {
                            Run::new().add_text(" ")
                        } else {
                            Run::new().add_break(BreakType::TextWrapping)
                        });
                        p = add_runs(p, sub, |r| {
                            r.size(small.map_or(16, |s| s - 1)).color("4A5A6A")
                        });
                    }
                    let mut cell = TableCell::new().add_paragraph(p).width(*w, WidthType::Dxa);
                    let fill = c.fill.or(header.then_some(HEADER_FILL));
                    if let Some(fill) = fill {
                        cell = cell.shading(Shading::new().shd_type(ShdType::Clear).fill(fill));
                    }
                    cell
                })
                .collect();
            let row = TableRow::new(cells);
            // No row breaks across pages; `mark_headers` makes the header rows repeat.
            if header {
                header_row(row)
            } else {
                row.cant_split()
            }
        };
        let mut out = Vec::with_capacity(rows.len() + 1);
        if let Some(head) = head {
            out.push(row(head, true));
        }
        out.extend(rows.into_iter().map(|r| row(r, false)));
        let mut table = Table::new(out)
            .style("TableGrid")
            .set_grid(grid)
            .width(TEXT_WIDTH, WidthType::Dxa)
            .layout(TableLayoutType::Fixed);
        if self.small.is_some() {
            // Narrow columns keep their words whole with less padding.
            table = table.margins(TableCellMargins::new().margin(0, 57, 0, 57));
        } else if self.padded {
            table = table.margins(TableCellMargins::new().margin(45, 108, 45, 108));
        }
        self.body.push(Block::Table(Box::new(table)));
        // Word needs a paragraph between two tables, and it gives air: less under the
        // small print of a compact page.
        self.p(match self.small {
            Some(_) => Paragraph::new()
                .size(8)
                .line_spacing(docx_rs::LineSpacing::new().after(0)),
            None => Paragraph::new(),
        });
    }

    fn finish(self, report: &Report) -> anyhow::Result<Vec<u8>> {
        let mut docx = self.docx;
        for block in self.body {
            docx = match block {
                Block::Paragraph(p) => docx.add_paragraph(*p),
                Block::Table(t) => docx.add_table(*t),
            };
        }
        let mut xml = docx.build();
        xml.document = mark_headers(&xml.document);
        if let Some((name, description)) = &self.image {
            xml.document = describe_image(&xml.document, name, description);
        }
        mark_language(&mut xml, report.lang);
        mark_properties(&mut xml, report);
        Ok(pack(xml)?)
    }
}

/// Records the report's language (its BCP 47 tag): in the document properties
/// (`dc:language`), and as the language of all text by default (`w:lang`), which Word's
/// spelling and hyphenation follow. The writer sets neither.
fn mark_language(xml: &mut docx_rs::XMLDocx, lang: crate::i18n::Lang) {
    fn insert_before(part: &mut Vec<u8>, end: &str, element: &str) {
        let text = String::from_utf8_lossy(part);
        if let Some(at) = text.find(end) {
            let mut marked = String::with_capacity(text.len() + element.len());
            marked.push_str(&text[..at]);
            marked.push_str(element);
            marked.push_str(&text[at..]);
            *part = marked.into_bytes();
        }
    }
    let tag = lang.tag();
    insert_before(
        &mut xml.doc_props.core,
        "</cp:coreProperties>",
        &format!("<dc:language>{tag}</dc:language>"),
    );
    insert_before(
        &mut xml.styles,
        "</w:rPr></w:rPrDefault>",
        &format!("<w:lang w:val=\"{tag}\" />"),
    );
}

/// Text as an XML attribute or element holds it.
fn xml_text(text: &str) -> String {
    clean(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The writer names every image "Figure", with no description: the Gantt chart gets its name
/// and its alternative text (what a screen reader says) in the report's language. User text is
/// escaped by then, so it can never contain the element.
fn describe_image(document: &[u8], name: &str, description: &str) -> Vec<u8> {
    const WRITTEN: &str = "<wp:docPr id=\"1\" name=\"Figure\" />";
    match std::str::from_utf8(document) {
        Ok(xml) => xml
            .replacen(
                WRITTEN,
                &format!(
                    "<wp:docPr id=\"1\" name=\"{}\" descr=\"{}\" />",
                    xml_text(name),
                    xml_text(description)
                ),
                1,
            )
            .into_bytes(),
        Err(_) => document.to_vec(),
    }
}

/// The document's properties (File › Info in Word): its title, subject and keywords in the
/// report's language, and the assessor as its author, where the writer puts "unknown".
fn mark_properties(xml: &mut docx_rs::XMLDocx, r: &Report) {
    let lang = r.lang;
    let a = &r.assessment;
    let author = xml_text(if a.assessor.trim().is_empty() {
        r.generator.name
    } else {
        &a.assessor
    });
    let properties = format!(
        "<dc:title>{}</dc:title><dc:subject>{}</dc:subject><cp:keywords>{}</cp:keywords>",
        xml_text(&t!(
            lang,
            "docx-property-title",
            title = &r.labels.title,
            organisation = &a.organisation
        )),
        xml_text(&t!(
            lang,
            "docx-property-subject",
            organisation = &a.organisation,
            standard = &r.labels.standard
        )),
        xml_text(&t!(
            lang,
            "docx-property-keywords",
            standard = &r.labels.standard
        )),
    );
    let core = String::from_utf8_lossy(&xml.doc_props.core)
        .replacen(
            "<dc:creator>unknown</dc:creator>",
            &format!("<dc:creator>{author}</dc:creator>"),
            1,
        )
        .replacen(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            &format!("<cp:lastModifiedBy>{author}</cp:lastModifiedBy>"),
            1,
        )
        .replacen(
            "</cp:coreProperties>",
            &format!("{properties}</cp:coreProperties>"),
            1,
        );
    xml.doc_props.core = core.into_bytes();
}

/// The package, its parts deflated. The writer's own `pack` stores them uncompressed: the
/// demo's report would be 1.3 MB instead of about 80 kB. Level 1: most of the gain for
/// little of the time (the text is XML, repetitive).
fn pack(xml: docx_rs::XMLDocx) -> zip::result::ZipResult<Vec<u8>> {
    use std::io::Write as _;
    use zip::write::SimpleFileOptions;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), xml.content_type),
        ("_rels/.rels".into(), xml.rels),
        ("docProps/app.xml".into(), xml.doc_props.app),
        ("docProps/core.xml".into(), xml.doc_props.core),
        ("docProps/custom.xml".into(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), xml.document_rels),
        ("word/document.xml".into(), xml.document),
        ("word/styles.xml".into(), xml.styles),
        ("word/settings.xml".into(), xml.settings),
        ("word/fontTable.xml".into(), xml.font_table),
        ("word/comments.xml".into(), xml.comments),
        ("word/numbering.xml".into(), xml.numberings),
        ("word/commentsExtended.xml".into(), xml.comments_extended),
        ("word/footnotes.xml".into(), xml.footnotes),
    ];
    for (kind, files, rels) in [
        ("header", xml.headers, xml.header_rels),
        ("footer", xml.footers, xml.footer_rels),
    ] {
        let mut rels = rels.into_iter();
        for (i, part) in files.into_iter().enumerate() {
            parts.push((format!("word/{kind}{}.xml", i + 1), part));
            if let Some(r) = rels.next() {
                parts.push((format!("word/_rels/{kind}{}.xml.rels", i + 1), r));
            }
        }
    }
    for (name, png) in xml.media {
        parts.push((format!("word/media/{name}.png"), png));
    }
    // Parts this report never uses (add-in task panes, custom XML) would be lost here.
    debug_assert!(xml.taskpanes.is_none() && xml.custom_items.is_empty());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        zip.start_file(name, options)?;
        zip.write_all(&bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The writer has no element for a repeated header row, so a header row is written as a
/// row that can't split with a zero, automatic height (a height that changes nothing), the
/// pair no other row has, and gets `w:tblHeader` here in place of the height. User text is
/// escaped by then, so it can never contain the elements.
fn header_row(row: TableRow) -> TableRow {
    row.cant_split()
        .row_height(0.0)
        .height_rule(docx_rs::HeightRule::Auto)
}

const HEADER_MARK: &str = "<w:cantSplit /><w:trHeight w:val=\"0\" w:hRule=\"auto\" />";

fn mark_headers(document: &[u8]) -> Vec<u8> {
    match std::str::from_utf8(document) {
        Ok(xml) => xml
            .replace(HEADER_MARK, "<w:cantSplit /><w:tblHeader />")
            .into_bytes(),
        // The writer only makes UTF-8; should it ever not, the rows simply do not repeat.
        Err(_) => document.to_vec(),
    }
}

/// Word's built-in styles, by their built-in names so that a template's own take over.
fn styles() -> Vec<Style> {
    let heading = |level: usize, size: usize, color: &str| {
        let mut s = Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .color(color)
            .outline_lvl(level - 1);
        s.paragraph_property = s.paragraph_property.clone().keep_next(true).line_spacing(
            docx_rs::LineSpacing::new()
                .before(if level > 3 { 160 } else { 240 })
                .after(if level > 3 { 40 } else { 80 }),
        );
        s
    };
    let mut quote = Style::new("IntenseQuote", StyleType::Paragraph)
        .name("Intense Quote")
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .italic()
        .color("1F3A5F");
    quote.paragraph_property = ParagraphProperty::new()
        .indent(Some(360), None, Some(360), None)
        .line_spacing(docx_rs::LineSpacing::new().before(120).after(120));
    let mut normal = Style::new("Normal", StyleType::Paragraph)
        .name("Normal")
        .q_format(true);
    normal.paragraph_property =
        ParagraphProperty::new().line_spacing(docx_rs::LineSpacing::new().after(80));
    vec![
        normal,
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(52)
            .color("1F3A5F"),
        Style::new("Subtitle", StyleType::Paragraph)
            .name("Subtitle")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(32)
            .color("4A5A6A"),
        heading(1, 32, "1F3A5F"),
        heading(2, 26, "2B6C8F"),
        heading(3, 22, "1F3A5F"),
        heading(4, 20, "2B6C8F"),
        Style::new("ListBullet", StyleType::Paragraph)
            .name("List Bullet")
            .based_on("Normal"),
        quote,
        Style::new("Header", StyleType::Paragraph)
            .name("header")
            .based_on("Normal"),
        Style::new("Footer", StyleType::Paragraph)
            .name("footer")
            .based_on("Normal")
            .size(16)
            .color("5A6570"),
        Style::new("TableGrid", StyleType::Table)
            .name("Table Grid")
            .size(18),
    ]
}

fn quote(doc: &mut Doc, label: &str, text: &str) {
    doc.p(add_runs(
        Paragraph::new()
            .style("IntenseQuote")
            .add_run(Run::new().add_text(clean(&format!("{label} "))).bold()),
        text,
        |r| r,
    ));
}

/// `2 (Managed)`, `N/A`, or `—` when not answered.
fn maturity(report: &Report, words: &CardWords, q: &QuestionRow) -> String {
    match q.maturity {
        Some(m) => format!("{m} ({})", report.level_label(m)),
        None if q.not_applicable => words.not_applicable.clone(),
        None => "—".into(),
    }
}

/// A moment on the cover: "2026-11-23 16:00 UTC", the date as the language writes it.
fn timestamp(lang: Lang, at: jiff::Timestamp) -> String {
    let utc = at.to_zoned(jiff::tz::TimeZone::UTC);
    t!(
        lang,
        "docx-timestamp",
        date = &lang.date(utc.date()),
        time = &utc.strftime("%H:%M").to_string()
    )
}

fn top_level(report: &Report) -> u8 {
    report.scale.iter().map(|l| l.level).max().unwrap_or(5)
}

fn cover(doc: &mut Doc, r: &Report) {
    let lang = r.lang;
    let a = &r.assessment;
    let q = &a.questionnaire;
    // The title a third of the way down the page, the details below it with air.
    doc.p(add_runs(
        Paragraph::new()
            .style("Title")
            .line_spacing(docx_rs::LineSpacing::new().before(2400).after(120)),
        &r.labels.title,
        |r| r,
    ));
    doc.p(add_runs(
        Paragraph::new()
            .style("Subtitle")
            .line_spacing(docx_rs::LineSpacing::new().after(600)),
        &a.organisation,
        |r| r,
    ));
    let control = &r.document_control;
    let status = match control.finalised_at {
        Some(at) => t!(
            lang,
            "docx-cover-finalised",
            status = r.status_label(),
            timestamp = &timestamp(lang, at)
        ),
        None => r.status_label().to_string(),
    };
    let mut rows: Vec<(String, String)> = vec![
        (
            t!(lang, "report-field-report-version"),
            control.report_version.clone(),
        ),
        (t!(lang, "report-field-status"), status),
        (
            t!(lang, "report-field-confidentiality"),
            r.confidentiality(),
        ),
        (t!(lang, "report-fact-organisation"), a.organisation.clone()),
        (t!(lang, "report-fact-scope"), a.scope.clone()),
        (t!(lang, "report-fact-assessor"), a.assessor.clone()),
        (t!(lang, "report-fact-date"), lang.date(a.date)),
        (
            t!(lang, "report-fact-questionnaire"),
            t!(
                lang,
                "docx-cover-questionnaire",
                title = &q.title,
                version = &q.version
            ),
        ),
        (
            t!(lang, "report-fact-target"),
            format!("{} ({})", a.target, r.level_label(a.target)),
        ),
        (
            t!(lang, "report-fact-generated"),
            t!(
                lang,
                "docx-cover-generated",
                timestamp = &timestamp(lang, r.generated_at),
                generator = r.generator.name,
                version = r.generator.version
            ),
        ),
    ];
    if !control.distribution.is_empty() {
        rows.push((t!(lang, "report-field-distribution"), r.distribution()));
    }
    for ((role, by, on), sig) in
        r.sign_off()
            .into_iter()
            .zip([&control.prepared, &control.reviewed, &control.approved])
    {
        if !sig.is_empty() {
            let on = if on.is_empty() { on } else { format!(", {on}") };
            rows.push((role.to_string(), format!("{by}{on}")));
        }
    }
    if let Some(stamp) = &r.stamp {
        rows.push((
            t!(lang, "report-stamp-label"),
            t!(
                lang,
                "docx-cover-stamp",
                stamp = stamp,
                command = &r.stamp_check()
            ),
        ));
    }
    let rows = rows
        .into_iter()
        .map(|(k, v)| vec![Cell::new(k).bold().fill(HEADER_FILL), Cell::new(v)])
        .collect();
    doc.padded = true;
    doc.grid(None, &[28, 72], rows);
    doc.padded = false;
    if !r.is_final() {
        doc.p(add_runs(
            Paragraph::new().style("IntenseQuote"),
            &t!(lang, "report-draft-notice"),
            |r| r.bold().color(RED),
        ));
    }
    if r.private_notes_included {
        quote(
            doc,
            &t!(lang, "report-private-notes-included"),
            &t!(lang, "report-private-notes-warning"),
        );
    }
    if q.changed_since_taken {
        quote(
            doc,
            &t!(lang, "docx-cover-note"),
            &t!(
                lang,
                "docx-cover-changed",
                taken = &q.taken_version,
                version = &q.version
            ),
        );
    }
    quote(doc, &t!(lang, "docx-cover-about"), &r.labels.disclaimer);
}

fn summary(doc: &mut Doc, r: &Report) {
    let lang = r.lang;
    let o = &r.overall;
    let a = &r.assessment;
    doc.heading(1, &t!(lang, "report-heading-summary"));
    // The headline in words, above a written narrative only: the drafted one opens with the
    // same figures.
    if r.summary.written {
        let mut lead = t!(
            lang,
            "docx-summary-lead",
            readiness = &percent_in(lang, o.all.readiness),
            ready = o.all.ready,
            applicable = o.all.applicable,
            target = &a.target.to_string(),
            level = r.level_label(a.target),
            answered = o.all.answered,
            coverage = &percent_in(lang, o.all.coverage)
        );
        if let Some(why) = &r.roadmap.impossible {
            lead.push(' ');
            lead.push_str(why);
        } else if !r.roadmap.actions.is_empty() && !r.roadmap.milestones.is_empty() {
            let ms: Vec<String> = r
                .roadmap
                .milestones
                .iter()
                .map(|m| {
                    t!(
                        lang,
                        "report-summary-milestone-expected",
                        milestone = &m.name,
                        date = &lang.date(m.date)
                    )
                })
                .collect();
            lead.push(' ');
            lead.push_str(&t!(
                lang,
                "report-summary-pace",
                pace = &r.roadmap.pace(),
                milestones = &super::and_list(lang, &ms)
            ));
        }
        doc.p(add_runs(Paragraph::new(), &lead, |r| r.bold().size(18)));
    }
    narrative(doc, r);
    doc.small = Some(16);
    key_figures(doc, r);
    doc.heading(2, &t!(lang, "docx-chart-heading"));
    chart(doc, r);
    let gaps = r.gaps();
    if gaps.is_empty() {
        doc.heading(2, &t!(lang, "docx-largest-gaps"));
        doc.text(&t!(lang, "docx-no-gaps"));
    } else {
        let top = &gaps[..gaps.len().min(super::summary::TOP_GAPS)];
        doc.heading(2, &t!(lang, "report-top-gaps", count = top.len()));
        top_gaps(doc, r, top);
    }
    blockers(doc, r);
    // Last: the page above is full for any assessment, so the estimate, when there is one,
    // runs on to the next page rather than pushing the blockers off this one.
    costs(doc, r);
    doc.small = None;
}

/// The cost estimate by phase, when a day rate is set.
fn costs(doc: &mut Doc, r: &Report) {
    let Some(c) = &r.roadmap.costing else {
        return;
    };
    doc.heading(2, &super::Costing::title_in(r.lang));
    doc.keep_last_with_next();
    let rows = c.rows();
    let last = rows.len().saturating_sub(1);
    let headers = super::Costing::headers_in(r.lang);
    doc.table(
        &headers.each_ref().map(String::as_str),
        &[34, 13, 17, 8, 14, 14],
        rows.into_iter()
            .enumerate()
            .map(|(i, row)| {
                row.into_iter()
                    .enumerate()
                    .map(|(k, text)| {
                        let cell = Cell::new(text);
                        let cell = if (1..=3).contains(&k) {
                            cell.right()
                        } else {
                            cell
                        };
                        if i == last { cell.bold() } else { cell }
                    })
                    .collect()
            })
            .collect(),
    );
    doc.p(add_runs(Paragraph::new(), &c.basis(), |r| {
        r.size(16).color("4A5A6A")
    }));
}

/// The assessor's narrative, or the drafted one in a shaded box under its draft label.
fn narrative(doc: &mut Doc, r: &Report) {
    let s = &r.summary;
    if s.paragraphs.is_empty() {
        return;
    }
    // "Overall opinion: …": the words before the first colon lead the paragraph in bold.
    let para = |p: Paragraph, text: &str, size: Option<usize>| {
        let sized = move |run: Run| match size {
            Some(s) => run.size(s),
            None => run,
        };
        match text.split_once(": ") {
            Some((head, rest)) if head.len() <= 40 && !head.contains(['.', '\n']) => add_runs(
                p.add_run(sized(
                    Run::new().add_text(clean(&format!("{head}: "))).bold(),
                )),
                rest,
                sized,
            ),
            _ => add_runs(p, text, sized),
        }
    };
    // 9 pt, as the draft's box: the page holds with a font wider than Calibri too.
    if s.written {
        for p in &s.paragraphs {
            let spacing = docx_rs::LineSpacing::new().after(60);
            doc.p(para(Paragraph::new().line_spacing(spacing), p, Some(18)));
        }
        return;
    }
    let mut cell = TableCell::new()
        .add_paragraph(add_runs(
            tight().line_spacing(docx_rs::LineSpacing::new().after(40)),
            &super::summary::draft_label(r.lang),
            |r| r.bold().size(16).color(DRAFT_INK),
        ))
        .shading(Shading::new().shd_type(ShdType::Clear).fill(DRAFT_FILL))
        .width(TEXT_WIDTH, WidthType::Dxa);
    let last = s.paragraphs.len() - 1;
    for (i, p) in s.paragraphs.iter().enumerate() {
        let spacing = docx_rs::LineSpacing::new().after(if i == last { 0 } else { 40 });
        cell = cell.add_paragraph(para(tight().line_spacing(spacing), p, Some(18)));
    }
    let table = Table::new(vec![TableRow::new(vec![cell]).cant_split()])
        .style("TableGrid")
        .set_grid(vec![TEXT_WIDTH])
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(57, 113, 57, 113));
    doc.body.push(Block::Table(Box::new(table)));
    doc.p(Paragraph::new().line_spacing(docx_rs::LineSpacing::new().after(0)));
}

/// Readiness, coverage, score and gaps side by side, each split between the clauses and the
/// annex, as the HTML report's figures.
fn key_figures(doc: &mut Doc, r: &Report) {
    let lang = r.lang;
    let (all, c, x) = (&r.overall.all, &r.overall.clauses, &r.overall.annex);
    let l = &r.labels;
    let split = |f: &dyn Fn(&super::FiguresRow) -> String| {
        format!("{} {} · {} {}", l.clauses, f(c), l.annex, f(x))
    };
    let p = &r.priorities;
    let gaps = p.p1 + p.p2 + p.p3;
    let figures = [
        (
            t!(lang, "report-kpi-readiness"),
            percent_in(lang, all.readiness),
            t!(
                lang,
                "docx-kpi-readiness",
                ready = all.ready,
                count = all.applicable
            ),
            split(&|f| percent_in(lang, f.readiness)),
        ),
        (
            t!(lang, "report-kpi-coverage"),
            percent_in(lang, all.coverage),
            t!(
                lang,
                "docx-kpi-coverage",
                answered = all.answered,
                count = all.applicable
            ),
            split(&|f| percent_in(lang, f.coverage)),
        ),
        (
            t!(lang, "docx-kpi-score"),
            format!("{}/{}", one_decimal_in(lang, all.score), top_level(r)),
            t!(
                lang,
                "report-kpi-score-note",
                target = &r.assessment.target.to_string()
            ),
            split(&|f| one_decimal_in(lang, f.score)),
        ),
        (
            t!(lang, "report-kpi-gaps"),
            gaps.to_string(),
            t!(lang, "report-kpi-blockers", count = p.p1),
            format!("P1 {} · P2 {} · P3 {}", p.p1, p.p2, p.p3),
        ),
    ];
    let width = TEXT_WIDTH / figures.len();
    let cells = figures
        .into_iter()
        .map(|(name, value, what, split)| {
            let line = |text: &str, style: &dyn Fn(Run) -> Run| add_runs(tight(), text, style);
            let head = add_runs(
                tight().add_run(
                    Run::new()
                        .add_text(format!("{name}  "))
                        .bold()
                        .size(15)
                        .color("4A5A6A"),
                ),
                &value,
                |r| r.bold().size(28).color("1F3A5F"),
            );
            TableCell::new()
                .add_paragraph(head)
                .add_paragraph(line(&what, &|r| r.size(15)))
                .add_paragraph(line(&split, &|r| r.size(14).color("4A5A6A")))
                .shading(Shading::new().shd_type(ShdType::Clear).fill(HEADER_FILL))
                .width(width, WidthType::Dxa)
        })
        .collect();
    let table = Table::new(vec![TableRow::new(cells).cant_split()])
        .style("TableGrid")
        .set_grid(vec![width; 4])
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(20, 85, 20, 85));
    doc.body.push(Block::Table(Box::new(table)));
}

fn top_gaps(doc: &mut Doc, r: &Report, rows: &[&QuestionRow]) {
    let lang = r.lang;
    let target = r.assessment.target;
    let (requirement, maturity, action) = (
        t!(lang, "docx-col-requirement-owner"),
        t!(lang, "report-col-maturity"),
        t!(lang, "report-col-action"),
    );
    doc.table(
        &["#", &requirement, &maturity, &action],
        &[4, 26, 11, 59],
        rows.iter()
            .map(|q| {
                let owner = if q.owner.trim().is_empty() {
                    t!(lang, "docx-gap-owner-none")
                } else {
                    t!(lang, "docx-gap-owner", owner = &q.owner)
                };
                vec![
                    Cell::new(q.rank.map_or_else(String::new, |n| n.to_string())).right(),
                    Cell::new(format!("{} {}", q.reference, q.requirement_title)).sub(owner),
                    {
                        let mut c = priority_cell(q);
                        c.sub = Some(c.text);
                        c.text = format!(
                            "{} → {target}",
                            q.maturity
                                .map_or_else(|| "–".to_string(), |m| m.to_string())
                        );
                        c.bold = false;
                        c
                    },
                    Cell::new(q.recommendation.as_str()),
                ]
            })
            .collect(),
    );
}

/// Certification blockers grouped by section with their counts, two sections a row, so the
/// table has at most half as many rows as the questionnaire has sections.
fn blockers(doc: &mut Doc, r: &Report) {
    let lang = r.lang;
    let groups = &r.summary.blockers;
    if groups.is_empty() {
        doc.heading(2, &t!(lang, "docx-blockers-heading"));
        doc.text(&t!(lang, "docx-no-blockers"));
        return;
    }
    doc.heading(
        2,
        &t!(
            lang,
            "report-blockers-count",
            count = r.priorities.p1,
            sections = groups.len()
        ),
    );
    // Down the left column first, then the right, as the eye reads a list.
    let half = groups.len().div_ceil(2);
    let cells = |g: Option<&super::summary::BlockerGroup>| match g {
        Some(g) => vec![
            Cell::new(format!("{} {}", g.section, g.title))
                .bold()
                .then(g.requirements.join(", ")),
            Cell::new(g.count.to_string()).right(),
        ],
        None => vec![Cell::new(""), Cell::new("")],
    };
    let rows = (0..half)
        .map(|i| {
            let mut row = cells(groups.get(i));
            row.extend(cells(groups.get(half + i)));
            row
        })
        .collect();
    let section = t!(lang, "docx-col-section");
    doc.table(&[&section, "P1", &section, "P1"], &[42, 8, 42, 8], rows);
}

/// The HTML report's bar charts as one table: a row per section, a cell per half level,
/// shaded up to the score in the colour of its status, the target marked by a heavy line.
/// The clauses on the left and the annex on the right (or the sections halved, when the
/// questionnaire has only one kind), so the chart takes half the rows.
fn chart(doc: &mut Doc, r: &Report) {
    let lang = r.lang;
    let (section_word, score_word) = (t!(lang, "docx-col-section"), t!(lang, "docx-col-score"));
    let top = usize::from(top_level(r)).max(1);
    let target = usize::from(r.assessment.target);
    let halves = top * 2;
    let size = 15;
    // Per side: the section 25 %, its score 6 % (wider if its heading needs it, from the
    // section's share), the bar 18 %; a 2 % gutter between.
    let gutter = TEXT_WIDTH * 2 / 100;
    let score_w = (TEXT_WIDTH * 6 / 100).max(word_twips(&score_word, size, true) + 2 * 108);
    let name_w = TEXT_WIDTH * 31 / 100 - score_w;
    let half = TEXT_WIDTH * 18 / 100 / halves;
    let mut side = vec![name_w, score_w];
    side.extend(std::iter::repeat_n(half, halves));
    let mut full = side.clone();
    full.push(gutter);
    full.extend(&side);
    let text = |text: &str, right: bool, bold: bool| {
        let p = if right {
            tight().align(AlignmentType::Right)
        } else {
            tight()
        };
        TableCell::new().add_paragraph(add_runs(p, text, |r| {
            let r = r.size(size);
            if bold { r.bold() } else { r }
        }))
    };
    let nil = |c: TableCell, positions: &[TableCellBorderPosition]| {
        positions.iter().fold(c, |c, p| {
            c.set_border(TableCellBorder::new(p.clone()).border_type(BorderType::Nil))
        })
    };
    let cells = |s: Option<&SectionRow>| -> Vec<TableCell> {
        let Some(s) = s else {
            // The shorter side ends with blank cells, without lines.
            use TableCellBorderPosition::{Bottom, Left, Right, Top};
            return (0..halves + 2)
                .map(|_| nil(text("", false, false), &[Top, Bottom, Left, Right]))
                .collect();
        };
        let score = s.figures.score;
        let filled = score.map_or(0, |x| (x * 2.0).round() as usize);
        let fill = match score {
            Some(x) if x >= r.assessment.target as f64 => GREEN,
            Some(x) if x >= 1.0 => AMBER,
            Some(_) => RED,
            None => GREY,
        };
        let mut cells = vec![
            text(&format!("{} {}", s.id, s.title), false, false),
            text(&one_decimal_in(lang, score), true, false),
        ];
        for i in 0..halves {
            let mut c = TableCell::new().add_paragraph(tight());
            if i < filled {
                c = c.shading(Shading::new().shd_type(ShdType::Clear).fill(fill));
            }
            // No lines inside the bar but the target's: a heavy line after its last half
            // level. The first and last cell keep the table's outline.
            let line = |position, heavy: bool| {
                if heavy {
                    TableCellBorder::new(position)
                        .border_type(BorderType::Single)
                        .size(18)
                        .color("1F3A5F")
                } else {
                    TableCellBorder::new(position).border_type(BorderType::Nil)
                }
            };
            let after_target = i + 1 == target * 2;
            let before_target = target > 0 && i == target * 2;
            if i > 0 || before_target {
                c = c.set_border(line(TableCellBorderPosition::Left, before_target));
            }
            if i + 1 < halves || after_target {
                c = c.set_border(line(TableCellBorderPosition::Right, after_target));
            }
            cells.push(c);
        }
        cells
    };
    let head = || {
        let mut head = vec![
            text(&section_word, false, true).width(name_w, WidthType::Dxa),
            text(&score_word, true, true).width(score_w, WidthType::Dxa),
        ];
        // The scale along the top: each level over its two half cells.
        for level in 1..=top {
            head.push(
                text(&level.to_string(), true, false)
                    .grid_span(2)
                    .width(half * 2, WidthType::Dxa),
            );
        }
        head.into_iter()
            .map(|c| c.shading(Shading::new().shd_type(ShdType::Clear).fill(HEADER_FILL)))
            .collect::<Vec<_>>()
    };
    let clauses: Vec<&SectionRow> = r
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Clause)
        .collect();
    let annex: Vec<&SectionRow> = r
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Annex)
        .collect();
    let (left, right) = if clauses.is_empty() || annex.is_empty() {
        let all: Vec<&SectionRow> = r.sections.iter().collect();
        let (l, r) = all.split_at(all.len().div_ceil(2));
        (l.to_vec(), r.to_vec())
    } else {
        (clauses, annex)
    };
    let gap_cell = || {
        nil(
            text("", false, false),
            &[
                TableCellBorderPosition::Top,
                TableCellBorderPosition::Bottom,
            ],
        )
    };
    let widths = |cells: Vec<TableCell>| -> Vec<TableCell> {
        cells
            .into_iter()
            .zip(&full)
            .map(|(c, w)| c.width(*w, WidthType::Dxa))
            .collect()
    };
    let mut head_row = head();
    head_row.push(gap_cell().width(gutter, WidthType::Dxa));
    if !right.is_empty() {
        head_row.extend(head());
    }
    let mut rows = vec![header_row(TableRow::new(head_row))];
    for i in 0..left.len().max(right.len()) {
        let mut row = cells(left.get(i).copied());
        row.push(gap_cell());
        if !right.is_empty() {
            row.extend(cells(right.get(i).copied()));
        }
        rows.push(TableRow::new(widths(row)).cant_split());
    }
    if right.is_empty() {
        full.truncate(side.len() + 1);
    }
    let table = Table::new(rows)
        .style("TableGrid")
        .set_grid(full)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, 57, 0, 57));
    doc.body.push(Block::Table(Box::new(table)));
    doc.p(add_runs(
        Paragraph::new().line_spacing(docx_rs::LineSpacing::new().before(40).after(0)),
        &t!(
            lang,
            "docx-chart-caption",
            top = &top.to_string(),
            target = &target.to_string()
        ),
        |r| r.italic().size(15),
    ));
}

fn priority_cell(q: &QuestionRow) -> Cell {
    match q.priority {
        Some(p @ Priority::P1) => Cell::new(p.to_string()).bold().fill("F2D4D0"),
        Some(p @ Priority::P2) => Cell::new(p.to_string()).fill("F6E6C6"),
        Some(p) => Cell::new(p.to_string()),
        None => Cell::new(""),
    }
}

fn status_cell(words: &CardWords, status: Status) -> Cell {
    let c = Cell::new(words.status(status));
    match status {
        Status::Conforming => c.fill("D6EBDD"),
        Status::Partial => c.fill("F6E6C6"),
        Status::Absent => c.fill("F2D4D0"),
        _ => c,
    }
}

fn warnings(doc: &mut Doc, r: &Report) {
    if r.warnings.is_empty() {
        return;
    }
    let lang = r.lang;
    doc.heading(1, &t!(lang, "docx-warnings-heading"));
    doc.text(&t!(lang, "docx-warnings-intro"));
    for w in &r.warnings {
        doc.bullet(labelled(&w.kind.title_in(lang), &w.message));
    }
}

fn detail(doc: &mut Doc, r: &Report, words: &CardWords, kind: SectionKind) {
    let lang = r.lang;
    if kind == SectionKind::Clause {
        doc.heading(
            1,
            &t!(lang, "docx-detail-heading", clauses = &r.labels.clauses),
        );
    }
    for s in r.sections.iter().filter(|s| s.kind == kind) {
        doc.heading(2, &format!("{} {}", s.id, s.title));
        // The section's figures stay with its first card, never alone at a page's foot.
        doc.p(plain(&t!(
            lang,
            "docx-section-figures",
            score = &one_decimal_in(lang, s.figures.score),
            readiness = &percent_in(lang, s.figures.readiness),
            coverage = &percent_in(lang, s.figures.coverage)
        ))
        .keep_next(true));
        for req in r.requirements.iter().filter(|x| x.section == s.id) {
            requirement_card(doc, r, words, req);
        }
    }
}

/// A requirement's card, as in every format: its id, title and intent once, then a block
/// per question.
fn requirement_card(doc: &mut Doc, r: &Report, words: &CardWords, req: &super::RequirementRow) {
    doc.heading(3, &format!("{} {}", req.reference, req.title));
    if !req.intent.trim().is_empty() {
        doc.p(labelled(&words.intent, &req.intent).keep_next(true));
    }
    for q in r.questions.iter().filter(|q| q.reference == req.reference) {
        question(doc, r, words, q);
    }
}

fn question(doc: &mut Doc, r: &Report, words: &CardWords, q: &QuestionRow) {
    let lang = r.lang;
    // The question's line: its id, status and priority in words, kept with what follows.
    let mut head = vec![q.id.clone(), words.status(q.status).to_string()];
    if let Some(p) = q.priority {
        head.push(words.priority(p).to_string());
    }
    doc.heading(4, &head.join(" · "));
    let mut titles = vec![
        words.status.as_str(),
        words.maturity.as_str(),
        words.target.as_str(),
    ];
    let mut widths = vec![16, 22, 10];
    let mut cells = vec![
        status_cell(words, q.status),
        Cell::new(maturity(r, words, q)),
        Cell::new(r.assessment.target.to_string()),
    ];
    if let Some(g) = q.gap {
        titles.push(&words.gap);
        widths.push(7);
        cells.push(Cell::new(g.to_string()));
    }
    titles.extend([words.owner.as_str(), words.due.as_str()]);
    widths.extend([31, 14]);
    cells.push(Cell::new(q.owner.as_str()));
    cells.push(Cell::new(q.due.map_or_else(String::new, |d| lang.date(d))));
    // The owner's column takes what a missing gap column leaves.
    let total: usize = widths.iter().sum();
    let owner = widths.len() - 2;
    widths[owner] += 100 - total;
    // The small table stays whole and on the page of its heading and the finding.
    doc.keep = true;
    doc.table(&titles, &widths, vec![cells]);
    doc.keep = false;
    if q.documented {
        doc.p(add_runs(Paragraph::new(), &words.documented, Run::italic));
    }
    if let Some(j) = &q.justification {
        doc.p(labelled(&words.not_applicable_because, j));
    }
    if !q.finding.trim().is_empty() {
        // What meets the target is a practice to keep, never a gap.
        doc.p(labelled(q.finding_label(), &q.finding));
    }
    if let Some(notes) = q.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        doc.p(labelled(&words.private_notes, notes));
    }
    if !q.evidence.is_empty() || q.basis.is_some() {
        doc.p(add_runs(
            Paragraph::new().keep_next(true),
            words.evidence(q.basis),
            Run::bold,
        ));
        for e in &q.evidence {
            doc.bullet(plain(e));
        }
        if q.evidence.is_empty() {
            doc.bullet(plain(&words.no_evidence));
        }
    }
    if let Some(who) = q.said_by_line() {
        doc.p(labelled(&words.said_by, &who));
    }
    if let Some(action) = q.action() {
        let label = if q.recommendation_by_assessor {
            &words.recommendation_own
        } else {
            &words.recommendation
        };
        doc.p(labelled(label, action));
        let response = q.response().unwrap_or_default();
        if response.trim().is_empty() {
            doc.p(add_runs(
                Paragraph::new().add_run(
                    Run::new()
                        .add_text(format!("{}: ", words.management_response))
                        .bold(),
                ),
                &words.awaiting_response,
                Run::italic,
            ));
        } else {
            doc.p(labelled(&words.management_response, response));
        }
    }
    let links: Vec<String> = r
        .crosswalks
        .iter()
        .filter_map(|f| {
            let refs = q.crosswalk.get(&f.id).filter(|v| !v.is_empty())?;
            Some(format!("{} {}", f.title, refs.join(", ")))
        })
        .collect();
    if !links.is_empty() {
        doc.p(labelled(&words.related, &links.join("; ")));
    }
    // The interview prompt, small, under the card: the card is about the requirement. It
    // never starts a page alone.
    doc.keep_last_with_next();
    doc.p(add_runs(
        Paragraph::new().add_run(
            Run::new()
                .add_text(format!("{}: ", words.asked))
                .size(15)
                .color("4A5A6A"),
        ),
        &q.prompt,
        |r| r.italic().size(15).color("4A5A6A"),
    ));
}

fn annex(doc: &mut Doc, r: &Report, words: &CardWords) {
    let lang = r.lang;
    doc.heading(1, &t!(lang, "docx-annex-heading", annex = &r.labels.annex));
    if r.soa.is_empty() {
        doc.text(&t!(lang, "report-no-annex"));
    } else {
        soa_table(doc, r);
    }
    doc.heading(2, &t!(lang, "report-heading-risk-register"));
    if r.risks.is_empty() {
        doc.text(&t!(lang, "report-no-risks"));
    } else {
        let head = [
            "report-col-risk",
            "report-col-title",
            "report-col-risk-level",
            "report-col-treated-by",
            "report-col-roadmap-actions",
        ]
        .map(|id| lang.t(id));
        doc.table(
            &head.each_ref().map(String::as_str),
            &[8, 40, 10, 24, 18],
            r.risks
                .iter()
                .map(|k| {
                    vec![
                        Cell::new(k.reference.as_str()),
                        Cell::new(k.title.as_str()),
                        Cell::new(k.level.label_in(lang)),
                        Cell::new(k.controls.join(", ")),
                        Cell::new(k.steps()),
                    ]
                })
                .collect(),
        );
    }
    doc.small = None;
    detail(doc, r, words, SectionKind::Annex);
}

/// The Statement of Applicability's introduction and table.
fn soa_table(doc: &mut Doc, r: &Report) {
    let lang = r.lang;
    doc.text(&t!(lang, "docx-soa-intro", annex = &r.labels.annex));
    doc.heading(2, &t!(lang, "report-heading-ai-systems"));
    let inside: Vec<_> = r.systems.iter().filter(|s| s.in_scope).collect();
    if inside.is_empty() {
        doc.text(&t!(lang, "report-no-systems"));
    } else {
        let head = [
            "report-col-system",
            "report-col-name",
            "report-col-purpose",
            "report-col-ai-roles",
            "report-col-eu-ai-act",
        ]
        .map(|id| lang.t(id));
        doc.table(
            &head.each_ref().map(String::as_str),
            &[11, 19, 38, 16, 16],
            inside
                .iter()
                .map(|s| {
                    vec![
                        Cell::new(s.reference()),
                        Cell::new(s.name.as_str()),
                        Cell::new(s.purpose.as_str()),
                        Cell::new(r.roles_text(&s.roles)),
                        Cell::new(s.class.label_in(lang)),
                    ]
                })
                .collect(),
        );
    }
    doc.small = Some(16);
    let head = [
        "report-col-control",
        "report-col-title",
        "docx-col-applies",
        "report-col-reason",
        "report-col-implementation",
        "report-col-maturity",
        "report-col-owner",
    ]
    .map(|id| lang.t(id));
    let (yes, no) = (t!(lang, "report-soa-yes"), t!(lang, "docx-soa-no"));
    let implementations = [
        super::Implementation::Implemented,
        super::Implementation::PartiallyImplemented,
        super::Implementation::NotImplemented,
        super::Implementation::NotAssessed,
        super::Implementation::Excluded,
    ]
    .map(|i| (i, i.label_in(lang)));
    doc.table(
        &head.each_ref().map(String::as_str),
        &[9, 19, 9, 23, 17, 10, 13],
        r.soa
            .iter()
            .map(|s| {
                let mut status = implementations
                    .iter()
                    .find(|(i, _)| *i == s.implementation)
                    .map_or_else(String::new, |(_, label)| label.clone());
                if s.applicable && s.unassessed > 0 && s.maturity.is_some() {
                    status.push_str(&format!(
                        " ({})",
                        t!(lang, "report-soa-unassessed", count = s.unassessed)
                    ));
                }
                let reason = if s.justification.is_empty() {
                    s.reason_type.clone()
                } else {
                    format!("{}: {}", s.reason_type, s.justification)
                };
                let evidence = |d| t!(lang, "report-soa-evidence", date = &lang.date(d));
                let owner = match s.last_evidence {
                    Some(d) if s.owner.is_empty() => evidence(d),
                    Some(d) => format!("{} ({})", s.owner, evidence(d)),
                    None => s.owner.clone(),
                };
                vec![
                    Cell::new(s.control.as_str()),
                    Cell::new(s.title.as_str()),
                    Cell::new(if s.applicable { &yes } else { &no }.as_str()),
                    Cell::new(reason),
                    Cell::new(status),
                    Cell::new(one_decimal_in(lang, s.maturity)).right(),
                    Cell::new(owner),
                ]
            })
            .collect(),
    );
}

fn roadmap(doc: &mut Doc, r: &Report) {
    let lang = r.lang;
    let m = &r.roadmap;
    let e = &m.effort_days;
    doc.heading(1, &t!(lang, "report-heading-roadmap"));
    if let Some(why) = &m.impossible {
        doc.p(add_runs(Paragraph::new(), why, Run::bold));
        return;
    }
    if m.actions.is_empty() {
        doc.text(&t!(lang, "docx-roadmap-no-gaps"));
        return;
    }
    doc.text(&t!(
        lang,
        "docx-roadmap-intro",
        count = m.actions.len(),
        days = &days_in(lang, m.total_days),
        s = &days_in(lang, e.s),
        m = &days_in(lang, e.m),
        l = &days_in(lang, e.l),
        pace = &m.pace(),
        start = &lang.date(m.start),
        end = &lang.date(m.end)
    ));
    let head = ["docx-col-milestone", "report-col-date", "docx-col-reached"].map(|id| lang.t(id));
    doc.table(
        &head.each_ref().map(String::as_str),
        &[22, 14, 64],
        m.milestones
            .iter()
            .map(|x| {
                vec![
                    Cell::new(x.name.as_str()).bold(),
                    Cell::new(lang.date(x.date)),
                    Cell::new(x.explanation()),
                ]
            })
            .collect(),
    );
    gantt(doc, m);
    if !m.packages.is_empty() {
        doc.heading(2, &super::PackageRow::title_in(lang));
        let columns = super::PackageRow::columns_in(lang);
        doc.table(
            &columns.each_ref().map(String::as_str),
            &[30, 9, 11, 12, 12, 26],
            m.packages
                .iter()
                .map(|p| {
                    let [title, actions, days, start, end, owners] = p.cells();
                    vec![
                        Cell::new(title),
                        Cell::new(actions).right(),
                        Cell::new(days).right(),
                        Cell::new(start),
                        Cell::new(end),
                        Cell::new(owners),
                    ]
                })
                .collect(),
        );
    }
    let head = [
        "report-col-ref",
        "report-col-action",
        "report-col-priority",
        "report-col-effort",
        "report-col-owner",
        "docx-col-scheduled",
        "report-col-due",
    ]
    .map(|id| lang.t(id));
    let (late, proposed) = (t!(lang, "docx-due-late"), t!(lang, "docx-due-proposed"));
    for phase in &r.phases {
        let actions: Vec<_> = m.actions.iter().filter(|a| a.phase == phase.id).collect();
        if actions.is_empty() {
            continue;
        }
        doc.heading(2, &phase.title);
        // The phase's heading and words stay with its table.
        doc.p(plain(&phase.description).keep_next(true));
        doc.small = Some(16);
        let mut columns = vec!["#"];
        columns.extend(head.iter().map(String::as_str));
        doc.table(
            &columns,
            &[4, 8, 38, 8, 6, 13, 13, 10],
            actions
                .into_iter()
                .map(|a| {
                    let due = match (a.due, a.late) {
                        (Some(d), true) => {
                            Cell::new(format!("{}\n{late}", lang.date(d))).fill("F2D4D0")
                        }
                        (Some(d), false) => Cell::new(lang.date(d)),
                        (None, _) => match a.proposed_due {
                            Some(p) => Cell::new(format!("{}\n{proposed}", lang.date(p))),
                            None => Cell::new(""),
                        },
                    };
                    vec![
                        Cell::new(a.step.to_string()).right(),
                        Cell::new(a.reference.as_str()),
                        Cell::new(a.text()),
                        Cell::new(a.priority.to_string()),
                        Cell::new(a.effort.to_string()),
                        Cell::new(a.owner.as_str()),
                        // The dash stays on the first date's line.
                        Cell::new(format!(
                            "{}\u{a0}–\n{}",
                            lang.date(a.start),
                            lang.date(a.end)
                        )),
                        due,
                    ]
                })
                .collect(),
        );
        doc.small = None;
    }
}

/// The font the Gantt image is drawn with, shipped in the program (see fonts/LICENSE-DejaVu.txt):
/// the image comes out the same on every machine, with no font installed. Tables measure
/// their words in it too ([`ADVANCES`]).
const GANTT_FONT: &[u8] = include_bytes!("../../fonts/DejaVuSans-subset.ttf");

/// Pixels per unit of the chart's drawing: 680 units across become 2040 pixels, sharp
/// enough for print at the width of the page.
const GANTT_SCALE: f32 = 3.0;

/// The Gantt chart of the HTML report, drawn to a PNG: (image, width, height in pixels).
/// None when the roadmap has nothing to draw.
pub fn gantt_png(m: &super::RoadmapView) -> Option<(Vec<u8>, u32, u32)> {
    use resvg::{tiny_skia, usvg};
    let svg = super::html::gantt_svg(m, true)?;
    let mut options = usvg::Options {
        font_family: super::html::GANTT_FONT.to_string(),
        ..usvg::Options::default()
    };
    options.fontdb_mut().load_font_data(GANTT_FONT.to_vec());
    // The drawing is ours and its text escaped: it always parses; were it ever not to, the
    // report goes without the image rather than not at all.
    let tree = usvg::Tree::from_str(&svg, &options).ok()?;
    let size = tree.size().to_int_size().scale_by(GANTT_SCALE)?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(GANTT_SCALE, GANTT_SCALE),
        &mut pixmap.as_mut(),
    );
    let png = pixmap.encode_png().ok()?;
    Some((png, size.width(), size.height()))
}

/// The Gantt chart as an image across the page, with its caption.
fn gantt(doc: &mut Doc, m: &super::RoadmapView) {
    let Some((png, w, h)) = gantt_png(m) else {
        return;
    };
    // English Metric Units: 635 to a twentieth of a point.
    let width = TEXT_WIDTH as u32 * 635;
    let height = (u64::from(width) * u64::from(h) / u64::from(w.max(1))) as u32;
    let mut pic = docx_rs::Pic::new_with_dimensions(png, w, h).size(width, height);
    // The writer numbers images from a counter shared by the whole process: a fixed name keeps
    // the document the same bytes however many reports were made before it.
    pic.id = "rIdGantt".into();
    let lang = m.lang;
    doc.image = Some((
        t!(lang, "docx-gantt-name"),
        t!(
            lang,
            "report-gantt-title",
            actions = m.actions.len().to_string().as_str(),
            owners = m.owners.len().to_string().as_str(),
            start = &lang.date(m.start),
            end = &lang.date(m.end)
        ),
    ));
    doc.p(Paragraph::new()
        .add_run(Run::new().add_image(pic))
        .keep_next(true));
    doc.p(add_runs(
        Paragraph::new(),
        &t!(m.lang, "docx-gantt-caption"),
        |r| r.size(16).italic().color("4A5A6A"),
    ));
}

fn orphans(doc: &mut Doc, r: &Report) {
    if r.orphaned_answers.is_empty() {
        return;
    }
    let lang = r.lang;
    doc.heading(1, &t!(lang, "docx-orphans-heading"));
    doc.text(&t!(lang, "docx-orphans-intro"));
    for o in &r.orphaned_answers {
        use crate::assessment::Response;
        let answer = match o.answer.response {
            Response::Unanswered => t!(lang, "docx-orphan-unanswered"),
            Response::Maturity { level } => {
                t!(lang, "docx-orphan-maturity", level = &level.to_string())
            }
            Response::NotApplicable { .. } => t!(lang, "docx-orphan-not-applicable"),
        };
        doc.bullet(labelled(&o.question_id, &answer));
    }
}

/// A re-assessment against the assessment it was copied from: the figures of every format.
fn progress(doc: &mut Doc, r: &Report) {
    let Some(p) = &r.progress else { return };
    let lang = r.lang;
    doc.heading(1, &p.heading());
    doc.text(&p.intro());
    let columns = p.columns();
    doc.table(
        &columns.each_ref().map(String::as_str),
        &[34, 11, 11, 11, 11, 11, 11],
        p.sections
            .iter()
            .chain(&p.overall)
            .map(|row| {
                crate::progress::Progress::cells_in(lang, row)[..7]
                    .iter()
                    .map(|c| Cell::new(c.as_str()))
                    .collect()
            })
            .collect(),
    );
    let none = t!(lang, "report-progress-none");
    let not_applicable = t!(lang, "report-not-applicable-short");
    for (id, list) in [
        ("report-progress-gaps-closed", &p.gaps_closed),
        ("report-progress-new-gaps", &p.new_gaps),
    ] {
        doc.heading(2, &t!(lang, id, count = list.len()));
        if list.is_empty() {
            doc.text(&none);
        }
        for g in list {
            doc.bullet(plain(&t!(
                lang,
                "report-progress-gap",
                reference = &g.reference,
                title = &g.title,
                question = &g.question,
                then = &g.maturity_then.map_or("—".into(), |m| m.to_string()),
                now = &if g.not_applicable_now {
                    not_applicable.clone()
                } else {
                    g.maturity_now.map_or("—".into(), |m| m.to_string())
                },
                priority = g.priority.as_str()
            )));
        }
    }
    doc.heading(
        2,
        &t!(
            lang,
            "report-progress-actions-done",
            count = p.actions_done.len()
        ),
    );
    if p.actions_done.is_empty() {
        doc.text(&none);
    }
    for a in &p.actions_done {
        doc.bullet(plain(&t!(
            lang,
            "report-progress-action",
            step = &a.step.to_string(),
            reference = &a.reference,
            question = &a.question,
            recommendation = &a.recommendation
        )));
    }
}

/// The client's self-assessment against the assessor's levels: the figures of every format.
fn self_assessment(doc: &mut Doc, r: &Report) {
    use crate::survey::Comparison;
    let Some(c) = &r.self_assessment else { return };
    let lang = r.lang;
    doc.heading(1, &Comparison::heading_in(lang));
    doc.text(&c.summary());
    let columns = Comparison::columns_in(lang);
    doc.table(
        &columns.each_ref().map(String::as_str),
        &[30, 10, 12, 12, 12, 12, 12],
        c.sections
            .iter()
            .chain([&c.overall])
            .map(|row| {
                c.row_cells(row)
                    .iter()
                    .map(|cell| Cell::new(cell.as_str()))
                    .collect()
            })
            .collect(),
    );
    if !c.far_apart.is_empty() {
        doc.heading(2, &t!(lang, "report-compare-far-apart"));
        for f in &c.far_apart {
            doc.bullet(plain(&format!("{}: {}", f.question, c.levels_apart(f))));
        }
    }
}

fn appendix(doc: &mut Doc, r: &Report) {
    doc.heading(1, &t!(r.lang, "report-heading-method"));
    for part in method::appendix(r) {
        doc.heading(2, &part.title);
        for p in &part.paragraphs {
            doc.text(p);
        }
        for b in &part.bullets {
            doc.bullet(plain(b));
        }
    }
    doc.heading(2, &t!(r.lang, "docx-about-heading"));
    doc.text(&r.labels.disclaimer);
    if !r.labels.copyright.is_empty() {
        doc.text(&r.labels.copyright);
    }
}

/// The parking lot's points still open: a section only while there are any.
fn open_points(doc: &mut Doc, r: &Report) {
    if r.open_points.is_empty() {
        return;
    }
    let lang = r.lang;
    doc.heading(1, &t!(lang, "report-heading-open-points"));
    doc.text(&t!(lang, "report-open-points-intro"));
    let head = [
        "report-col-question",
        "report-col-requirement",
        "report-col-follow-up",
        "report-col-parked",
    ]
    .map(|id| lang.t(id));
    doc.table(
        &head.each_ref().map(String::as_str),
        &[14, 30, 42, 14],
        r.open_points
            .iter()
            .map(|p| {
                vec![
                    Cell::new(p.question_id.as_str()),
                    Cell::new(
                        format!("{} {}", p.reference, p.requirement_title)
                            .trim()
                            .to_string(),
                    ),
                    Cell::new(p.text.as_str()),
                    Cell::new(p.parked_on_in(lang)),
                ]
            })
            .collect(),
    );
}

/// Who took part and what was read: attendees, and the documents reviewed with the answers
/// each supports (the evidence index).
fn record(doc: &mut Doc, r: &Report) {
    let lang = r.lang;
    let col = |id: &str| lang.t(id);
    doc.heading(1, &t!(lang, "report-heading-engagement"));
    doc.heading(2, &t!(lang, "report-heading-attendees"));
    if r.attendees.is_empty() {
        doc.text(&t!(lang, "report-no-attendees"));
    } else {
        doc.table(
            &[
                &col("report-col-ref"),
                &col("report-col-name"),
                &col("report-col-role"),
            ],
            &[10, 40, 50],
            r.attendees
                .iter()
                .map(|x| {
                    vec![
                        Cell::new(x.reference()),
                        Cell::new(x.name.as_str()),
                        Cell::new(x.role.as_str()),
                    ]
                })
                .collect(),
        );
    }
    doc.heading(2, &t!(lang, "report-heading-documents"));
    if r.documents.is_empty() {
        doc.text(&t!(lang, "report-no-documents"));
    } else {
        doc.text(&t!(lang, "report-documents-intro"));
        let uncited = format!("({})", t!(lang, "report-document-uncited"));
        doc.table(
            &[
                &col("report-col-ref"),
                &col("report-col-title"),
                &col("report-col-version"),
                &col("report-col-date"),
                &col("report-col-supports"),
            ],
            &[6, 30, 14, 12, 38],
            r.documents
                .iter()
                .map(|d| {
                    vec![
                        Cell::new(d.reference.as_str()),
                        Cell::new(d.document.title.as_str()),
                        Cell::new(d.document.version.as_str()),
                        Cell::new(d.document.date.map_or_else(String::new, |x| lang.date(x))),
                        Cell::new(if d.answers.is_empty() {
                            uncited.clone()
                        } else {
                            d.answers.join(", ")
                        }),
                    ]
                })
                .collect(),
        );
    }
}

/// Who prepared, reviewed and approved the report, with room to sign.
fn sign_off(doc: &mut Doc, r: &Report) {
    let lang = r.lang;
    let control = &r.document_control;
    doc.heading(1, &t!(lang, "report-heading-sign-off"));
    doc.text(&t!(
        lang,
        if r.is_final() {
            "docx-sign-off-final"
        } else {
            "docx-sign-off-draft"
        },
        version = &control.report_version,
        confidentiality = &r.confidentiality()
    ));
    let head = ["report-col-name", "report-col-date", "report-col-signature"].map(|id| lang.t(id));
    let mut columns = vec![""];
    columns.extend(head.iter().map(String::as_str));
    doc.table(
        &columns,
        &[18, 34, 18, 30],
        r.sign_off()
            .into_iter()
            .map(|(role, by, on)| {
                vec![
                    Cell::new(role).bold(),
                    Cell::new(by),
                    Cell::new(on),
                    Cell::new("\n\n"),
                ]
            })
            .collect(),
    );
    if !control.distribution.is_empty() {
        doc.heading(2, &t!(lang, "report-field-distribution"));
        for d in &control.distribution {
            doc.bullet(plain(d));
        }
    }
    if let Some(stamp) = &r.stamp {
        doc.p(labelled(&t!(lang, "report-stamp-label"), stamp));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words are measured in the embedded DejaVu Sans: its digits are 0.636 em, its hyphen
    /// 0.361 em, so a date at 8 pt is 5.810 em of 160 twips.
    #[test]
    fn words_are_measured_in_the_embedded_font() {
        assert_eq!(word_twips("2027-01-31", 16, false), 930);
        assert_eq!(word_twips("2027-01-31", 20, false), 1162);
        assert!(word_twips("W", 20, false) > 3 * word_twips("i", 20, false));
        // Bold counts a fifth wider.
        let (bold, regular) = (
            word_twips("Priority", 16, true),
            word_twips("Priority", 16, false),
        );
        assert!(
            (bold as f64 / regular as f64 - 1.2).abs() < 0.01,
            "{bold} {regular}"
        );
        // A character the font lacks counts as 0.7 em.
        assert_eq!(word_twips("\u{4e2d}", 20, false), 140);
        assert_eq!(word_twips("", 20, true), 0);
    }

    /// A heading breaks after its hyphens; a cell keeps its words whole, no-break spaces
    /// included; its small grey words count at their own size.
    #[test]
    fn a_cells_widest_word_is_what_its_column_needs() {
        let header = Cell::new("Person-days").bold();
        assert_eq!(header.widest_word(16), word_twips("Person-", 16, true));
        let dates = Cell::new("2026-12-08\u{a0}–\n2026-12-18");
        assert_eq!(
            dates.widest_word(16),
            word_twips("2026-12-08\u{a0}–", 16, false)
        );
        // Long words may break: in a cell over 12 characters, in a heading over 20.
        let long = Cell::new(format!("{} ok", "x".repeat(WHOLE_WORD_IN_CELL + 1)));
        assert_eq!(long.widest_word(20), word_twips("ok", 20, false));
        let heading = Cell::new(format!("{} ok", "x".repeat(WHOLE_WORD))).bold();
        assert_eq!(
            heading.widest_word(20),
            word_twips(&"x".repeat(WHOLE_WORD), 20, true)
        );
        let sub = Cell::new("P1").sub("Procurement");
        assert_eq!(sub.widest_word(20), word_twips("Procurement", 16, false));
    }

    #[test]
    fn columns_get_what_they_need_from_those_with_room() {
        // Every need met: the widths as wanted.
        assert_eq!(
            column_widths(&[100, 300, 600], &[50, 100, 100]),
            [100, 300, 600]
        );
        // The first needs 200: the others give up 100 in proportion to what they wanted.
        assert_eq!(
            column_widths(&[100, 300, 600], &[200, 100, 100]),
            [200, 266, 534]
        );
        // Raising one can push another under its need: it is raised too.
        assert_eq!(
            column_widths(&[100, 300, 600], &[200, 290, 100]),
            [200, 290, 510]
        );
        // More needed than there is: shares of the total in proportion to the needs.
        assert_eq!(column_widths(&[100, 100], &[300, 100]), [150, 50]);
        for (wanted, needs) in [
            (vec![963, 771, 3662, 578], vec![1044, 900, 1500, 700]),
            (vec![10, 20, 30], vec![0, 0, 0]),
            (vec![7, 7, 7], vec![100, 1, 1]),
        ] {
            let out = column_widths(&wanted, &needs);
            assert_eq!(
                out.iter().sum::<usize>(),
                wanted.iter().sum::<usize>(),
                "{out:?}"
            );
        }
    }

    #[test]
    fn clean_keeps_lines_and_drops_what_xml_cannot_hold() {
        assert_eq!(clean("a\u{0}b\u{7}c\u{1b}[2J"), "a b c [2J");
        assert_eq!(clean("one\r\ntwo\rthree\nfour"), "one\ntwo\nthree\nfour");
        assert_eq!(clean("x\u{FFFE}\u{FFFF}y\u{85}"), "xy ");
        assert_eq!(clean("=1+1 <b>&amp;"), "=1+1 <b>&amp;");
    }

    #[test]
    fn only_header_rows_are_marked_to_repeat() {
        let xml = b"<w:tr><w:trPr><w:cantSplit /><w:trHeight w:val=\"0\" w:hRule=\"auto\" /></w:trPr></w:tr><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr>";
        let out = String::from_utf8(mark_headers(xml)).unwrap();
        assert_eq!(
            out,
            "<w:tr><w:trPr><w:cantSplit /><w:tblHeader /></w:trPr></w:tr><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr>"
        );
    }

    #[test]
    fn the_writer_writes_a_header_row_as_mark_headers_expects() {
        let table = Table::new(vec![
            header_row(TableRow::new(vec![TableCell::new()])),
            TableRow::new(vec![TableCell::new()]).cant_split(),
        ]);
        let xml = Docx::new().add_table(table).build().document;
        let xml = String::from_utf8(mark_headers(&xml)).unwrap();
        assert_eq!(xml.matches("<w:tblHeader />").count(), 1, "{xml}");
        assert_eq!(xml.matches("<w:cantSplit />").count(), 2, "{xml}");
        assert!(!xml.contains("w:trHeight"), "{xml}");
    }
}
