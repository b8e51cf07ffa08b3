//! XLSX workbook: Summary (with a native chart), Questions, Roadmap, SoA, Method.
//!
//! Every piece of user or questionnaire text goes through [`put_text`]: it is written as a
//! string (never as a formula), cleaned of characters a spreadsheet cell cannot hold, cut to
//! Excel's cell limit with a visible marker, and given the quote prefix when it starts like a
//! formula, so that editing the cell in Excel keeps it text.
//!
//! Its words (sheet names, headers, labels, notes, the chart's titles, the document
//! properties) are the report's language's (`locales/*/xlsx.ftl` and the shared
//! `report.ftl`). Numbers and dates stay numbers and dates; their formats show dates as the
//! language writes them, and a German spreadsheet shows the decimal comma itself. Numbers
//! inside sentences are written as the language writes them.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use anyhow::{Context, Result};
use jiff::Timestamp;
use jiff::civil::Date;
use rust_xlsxwriter::{
    Chart, ChartFormat, ChartLegendPosition, ChartLine, ChartLineDashType, ChartSolidFill,
    ChartType, Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, IgnoreError,
    Workbook, Worksheet,
};
use rustc_hash::FxHashMap;

use super::{FiguresRow, Implementation, Report, Terms, defuse_formula, method};
use crate::i18n::Lang;
use crate::questionnaire::SectionKind;
use crate::scoring::{Priority, Status};
use crate::t;

/// Excel's limit for the text of one cell, in UTF-16 code units.
pub const MAX_CELL_LEN: usize = 32_767;

/// Sheet names, in workbook order, in English (see [`sheet_names`]).
pub const SHEETS: [&str; 6] = [
    "Summary",
    "Questions",
    "Roadmap",
    "SoA",
    "Engagement",
    "Method",
];

/// The messages of the sheet names, in the order of [`SHEETS`].
const SHEET_IDS: [&str; 6] = [
    "xlsx-sheet-summary",
    "xlsx-sheet-questions",
    "xlsx-sheet-roadmap",
    "xlsx-sheet-soa",
    "xlsx-sheet-engagement",
    "xlsx-sheet-method",
];

/// The sheet names in `lang`, in workbook order.
pub fn sheet_names(lang: Lang) -> [String; 6] {
    SHEET_IDS.map(|id| sheet_name(lang, id))
}

/// A sheet's name from the catalogue, as a spreadsheet accepts it: at most 31 characters, none
/// of `: \ / ? * [ ]`, and no apostrophe at either end (a translation that breaks the rule is
/// mended here rather than failing the export).
fn sheet_name(lang: Lang, id: &str) -> String {
    let name: String = lang
        .t(id)
        .chars()
        .map(|c| match c {
            ':' | '\\' | '/' | '?' | '*' | '[' | ']' => '-',
            c => c,
        })
        .take(31)
        .collect();
    name.trim_matches('\'').to_string()
}

/// The words the workbook repeats per row or per sheet, looked up once per report.
struct Words {
    lang: Lang,
    sheets: [String; 6],
    yes: String,
    no: String,
    clause: String,
    /// Statuses, implementation states, evidence bases, risk levels.
    terms: Terms,
    /// The page mark, for the head and foot of every page.
    mark: String,
    /// "Page &P of &N", the footer's right part.
    page: String,
}

impl Words {
    fn new(report: &Report) -> Words {
        let lang = report.lang;
        Words {
            lang,
            sheets: sheet_names(lang),
            yes: t!(lang, "xlsx-yes"),
            no: t!(lang, "xlsx-no"),
            clause: t!(lang, "xlsx-kind-clause"),
            terms: Terms::new(lang),
            mark: report.page_mark(),
            page: t!(lang, "xlsx-page-footer", page = "&P", pages = "&N"),
        }
    }

    fn yes_no(&self, b: bool) -> &str {
        if b { &self.yes } else { &self.no }
    }
}

/// A number inside a sentence, as the language writes it: as Rust prints it in English
/// ("2.5", "10"), with the decimal comma in German.
fn number_text(lang: Lang, x: f64) -> String {
    let text = x.to_string();
    match lang.decimal_separator() {
        '.' => text,
        sep => text.replace('.', &sep.to_string()),
    }
}

/// A timestamp as text in the language's way: "2026-11-23 16:00 UTC", "23.11.2026 16:00 UTC".
fn timestamp_text(lang: Lang, at: Timestamp) -> String {
    let utc = at.to_zoned(jiff::tz::TimeZone::UTC);
    t!(
        lang,
        "xlsx-timestamp",
        date = &lang.date(utc.date()),
        time = &utc.strftime("%H:%M").to_string()
    )
}

/// Points per line of 11 pt text, and the most lines a table row is made tall for; the
/// full text of a longer cell shows in the formula bar.
const LINE_HEIGHT: f64 = 15.0;
const MAX_ROW_LINES: usize = 8;

pub fn render(report: &Report) -> Result<Vec<u8>> {
    let st = Styles::new(report.lang);
    let w = Words::new(report);
    let mut wb = Workbook::new();
    wb.set_properties(&properties(report)?);

    summary(wb.add_worksheet(), report, &st, &w).context("writing the Summary sheet")?;
    if let Some(p) = &report.progress {
        p.table_sheet(wb.add_worksheet())
            .context("writing the Progress sheet")?;
    }
    if let Some(c) = &report.self_assessment {
        self_assessment(wb.add_worksheet(), c, &st, w.lang)
            .context("writing the Self-assessment sheet")?;
    }
    questions(wb.add_worksheet(), report, &st, &w).context("writing the Questions sheet")?;
    roadmap(wb.add_worksheet(), report, &st, &w).context("writing the Roadmap sheet")?;
    soa(wb.add_worksheet(), report, &st, &w).context("writing the SoA sheet")?;
    engagement(wb.add_worksheet(), report, &st, &w).context("writing the Engagement sheet")?;
    method_sheet(wb.add_worksheet(), report, &st, &w).context("writing the Method sheet")?;

    // Half of the workbook's time went into compressing its XML at the default level (6);
    // level 2 takes a fifth of that, for a file about a fifth larger (83 kB for the demo).
    wb.set_zip_compression_level(2);
    wb.save_to_buffer().context("assembling the workbook")
}

/// The client's self-assessment against the assessor's levels, per section: numbers, the
/// same figures every format shows.
fn self_assessment(
    ws: &mut Worksheet,
    c: &crate::survey::Comparison,
    st: &Styles,
    lang: Lang,
) -> Result<()> {
    use crate::survey::Comparison;
    ws.set_name(sheet_name(lang, "xlsx-sheet-self-assessment"))?;
    ws.write_string_with_format(0, 0, Comparison::heading_in(lang), &st.header)?;
    put_text(ws, lang, 1, 0, &c.summary(), &Format::new())?;
    let head = [
        "report-compare-section",
        "report-compare-compared",
        "report-compare-client-mean",
        "report-compare-assessor-mean",
        "report-compare-difference",
        "xlsx-col-client-higher",
        "xlsx-col-client-lower",
        "report-compare-apart",
    ];
    for (col, h) in head.iter().enumerate() {
        ws.write_string_with_format(3, col as u16, lang.t(h), &st.header)?;
    }
    let all_sections = t!(lang, "report-compare-all-sections");
    for (i, r) in c.sections.iter().chain([&c.overall]).enumerate() {
        let at = 4 + i as u32;
        let title = if r.id.is_empty() {
            &all_sections
        } else {
            &r.title
        };
        put_text(ws, lang, at, 0, title, &Format::new())?;
        ws.write_number(at, 1, r.compared as f64)?;
        for (col, v) in [(2, r.self_mean), (3, r.assessor_mean), (4, r.difference)] {
            if let Some(v) = v {
                ws.write_number_with_format(at, col, v, &st.score)?;
            }
        }
        ws.write_number(at, 5, r.higher as f64)?;
        ws.write_number(at, 6, r.lower as f64)?;
        ws.write_number(at, 7, r.far_apart as f64)?;
    }
    let mut at = 6 + c.sections.len() as u32;
    if !c.far_apart.is_empty() {
        ws.write_string_with_format(at, 0, t!(lang, "xlsx-far-apart"), &st.header)?;
        at += 1;
        for (col, h) in [
            "report-col-question",
            "report-col-requirement",
            "xlsx-col-client",
            "xlsx-col-assessor",
        ]
        .iter()
        .enumerate()
        {
            ws.write_string_with_format(at, col as u16, lang.t(h), &st.header)?;
        }
        for f in &c.far_apart {
            at += 1;
            put_text(ws, lang, at, 0, &f.question, &Format::new())?;
            put_text(ws, lang, at, 1, &f.reference, &Format::new())?;
            ws.write_number(at, 2, f64::from(f.self_level))?;
            ws.write_number(at, 3, f64::from(f.assessor_level))?;
        }
    }
    ws.set_column_width(0, 50)?;
    Ok(())
}

fn properties(report: &Report) -> Result<DocProperties> {
    let a = &report.assessment;
    let lang = report.lang;
    Ok(DocProperties::new()
        .set_title(clean(&format!(
            "{}: {}",
            report.labels.title, a.organisation
        )))
        .set_subject(clean(&t!(
            lang,
            "xlsx-subject",
            standard = &report.labels.standard
        )))
        .set_author(clean(&a.assessor))
        .set_company(clean(&a.organisation))
        .set_keywords(clean(&t!(
            lang,
            "xlsx-keywords",
            standard = &report.labels.standard
        )))
        .set_comment(t!(
            lang,
            "xlsx-comment",
            generator = report.generator.name,
            version = report.generator.version
        ))
        .set_creation_datetime(&timestamp(report.generated_at)?))
}

// ---------------------------------------------------------------------------------------------
// Text and cell helpers
// ---------------------------------------------------------------------------------------------

/// Text as a cell holds it: line breaks as LF, control characters that XML 1.0 cannot carry
/// replaced by U+FFFD, and at most [`MAX_CELL_LEN`] UTF-16 units, ending in a visible marker
/// when cut.
fn cell_text(lang: Lang, text: &str) -> Cow<'_, str> {
    let text = clean(text);
    // No more UTF-16 units than UTF-8 bytes: a short text is not counted.
    if text.len() <= MAX_CELL_LEN || text.encode_utf16().count() <= MAX_CELL_LEN {
        return text;
    }
    let marker = format!(
        " {}",
        t!(lang, "xlsx-cut", count = &text.chars().count().to_string())
    );
    let room = MAX_CELL_LEN - marker.encode_utf16().count();
    let mut kept = String::with_capacity(text.len().min(room * 4));
    let mut used = 0;
    for c in text.chars() {
        used += c.len_utf16();
        if used > room {
            break;
        }
        kept.push(c);
    }
    kept.push_str(&marker);
    Cow::Owned(kept)
}

/// CR LF and lone CR become LF; other C0 controls but tab and LF, and the two noncharacters
/// U+FFFE and U+FFFF, become U+FFFD so that something visibly stands in their place.
fn clean(text: &str) -> Cow<'_, str> {
    let bad = |c: char| (c < ' ' && c != '\t' && c != '\n') || matches!(c, '\u{FFFE}' | '\u{FFFF}');
    // Looked for a byte at a time: C0 controls but tab and LF, U+FFFE and U+FFFF (EF BF BE,
    // EF BF BF).
    let bytes = text.as_bytes();
    let any_bad = bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\t' | b'\n' => false,
        0..=0x1F => true,
        0xEF => bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)),
        _ => false,
    });
    if !any_bad {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            c if bad(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A worksheet being written. It remembers column widths and how many lines each row's wrapped
/// text needs, and sets the row heights at the end: spreadsheets do not all grow rows to fit
/// on opening (LibreOffice keeps the default height), so the file says how tall each row is.
struct Sheet<'a> {
    ws: &'a mut Worksheet,
    widths: Vec<f64>,
    lines: BTreeMap<u32, usize>,
    lang: Lang,
    formats: Formats,
    /// Held while the sheet is written: [`Formats`] knows its formats by their addresses.
    _styles: &'a Styles,
}

/// The cell formats of a sheet, given a block of cells at a time.
///
/// The worksheet looks a cell's format up by value, hashing all of it for every cell it
/// writes: a third of the workbook's time. So a cell in a format the sheet has met before is
/// written without it and given it at the end ([`Sheet::finish`]), one lookup per block of
/// cells of one format; the first cell of each format is written with it, so that the
/// formats are met, and numbered, in the order they always were. A blank cell is only left
/// for later inside the area already written: a cell without content and without a format is
/// not written at all, and does not widen the sheet's dimensions.
struct Formats {
    /// Where the workbook's [`Styles`] are: a format there stays the same while the sheet is
    /// written, and is known by its address.
    styles: Range<usize>,
    by_address: FxHashMap<usize, usize>,
    /// Each format met, by value, with its number in `all`.
    known: FxHashMap<Format, usize>,
    /// The formats met, and whether each is the default one (no blank is left for later in
    /// that: a default-formatted blank cell is still a cell).
    all: Vec<(Format, bool)>,
    /// Per column, the rows written without their format, in the order written, with the
    /// number of the format; `None` where a later write gave the cell its format at once.
    later: Vec<Vec<(u32, Option<usize>)>>,
    /// The first and last row and column written with content or format so far.
    area: Option<(u32, u16, u32, u16)>,
}

impl Formats {
    fn new(styles: &Styles) -> Formats {
        let at = std::ptr::from_ref(styles) as usize;
        Formats {
            styles: at..at + std::mem::size_of::<Styles>(),
            by_address: FxHashMap::default(),
            known: FxHashMap::default(),
            all: Vec::new(),
            later: Vec::new(),
            area: None,
        }
    }

    /// The format to write the cell at `row`, `col` with now, or `None` when it is left for
    /// later. `blank`: the cell has no content.
    fn now<'f>(
        &mut self,
        row: u32,
        col: u16,
        format: &'f Format,
        blank: bool,
    ) -> Option<&'f Format> {
        let address = std::ptr::from_ref(format) as usize;
        let stable = self.styles.contains(&address);
        let mut met = if stable {
            self.by_address.get(&address).copied()
        } else {
            None
        };
        if met.is_none() {
            met = self.known.get(format).copied();
            if let (Some(k), true) = (met, stable) {
                self.by_address.insert(address, k);
            }
        }
        match met {
            Some(k) if !blank || (!self.all[k].1 && self.covers(row, col)) => {
                self.leave(row, col, Some(k));
                if !blank {
                    self.cover(row, col);
                }
                None
            }
            _ => {
                if met.is_none() {
                    let k = self.all.len();
                    self.known.insert(format.clone(), k);
                    self.all
                        .push((format.clone(), *format == Format::default()));
                    if stable {
                        self.by_address.insert(address, k);
                    }
                }
                self.written(row, col);
                Some(format)
            }
        }
    }

    /// A cell written with its format now, whatever it is: nothing left for it.
    fn written(&mut self, row: u32, col: u16) {
        if self
            .later
            .get(usize::from(col))
            .is_some_and(|rows| !rows.is_empty())
        {
            self.leave(row, col, None);
        }
        self.cover(row, col);
    }

    fn leave(&mut self, row: u32, col: u16, format: Option<usize>) {
        let col = usize::from(col);
        if self.later.len() <= col {
            self.later.resize_with(col + 1, Vec::new);
        }
        self.later[col].push((row, format));
    }

    fn covers(&self, row: u32, col: u16) -> bool {
        self.area
            .is_some_and(|(r0, c0, r1, c1)| (r0..=r1).contains(&row) && (c0..=c1).contains(&col))
    }

    fn cover(&mut self, row: u32, col: u16) {
        self.area = Some(match self.area {
            None => (row, col, row, col),
            Some((r0, c0, r1, c1)) => (r0.min(row), c0.min(col), r1.max(row), c1.max(col)),
        });
    }

    /// Gives the cells left for later their formats: runs of one format down a column, side
    /// by side runs of the same rows and format as one block.
    fn apply(self, ws: &mut Worksheet) -> Result<()> {
        // Blocks growing to the right, by (first row, last row, format): their columns.
        let mut open: FxHashMap<(u32, u32, usize), (u16, u16)> = FxHashMap::default();
        let mut done: Vec<(u32, u32, usize, u16, u16)> = Vec::new();
        for (col, mut rows) in self.later.into_iter().enumerate() {
            let col = u16::try_from(col)?;
            // Stable: of two writes to one cell, the later one stays last.
            if !rows.is_sorted_by_key(|(row, _)| *row) {
                rows.sort_by_key(|(row, _)| *row);
            }
            let mut runs: Vec<(u32, u32, usize)> = Vec::new();
            for (i, &(row, format)) in rows.iter().enumerate() {
                if rows.get(i + 1).is_some_and(|(next, _)| *next == row) {
                    continue; // written again later
                }
                let Some(k) = format else { continue };
                match runs.last_mut() {
                    Some((_, last, f)) if *last + 1 == row && *f == k => *last = row,
                    _ => runs.push((row, row, k)),
                }
            }
            for (first, last, k) in runs {
                match open.get_mut(&(first, last, k)) {
                    Some((_, right)) if *right + 1 == col => *right = col,
                    Some(block) => {
                        done.push((first, last, k, block.0, block.1));
                        *block = (col, col);
                    }
                    None => {
                        open.insert((first, last, k), (col, col));
                    }
                }
            }
        }
        done.extend(
            open.into_iter()
                .map(|((first, last, k), (c0, c1))| (first, last, k, c0, c1)),
        );
        for (first, last, k, c0, c1) in done {
            ws.set_range_format(first, c0, last, c1, &self.all[k].0)?;
        }
        Ok(())
    }
}

impl<'a> Sheet<'a> {
    fn new(
        ws: &'a mut Worksheet,
        styles: &'a Styles,
        lang: Lang,
        name: &str,
        widths: &[f64],
    ) -> Result<Sheet<'a>> {
        ws.set_name(name)?;
        for (i, w) in widths.iter().enumerate() {
            ws.set_column_width(u16::try_from(i)?, *w)?;
        }
        Ok(Sheet {
            ws,
            widths: widths.to_vec(),
            lines: BTreeMap::new(),
            lang,
            formats: Formats::new(styles),
            _styles: styles,
        })
    }

    fn width(&self, first: u16, last: u16) -> f64 {
        (first..=last)
            .map(|c| self.widths.get(usize::from(c)).copied().unwrap_or(8.43))
            .sum()
    }

    fn need_lines(&mut self, row: u32, n: usize) {
        let e = self.lines.entry(row).or_insert(1);
        *e = (*e).max(n);
    }

    /// Text on one line (it may spill into empty cells to its right).
    fn text(&mut self, row: u32, col: u16, text: &str, format: &Format) -> Result<()> {
        self.put(row, col, &cell_text(self.lang, text), format)
    }

    /// Text wrapped within its column; the row grows to fit, up to [`MAX_ROW_LINES`].
    fn wrapped(&mut self, row: u32, col: u16, text: &str, format: &Format) -> Result<()> {
        let text = cell_text(self.lang, text);
        self.put(row, col, &text, format)?;
        let n = lines(&text, self.width(col, col));
        self.need_lines(row, n);
        Ok(())
    }

    /// Text as [`put_text`] writes it, `text` already as a cell holds it.
    fn put(&mut self, row: u32, col: u16, text: &str, format: &Format) -> Result<()> {
        if defuse_formula(text) != text {
            self.string(row, col, text, &format.clone().set_quote_prefix())
        } else {
            self.string(row, col, text, format)
        }
    }

    /// A string as it is, in `format`.
    fn string(&mut self, row: u32, col: u16, text: &str, format: &Format) -> Result<()> {
        match self.formats.now(row, col, format, text.is_empty()) {
            Some(format) => self.ws.write_string_with_format(row, col, text, format)?,
            None => self.ws.write_string(row, col, text)?,
        };
        Ok(())
    }

    /// A cell with no content, in `format`.
    fn blank(&mut self, row: u32, col: u16, format: &Format) -> Result<()> {
        if let Some(format) = self.formats.now(row, col, format, true) {
            self.ws.write_blank(row, col, format)?;
        }
        Ok(())
    }

    /// Text wrapped across merged columns; the row grows to fit all of it.
    fn merged(&mut self, row: u32, cols: (u16, u16), text: &str, format: &Format) -> Result<()> {
        self.ws.merge_range(row, cols.0, row, cols.1, "", format)?;
        put_text(self.ws, self.lang, row, cols.0, text, format)?;
        for col in cols.0..=cols.1 {
            self.formats.written(row, col);
        }
        // Merged text is short and must be read whole: no cap, and a margin for bold type.
        let n = lines(
            &cell_text(self.lang, text),
            self.width(cols.0, cols.1) * 0.9,
        );
        self.ws.set_row_height(row, n as f64 * LINE_HEIGHT + 6.0)?;
        Ok(())
    }

    fn num(&mut self, row: u32, col: u16, n: Option<f64>, format: &Format) -> Result<()> {
        let Some(n) = n else {
            return self.blank(row, col, format);
        };
        match self.formats.now(row, col, format, false) {
            Some(format) => self.ws.write_number_with_format(row, col, n, format)?,
            None => self.ws.write_number(row, col, n)?,
        };
        Ok(())
    }

    fn count(&mut self, row: u32, col: u16, n: usize, format: &Format) -> Result<()> {
        // Counts in a report stay far below 2^52, where f64 stops being exact.
        self.num(row, col, Some(n as f64), format)
    }

    fn date(&mut self, row: u32, col: u16, d: Option<Date>, format: &Format) -> Result<()> {
        let Some(d) = d else {
            return self.blank(row, col, format);
        };
        let d = date(d)?;
        match self.formats.now(row, col, format, false) {
            Some(format) => self.ws.write_datetime_with_format(row, col, &d, format)?,
            None => self.ws.write_datetime(row, col, &d)?,
        };
        Ok(())
    }

    /// A header row of wrapped titles from column `first` on.
    fn header<T: AsRef<str>>(
        &mut self,
        row: u32,
        first: u16,
        titles: &[T],
        format: &Format,
    ) -> Result<()> {
        for (i, t) in titles.iter().enumerate() {
            self.wrapped(row, first + u16::try_from(i)?, t.as_ref(), format)?;
        }
        Ok(())
    }

    /// A header row of the messages `ids`, in the sheet's language.
    fn header_of(&mut self, row: u32, first: u16, ids: &[&str], format: &Format) -> Result<()> {
        let titles: Vec<String> = ids
            .iter()
            .map(|id| {
                if id.is_empty() {
                    String::new()
                } else {
                    self.lang.t(id)
                }
            })
            .collect();
        self.header(row, first, &titles, format)
    }

    /// Gives the cells their formats, sets the height of every row whose wrapped text needs
    /// more than one line, and hides the "number stored as text" warnings up to
    /// `last_row`/`last_col`: section numbers and references such as "4.1" are text on
    /// purpose.
    fn finish(self, last_row: u32, last_col: u16) -> Result<()> {
        self.formats.apply(self.ws)?;
        for (row, n) in self.lines {
            if n > 1 {
                let n = n.min(MAX_ROW_LINES);
                self.ws.set_row_height(row, n as f64 * LINE_HEIGHT + 3.0)?;
            }
        }
        self.ws
            .ignore_error_range(0, 0, last_row, last_col, IgnoreError::NumberStoredAsText)?;
        Ok(())
    }
}

/// Writes text as a string cell. Text that a spreadsheet would read as a formula (the rule of
/// [`defuse_formula`]) gets the quote prefix: no visible apostrophe, and it stays text when
/// the cell is edited.
fn put_text(
    ws: &mut Worksheet,
    lang: Lang,
    row: u32,
    col: u16,
    text: &str,
    format: &Format,
) -> Result<()> {
    let text = cell_text(lang, text);
    if defuse_formula(&text) != text {
        ws.write_string_with_format(row, col, text.as_ref(), &format.clone().set_quote_prefix())?;
    } else {
        ws.write_string_with_format(row, col, text.as_ref(), format)?;
    }
    Ok(())
}

fn date(d: Date) -> Result<ExcelDateTime> {
    let year = u16::try_from(d.year()).context("a date before year 0")?;
    let month = u8::try_from(d.month()).context("a month out of range")?;
    let day = u8::try_from(d.day()).context("a day out of range")?;
    ExcelDateTime::from_ymd(year, month, day).with_context(|| format!("the date {d}"))
}

fn timestamp(t: Timestamp) -> Result<ExcelDateTime> {
    ExcelDateTime::from_timestamp(t.as_second()).with_context(|| format!("the time {t}"))
}

fn kind_label<'a>(report: &'a Report, w: &'a Words, kind: SectionKind) -> &'a str {
    match kind {
        SectionKind::Clause => &w.clause,
        SectionKind::Annex => &report.labels.annex,
    }
}

/// Lines `text` takes when wrapped in a column `width` wide (a cautious estimate).
fn lines(text: &str, width: f64) -> usize {
    // A column width counts the digit 0 of the default font; running text fits about 20 %
    // more characters than that. 15 % is assumed, which errs on the tall side.
    let per_line = ((width * 1.15).floor() as usize).max(1);
    text.split('\n').map(|l| line_count(l, per_line)).sum()
}

/// Lines one line of text takes when a spreadsheet wraps it greedily at spaces and after
/// hyphens, `per_line` columns wide: greedy wrapping at spaces alone never takes fewer lines,
/// so the estimate stays on the tall side. The count textwrap's first-fit wrap gives (ASCII
/// spaces between words, hyphen splitting, over-long words broken; the test below holds
/// them to each other) without making the lines: wrapping them cost half of the workbook.
fn line_count(line: &str, per_line: usize) -> usize {
    // No character is wider than its UTF-8 bytes: a line of no more bytes than fit is one
    // line, without wrapping it.
    if line.len() <= per_line {
        return 1;
    }
    let mut fit = FirstFit {
        per_line,
        lines: 1,
        used: 0,
        any: false,
    };
    // Words are what lies between runs of spaces, each with the spaces after it (a line
    // that starts with spaces starts with an empty word).
    let bytes = line.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let mut end = start;
        // Printable ASCII only: a column per byte. A hyphen: the word may split after it.
        let mut plain = true;
        let mut hyphen = false;
        while end < bytes.len() && bytes[end] != b' ' {
            plain &= (0x20..0x7F).contains(&bytes[end]);
            hyphen |= bytes[end] == b'-';
            end += 1;
        }
        let mut next = end;
        while next < bytes.len() && bytes[next] == b' ' {
            next += 1;
        }
        let word = &line[start..end];
        if hyphen {
            fit.word(word, next - end, plain);
        } else {
            fit.part(word, next - end, plain);
        }
        start = next;
    }
    fit.lines
}

/// The state of a first-fit wrap that only counts: lines so far, the columns used on the
/// last one and whether anything is on it yet.
struct FirstFit {
    per_line: usize,
    lines: usize,
    used: usize,
    any: bool,
}

impl FirstFit {
    /// One word and the spaces after it: split after each hyphen between two alphanumeric
    /// characters, the parts broken where longer than a line. `plain`: printable ASCII only.
    fn word(&mut self, word: &str, spaces: usize, plain: bool) {
        let mut from = 0;
        for (at, _) in word.match_indices('-') {
            let before = word[..at].chars().next_back();
            let after = word[at + 1..].chars().next();
            if before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric)
            {
                self.part(&word[from..=at], 0, plain);
                from = at + 1;
            }
        }
        self.part(&word[from..], spaces, plain);
    }

    fn part(&mut self, part: &str, spaces: usize, plain: bool) {
        let width = if plain {
            part.len()
        } else {
            textwrap::core::display_width(part)
        };
        if width <= self.per_line {
            self.fragment(width, spaces);
            return;
        }
        // Too long for any line: broken into pieces that fit, by character.
        let mut piece = 0;
        let mut buf = [0u8; 4];
        for c in part.chars() {
            let w = if plain {
                1
            } else {
                textwrap::core::display_width(c.encode_utf8(&mut buf))
            };
            if piece > 0 && piece + w > self.per_line {
                self.fragment(piece, 0);
                piece = 0;
            }
            piece += w;
        }
        self.fragment(piece, spaces);
    }

    /// A fragment `width` wide followed by `spaces`: on the current line if it fits or the
    /// line is empty, else on a new one.
    fn fragment(&mut self, width: usize, spaces: usize) {
        if self.any && self.used + width > self.per_line {
            self.lines += 1;
            self.used = 0;
        }
        self.used += width + spaces;
        self.any = true;
    }
}

/// Landscape A4, as many pages wide as `pages_wide` (0: not scaled); the page mark (DRAFT, the
/// confidentiality label, the version) at the head and the foot of every page.
fn page_setup(ws: &mut Worksheet, pages_wide: u16, w: &Words) {
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    if pages_wide > 0 {
        ws.set_print_fit_to_pages(pages_wide, 0);
    }
    // `&` starts a code in a header: a literal one is doubled.
    let mark = clean(&w.mark).replace('&', "&&");
    let mark: String = mark.chars().take(120).collect();
    ws.set_header(format!("&C&\"-,Bold\"{mark}"));
    ws.set_footer(format!("&L&A&C{mark}&R{}", w.page));
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

const NAVY: u32 = 0x1F4E78;
const GRID: u32 = 0xBFBFBF;

struct Styles {
    title: Format,
    subtitle: Format,
    heading: Format,
    header: Format,
    label: Format,
    plain: Format,
    text: Format,
    wrap: Format,
    left_int: Format,
    int: Format,
    num: Format,
    days: Format,
    score: Format,
    pct: Format,
    date: Format,
    left_date: Format,
    datetime: Format,
    disclaimer: Format,
    fine_print: Format,
    late: Format,
    /// By status: conforming, partial, absent, excluded, not assessed.
    statuses: [Format; 5],
    /// P1, P2, P3.
    priorities: [Format; 3],
}

impl Styles {
    /// The workbook's formats; dates in the order `lang` writes them (numbers need nothing:
    /// a spreadsheet shows its own locale's decimal comma).
    fn new(lang: Lang) -> Styles {
        let (day, minute) = match lang {
            Lang::De => ("dd.mm.yyyy", "dd.mm.yyyy hh:mm \"UTC\""),
            Lang::En | Lang::Pseudo => ("yyyy-mm-dd", "yyyy-mm-dd hh:mm \"UTC\""),
        };
        let cell = Format::new()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin)
            .set_border_color(GRID);
        let text = cell.clone().set_align(FormatAlign::Left);
        let tinted = |fill, font| Styles::tinted(&text, fill, font);
        let statuses = [
            tinted(0xC6EFCE, 0x006100),
            tinted(0xFFEB9C, 0x9C5700),
            tinted(0xFFC7CE, 0x9C0006),
            tinted(0xE7E6E6, 0x3A3838),
            tinted(0xDDEBF7, 0x1F4E78).set_italic(),
        ];
        let priorities = [
            tinted(0xFFC7CE, 0x9C0006).set_bold(),
            tinted(0xFFEB9C, 0x9C5700),
            tinted(0xFFF9E5, 0x7F6000),
        ];
        Styles {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_font_color(NAVY),
            subtitle: Format::new().set_bold().set_font_size(13),
            heading: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_font_color(NAVY),
            header: Format::new()
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(NAVY)
                .set_text_wrap()
                .set_align(FormatAlign::VerticalCenter)
                .set_border(FormatBorder::Thin)
                .set_border_color(GRID),
            label: text.clone().set_bold().set_background_color(0xF2F2F2),
            plain: Format::new().set_align(FormatAlign::Top),
            wrap: text.clone().set_text_wrap(),
            text,
            left_int: cell
                .clone()
                .set_num_format("0")
                .set_align(FormatAlign::Left),
            int: cell.clone().set_num_format("0"),
            num: cell.clone().set_num_format("0.0#"),
            days: cell.clone().set_num_format("0.0"),
            score: cell.clone().set_num_format("0.0"),
            pct: cell.clone().set_num_format("0%"),
            date: cell.clone().set_num_format(day),
            left_date: cell
                .clone()
                .set_num_format(day)
                .set_align(FormatAlign::Left),
            datetime: cell
                .clone()
                .set_num_format(minute)
                .set_align(FormatAlign::Left),
            disclaimer: Format::new()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_bold()
                .set_background_color(0xFFF2CC)
                .set_border(FormatBorder::Thin)
                .set_border_color(0xBF9000),
            fine_print: Format::new()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_italic()
                .set_font_color(0x595959),
            late: cell.set_bold().set_font_color(0x9C0006),
            statuses,
            priorities,
        }
    }

    fn tinted(text: &Format, fill: u32, font: u32) -> Format {
        text.clone().set_background_color(fill).set_font_color(font)
    }

    fn status(&self, s: Status) -> &Format {
        &self.statuses[match s {
            Status::Conforming => 0,
            Status::Partial => 1,
            Status::Absent => 2,
            Status::Excluded => 3,
            Status::NotAssessed => 4,
        }]
    }

    fn priority(&self, p: Option<Priority>) -> &Format {
        match p {
            Some(Priority::P1) => &self.priorities[0],
            Some(Priority::P2) => &self.priorities[1],
            Some(Priority::P3) => &self.priorities[2],
            None => &self.text,
        }
    }

    fn implementation(&self, i: Implementation) -> &Format {
        match i {
            Implementation::Implemented => self.status(Status::Conforming),
            Implementation::PartiallyImplemented => self.status(Status::Partial),
            Implementation::NotImplemented => self.status(Status::Absent),
            Implementation::Excluded => self.status(Status::Excluded),
            Implementation::NotAssessed => self.status(Status::NotAssessed),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

/// Summary columns: A labels and section numbers, B values and titles, C–H figures (F wide
/// enough for German's "Zielerreichung" on one line).
const SUMMARY_WIDTHS: [f64; 8] = [24.0, 50.0, 11.0, 11.0, 11.0, 15.0, 13.0, 22.0];

/// Headers of the overall figures and of the per-section table (the chart's source).
const FIGURE_HEADERS: [&str; 8] = [
    "xlsx-col-section",
    "xlsx-col-title",
    "report-col-maturity",
    "report-col-target",
    "report-kpi-coverage",
    "report-kpi-readiness",
    "xlsx-col-answered",
    "xlsx-col-applicable",
];

fn summary(ws: &mut Worksheet, report: &Report, st: &Styles, w: &Words) -> Result<()> {
    let lang = w.lang;
    let mut sh = Sheet::new(ws, st, lang, &w.sheets[0], &SUMMARY_WIDTHS)?;
    let label = |id: &str| lang.t(id);
    let a = &report.assessment;
    let q = &a.questionnaire;
    let t = a.target;
    let mut row: u32 = 0;

    sh.ws
        .write_string_with_format(row, 0, clean(&report.labels.title), &st.title)?;
    sh.ws.set_row_height(row, 24)?;
    row += 1;
    sh.text(row, 0, &a.organisation, &st.subtitle)?;
    sh.ws.set_row_height(row, 20)?;
    row += 2;

    // Cover block.
    for (id, value) in [
        ("report-fact-organisation", &a.organisation),
        ("report-fact-scope", &a.scope),
        ("report-fact-assessor", &a.assessor),
    ] {
        sh.text(row, 0, &label(id), &st.label)?;
        sh.wrapped(row, 1, value, &st.wrap)?;
        row += 1;
    }
    sh.text(row, 0, &label("report-fact-date"), &st.label)?;
    sh.date(row, 1, Some(a.date), &st.left_date)?;
    row += 1;
    sh.text(row, 0, &label("report-fact-questionnaire"), &st.label)?;
    sh.wrapped(row, 1, &q.title, &st.wrap)?;
    row += 1;
    sh.text(row, 0, &label("xlsx-questionnaire-version"), &st.label)?;
    sh.text(row, 1, &q.version, &st.text)?;
    row += 1;
    if q.changed_since_taken {
        sh.text(row, 0, &label("xlsx-taken-against"), &st.label)?;
        sh.wrapped(
            row,
            1,
            &t!(
                lang,
                "xlsx-taken-against-detail",
                taken = &q.taken_version,
                version = &q.version
            ),
            &st.wrap,
        )?;
        row += 1;
    }
    sh.text(row, 0, &label("report-fact-target"), &st.label)?;
    sh.text(
        row,
        1,
        &format!("{t} ({})", report.level_label(t)),
        &st.text,
    )?;
    row += 1;
    sh.text(row, 0, &label("xlsx-roadmap-start"), &st.label)?;
    sh.date(row, 1, Some(report.roadmap.start), &st.left_date)?;
    row += 1;
    sh.text(row, 0, &label("xlsx-generated-at"), &st.label)?;
    sh.ws
        .write_datetime_with_format(row, 1, &timestamp(report.generated_at)?, &st.datetime)?;
    row += 1;
    sh.text(row, 0, &label("xlsx-generated-by"), &st.label)?;
    sh.text(
        row,
        1,
        &format!("{} {}", report.generator.name, report.generator.version),
        &st.text,
    )?;
    row += 1;
    let c = &report.document_control;
    for (id, value) in [
        ("report-field-status", report.status_label().to_string()),
        ("report-field-report-version", c.report_version.clone()),
        ("report-field-confidentiality", report.confidentiality()),
    ] {
        sh.text(row, 0, &label(id), &st.label)?;
        sh.text(row, 1, &value, &st.text)?;
        row += 1;
    }
    match &report.stamp {
        Some(stamp) => {
            sh.text(row, 0, &label("report-stamp-label"), &st.label)?;
            sh.text(row, 1, stamp, &st.text)?;
        }
        None => sh.merged(row, (0, 7), &label("report-draft-notice"), &st.disclaimer)?,
    }
    row += 2;

    if report.private_notes_included {
        sh.text(row, 0, &label("report-col-private-notes"), &st.label)?;
        sh.merged(
            row,
            (1, 7),
            &label("report-private-notes-warning"),
            &st.disclaimer,
        )?;
        row += 2;
    }
    sh.merged(row, (0, 7), &report.labels.disclaimer, &st.disclaimer)?;
    row += 2;

    // The narrative: the assessor's, or the drafted one under its label.
    let summary = &report.summary;
    if !summary.paragraphs.is_empty() {
        sh.text(row, 0, &label("report-heading-summary"), &st.heading)?;
        row += 1;
        if !summary.written {
            sh.merged(
                row,
                (0, 7),
                &super::summary::draft_label(lang),
                &st.disclaimer,
            )?;
            row += 1;
        }
        for p in &summary.paragraphs {
            sh.merged(row, (0, 7), p, &st.wrap)?;
            row += 1;
        }
        row += 1;
    }

    sh.text(row, 0, &label("report-progress-overall"), &st.heading)?;
    row += 1;
    let figure_headers = FIGURE_HEADERS.map(|id| lang.t(id));
    sh.header(row, 0, &figure_headers, &st.header)?;
    row += 1;
    let o = &report.overall;
    let clauses = t!(lang, "xlsx-clauses-title", clauses = &report.labels.clauses);
    let annex = t!(lang, "xlsx-annex-title", annex = &report.labels.annex);
    for (code, title, f) in [
        (label("xlsx-code-clauses"), clauses, &o.clauses),
        (label("xlsx-code-annex"), annex, &o.annex),
        (label("xlsx-code-all"), label("xlsx-all-questions"), &o.all),
    ] {
        figures_row(&mut sh, row, &code, &title, f, t, st)?;
        row += 1;
    }
    row += 1;

    sh.text(row, 0, &label("xlsx-gaps-by-priority"), &st.heading)?;
    row += 1;
    sh.header_of(
        row,
        0,
        &["report-col-priority", "xlsx-col-meaning", "report-kpi-gaps"],
        &st.header,
    )?;
    row += 1;
    let p = &report.priorities;
    for (priority, n) in [
        (Priority::P1, p.p1),
        (Priority::P2, p.p2),
        (Priority::P3, p.p3),
    ] {
        sh.text(row, 0, priority.as_str(), st.priority(Some(priority)))?;
        sh.text(row, 1, &priority.describe_in(lang), &st.text)?;
        sh.count(row, 2, n, &st.int)?;
        row += 1;
    }
    row += 1;

    sh.text(row, 0, &label("xlsx-milestones"), &st.heading)?;
    row += 1;
    sh.header_of(
        row,
        0,
        &[
            "xlsx-col-milestone",
            "xlsx-col-basis",
            "report-col-date",
            "xlsx-col-unanswered",
        ],
        &st.header,
    )?;
    row += 1;
    let r = &report.roadmap;
    for m in &r.milestones {
        sh.wrapped(row, 0, &m.name, &st.wrap)?;
        sh.wrapped(row, 1, &m.basis, &st.wrap)?;
        sh.date(row, 2, Some(m.date), &st.date)?;
        sh.count(row, 3, m.unassessed, &st.int)?;
        row += 1;
    }
    if let Some(why) = &r.impossible {
        sh.wrapped(row, 0, &label("report-heading-roadmap"), &st.wrap)?;
        sh.wrapped(row, 1, why, &st.wrap)?;
        row += 2;
    } else {
        sh.wrapped(row, 0, &label("xlsx-last-action-ends"), &st.wrap)?;
        sh.wrapped(
            row,
            1,
            &t!(
                lang,
                "xlsx-roadmap-summary",
                count = r.actions.len(),
                days = &number_text(lang, r.total_days),
                pace = &r.pace(),
                start = &lang.date(r.start)
            ),
            &st.wrap,
        )?;
        sh.date(row, 2, Some(r.end), &st.date)?;
        sh.num(row, 3, None, &st.int)?;
        row += 2;
    }
    if let Some(c) = &r.costing {
        row = costs(&mut sh, row, c, st)?;
    }

    // Maturity per section against target: the table the chart is drawn from.
    sh.text(
        row,
        0,
        &t!(lang, "xlsx-maturity-heading", annex = &report.labels.annex),
        &st.heading,
    )?;
    row += 1;
    let table_header = row;
    sh.header(row, 0, &figure_headers, &st.header)?;
    row += 1;
    let first = row;
    for s in &report.sections {
        figures_row(&mut sh, row, &s.id, &s.title, &s.figures, t, st)?;
        row += 1;
    }
    row += 1;
    if row > first + 1 {
        let last = row - 2;
        let top = report.scale.iter().map(|l| l.level).max().unwrap_or(t);
        sh.ws.insert_chart(
            row,
            0,
            &maturity_chart(report, &w.sheets[0], table_header, first, last, t, top),
        )?;
        row += CHART_ROWS + 1;
    }

    // Certification blockers, grouped by section with counts.
    let groups = &report.summary.blockers;
    sh.text(
        row,
        0,
        &t!(
            lang,
            "xlsx-blockers-heading",
            count = &report.priorities.p1.to_string()
        ),
        &st.heading,
    )?;
    row += 1;
    sh.header_of(
        row,
        0,
        &[
            "xlsx-col-section",
            "xlsx-col-title",
            "xlsx-col-blockers",
            "xlsx-col-requirements",
        ],
        &st.header,
    )?;
    row += 1;
    if groups.is_empty() {
        sh.text(row, 0, &label("xlsx-no-blockers"), &st.plain)?;
        row += 1;
    }
    for g in groups {
        sh.text(row, 0, &g.section, &st.text)?;
        sh.wrapped(row, 1, &g.title, &st.wrap)?;
        sh.count(row, 2, g.count, &st.int)?;
        sh.merged(row, (3, 7), &g.requirements.join(", "), &st.wrap)?;
        row += 1;
    }
    row += 1;

    // What to fix before handing the report over: a draft's, never on a final report.
    if !report.is_final() {
        sh.text(row, 0, &label("xlsx-completeness-heading"), &st.heading)?;
        row += 1;
        if report.warnings.is_empty() {
            sh.text(row, 0, &label("xlsx-no-warnings"), &st.plain)?;
            row += 1;
        } else {
            sh.header_of(
                row,
                0,
                &["report-col-finding", "xlsx-col-detail"],
                &st.header,
            )?;
            row += 1;
            // Each kind's title looked up once: a draft may have a warning per question.
            let mut titles: Vec<(crate::check::FindingKind, String)> = Vec::new();
            for warning in &report.warnings {
                let title = match titles.iter().find(|(k, _)| *k == warning.kind) {
                    Some((_, title)) => title,
                    None => {
                        titles.push((warning.kind, warning.kind.title_in(lang)));
                        &titles[titles.len() - 1].1
                    }
                };
                sh.wrapped(row, 0, title, &st.wrap)?;
                sh.wrapped(row, 1, &warning.message, &st.wrap)?;
                row += 1;
            }
        }
        row += 1;
    }

    if !report.labels.copyright.is_empty() {
        sh.merged(row, (0, 7), &report.labels.copyright, &st.fine_print)?;
    }

    page_setup(sh.ws, 1, w);
    sh.finish(row, 7)
}

/// Rows of default height the chart covers.
const CHART_ROWS: u32 = 21;

/// The cost estimate by phase from `row` on (Phase, Person-days, Cost, FTE, From, To, as
/// numbers and dates), the total last; returns the row after it.
fn costs(sh: &mut Sheet, mut row: u32, c: &super::Costing, st: &Styles) -> Result<u32> {
    let lang = sh.lang;
    sh.text(row, 0, &super::Costing::title_in(lang), &st.heading)?;
    row += 1;
    sh.header(row, 0, &super::Costing::headers_in(lang), &st.header)?;
    row += 1;
    // The currency is three letters (checked on the way in): safe inside the number format.
    let money = st
        .num
        .clone()
        .set_num_format(format!("\"{} \"#,##0", c.currency));
    let fte = st.num.clone().set_num_format("0.0");
    for p in &c.phases {
        sh.wrapped(row, 0, &p.title, &st.wrap)?;
        sh.num(row, 1, Some(p.person_days), &st.days)?;
        sh.num(row, 2, Some(p.cost), &money)?;
        sh.num(row, 3, Some(p.fte), &fte)?;
        sh.date(row, 4, Some(p.start), &st.date)?;
        sh.date(row, 5, Some(p.end), &st.date)?;
        row += 1;
    }
    let bold = |f: &Format| f.clone().set_bold();
    sh.text(row, 0, &t!(lang, "report-costing-all-phases"), &st.label)?;
    sh.num(row, 1, Some(c.total_days), &bold(&st.days))?;
    sh.num(row, 2, Some(c.total_cost), &bold(&money))?;
    sh.num(row, 3, None, &st.num)?;
    let span = (
        c.phases.iter().map(|p| p.start).min(),
        c.phases.iter().map(|p| p.end).max(),
    );
    sh.date(row, 4, span.0, &bold(&st.date))?;
    sh.date(row, 5, span.1, &bold(&st.date))?;
    row += 1;
    sh.merged(row, (0, 7), &c.basis(), &st.fine_print)?;
    Ok(row + 2)
}

fn figures_row(
    sh: &mut Sheet,
    row: u32,
    code: &str,
    title: &str,
    f: &FiguresRow,
    target: u8,
    st: &Styles,
) -> Result<()> {
    sh.text(row, 0, code, &st.text)?;
    sh.wrapped(row, 1, title, &st.wrap)?;
    sh.num(row, 2, f.score, &st.score)?;
    sh.num(row, 3, Some(f64::from(target)), &st.int)?;
    sh.num(row, 4, f.coverage, &st.pct)?;
    sh.num(row, 5, f.readiness, &st.pct)?;
    sh.count(row, 6, f.answered, &st.int)?;
    sh.count(row, 7, f.applicable, &st.int)?;
    Ok(())
}

/// Columns of maturity per section with the target as a dashed line, from the Summary table.
fn maturity_chart(
    report: &Report,
    sheet: &str,
    header: u32,
    first: u32,
    last: u32,
    target: u8,
    top: u8,
) -> Chart {
    let lang = report.lang;
    let mut chart = Chart::new(ChartType::Column);
    chart
        .add_series()
        .set_name((sheet, header, 2))
        .set_categories((sheet, first, 0, last, 0))
        .set_values((sheet, first, 2, last, 2))
        .set_format(ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(0x2E75B6)))
        .set_gap(60);
    let mut line = Chart::new(ChartType::Line);
    line.add_series()
        .set_name((sheet, header, 3))
        .set_categories((sheet, first, 0, last, 0))
        .set_values((sheet, first, 3, last, 3))
        .set_format(
            ChartFormat::new().set_line(
                ChartLine::new()
                    .set_color(0xC00000)
                    .set_width(2.25)
                    .set_dash_type(ChartLineDashType::Dash),
            ),
        );
    chart.combine(&line);
    chart
        .title()
        .set_name(&t!(lang, "xlsx-chart-title", target = &target.to_string()));
    chart.x_axis().set_name(&t!(
        lang,
        "xlsx-chart-axis",
        clauses = &report.labels.clauses,
        annex = &report.labels.annex
    ));
    chart
        .y_axis()
        .set_name(&t!(lang, "report-col-maturity"))
        .set_min(0)
        .set_max(top)
        .set_major_unit(1);
    chart.legend().set_position(ChartLegendPosition::Bottom);
    chart.set_width(1100).set_height(CHART_ROWS * 20);
    chart
}

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

/// Questions columns before the crosswalk ones.
const QUESTION_COLUMNS: [(&str, f64); 28] = [
    ("ID", 10.0),
    ("Ref", 8.0),
    ("Requirement", 30.0),
    ("Intent", 40.0),
    ("Section", 8.0),
    ("Kind", 8.0),
    ("Question", 60.0),
    ("Status", 13.0),
    ("Maturity", 9.0),
    ("Level", 12.0),
    ("Target", 7.0),
    ("Gap", 6.0),
    ("Priority", 8.0),
    ("Rank", 6.0),
    ("N/A justification", 30.0),
    ("Finding", 50.0),
    ("Evidence", 40.0),
    ("Basis", 14.0),
    ("Said by", 24.0),
    ("Owner", 20.0),
    ("Due", 11.0),
    ("Recommendation", 50.0),
    ("Management response", 40.0),
    ("Effort", 7.0),
    ("Phase", 11.0),
    ("Documented", 12.0),
    ("Weight", 8.0),
    ("Depends on", 12.0),
];

/// The messages of the Questions sheet's columns, in the order of [`QUESTION_COLUMNS`].
const QUESTION_IDS: [&str; 28] = [
    "xlsx-col-id",
    "report-col-ref",
    "report-col-requirement",
    "report-card-intent",
    "xlsx-col-section",
    "xlsx-col-kind",
    "report-col-question",
    "report-field-status",
    "report-col-maturity",
    "xlsx-col-level",
    "report-col-target",
    "report-col-gap",
    "report-col-priority",
    "xlsx-col-rank",
    "xlsx-col-justification-na",
    "report-col-finding",
    "report-col-evidence",
    "xlsx-col-basis",
    "report-card-said-by",
    "report-col-owner",
    "report-col-due",
    "report-card-recommendation",
    "report-card-management-response",
    "report-col-effort",
    "report-col-phase",
    "xlsx-col-documented",
    "xlsx-col-weight",
    "xlsx-col-depends-on",
];

/// The position of a column of the Questions sheet, by its title.
fn question_column(title: &str) -> u16 {
    QUESTION_COLUMNS
        .iter()
        .position(|(t, _)| *t == title)
        .and_then(|i| u16::try_from(i).ok())
        .expect("a column of QUESTION_COLUMNS")
}

fn questions(ws: &mut Worksheet, report: &Report, st: &Styles, w: &Words) -> Result<()> {
    let lang = w.lang;
    let fixed = QUESTION_COLUMNS.len();
    // The private notes, only in a report made with them, after the crosswalk columns.
    let notes_col = u16::try_from(fixed + report.crosswalks.len())?;
    let widths: Vec<f64> = QUESTION_COLUMNS
        .iter()
        .map(|(_, w)| *w)
        .chain(report.crosswalks.iter().map(|_| 18.0))
        .chain(report.private_notes_included.then_some(50.0))
        .collect();
    let mut sh = Sheet::new(ws, st, lang, &w.sheets[1], &widths)?;
    sh.header_of(0, 0, &QUESTION_IDS, &st.header)?;
    for (i, f) in report.crosswalks.iter().enumerate() {
        sh.wrapped(0, u16::try_from(fixed + i)?, &f.title, &st.header)?;
    }
    if report.private_notes_included {
        sh.wrapped(
            0,
            notes_col,
            &t!(lang, "report-card-private-notes"),
            &st.header,
        )?;
    }

    let c = question_column;
    let t = f64::from(report.assessment.target);
    for (i, q) in report.questions.iter().enumerate() {
        let row = u32::try_from(i + 1)?;
        sh.text(row, c("ID"), &q.id, &st.text)?;
        sh.text(row, c("Ref"), &q.reference, &st.text)?;
        sh.wrapped(row, c("Requirement"), &q.requirement_title, &st.wrap)?;
        let intent = report
            .requirement(&q.reference)
            .map_or("", |r| r.intent.as_str());
        sh.wrapped(row, c("Intent"), intent, &st.wrap)?;
        sh.text(row, c("Section"), &q.section, &st.text)?;
        sh.text(row, c("Kind"), kind_label(report, w, q.kind), &st.text)?;
        sh.wrapped(row, c("Question"), &q.prompt, &st.wrap)?;
        sh.text(
            row,
            c("Status"),
            w.terms.status(q.status),
            st.status(q.status),
        )?;
        sh.num(row, c("Maturity"), q.maturity.map(f64::from), &st.int)?;
        sh.text(
            row,
            c("Level"),
            q.maturity.map_or("", |m| report.level_label(m)),
            &st.text,
        )?;
        sh.num(row, c("Target"), Some(t), &st.int)?;
        sh.num(row, c("Gap"), q.gap.map(f64::from), &st.int)?;
        sh.text(
            row,
            c("Priority"),
            q.priority.map_or("", Priority::as_str),
            st.priority(q.priority),
        )?;
        sh.num(row, c("Rank"), q.rank.map(|r| r as f64), &st.int)?;
        sh.wrapped(
            row,
            c("N/A justification"),
            q.justification.as_deref().unwrap_or(""),
            &st.wrap,
        )?;
        sh.wrapped(row, c("Finding"), &q.finding, &st.wrap)?;
        if let Some(notes) = &q.notes {
            sh.wrapped(row, notes_col, notes, &st.wrap)?;
        }
        sh.wrapped(row, c("Evidence"), &q.evidence.join("\n"), &st.wrap)?;
        sh.text(
            row,
            c("Basis"),
            q.basis.map_or("", |b| w.terms.basis(b)),
            &st.text,
        )?;
        sh.wrapped(
            row,
            c("Said by"),
            &q.said_by_line().unwrap_or_default(),
            &st.wrap,
        )?;
        sh.wrapped(row, c("Owner"), &q.owner, &st.wrap)?;
        sh.date(row, c("Due"), q.due, &st.date)?;
        // Only a gap has a recommendation: a conforming answer's finding is the practice to
        // keep.
        sh.wrapped(row, c("Recommendation"), q.action().unwrap_or(""), &st.wrap)?;
        sh.wrapped(
            row,
            c("Management response"),
            q.response().unwrap_or(""),
            &st.wrap,
        )?;
        sh.text(row, c("Effort"), q.effort.as_str(), &st.text)?;
        sh.wrapped(row, c("Phase"), report.phase_title(&q.phase), &st.wrap)?;
        sh.text(row, c("Documented"), w.yes_no(q.documented), &st.text)?;
        sh.num(row, c("Weight"), Some(q.weight), &st.num)?;
        sh.wrapped(row, c("Depends on"), &q.depends_on.join(", "), &st.wrap)?;
        for (j, f) in report.crosswalks.iter().enumerate() {
            let refs = q
                .crosswalk
                .get(&f.id)
                .map(|r| r.join(", "))
                .unwrap_or_default();
            sh.wrapped(row, u16::try_from(fixed + j)?, &refs, &st.wrap)?;
        }
    }

    let last_row = u32::try_from(report.questions.len())?;
    let last_col = u16::try_from(widths.len() - 1)?;
    sh.ws.set_freeze_panes(1, 1)?;
    sh.ws.autofilter(0, 0, last_row, last_col)?;
    // Too wide for one page: printed on A3, two pages wide, with the header and the ID on each.
    page_setup(sh.ws, 2, w);
    sh.ws.set_paper_size(8); // A3
    sh.ws.set_repeat_rows(0, 0)?;
    sh.ws.set_repeat_columns(0, 0)?;
    sh.finish(last_row, last_col)
}

// ---------------------------------------------------------------------------------------------
// Roadmap
// ---------------------------------------------------------------------------------------------

const ROADMAP_COLUMNS: [(&str, f64); 20] = [
    ("Step", 6.0),
    ("Questions", 10.0),
    ("Ref", 11.0),
    ("Requirement", 30.0),
    ("Recommendation", 60.0),
    ("Priority", 10.0),
    ("Maturity", 9.0),
    ("Gap", 6.0),
    ("Effort", 7.0),
    ("Effort (days)", 9.0),
    ("Phase", 11.0),
    ("Owner", 20.0),
    ("Start", 11.0),
    ("End", 11.0),
    ("Due", 11.0),
    ("Late", 6.0),
    ("After", 14.0),
    ("Risks", 10.0),
    ("Due proposed", 11.0),
    ("Package", 24.0),
];

/// The messages of the Roadmap sheet's columns, in the order of [`ROADMAP_COLUMNS`].
const ROADMAP_IDS: [&str; 20] = [
    "report-col-step",
    "xlsx-col-questions",
    "report-col-ref",
    "report-col-requirement",
    "report-card-recommendation",
    "report-col-priority",
    "report-col-maturity",
    "report-col-gap",
    "report-col-effort",
    "xlsx-col-effort-days",
    "report-col-phase",
    "report-col-owner",
    "report-packages-start",
    "report-packages-end",
    "report-col-due",
    "xlsx-col-late",
    "xlsx-col-after",
    "xlsx-col-risks",
    "xlsx-col-due-proposed",
    "xlsx-col-package",
];

fn roadmap(ws: &mut Worksheet, report: &Report, st: &Styles, w: &Words) -> Result<()> {
    let lang = w.lang;
    let widths: Vec<f64> = ROADMAP_COLUMNS.iter().map(|(_, w)| *w).collect();
    let mut sh = Sheet::new(ws, st, lang, &w.sheets[2], &widths)?;
    sh.header_of(0, 0, &ROADMAP_IDS, &st.header)?;

    let r = &report.roadmap;
    if let Some(why) = &r.impossible {
        sh.wrapped(1, 4, why, &st.wrap)?;
        return Ok(());
    }
    for (i, x) in r.actions.iter().enumerate() {
        let row = u32::try_from(i + 1)?;
        sh.count(row, 0, x.step, &st.left_int)?;
        sh.wrapped(row, 1, &x.questions.join(", "), &st.wrap)?;
        sh.text(row, 2, &x.reference, &st.text)?;
        sh.wrapped(row, 3, &x.requirement_title, &st.wrap)?;
        sh.wrapped(row, 4, &x.recommendation, &st.wrap)?;
        sh.text(row, 5, x.priority.as_str(), st.priority(Some(x.priority)))?;
        sh.num(row, 6, Some(f64::from(x.maturity)), &st.int)?;
        sh.num(row, 7, Some(f64::from(x.gap)), &st.int)?;
        sh.text(row, 8, x.effort.as_str(), &st.text)?;
        sh.num(row, 9, Some(x.effort_days), &st.days)?;
        sh.wrapped(row, 10, &x.phase_title, &st.wrap)?;
        sh.wrapped(row, 11, &x.owner, &st.wrap)?;
        sh.date(row, 12, Some(x.start), &st.date)?;
        sh.date(row, 13, Some(x.end), &st.date)?;
        sh.date(row, 14, x.due, &st.date)?;
        let late = if x.late { &st.late } else { &st.text };
        sh.text(row, 15, w.yes_no(x.late), late)?;
        sh.wrapped(row, 16, &x.after.join(", "), &st.wrap)?;
        sh.wrapped(row, 17, &x.risks.join(", "), &st.wrap)?;
        // No due date set: the scheduled end, proposed (kept apart from the Due column).
        sh.date(row, 18, x.proposed_due, &st.date)?;
        sh.wrapped(row, 19, &x.package_title, &st.wrap)?;
    }
    let last_action = u32::try_from(r.actions.len())?;
    let last_col = u16::try_from(widths.len() - 1)?;

    // Milestones below the table: date under Ref, name under Requirement, basis under
    // Recommendation.
    let mut row = last_action + 2;
    sh.text(row, 3, &t!(lang, "xlsx-milestones"), &st.heading)?;
    row += 1;
    sh.header_of(
        row,
        2,
        &[
            "report-col-date",
            "xlsx-col-milestone",
            "xlsx-col-basis",
            "xlsx-col-unanswered",
        ],
        &st.header,
    )?;
    row += 1;
    let first_milestone = row;
    for m in &r.milestones {
        sh.date(row, 2, Some(m.date), &st.date)?;
        sh.wrapped(row, 3, &m.name, &st.label)?;
        sh.wrapped(row, 4, &m.basis, &st.wrap)?;
        sh.count(row, 5, m.unassessed, &st.int)?;
        row += 1;
    }
    sh.date(row, 2, Some(r.start), &st.date)?;
    sh.wrapped(row, 3, &t!(lang, "xlsx-roadmap-start"), &st.label)?;
    sh.wrapped(
        row,
        4,
        &t!(
            lang,
            "xlsx-roadmap-start-detail",
            capacity = &number_text(lang, r.capacity),
            s = &number_text(lang, r.effort_days.s),
            m = &number_text(lang, r.effort_days.m),
            l = &number_text(lang, r.effort_days.l)
        ),
        &st.wrap,
    )?;
    row += 1;
    sh.date(row, 2, Some(r.end), &st.date)?;
    sh.wrapped(row, 3, &t!(lang, "xlsx-last-action-ends"), &st.label)?;
    sh.wrapped(
        row,
        4,
        &t!(
            lang,
            "xlsx-roadmap-end-detail",
            count = r.actions.len(),
            days = &number_text(lang, r.total_days)
        ),
        &st.wrap,
    )?;

    let gantt_end = gantt(&mut sh, report, st, first_milestone, row)?;

    sh.ws.set_freeze_panes(1, 1)?;
    sh.ws.autofilter(0, 0, last_action, last_col)?;
    // The Gantt area makes the sheet twice as wide: two pages across keep it legible.
    page_setup(sh.ws, if gantt_end > last_col { 2 } else { 1 }, w);
    sh.ws.set_repeat_rows(0, 0)?;
    sh.finish(row + 2, gantt_end)
}

/// The columns of the Gantt area: one per week from the Monday of the roadmap's start, or one
/// per `weeks` weeks when a plan is long, so that the area stays under [`GANTT_MAX_COLUMNS`].
struct Timeline {
    first: Date,
    weeks: i64,
    columns: u16,
}

/// The most columns the Gantt area takes before a column stands for more than one week
/// (a year and a half of weeks).
const GANTT_MAX_COLUMNS: i64 = 78;
/// The first column of the Gantt area: one empty column after the table.
const GANTT_FIRST: u16 = ROADMAP_COLUMNS.len() as u16 + 1;

impl Timeline {
    fn new(r: &super::RoadmapView) -> Option<Timeline> {
        if r.actions.is_empty() {
            return None;
        }
        let last = r
            .milestones
            .iter()
            .map(|m| m.date)
            .chain(r.actions.iter().map(|a| a.end))
            .max()?;
        let back = i64::from(r.start.weekday().to_monday_zero_offset());
        let first = r.start.checked_sub(jiff::Span::new().days(back)).ok()?;
        let total_weeks = (last - first).get_days() as i64 / 7 + 1;
        let weeks = (total_weeks + GANTT_MAX_COLUMNS - 1) / GANTT_MAX_COLUMNS;
        let columns = u16::try_from((total_weeks + weeks - 1) / weeks).ok()?;
        Some(Timeline {
            first,
            weeks,
            columns,
        })
    }

    /// The first day of column `i` of the area.
    fn start(&self, i: u16) -> Result<Date> {
        Ok(self
            .first
            .checked_add(jiff::Span::new().days(i64::from(i) * 7 * self.weeks))?)
    }

    /// The column of the area that holds day `d`.
    fn column(&self, d: Date) -> u16 {
        let days = i64::from((d - self.first).get_days()).max(0);
        u16::try_from(days / (7 * self.weeks))
            .unwrap_or(u16::MAX)
            .min(self.columns - 1)
    }
}

/// The Gantt area right of the table: a date column per week (or per few weeks) headed by its
/// Monday, each action's cells filled in its priority's colour from the column of its start to
/// the column of its end, a dot in the cells of an action on the critical path, and a gold line
/// after the column of each milestone, whose own row below the table holds a diamond there.
/// Returns the last column written.
fn gantt(
    sh: &mut Sheet,
    report: &Report,
    st: &Styles,
    first_milestone_row: u32,
    legend_row: u32,
) -> Result<u16> {
    let r = &report.roadmap;
    let Some(t) = Timeline::new(r) else {
        return Ok(ROADMAP_COLUMNS.len() as u16 - 1);
    };
    let last = GANTT_FIRST + t.columns - 1;
    sh.ws.set_column_width(GANTT_FIRST - 1, 2.0)?;
    sh.ws
        .set_column_range_width(GANTT_FIRST, last, if t.weeks == 1 { 3.3 } else { 4.0 })?;
    let milestone_columns: BTreeMap<u16, &str> = r
        .milestones
        .iter()
        .map(|m| (t.column(m.date), m.name.as_str()))
        .collect();
    let lang = sh.lang;
    // Month names as the language writes them, whatever the spreadsheet's own locale.
    let week_format = match lang {
        Lang::De => "[$-407]d. mmm yy",
        Lang::En | Lang::Pseudo => "d mmm yy",
    };
    let week = st
        .header
        .clone()
        .set_num_format(week_format)
        .set_rotation(90);
    let milestone_week = week.clone().set_background_color(GOLD).set_font_color(NAVY);
    for i in 0..t.columns {
        let col = GANTT_FIRST + i;
        let format = if milestone_columns.contains_key(&i) {
            &milestone_week
        } else {
            &week
        };
        sh.date(0, col, Some(t.start(i)?), format)?;
    }
    // Rotated dates need the header row about four lines tall.
    sh.need_lines(0, 4);

    let line = Format::new()
        .set_border_right(FormatBorder::MediumDashed)
        .set_border_right_color(GOLD);
    let bars: Vec<[Format; 2]> = [Priority::P1, Priority::P2, Priority::P3]
        .into_iter()
        .map(|p| {
            let bar = Format::new()
                .set_background_color(bar_colour(p))
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_border(FormatBorder::Thin)
                .set_border_color(Color::White);
            [bar.clone(), bar.set_bold().set_font_color(NAVY)]
        })
        .collect();
    for (i, a) in r.actions.iter().enumerate() {
        let row = u32::try_from(i + 1)?;
        let (from, to) = (t.column(a.start), t.column(a.end));
        let bar = &bars[match a.priority {
            Priority::P1 => 0,
            Priority::P2 => 1,
            Priority::P3 => 2,
        }][usize::from(a.critical)];
        for c in 0..t.columns {
            let col = GANTT_FIRST + c;
            if (from..=to).contains(&c) {
                if a.critical {
                    sh.string(row, col, CRITICAL_MARK, bar)?;
                } else {
                    sh.blank(row, col, bar)?;
                }
            } else if milestone_columns.contains_key(&c) {
                sh.blank(row, col, &line)?;
            }
        }
    }
    // Each milestone's row below the table: a diamond in its column.
    let diamond = Format::new()
        .set_background_color(GOLD)
        .set_font_color(NAVY)
        .set_bold()
        .set_align(FormatAlign::Center);
    let label = Format::new().set_italic().set_font_color(0x595959);
    for (k, m) in r.milestones.iter().enumerate() {
        let row = first_milestone_row + u32::try_from(k)?;
        let col = GANTT_FIRST + t.column(m.date);
        sh.string(row, col, MILESTONE_MARK, &diamond)?;
        // Its name to the right, spilling over the empty cells past the area if need be.
        sh.text(row, col + 1, &m.name, &label)?;
    }
    let span = t!(lang, "xlsx-gantt-span", weeks = t.weeks);
    sh.text(
        legend_row + 2,
        GANTT_FIRST,
        &t!(
            lang,
            "xlsx-gantt-legend",
            span = &span,
            critical = CRITICAL_MARK,
            milestone = MILESTONE_MARK
        ),
        &label,
    )?;
    Ok(last)
}

/// The marks of the Gantt area: a critical-path action's cells, a milestone's cell.
pub const CRITICAL_MARK: &str = "●";
pub const MILESTONE_MARK: &str = "◆";
const GOLD: u32 = 0xB8860B;

/// A bar's fill in the Gantt area, by priority (the report's colours for P1, P2, P3).
pub fn bar_colour(p: Priority) -> u32 {
    match p {
        Priority::P1 => 0xE06666,
        Priority::P2 => 0xF6B26B,
        Priority::P3 => 0xFFE599,
    }
}

// ---------------------------------------------------------------------------------------------
// Statement of Applicability
// ---------------------------------------------------------------------------------------------

const SOA_COLUMNS: [(&str, f64); 13] = [
    ("Control", 9.0),
    ("Title", 40.0),
    ("Group", 7.0),
    ("Group title", 30.0),
    ("Applicable", 11.0),
    ("Reason type", 18.0),
    ("Justification", 50.0),
    ("Risks", 10.0),
    ("Implementation", 20.0),
    ("Maturity", 9.0),
    ("Owner", 25.0),
    ("Unanswered", 11.0),
    ("Last evidence", 13.0),
];

/// The messages of the SoA sheet's columns, in the order of [`SOA_COLUMNS`].
const SOA_IDS: [&str; 13] = [
    "report-col-control",
    "report-col-title",
    "xlsx-col-group",
    "xlsx-col-group-title",
    "report-col-applicable",
    "xlsx-col-reason-type",
    "xlsx-col-justification",
    "xlsx-col-risks",
    "report-col-implementation",
    "report-col-maturity",
    "report-col-owner",
    "xlsx-col-unanswered",
    "xlsx-col-last-evidence",
];

fn soa(ws: &mut Worksheet, report: &Report, st: &Styles, w: &Words) -> Result<()> {
    let widths: Vec<f64> = SOA_COLUMNS.iter().map(|(_, w)| *w).collect();
    let mut sh = Sheet::new(ws, st, w.lang, &w.sheets[3], &widths)?;
    sh.header_of(0, 0, &SOA_IDS, &st.header)?;
    for (i, s) in report.soa.iter().enumerate() {
        let row = u32::try_from(i + 1)?;
        sh.text(row, 0, &s.control, &st.text)?;
        sh.wrapped(row, 1, &s.title, &st.wrap)?;
        sh.text(row, 2, &s.group, &st.text)?;
        sh.wrapped(row, 3, &s.group_title, &st.wrap)?;
        sh.text(row, 4, w.yes_no(s.applicable), &st.text)?;
        sh.text(row, 5, &s.reason_type, &st.text)?;
        sh.wrapped(row, 6, &s.justification, &st.wrap)?;
        sh.text(row, 7, &s.risks.join(" "), &st.text)?;
        sh.text(
            row,
            8,
            w.terms.implementation(s.implementation),
            st.implementation(s.implementation),
        )?;
        sh.num(row, 9, s.maturity, &st.score)?;
        sh.wrapped(row, 10, &s.owner, &st.wrap)?;
        sh.count(row, 11, s.unassessed, &st.int)?;
        sh.date(row, 12, s.last_evidence, &st.left_date)?;
    }
    let last_row = u32::try_from(report.soa.len())?;
    let last_col = u16::try_from(widths.len() - 1)?;
    sh.ws.set_freeze_panes(1, 1)?;
    sh.ws.autofilter(0, 0, last_row, last_col)?;
    page_setup(sh.ws, 1, w);
    sh.ws.set_repeat_rows(0, 0)?;
    sh.finish(last_row, last_col)
}

// ---------------------------------------------------------------------------------------------
// Method
// ---------------------------------------------------------------------------------------------

fn engagement(ws: &mut Worksheet, report: &Report, st: &Styles, w: &Words) -> Result<()> {
    let lang = w.lang;
    let label = |id: &str| lang.t(id);
    let mut sh = Sheet::new(ws, st, lang, &w.sheets[4], &[16.0, 34.0, 22.0, 14.0, 40.0])?;
    let mut row = 0;
    sh.text(row, 0, &label("report-heading-engagement"), &st.title)?;
    sh.ws.set_row_height(row, 24)?;
    row += 2;

    sh.text(row, 0, &label("report-heading-sign-off"), &st.heading)?;
    row += 1;
    let c = &report.document_control;
    let mut control = vec![
        ("report-field-report-version", c.report_version.clone()),
        ("report-field-status", report.status_label().to_string()),
        ("report-field-confidentiality", report.confidentiality()),
        ("report-field-distribution", report.distribution()),
    ];
    if let Some(at) = c.finalised_at {
        control.push(("report-field-finalised", timestamp_text(lang, at)));
    }
    if let Some(stamp) = &report.stamp {
        control.push(("report-stamp-label", stamp.clone()));
    }
    for (id, value) in control {
        sh.text(row, 0, &label(id), &st.label)?;
        sh.merged(row, (1, 4), &value, &st.wrap)?;
        row += 1;
    }
    row += 1;
    sh.header_of(
        row,
        0,
        &[
            "",
            "report-col-name",
            "report-col-date",
            "report-col-signature",
        ],
        &st.header,
    )?;
    row += 1;
    for (role, by, on) in report.sign_off() {
        sh.text(row, 0, role, &st.label)?;
        sh.wrapped(row, 1, &by, &st.wrap)?;
        sh.text(row, 2, &on, &st.text)?;
        row += 1;
    }
    row += 1;

    sh.text(row, 0, &label("report-heading-attendees"), &st.heading)?;
    row += 1;
    if report.attendees.is_empty() {
        sh.text(row, 0, &label("report-no-attendees"), &st.plain)?;
        row += 1;
    } else {
        sh.header_of(
            row,
            0,
            &["report-col-ref", "report-col-name", "report-col-role"],
            &st.header,
        )?;
        row += 1;
        for a in &report.attendees {
            sh.text(row, 0, &a.reference(), &st.text)?;
            sh.wrapped(row, 1, &a.name, &st.wrap)?;
            sh.wrapped(row, 2, &a.role, &st.wrap)?;
            row += 1;
        }
    }
    row += 1;

    sh.text(row, 0, &label("report-heading-documents"), &st.heading)?;
    row += 1;
    if report.documents.is_empty() {
        sh.text(row, 0, &label("report-no-documents"), &st.plain)?;
        row += 1;
    } else {
        sh.header_of(
            row,
            0,
            &[
                "report-col-ref",
                "report-col-title",
                "report-col-version",
                "report-col-date",
                "report-col-supports",
            ],
            &st.header,
        )?;
        row += 1;
        for d in &report.documents {
            sh.text(row, 0, &d.reference, &st.text)?;
            sh.wrapped(row, 1, &d.document.title, &st.wrap)?;
            sh.wrapped(row, 2, &d.document.version, &st.wrap)?;
            sh.date(row, 3, d.document.date, &st.left_date)?;
            sh.wrapped(row, 4, &d.answers.join(", "), &st.wrap)?;
            row += 1;
        }
    }
    row += 1;
    sh.text(row, 0, &label("xlsx-heading-ai-systems"), &st.heading)?;
    row += 1;
    if report.systems.is_empty() {
        sh.text(row, 0, &label("xlsx-no-systems"), &st.plain)?;
        row += 1;
    } else {
        sh.header_of(
            row,
            0,
            &[
                "report-col-ref",
                "report-col-name",
                "report-col-ai-roles",
                "report-col-eu-ai-act",
                "report-col-purpose",
            ],
            &st.header,
        )?;
        row += 1;
        for s in &report.systems {
            sh.text(row, 0, &s.reference(), &st.text)?;
            let name = if s.in_scope {
                s.name.clone()
            } else {
                t!(lang, "xlsx-out-of-scope", name = &s.name)
            };
            sh.wrapped(row, 1, &name, &st.wrap)?;
            sh.wrapped(row, 2, &report.roles_text(&s.roles), &st.wrap)?;
            sh.wrapped(row, 3, &s.class.label_in(lang), &st.wrap)?;
            sh.wrapped(row, 4, &s.purpose, &st.wrap)?;
            row += 1;
        }
    }
    row += 1;
    sh.text(row, 0, &label("report-heading-risk-register"), &st.heading)?;
    row += 1;
    if report.risks.is_empty() {
        sh.text(row, 0, &label("xlsx-no-risks"), &st.plain)?;
        row += 1;
    } else {
        sh.header_of(
            row,
            0,
            &[
                "report-col-ref",
                "report-col-title",
                "report-col-risk-level",
                "xlsx-col-roadmap-steps",
                "report-col-treated-by",
            ],
            &st.header,
        )?;
        row += 1;
        for r in &report.risks {
            sh.text(row, 0, &r.reference, &st.text)?;
            sh.wrapped(row, 1, &r.title, &st.wrap)?;
            sh.text(row, 2, w.terms.risk(r.level), &st.text)?;
            let steps: Vec<String> = r.actions.iter().map(usize::to_string).collect();
            sh.wrapped(row, 3, &steps.join(", "), &st.wrap)?;
            sh.wrapped(row, 4, &r.controls.join(", "), &st.wrap)?;
            row += 1;
        }
    }
    // The parking lot's points still open: listed until resolved.
    if !report.open_points.is_empty() {
        row += 1;
        sh.text(row, 0, &label("report-heading-open-points"), &st.heading)?;
        row += 1;
        sh.header_of(
            row,
            0,
            &[
                "report-col-question",
                "report-col-requirement",
                "report-col-follow-up",
                "report-col-parked",
            ],
            &st.header,
        )?;
        row += 1;
        for p in &report.open_points {
            sh.text(row, 0, &p.question_id, &st.text)?;
            sh.wrapped(
                row,
                1,
                format!("{} {}", p.reference, p.requirement_title).trim(),
                &st.wrap,
            )?;
            sh.wrapped(row, 2, &p.text, &st.wrap)?;
            sh.text(row, 3, &p.parked_on_in(lang), &st.text)?;
            row += 1;
        }
    }
    page_setup(sh.ws, 1, w);
    sh.finish(row, 4)
}

fn method_sheet(ws: &mut Worksheet, report: &Report, st: &Styles, w: &Words) -> Result<()> {
    let mut sh = Sheet::new(ws, st, w.lang, &w.sheets[5], &[110.0])?;
    sh.ws.set_screen_gridlines(false);
    let para = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let bullet = para.clone().set_indent(1);
    let mut row = 0;
    sh.text(row, 0, &w.sheets[5], &st.title)?;
    sh.ws.set_row_height(row, 24)?;
    row += 2;
    sh.wrapped(row, 0, &report.labels.disclaimer, &st.disclaimer)?;
    row += 2;
    for part in method::appendix(report) {
        sh.text(row, 0, &part.title, &st.heading)?;
        row += 1;
        for p in &part.paragraphs {
            sh.wrapped(row, 0, p, &para)?;
            row += 1;
        }
        for b in &part.bullets {
            sh.wrapped(row, 0, &format!("• {b}"), &bullet)?;
            row += 1;
        }
        row += 1;
    }
    if !report.labels.copyright.is_empty() {
        sh.wrapped(row, 0, &report.labels.copyright, &st.fine_print)?;
    }
    page_setup(sh.ws, 1, w);
    sh.finish(row, 0)
}

#[cfg(test)]
mod tests {
    use super::lines;
    use proptest::prelude::*;

    /// What textwrap's first-fit wrap at ASCII spaces makes of `text` at `width`: the count
    /// [`lines`] gives without wrapping.
    fn wrapped(text: &str, width: f64) -> usize {
        let per_line = ((width * 1.15f64).floor() as usize).max(1);
        let options = textwrap::Options::new(per_line)
            .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
            .word_separator(textwrap::WordSeparator::AsciiSpace);
        text.split('\n')
            .map(|l| textwrap::wrap(l, &options).len().max(1))
            .sum()
    }

    /// Lines count as wrapping would count them, whatever their characters.
    #[test]
    fn lines_count_as_wrapping_would_count_them() {
        let samples = [
            "",
            "Policy",
            "An AI policy approved by top management and communicated",
            "面向人工智能的管理体系方针已批准",
            "Überprüfung der KI-Folgenabschätzung für alle Systeme",
            "e\u{301}e\u{301}e\u{301} combining accents",
            "🙂🙂🙂🙂🙂🙂🙂🙂 emoji",
            "tab\tseparated\tvalues",
            "  leading and trailing spaces   ",
            "a--b -x- x-y-z self-assessment-based re-evaluation KI-Managementsystem-Leitlinie",
            "Supercalifragilisticexpialidocious-Verfahrensbeschreibung word",
            "ISO/IEC 42001:2023 A.6.2.4 – Verifizierung und Validierung des KI-Systems",
        ];
        for text in samples {
            for width in [1.0, 4.0, 8.0, 12.0, 20.0, 40.0, 80.0] {
                assert_eq!(
                    lines(text, width),
                    wrapped(text, width),
                    "{text:?} at width {width}"
                );
            }
        }
        assert_eq!(lines("one\ntwo\n", 40.0), 3);
    }

    /// What [`super::clean`] finds to clean, a character at a time.
    fn needs_cleaning(text: &str) -> bool {
        text.contains(|c: char| {
            (c < ' ' && c != '\t' && c != '\n') || matches!(c, '\u{FFFE}' | '\u{FFFF}')
        })
    }

    proptest! {
        #[test]
        fn lines_agree_with_wrapping(
            text in "([a-zA-Z0-9äöüß面🙂\u{301}\t.,/-]{0,14}[ ]{0,3}(\n)?){0,16}",
            width in 0.5f64..60.0,
        ) {
            prop_assert_eq!(lines(&text, width), wrapped(&text, width));
        }

        #[test]
        fn text_is_cleaned_where_a_character_needs_it(
            text in "[a-z\t\n\r\u{0}-\u{1f}\u{7f}-\u{a0}\u{fffd}-\u{ffff}é🙂]{0,30}"
        ) {
            let cleaned = super::clean(&text);
            prop_assert_eq!(matches!(cleaned, std::borrow::Cow::Owned(_)), needs_cleaning(&text));
            prop_assert!(!needs_cleaning(&cleaned));
        }
    }
}
