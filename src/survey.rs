//! The client's self-assessment: a workbook the client fills in before the workshop, read
//! back as a layer of self-ratings kept beside the assessor's answers, never over them.
//!
//! The workbook has three sheets: `Instructions` (how to rate, in our own words),
//! `Self-assessment` (one row per question: its id, requirement, prompt, what each level looks
//! like, a drop-down for the rating and a comment) and a hidden `About` sheet that names the
//! assessment (its UUID) and the questionnaire (id, version, SHA-256) it was made for. The
//! sheets are protected with only the rating and comment cells unlocked, so that the ids and
//! the structure survive the round trip; reading it back checks them anyway and lists every
//! problem as `Sheet!Cell: message`. No terminal and no SQL here.

use std::collections::BTreeMap;
use std::io::{Cursor, Read as _};

use anyhow::{Context as _, Result};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DocProperties, Format, FormatAlign, FormatBorder,
    Formula, ProtectionOptions, Workbook, Worksheet,
};

use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;
use crate::report::defuse_formula;
use crate::t;

/// Sheet names, in workbook order, as an English workbook names them; a workbook in
/// another language names the first two in it ([`sheet_names`]). The hidden About sheet
/// keeps its name in every language.
pub const INSTRUCTIONS: &str = "Instructions";
pub const SHEET: &str = "Self-assessment";
pub const ABOUT: &str = "About";

/// The languages a workbook may be written in, for reading one back.
const LANGS: [Lang; 3] = [Lang::En, Lang::De, Lang::Pseudo];

/// The names of the Instructions and Self-assessment sheets in `lang`.
pub fn sheet_names(lang: Lang) -> (String, String) {
    (
        t!(lang, "xlsx-survey-sheet-instructions"),
        t!(lang, "xlsx-survey-sheet-ratings"),
    )
}

/// What the About sheet's first value says, so that another workbook is told apart.
const FORMAT: &str = "aimsgap self-assessment";
/// Bumped when the workbook's layout changes in a way an older reader would misread.
const FORMAT_VERSION: &str = "1";

/// The largest workbook `survey import` reads: a survey of the built-in catalogue is about
/// 40 kB; a file a thousand times that is not one.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// The most its parts may hold once decompressed, all together, and how many parts: a
/// small file that inflates to gigabytes (a zip bomb) is refused before anything parses it.
pub const MAX_INFLATED_BYTES: u64 = 64 * 1024 * 1024;
pub const MAX_PARTS: usize = 1000;

/// Columns of the Self-assessment sheet (0-based).
const COL_ID: u16 = 0;
const COL_REQUIREMENT: u16 = 1;
const COL_PROMPT: u16 = 2;
const COL_LEVELS: u16 = 3;
const COL_RATING: u16 = 4;
const COL_COMMENT: u16 = 5;
/// The Self-assessment sheet's column headings in `lang`.
fn headers(lang: Lang) -> [String; 6] {
    [
        "xlsx-survey-header-question",
        "xlsx-survey-header-requirement",
        "xlsx-survey-header-prompt",
        "xlsx-survey-header-levels",
        "xlsx-survey-header-rating",
        "xlsx-survey-header-comment",
    ]
    .map(|id| lang.t(id))
}
/// The label of "not applicable" in the drop-down of an English workbook.
pub const NOT_APPLICABLE: &str = "N/A";

/// The label of "not applicable" in the drop-down of a workbook in `lang`.
fn not_applicable(lang: Lang) -> String {
    t!(lang, "xlsx-survey-not-applicable")
}

/// Rows of the About sheet (0-based), value in column B.
const ABOUT_ROWS: [&str; 8] = [
    "Format",
    "Format version",
    "Assessment",
    "Organisation",
    "Questionnaire",
    "Questionnaire version",
    "Questionnaire SHA-256",
    "Questions",
];
const ROW_FORMAT: u32 = 0;
const ROW_VERSION: u32 = 1;
const ROW_ASSESSMENT: u32 = 2;
const ROW_QUESTIONNAIRE: u32 = 4;
const ROW_Q_VERSION: u32 = 5;
const ROW_Q_HASH: u32 = 6;
/// Where the drop-down's labels are kept on the About sheet when they are too long for the
/// drop-down itself (Excel's limit is 255 characters all together).
const ROW_LABELS: u32 = 10;

/// What a survey is for: the assessment and the exact questionnaire text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub assessment_uuid: String,
    pub organisation: String,
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub questionnaire_hash: String,
}

impl Stamp {
    pub fn new(uuid: &str, organisation: &str, q: &Questionnaire) -> Stamp {
        Stamp {
            assessment_uuid: uuid.to_string(),
            organisation: organisation.to_string(),
            questionnaire_id: q.id.clone(),
            questionnaire_version: q.version.clone(),
            questionnaire_hash: q.hash.clone(),
        }
    }
}

/// The client's own rating of one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// Left blank: a comment alone.
    Unrated,
    Level(u8),
    NotApplicable,
}

/// One question of the self-assessment, as the client filled it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfRating {
    pub rating: Rating,
    pub comment: String,
}

impl SelfRating {
    /// The level, when the client gave one.
    pub fn level(&self) -> Option<u8> {
        match self.rating {
            Rating::Level(l) => Some(l),
            _ => None,
        }
    }

    /// The rating in a few characters: "2", "N/A" or "–".
    pub fn short(&self) -> String {
        match self.rating {
            Rating::Level(l) => l.to_string(),
            Rating::NotApplicable => NOT_APPLICABLE.to_string(),
            Rating::Unrated => "–".to_string(),
        }
    }
}

/// The self-assessment of an assessment: the client's rating of each question it rated or
/// commented on, and when it was imported (`None`: never).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SelfAssessment {
    pub imported_at: Option<jiff::Timestamp>,
    pub ratings: BTreeMap<String, SelfRating>,
}

impl SelfAssessment {
    pub fn is_empty(&self) -> bool {
        self.ratings.is_empty()
    }

    pub fn get(&self, question: &str) -> Option<&SelfRating> {
        self.ratings.get(question)
    }
}

/// "1 question", "3 questions".
pub fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// The drop-down's label of a level: "2 – Managed".
pub fn level_label(level: u8, label: &str) -> String {
    format!("{level} – {label}")
}

/// Every choice of the drop-down, the scale's levels then N/A (in `lang`).
fn choices(q: &Questionnaire, lang: Lang) -> Vec<String> {
    q.scale
        .iter()
        .map(|l| level_label(l.level, &clean(&l.label)))
        .chain([not_applicable(lang)])
        .collect()
}

/// Text a cell can hold: no control characters but tab and newline, at most Excel's limit.
fn clean(text: &str) -> String {
    let mut out: String = text
        .chars()
        .map(|c| {
            if (c < ' ' && c != '\t' && c != '\n') || matches!(c, '\u{FFFE}' | '\u{FFFF}') {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    // Excel's limit is in UTF-16 units; the questionnaire's texts are far shorter.
    if out.encode_utf16().count() > crate::report::xlsx::MAX_CELL_LEN {
        let mut units = 0;
        let cut = out
            .char_indices()
            .find(|(_, c)| {
                units += c.len_utf16();
                units > crate::report::xlsx::MAX_CELL_LEN - 1
            })
            .map_or(out.len(), |(i, _)| i);
        out.truncate(cut);
        out.push('…');
    }
    out
}

/// Writes `text` as a string, never as a formula.
fn put(ws: &mut Worksheet, row: u32, col: u16, text: &str, format: &Format) -> Result<()> {
    let text = clean(text);
    if defuse_formula(&text) != text.as_str() {
        ws.write_string_with_format(row, col, &text, &format.clone().set_quote_prefix())?;
    } else {
        ws.write_string_with_format(row, col, &text, format)?;
    }
    Ok(())
}

/// The survey workbook for an assessment, in English.
pub fn workbook(q: &Questionnaire, stamp: &Stamp) -> Result<Vec<u8>> {
    workbook_in(q, stamp, Lang::En)
}

/// The survey workbook for an assessment, its own words in `lang` (the questionnaire's
/// texts are `q`'s: give it in the same language). Its ids and structure are the same in
/// every language, and [`read`] reads a workbook of any.
pub fn workbook_in(q: &Questionnaire, stamp: &Stamp, lang: Lang) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(clean(&t!(
                lang,
                "xlsx-survey-title",
                organisation = &stamp.organisation
            )))
            .set_subject(clean(&t!(
                lang,
                "xlsx-survey-subject",
                standard = &q.labels.standard
            )))
            .set_company(clean(&stamp.organisation))
            .set_comment(t!(
                lang,
                "xlsx-survey-comment",
                version = env!("CARGO_PKG_VERSION")
            ))
            .set_custom_property("aimsgap assessment", stamp.assessment_uuid.as_str())
            .set_custom_property(
                "aimsgap questionnaire",
                format!(
                    "{} {} {}",
                    stamp.questionnaire_id, stamp.questionnaire_version, stamp.questionnaire_hash
                )
                .as_str(),
            ),
    );
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin);
    let bold = Format::new().set_bold().set_align(FormatAlign::Top);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color("D9E2F3")
        .set_border(FormatBorder::Thin);
    let open = wrap.clone().set_unlocked().set_background_color("FFF2CC");
    let protection = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::new()
    };

    let (_, sheet_name) = sheet_names(lang);
    instructions(wb.add_worksheet(), q, stamp, lang, &bold, &wrap)
        .context("writing the Instructions sheet")?;
    let choices = choices(q, lang);
    let joined: usize = choices.iter().map(|c| c.encode_utf16().count() + 1).sum();
    let list_on_about = joined > 255;

    let ws = wb.add_worksheet();
    ws.set_name(&sheet_name)?;
    for (col, (title, width)) in headers(lang)
        .iter()
        .zip([10.0, 28.0, 50.0, 45.0, 18.0, 45.0])
        .enumerate()
    {
        let col = col as u16;
        ws.write_string_with_format(0, col, title, &header)?;
        ws.set_column_width(col, width)?;
    }
    let mut validation = if list_on_about {
        let last = ROW_LABELS + choices.len() as u32;
        DataValidation::new().allow_list_formula(Formula::new(format!(
            "='{ABOUT}'!$B${}:$B${last}",
            ROW_LABELS + 1
        )))
    } else {
        DataValidation::new().allow_list_strings(&choices)?
    };
    validation = validation
        .set_error_title(t!(lang, "xlsx-survey-validation-error-title"))?
        .set_error_message(t!(lang, "xlsx-survey-validation-error"))?
        .set_error_style(DataValidationErrorStyle::Stop)
        .set_input_title(t!(lang, "xlsx-survey-validation-input-title"))?
        .set_input_message(t!(lang, "xlsx-survey-validation-input"))?;
    let mut row = 1u32;
    for qr in q.questions() {
        let question = qr.question;
        put(ws, row, COL_ID, &question.id, &wrap)?;
        put(
            ws,
            row,
            COL_REQUIREMENT,
            &format!("{} {}", qr.requirement.reference, qr.requirement.title),
            &wrap,
        )?;
        put(ws, row, COL_PROMPT, &question.prompt, &wrap)?;
        let levels: Vec<String> = q
            .descriptors(question)
            .iter()
            .map(|(level, text)| format!("{}: {text}", level_label(level.level, &level.label)))
            .collect();
        put(ws, row, COL_LEVELS, &levels.join("\n"), &wrap)?;
        ws.write_blank(row, COL_RATING, &open)?;
        ws.write_blank(row, COL_COMMENT, &open)?;
        // Tall enough for the longer of the level ladder and the prompt.
        let prompt_lines = question.prompt.chars().count().div_ceil(55);
        let lines = levels.len().max(prompt_lines).max(2);
        ws.set_row_height(row, 15.0 * lines as f64)?;
        row += 1;
    }
    if row > 1 {
        ws.add_data_validation(1, COL_RATING, row - 1, COL_RATING, &validation)?;
    }
    ws.set_freeze_panes(1, 1)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    ws.protect_with_options(&protection);

    let about = wb.add_worksheet();
    about.set_name(ABOUT)?;
    let values = [
        FORMAT.to_string(),
        FORMAT_VERSION.to_string(),
        stamp.assessment_uuid.clone(),
        stamp.organisation.clone(),
        stamp.questionnaire_id.clone(),
        stamp.questionnaire_version.clone(),
        stamp.questionnaire_hash.clone(),
        q.question_count().to_string(),
    ];
    let plain = Format::new();
    for (i, (key, value)) in ABOUT_ROWS.iter().zip(values).enumerate() {
        about.write_string(i as u32, 0, *key)?;
        put(about, i as u32, 1, &value, &plain)?;
    }
    about.write_string(ROW_LABELS - 1, 0, "Rating choices")?;
    for (i, choice) in choices.iter().enumerate() {
        put(about, ROW_LABELS + i as u32, 1, choice, &plain)?;
    }
    about.set_column_width(0, 24)?;
    about.set_column_width(1, 70)?;
    about.protect();
    about.set_hidden(true);
    wb.set_zip_compression_level(2);
    wb.save_to_buffer()
        .context("assembling the survey workbook")
}

fn instructions(
    ws: &mut Worksheet,
    q: &Questionnaire,
    stamp: &Stamp,
    lang: Lang,
    bold: &Format,
    wrap: &Format,
) -> Result<()> {
    ws.set_name(sheet_names(lang).0)?;
    ws.set_column_width(0, 14)?;
    ws.set_column_width(1, 22)?;
    ws.set_column_width(2, 80)?;
    let plain = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    put(
        ws,
        0,
        0,
        &t!(
            lang,
            "xlsx-survey-heading",
            organisation = &stamp.organisation
        ),
        &Format::new().set_bold().set_font_size(14),
    )?;
    put(
        ws,
        1,
        0,
        &t!(
            lang,
            "xlsx-survey-questionnaire",
            title = &q.title,
            version = &q.version,
            count = q.question_count()
        ),
        &Format::new(),
    )?;
    let paragraphs = ["why", "how", "na", "unsure", "comments", "keep", "return"].map(|part| {
        (
            lang.t(&format!("xlsx-survey-{part}-title")),
            lang.t(&format!("xlsx-survey-{part}")),
        )
    });
    let mut row = 3;
    for (title, text) in &paragraphs {
        put(ws, row, 0, title, bold)?;
        ws.merge_range(row, 1, row, 2, "", &plain)?;
        put(ws, row, 1, text, &plain)?;
        ws.set_row_height(row, 15.0 * (text.len().div_ceil(95) as f64).max(1.0))?;
        row += 1;
    }
    row += 1;
    put(ws, row, 0, &t!(lang, "xlsx-survey-scale"), bold)?;
    row += 1;
    for (col, id) in [
        "xlsx-survey-scale-level",
        "xlsx-survey-scale-name",
        "xlsx-survey-scale-meaning",
    ]
    .iter()
    .enumerate()
    {
        put(ws, row, col as u16, &lang.t(id), bold)?;
    }
    row += 1;
    for level in &q.scale {
        ws.write_number_with_format(
            row,
            0,
            f64::from(level.level),
            &wrap.clone().set_align(FormatAlign::Center),
        )?;
        put(ws, row, 1, &level.label, wrap)?;
        put(ws, row, 2, &level.description, wrap)?;
        ws.set_row_height(
            row,
            15.0 * (level.description.len().div_ceil(85) as f64).max(1.0),
        )?;
        row += 1;
    }
    put(ws, row, 0, &not_applicable(lang), wrap)?;
    put(
        ws,
        row,
        1,
        &t!(lang, "xlsx-survey-not-applicable-name"),
        wrap,
    )?;
    put(
        ws,
        row,
        2,
        &t!(lang, "xlsx-survey-not-applicable-meaning"),
        wrap,
    )?;
    ws.set_print_fit_to_pages(1, 0);
    ws.protect();
    ws.set_active(true);
    Ok(())
}

/// Why a workbook was not read. Nothing is imported from it.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not a workbook that can be read at all.
    #[error("{0}")]
    Unreadable(String),
    /// Every problem found, each as `Sheet!Cell: message`.
    #[error("{}", .0.join("\n"))]
    Problems(Vec<String>),
}

/// The most problems listed one by one; the rest are counted.
const MAX_PROBLEMS: usize = 200;

/// A cell's reference in A1 notation, e.g. `E7` for row 6, column 4 (both 0-based).
pub fn cell_ref(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

/// A cell's value as read back.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Number(f64),
    /// A value no answer can be (a date, an error, a boolean), in words.
    Other(String),
}

impl Value {
    fn text(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Value::Number(n) => n.to_string(),
            Value::Other(what) => what.clone(),
        }
    }
}

/// The cells of a sheet within `rows` × `cols` (0-based, exclusive), and the first cell with
/// a value outside them. The sheet is read cell by cell: a crafted sheet whose cells lie
/// millions of rows apart costs no memory for the space between.
#[allow(clippy::type_complexity)]
fn cells<RS: std::io::Read + std::io::Seek>(
    xlsx: &mut calamine::Xlsx<RS>,
    sheet: &str,
    rows: u32,
    cols: u32,
    lang: Lang,
) -> Result<(BTreeMap<(u32, u32), Value>, Option<(u32, u32)>), ReadError> {
    use calamine::DataRef;
    let damaged = |e: calamine::XlsxError| {
        ReadError::Unreadable(t!(
            lang,
            "xlsx-survey-sheet-unreadable",
            sheet = sheet,
            error = &e.to_string()
        ))
    };
    let mut reader = xlsx.worksheet_cells_reader(sheet).map_err(damaged)?;
    let mut found = BTreeMap::new();
    let mut outside = None;
    while let Some(cell) = reader.next_cell().map_err(damaged)? {
        let (row, col) = cell.get_position();
        let value = match cell.get_value() {
            DataRef::Empty => continue,
            DataRef::String(s) => Value::Text(s.clone()),
            DataRef::SharedString(s) => Value::Text((*s).to_string()),
            DataRef::Int(i) => Value::Number(*i as f64),
            DataRef::Float(f) => Value::Number(*f),
            DataRef::Bool(b) => {
                Value::Other(t!(lang, "xlsx-survey-value-truth", value = &b.to_string()))
            }
            DataRef::Error(e) => {
                Value::Other(t!(lang, "xlsx-survey-value-error", value = &e.to_string()))
            }
            DataRef::DateTime(_) | DataRef::DateTimeIso(_) | DataRef::DurationIso(_) => {
                Value::Other(t!(lang, "xlsx-survey-value-date"))
            }
        };
        if matches!(&value, Value::Text(t) if t.trim().is_empty()) {
            continue;
        }
        if row < rows && col < cols {
            found.insert((row, col), value);
        } else if outside.is_none_or(|o| (row, col) < o) {
            outside = Some((row, col));
        }
    }
    Ok((found, outside))
}

/// The most different texts a workbook's shared-string table may declare.
const MAX_STRINGS: u64 = 1_000_000;

/// The number of texts a shared-string table declares (its `uniqueCount`), when it says;
/// `u64::MAX` for a number too large to read.
fn declared_strings(head: &[u8]) -> Option<u64> {
    let text = String::from_utf8_lossy(head);
    let at = text.find("uniqueCount")?;
    let rest = text[at + "uniqueCount".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let quote = rest.chars().next()?;
    let value = rest[quote.len_utf8()..].split(quote).next()?;
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    Some(digits.parse().unwrap_or(u64::MAX))
}

/// Refuses, before anything parses it, a file that is not a zip archive or whose parts
/// inflate past [`MAX_INFLATED_BYTES`] or number more than [`MAX_PARTS`], or whose table
/// of texts declares more than [`MAX_STRINGS`]. Each part is inflated as far as the limit,
/// whatever size it claims.
fn check_archive(bytes: &[u8], lang: Lang) -> Result<(), ReadError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        ReadError::Unreadable(t!(lang, "xlsx-survey-not-zip", error = &e.to_string()))
    })?;
    let damaged =
        |e: &dyn std::fmt::Display| t!(lang, "xlsx-survey-damaged", error = &e.to_string());
    if zip.len() > MAX_PARTS {
        return Err(ReadError::Unreadable(t!(
            lang,
            "xlsx-survey-too-many-parts",
            count = &zip.len().to_string(),
            max = &MAX_PARTS.to_string()
        )));
    }
    let mut left = MAX_INFLATED_BYTES;
    for i in 0..zip.len() {
        let part = zip
            .by_index(i)
            .map_err(|e| ReadError::Unreadable(damaged(&e)))?;
        let strings = part
            .name()
            .is_ok_and(|n| n.to_ascii_lowercase().ends_with("sharedstrings.xml"));
        let mut head = Vec::new();
        let mut part = part.take(left + 1);
        if strings {
            // The reader sets room aside for as many strings as the table declares.
            (&mut part)
                .take(4096)
                .read_to_end(&mut head)
                .map_err(|e| ReadError::Unreadable(damaged(&e)))?;
            if let Some(n) = declared_strings(&head)
                && n > MAX_STRINGS
            {
                return Err(ReadError::Unreadable(t!(
                    lang,
                    "xlsx-survey-too-many-texts",
                    count = &n.to_string(),
                    max = &MAX_STRINGS.to_string()
                )));
            }
        }
        let read = head.len() as u64
            + std::io::copy(&mut part, &mut std::io::sink())
                .map_err(|e| ReadError::Unreadable(damaged(&e)))?;
        if read > left {
            return Err(ReadError::Unreadable(t!(
                lang,
                "xlsx-survey-inflates",
                max = &(MAX_INFLATED_BYTES / (1024 * 1024)).to_string()
            )));
        }
        left -= read;
    }
    Ok(())
}

/// Reads a filled-in survey of the assessment `expected` names, taken against `q`: the
/// self-rating of every question the client rated or commented on. Refused with every
/// problem when the workbook is of another assessment or questionnaire text, its structure
/// was changed, or a value is not a level of the scale.
pub fn read(
    bytes: &[u8],
    q: &Questionnaire,
    expected: &Stamp,
) -> Result<BTreeMap<String, SelfRating>, ReadError> {
    read_in(bytes, q, expected, Lang::En)
}

/// [`read`], saying what is wrong in `lang`. The workbook may be written in any language.
pub fn read_in(
    bytes: &[u8],
    q: &Questionnaire,
    expected: &Stamp,
    lang: Lang,
) -> Result<BTreeMap<String, SelfRating>, ReadError> {
    use calamine::Reader as _;
    check_archive(bytes, lang)?;
    let mut xlsx: calamine::Xlsx<_> = calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        ReadError::Unreadable(t!(lang, "xlsx-survey-unreadable", error = &e.to_string()))
    })?;
    let names = xlsx.sheet_names();
    let mut problems = Vec::new();
    let missing = |sheet: &str| {
        t!(
            lang,
            "xlsx-survey-missing-sheet",
            cell = &format!("{sheet}!A1")
        )
    };
    if !names.iter().any(|n| n == ABOUT) {
        problems.push(missing(ABOUT));
    }
    // The Self-assessment sheet, under its name in whichever language wrote it.
    let sheet = LANGS
        .iter()
        .map(|&l| sheet_names(l).1)
        .find(|name| names.iter().any(|n| n == name));
    let sheet = match sheet {
        Some(sheet) => sheet,
        None => {
            problems.push(missing(&sheet_names(lang).1));
            String::new()
        }
    };
    if !problems.is_empty() {
        return Err(ReadError::Problems(problems));
    }

    // The About sheet: what the workbook is for.
    let (about, _) = cells(&mut xlsx, ABOUT, ROW_LABELS, 2, lang)?;
    let at = |row: u32| about.get(&(row, 1)).map(Value::text).unwrap_or_default();
    let place = |row: u32| format!("{ABOUT}!{}", cell_ref(row, 1));
    if at(ROW_FORMAT) != FORMAT {
        return Err(ReadError::Problems(vec![t!(
            lang,
            "xlsx-survey-not-ours",
            cell = &place(ROW_FORMAT)
        )]));
    }
    if at(ROW_VERSION) != FORMAT_VERSION {
        return Err(ReadError::Problems(vec![t!(
            lang,
            "xlsx-survey-layout-version",
            cell = &place(ROW_VERSION),
            found = &at(ROW_VERSION),
            expected = FORMAT_VERSION
        )]));
    }
    if at(ROW_ASSESSMENT) != expected.assessment_uuid {
        problems.push(t!(
            lang,
            "xlsx-survey-other-assessment",
            cell = &place(ROW_ASSESSMENT),
            organisation = &at(ROW_ASSESSMENT + 1),
            uuid = &at(ROW_ASSESSMENT),
            expected = &expected.organisation
        ));
    }
    if at(ROW_QUESTIONNAIRE) != expected.questionnaire_id {
        problems.push(t!(
            lang,
            "xlsx-survey-other-questionnaire",
            cell = &place(ROW_QUESTIONNAIRE),
            found = &at(ROW_QUESTIONNAIRE),
            expected = &expected.questionnaire_id
        ));
    } else if at(ROW_Q_VERSION) != expected.questionnaire_version {
        problems.push(t!(
            lang,
            "xlsx-survey-other-version",
            cell = &place(ROW_Q_VERSION),
            found = &at(ROW_Q_VERSION),
            expected = &expected.questionnaire_version
        ));
    } else if at(ROW_Q_HASH) != expected.questionnaire_hash {
        problems.push(t!(
            lang,
            "xlsx-survey-other-text",
            cell = &place(ROW_Q_HASH),
            questionnaire = &expected.questionnaire_id,
            version = &expected.questionnaire_version
        ));
    }
    if !problems.is_empty() {
        // The rows of another assessment's or questionnaire's workbook say nothing here.
        return Err(ReadError::Problems(problems));
    }

    // The Self-assessment sheet: the header, then one row per question in order.
    let questions: Vec<_> = q.questions().collect();
    let rows = questions.len() as u32 + 1;
    let expected_headers = headers(lang);
    let (cells, outside) = cells(&mut xlsx, &sheet, rows, expected_headers.len() as u32, lang)?;
    let here = |row: u32, col: u16| format!("{sheet}!{}", cell_ref(row, u32::from(col)));
    // The headings of the language the workbook was written in, whichever it was.
    let written: Vec<[String; 6]> = LANGS.iter().map(|&l| headers(l)).collect();
    for (col, title) in expected_headers.iter().enumerate() {
        let found = cells
            .get(&(0, col as u32))
            .map(Value::text)
            .unwrap_or_default();
        if !written.iter().any(|h| h[col] == found) {
            problems.push(t!(
                lang,
                "xlsx-survey-heading-changed",
                cell = &here(0, col as u16),
                expected = title,
                found = &found
            ));
        }
    }
    if let Some((row, col)) = outside
        && row >= rows
    {
        problems.push(t!(
            lang,
            "xlsx-survey-below-last",
            cell = &format!("{sheet}!{}", cell_ref(row, col))
        ));
    }
    let choices = choices(q, lang);
    let listed = t!(
        lang,
        "xlsx-survey-choices",
        first = choices.first().map_or("", String::as_str),
        last = choices.iter().rev().nth(1).map_or("", String::as_str),
        na = &not_applicable(lang)
    );
    // "Not applicable" as a workbook in any language says it, in lower case.
    let not_applicable_words: Vec<String> = LANGS
        .iter()
        .flat_map(|&l| [not_applicable(l), t!(l, "xlsx-survey-not-applicable-name")])
        .map(|na| na.to_lowercase())
        .collect();
    let mut ratings = BTreeMap::new();
    for (i, qr) in questions.iter().enumerate() {
        let row = i as u32 + 1;
        let get = |col: u16| cells.get(&(row, u32::from(col)));
        let id = get(COL_ID).map(Value::text).unwrap_or_default();
        if id != qr.question.id {
            problems.push(t!(
                lang,
                "xlsx-survey-row-changed",
                cell = &here(row, COL_ID),
                question = &qr.question.id,
                found = &id
            ));
            continue;
        }
        let rating = match get(COL_RATING) {
            None => Ok(Rating::Unrated),
            Some(v) => parse_rating(v, q, &not_applicable_words).ok_or_else(|| {
                t!(
                    lang,
                    "xlsx-survey-not-a-rating",
                    cell = &here(row, COL_RATING),
                    found = &crate::printable::fit(&v.text(), 60),
                    choices = &listed
                )
            }),
        };
        let comment = match get(COL_COMMENT) {
            None => Ok(String::new()),
            Some(Value::Other(what)) => Err(t!(
                lang,
                "xlsx-survey-comment-not-text",
                cell = &here(row, COL_COMMENT),
                what = what
            )),
            Some(v) => {
                let text = v.text();
                crate::assessment::check_text("comment", &text)
                    .map(|()| text.trim().to_string())
                    .map_err(|e| format!("{}: {e}", here(row, COL_COMMENT)))
            }
        };
        match (rating, comment) {
            (Ok(rating), Ok(comment)) => {
                if rating != Rating::Unrated || !comment.is_empty() {
                    ratings.insert(qr.question.id.clone(), SelfRating { rating, comment });
                }
            }
            (rating, comment) => problems.extend(rating.err().into_iter().chain(comment.err())),
        }
    }
    if problems.is_empty() {
        return Ok(ratings);
    }
    if problems.len() > MAX_PROBLEMS {
        let more = problems.len() - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
        problems.push(t!(lang, "xlsx-survey-more-problems", count = more));
    }
    Err(ReadError::Problems(problems))
}

/// A rating as the drop-down writes it ("2 – Managed", "N/A") in any language, or as a
/// person may type it: the level's number, its name, "n/a". `None` when it is none of
/// these. A level's label in another language than `q`'s is known by the number leading
/// it ("2 – Gesteuert" in a workbook written in German, read into an English assessment).
fn parse_rating(
    value: &Value,
    q: &Questionnaire,
    not_applicable_words: &[String],
) -> Option<Rating> {
    let level = |n: f64| {
        (n.fract() == 0.0 && n >= 0.0 && n <= f64::from(q.max_level()))
            .then_some(Rating::Level(n as u8))
    };
    match value {
        Value::Number(n) => level(*n),
        Value::Other(_) => None,
        Value::Text(t) => {
            let t = t.trim();
            let lower = t.to_lowercase();
            if ["n/a", "na", "not applicable"]
                .iter()
                .any(|na| t.eq_ignore_ascii_case(na))
                || not_applicable_words.contains(&lower)
            {
                return Some(Rating::NotApplicable);
            }
            if let Ok(n) = t.parse::<u8>() {
                return level(f64::from(n));
            }
            q.scale
                .iter()
                .find_map(|l| {
                    let label = level_label(l.level, &clean(&l.label));
                    let matches = t.eq_ignore_ascii_case(&label)
                        || t.eq_ignore_ascii_case(l.label.trim())
                        || t.eq_ignore_ascii_case(&format!("{} - {}", l.level, l.label.trim()));
                    matches.then_some(Rating::Level(l.level))
                })
                .or_else(|| {
                    let (number, label) = t.split_once(" – ").or_else(|| t.split_once(" - "))?;
                    let n = number.trim().parse::<u8>().ok()?;
                    (!label.trim().is_empty())
                        .then(|| level(f64::from(n)))
                        .flatten()
                })
        }
    }
}

#[cfg(test)]
#[path = "../tests/common/survey.rs"]
mod fill;

#[cfg(test)]
mod tests {
    use super::fill::{ABOUT_PART, Put, edit_parts, fill, put_cell};
    use super::*;
    use crate::questionnaire::catalog::built_in;

    fn iso() -> &'static Questionnaire {
        built_in("iso42001").unwrap()
    }

    fn stamp() -> Stamp {
        Stamp::new("0f8e2c1a-1b2c-4d3e-8f4a-5b6c7d8e9f00", "Northwind", iso())
    }

    fn problems(e: ReadError) -> Vec<String> {
        match e {
            ReadError::Problems(p) => p,
            ReadError::Unreadable(why) => panic!("unreadable: {why}"),
        }
    }

    #[test]
    fn cell_references_are_a1() {
        assert_eq!(cell_ref(0, 0), "A1");
        assert_eq!(cell_ref(6, 4), "E7");
        assert_eq!(cell_ref(0, 25), "Z1");
        assert_eq!(cell_ref(9, 26), "AA10");
        assert_eq!(cell_ref(0, 16383), "XFD1");
    }

    #[test]
    fn a_filled_in_survey_reads_back_as_the_client_rated() {
        let q = iso();
        let blank = workbook(q, &stamp()).unwrap();
        assert!(read(&blank, q, &stamp()).unwrap().is_empty());
        // Rows follow the questionnaire: row 2 is its first question.
        let ids: Vec<_> = q.questions().map(|r| r.question.id.clone()).collect();
        let filled = fill(
            &blank,
            &[
                ("E2", Put::Text("2 – Managed")),
                ("F2", Put::Text("The 2025 context paper")),
                ("E3", Put::Text("N/A")),
                ("E4", Put::Number(4.0)),
                ("F5", Put::Text("=SUM(1) is only text")),
                ("E6", Put::Text("defined")),
            ],
        );
        let read = read(&filled, q, &stamp()).unwrap();
        assert_eq!(read.len(), 5, "{read:?}");
        assert_eq!(
            read[&ids[0]],
            SelfRating {
                rating: Rating::Level(2),
                comment: "The 2025 context paper".into()
            }
        );
        assert_eq!(read[&ids[1]].rating, Rating::NotApplicable);
        assert_eq!(read[&ids[2]].rating, Rating::Level(4));
        assert_eq!(read[&ids[3]].rating, Rating::Unrated);
        assert_eq!(read[&ids[3]].comment, "=SUM(1) is only text");
        assert_eq!(read[&ids[4]].rating, Rating::Level(3));
    }

    #[test]
    fn every_invalid_value_is_listed_with_its_cell() {
        let q = iso();
        let blank = workbook(q, &stamp()).unwrap();
        let filled = fill(
            &blank,
            &[
                ("E2", Put::Text("7 – Excellent")),
                ("E3", Put::Number(2.5)),
                ("E4", Put::Text("2 – Managed")),
                ("A5", Put::Text("9.9-z")),
                ("E9", Put::Number(-1.0)),
            ],
        );
        let p = problems(read(&filled, q, &stamp()).unwrap_err());
        assert_eq!(p.len(), 4, "{p:#?}");
        assert!(p[0].starts_with("Self-assessment!E2: \"7 – Excellent\" is not a rating"));
        assert!(
            p[0].contains("0 – Absent … 5 – Optimising or N/A"),
            "{}",
            p[0]
        );
        assert!(p[1].starts_with("Self-assessment!E3: \"2.5\""), "{}", p[1]);
        assert!(
            p[2].starts_with("Self-assessment!A5: question "),
            "{}",
            p[2]
        );
        assert!(p[2].contains("\"9.9-z\""), "{}", p[2]);
        assert!(p[3].starts_with("Self-assessment!E9: \"-1\""), "{}", p[3]);
    }

    #[test]
    fn a_workbook_of_another_assessment_or_questionnaire_text_is_refused() {
        let q = iso();
        let mut other = stamp();
        other.assessment_uuid = "11111111-2222-4333-8444-555555555555".into();
        other.organisation = "Contoso".into();
        let theirs = fill(&workbook(q, &other).unwrap(), &[("E2", Put::Number(3.0))]);
        let p = problems(read(&theirs, q, &stamp()).unwrap_err());
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with("About!B3: the workbook is for another assessment (of \"Contoso\""),
            "{}",
            p[0]
        );
        let mut later = stamp();
        later.questionnaire_version = "2099.1".into();
        let p = problems(read(&workbook(q, &stamp()).unwrap(), q, &later).unwrap_err());
        assert!(
            p[0].starts_with("About!B6: the workbook was made for version"),
            "{p:?}"
        );
        let mut edited = stamp();
        edited.questionnaire_hash = "0".repeat(64);
        let p = problems(read(&workbook(q, &stamp()).unwrap(), q, &edited).unwrap_err());
        assert!(p[0].starts_with("About!B7: "), "{p:?}");
        // A workbook that is not a survey at all says so.
        let not_ours = edit_parts(&workbook(q, &stamp()).unwrap(), &|name, xml| {
            if name == ABOUT_PART {
                put_cell(&xml, "B1", &Put::Text("something else"))
            } else {
                xml
            }
        });
        let p = problems(read(&not_ours, q, &stamp()).unwrap_err());
        assert!(p[0].starts_with("About!B1: this is not a self-assessment workbook"));
    }

    #[test]
    fn the_sheets_are_protected_with_only_rating_and_comment_open() {
        let bytes = workbook(iso(), &stamp()).unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
        let mut part = |name: &str| {
            let mut s = String::new();
            zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
            s
        };
        let sheet = part("xl/worksheets/sheet2.xml");
        assert!(sheet.contains("<sheetProtection"), "not protected");
        assert!(sheet.contains("<dataValidation type=\"list\""));
        assert!(
            sheet.contains(
                "\"0 – Absent,1 – Initial,2 – Managed,3 – Defined,4 – Measured,5 – Optimising,N/A\""
            ),
            "{}",
            &sheet[sheet.find("<dataValidations").unwrap()..][..400]
        );
        let styles = part("xl/styles.xml");
        // Exactly one cell style is unlocked: the rating and comment cells'.
        assert_eq!(styles.matches("locked=\"0\"").count(), 1, "{styles}");
        let wb = part("xl/workbook.xml");
        assert!(
            wb.contains("name=\"About\" sheetId=\"3\" state=\"hidden\""),
            "{wb}"
        );
        assert!(part("xl/worksheets/sheet3.xml").contains("<sheetProtection"));
    }

    #[test]
    fn a_scale_too_long_for_an_inline_list_takes_its_choices_from_the_about_sheet() {
        let mut q = iso().clone();
        for level in &mut q.scale {
            level.label = format!("{} with a long explanation of what it means", level.label);
        }
        let blank = workbook(&q, &stamp()).unwrap();
        let mut zip = zip::ZipArchive::new(Cursor::new(&blank[..])).unwrap();
        let mut sheet = String::new();
        zip.by_name("xl/worksheets/sheet2.xml")
            .unwrap()
            .read_to_string(&mut sheet)
            .unwrap();
        assert!(
            sheet.contains("<formula1>'About'!$B$11:$B$17</formula1>"),
            "{}",
            &sheet[sheet.find("<dataValidations").unwrap()..][..300]
        );
        let label = level_label(2, &q.scale[2].label);
        let filled = fill(&blank, &[("E2", Put::Text(&label))]);
        let read = read(&filled, &q, &stamp()).unwrap();
        assert_eq!(read.values().next().unwrap().rating, Rating::Level(2));
    }

    /// The questionnaire in `lang` (the German overlay, the pseudo-locale's).
    fn iso_in(lang: Lang) -> Questionnaire {
        crate::questionnaire::catalog::Catalog::new(None)
            .translated(iso(), lang)
            .unwrap()
            .questionnaire
    }

    /// Every text of a workbook a client sees: each cell's string on its visible sheets
    /// (with their names), the drop-down's prompts and choices, and the title and subject.
    fn visible_texts(bytes: &[u8]) -> Vec<String> {
        use calamine::{Data, Reader as _};
        let mut xlsx: calamine::Xlsx<_> = calamine::Xlsx::new(Cursor::new(bytes)).unwrap();
        let mut texts = Vec::new();
        for name in xlsx.sheet_names().into_iter().filter(|n| n != ABOUT) {
            let range = xlsx.worksheet_range(&name).unwrap();
            texts.push(name);
            for (_, _, cell) in range.used_cells() {
                if let Data::String(s) = cell {
                    texts.push(s.clone());
                }
            }
        }
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        for part in ["xl/worksheets/sheet2.xml", "docProps/core.xml"] {
            let mut xml = String::new();
            zip.by_name(part).unwrap().read_to_string(&mut xml).unwrap();
            for attribute in ["promptTitle", "prompt", "errorTitle", "error"] {
                for value in xml.split(&format!(" {attribute}=\"")).skip(1) {
                    texts.push(value.split('"').next().unwrap().to_string());
                }
            }
            for element in ["formula1", "dc:title", "dc:subject"] {
                for value in xml.split(&format!("<{element}>")).skip(1) {
                    texts.push(value.split('<').next().unwrap().to_string());
                }
            }
        }
        texts
    }

    /// A German assessment's workbook speaks German: its sheet names, instructions,
    /// headings, drop-down and prompts; and it reads back, in German and in English.
    #[test]
    fn a_german_survey_is_written_in_german_and_reads_back() {
        let q = iso_in(Lang::De);
        let blank = workbook_in(&q, &stamp(), Lang::De).unwrap();
        let texts = visible_texts(&blank);
        for german in [
            "Anleitung",
            "Selbstbewertung",
            "Selbstbewertung für Northwind",
            "So stufen Sie ein",
            "Die Skala",
            "Bedeutung",
            "Nicht anwendbar",
            "Frage",
            "Anforderung",
            "Ihre Einstufung",
            "Ihr Kommentar",
            "Keine Stufe",
            "Selbstbewertung: Northwind",
        ] {
            assert!(texts.iter().any(|t| t == german), "{german}: {texts:#?}");
        }
        assert!(
            texts.iter().any(|t| t.starts_with("Fragenkatalog: ")
                && t.ends_with(&format!("{} Fragen", q.question_count()))),
            "{texts:#?}"
        );
        assert!(
            texts
                .iter()
                .any(|t| t.contains("Wählen Sie im Blatt „Selbstbewertung“")),
            "{texts:#?}"
        );
        assert!(
            texts
                .iter()
                .any(|t| t.contains("0 – Nicht vorhanden,") && t.contains("entfällt")),
            "{texts:#?}"
        );
        for english in [
            "Instructions",
            "Self-assessment",
            "Your rating",
            "The scale",
            "Not a level",
        ] {
            assert!(!texts.iter().any(|t| t == english), "{english}");
        }

        let ids: Vec<_> = q.questions().map(|r| r.question.id.clone()).collect();
        let filled = fill(
            &blank,
            &[
                ("E2", Put::Text("2 – Gesteuert")),
                ("F2", Put::Text("Kontextpapier 2025")),
                ("E3", Put::Text("entfällt")),
                ("E4", Put::Text("Definiert")),
                ("E5", Put::Text("2 – Managed")),
            ],
        );
        for lang in [Lang::De, Lang::En] {
            let read = read_in(&filled, &q, &stamp(), lang).unwrap();
            assert_eq!(read.len(), 4, "{read:?}");
            assert_eq!(
                read[&ids[0]],
                SelfRating {
                    rating: Rating::Level(2),
                    comment: "Kontextpapier 2025".into()
                }
            );
            assert_eq!(read[&ids[1]].rating, Rating::NotApplicable);
            assert_eq!(read[&ids[2]].rating, Rating::Level(3));
            assert_eq!(read[&ids[3]].rating, Rating::Level(2));
        }
        // An English workbook read into a German assessment.
        let english = fill(
            &workbook(iso(), &stamp()).unwrap(),
            &[("E2", Put::Text("4 – Measured")), ("E3", Put::Text("N/A"))],
        );
        let read = read_in(&english, &q, &stamp(), Lang::De).unwrap();
        assert_eq!(read[&ids[0]].rating, Rating::Level(4));
        assert_eq!(read[&ids[1]].rating, Rating::NotApplicable);

        // What is wrong is said in German, with the cell.
        let wrong = fill(
            &blank,
            &[
                ("E2", Put::Text("7 – Hervorragend")),
                ("A5", Put::Text("9.9-z")),
            ],
        );
        let p = problems(read_in(&wrong, &q, &stamp(), Lang::De).unwrap_err());
        assert_eq!(p.len(), 2, "{p:#?}");
        assert!(
            p[0].starts_with("Selbstbewertung!E2: „7 – Hervorragend“ ist keine Einstufung"),
            "{}",
            p[0]
        );
        assert!(
            p[0].contains("0 – Nicht vorhanden … 5 – Optimierend oder entfällt"),
            "{}",
            p[0]
        );
        assert!(
            p[1].starts_with("Selbstbewertung!A5: Hierher gehört Frage "),
            "{}",
            p[1]
        );
        let mut other = stamp();
        other.assessment_uuid = "11111111-2222-4333-8444-555555555555".into();
        let p = problems(read_in(&blank, &q, &other, Lang::De).unwrap_err());
        assert!(
            p[0].starts_with("About!B3: Die Arbeitsmappe gehört zu einer anderen Bewertung"),
            "{p:?}"
        );
    }

    /// In the pseudo-locale every text of the workbook comes from the catalogue or the
    /// (pseudo-translated) questionnaire: nothing English is left outside the markers.
    #[test]
    fn a_pseudo_survey_has_no_text_outside_the_catalogue() {
        let q = iso_in(Lang::Pseudo);
        let stamp = stamp();
        let blank = workbook_in(&q, &stamp, Lang::Pseudo).unwrap();
        let ids: Vec<String> = q.questions().map(|r| r.question.id.clone()).collect();
        let mut data: Vec<&str> = vec!["Northwind", "aimsgap", "ID", "xlsx"];
        data.extend(ids.iter().map(String::as_str));
        data.extend(q.requirements().map(|(_, r)| r.reference.as_str()));
        let texts = visible_texts(&blank);
        assert!(texts.len() > 500, "{}", texts.len());
        // The check finds English where there is some: in the English workbook.
        let english = visible_texts(&workbook(iso(), &stamp).unwrap());
        for literal in ["Instructions", "Your rating", "Not a level", "The scale"] {
            let found = english.iter().find(|t| t.contains(literal)).unwrap();
            assert!(!crate::i18n::escaped_words(found, &data).is_empty());
        }
        for text in &texts {
            let escaped = crate::i18n::escaped_words(text, &data);
            assert!(escaped.is_empty(), "{escaped:?} in {text:?}");
        }
        // It reads back, and says what is wrong inside the markers.
        let filled = fill(
            &blank,
            &[
                ("E2", Put::Text(&level_label(2, &q.scale[2].label))),
                ("E3", Put::Text(&not_applicable(Lang::Pseudo))),
            ],
        );
        let read = read_in(&filled, &q, &stamp, Lang::Pseudo).unwrap();
        assert_eq!(read[&ids[0]].rating, Rating::Level(2));
        assert_eq!(read[&ids[1]].rating, Rating::NotApplicable);
        let wrong = fill(&blank, &[("E2", Put::Text("7")), ("A3", Put::Text("x"))]);
        let p = problems(read_in(&wrong, &q, &stamp, Lang::Pseudo).unwrap_err());
        assert_eq!(p.len(), 2, "{p:?}");
        for problem in &p {
            let escaped = crate::i18n::escaped_words(problem, &data);
            assert!(escaped.is_empty(), "{escaped:?} in {problem:?}");
        }
    }

    #[test]
    fn a_zip_bomb_is_refused_before_it_is_parsed() {
        // 100 MiB of one repeated byte deflate to about 100 kB.
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        out.start_file("xl/sharedStrings.xml", options).unwrap();
        let chunk = vec![b'a'; 1024 * 1024];
        for _ in 0..100 {
            std::io::Write::write_all(&mut out, &chunk).unwrap();
        }
        let bytes = out.finish().unwrap().into_inner();
        assert!(bytes.len() < 1024 * 1024, "{}", bytes.len());
        match read(&bytes, iso(), &stamp()) {
            Err(ReadError::Unreadable(why)) => {
                assert!(why.contains("inflate to more than 64 MiB"), "{why}")
            }
            other => panic!("{other:?}"),
        }
        match read(b"PK\x03\x04 not really", iso(), &stamp()) {
            Err(ReadError::Unreadable(why)) => assert!(why.contains("not a zip archive"), "{why}"),
            other => panic!("{other:?}"),
        }
    }
}

/// Where the client rates itself above or below the assessor, per section: the report's
/// and the dashboard's "Self-assessment compared".
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Comparison {
    /// When the self-assessment was imported (RFC 3339).
    pub imported_at: Option<String>,
    /// Questions the client gave a level, marked N/A, and commented on.
    pub rated: usize,
    pub not_applicable: usize,
    pub comments: usize,
    /// One row per section with a question both the client and the assessor gave a level,
    /// in questionnaire order.
    pub sections: Vec<ComparisonRow>,
    /// The same over every section.
    pub overall: ComparisonRow,
    /// The questions where the two are [`FAR_APART`] levels or more apart, in questionnaire
    /// order: for the workshop to go through first.
    pub far_apart: Vec<FarApart>,
    /// The language its sentences and headings are written in: the report's.
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

/// Levels apart from which a question is listed for discussion.
pub const FAR_APART: u8 = 2;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ComparisonRow {
    /// The section's id ("4", "A.6"); empty for the overall row.
    pub id: String,
    pub title: String,
    /// Questions both the client and the assessor gave a level.
    pub compared: usize,
    /// The client's mean level over those questions, one decimal (half up).
    pub self_mean: Option<f64>,
    /// The assessor's mean maturity over the same questions, one decimal (half up).
    pub assessor_mean: Option<f64>,
    /// The client's mean minus the assessor's, of the figures as shown: above zero, the
    /// client rates itself higher.
    pub difference: Option<f64>,
    /// Questions the client rated higher, and lower, than the assessor.
    pub higher: usize,
    pub lower: usize,
    /// Questions [`FAR_APART`] levels or more apart.
    pub far_apart: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FarApart {
    pub question: String,
    pub reference: String,
    pub self_level: u8,
    pub assessor_level: u8,
}

impl ComparisonRow {
    fn new(id: &str, title: &str, pairs: &[(u8, u8)]) -> ComparisonRow {
        use crate::scoring::round_half_up;
        let n = pairs.len();
        let mean = |f: fn(&(u8, u8)) -> u8| {
            (n > 0).then(|| {
                round_half_up(
                    pairs.iter().map(|p| f64::from(f(p))).sum::<f64>() / n as f64,
                    1,
                )
            })
        };
        let self_mean = mean(|p| p.0);
        let assessor_mean = mean(|p| p.1);
        ComparisonRow {
            id: id.to_string(),
            title: title.to_string(),
            compared: n,
            self_mean,
            assessor_mean,
            difference: self_mean
                .zip(assessor_mean)
                .map(|(s, a)| round_half_up(s - a, 1)),
            higher: pairs.iter().filter(|(s, a)| s > a).count(),
            lower: pairs.iter().filter(|(s, a)| s < a).count(),
            far_apart: pairs
                .iter()
                .filter(|(s, a)| s.abs_diff(*a) >= FAR_APART)
                .count(),
        }
    }

    /// "higher", "lower" or "the same": how the client rates itself against the assessor.
    pub fn verdict(&self) -> &'static str {
        match self.difference {
            Some(d) if d > 0.0 => "higher",
            Some(d) if d < 0.0 => "lower",
            Some(_) => "the same",
            None => "—",
        }
    }
}

/// The client's self-assessment against the assessor's answers, per section; `None` when no
/// self-assessment was imported. Questions are compared where both gave a level: N/A on
/// either side, or a question either left open, is not compared.
pub fn compare(
    q: &Questionnaire,
    answers: &BTreeMap<String, crate::assessment::Answer>,
    own: &SelfAssessment,
) -> Option<Comparison> {
    use crate::assessment::Response;
    if own.is_empty() {
        return None;
    }
    let mut sections = Vec::new();
    let mut all = Vec::new();
    let mut far_apart = Vec::new();
    for section in &q.sections {
        let mut pairs = Vec::new();
        for requirement in &section.requirements {
            for question in &requirement.questions {
                let client = own.get(&question.id).and_then(SelfRating::level);
                let assessor = match answers.get(&question.id).map(|a| &a.response) {
                    Some(Response::Maturity { level }) => Some(*level),
                    _ => None,
                };
                if let (Some(s), Some(a)) = (client, assessor) {
                    pairs.push((s, a));
                    if s.abs_diff(a) >= FAR_APART {
                        far_apart.push(FarApart {
                            question: question.id.clone(),
                            reference: requirement.reference.clone(),
                            self_level: s,
                            assessor_level: a,
                        });
                    }
                }
            }
        }
        if !pairs.is_empty() {
            sections.push(ComparisonRow::new(
                &section.id,
                &format!("{} {}", section.id, section.title),
                &pairs,
            ));
        }
        all.extend(pairs);
    }
    let ratings = own.ratings.values();
    Some(Comparison {
        imported_at: own.imported_at.map(|t| t.to_string()),
        rated: ratings.clone().filter(|r| r.level().is_some()).count(),
        not_applicable: ratings
            .clone()
            .filter(|r| r.rating == Rating::NotApplicable)
            .count(),
        comments: ratings.filter(|r| !r.comment.is_empty()).count(),
        sections,
        overall: ComparisonRow::new("", "All sections", &all),
        far_apart,
        lang: crate::i18n::Lang::En,
    })
}

impl Comparison {
    pub const HEADING: &'static str = "Self-assessment compared";

    /// The table's headings, as every format writes them.
    pub const COLUMNS: [&'static str; 7] = [
        "Section",
        "Compared",
        "Client's mean",
        "Assessor's mean",
        "Difference",
        "Client higher / lower",
        "2+ levels apart",
    ];

    /// [`Self::HEADING`] in `lang`.
    pub fn heading_in(lang: crate::i18n::Lang) -> String {
        lang.t("report-compare-heading")
    }

    /// [`Self::COLUMNS`] in `lang`.
    pub fn columns_in(lang: crate::i18n::Lang) -> [String; 7] {
        [
            "report-compare-section",
            "report-compare-compared",
            "report-compare-client-mean",
            "report-compare-assessor-mean",
            "report-compare-difference",
            "report-compare-higher-lower",
            "report-compare-apart",
        ]
        .map(|id| lang.t(id))
    }

    /// A row's cells as every format writes them, in the comparison's language (the overall
    /// row named in it, the numbers written as it writes them).
    pub fn row_cells(&self, r: &ComparisonRow) -> [String; 7] {
        use crate::scoring::one_decimal_in;
        let lang = self.lang;
        [
            if r.id.is_empty() {
                lang.t("report-compare-all-sections")
            } else {
                r.title.clone()
            },
            r.compared.to_string(),
            one_decimal_in(lang, r.self_mean),
            one_decimal_in(lang, r.assessor_mean),
            crate::progress::signed_in(lang, r.difference, 1),
            format!("{} / {}", r.higher, r.lower),
            r.far_apart.to_string(),
        ]
    }

    /// "client 4, assessor 1": a question far apart, as every format writes it after its id.
    pub fn levels_apart(&self, f: &FarApart) -> String {
        crate::t!(
            self.lang,
            "report-compare-client-assessor",
            client = &f.self_level.to_string(),
            assessor = &f.assessor_level.to_string()
        )
    }

    /// A row's cells as every format writes them.
    pub fn cells(r: &ComparisonRow) -> [String; 7] {
        use crate::scoring::one_decimal;
        [
            r.title.clone(),
            r.compared.to_string(),
            one_decimal(r.self_mean),
            one_decimal(r.assessor_mean),
            crate::progress::signed(r.difference, 1),
            format!("{} / {}", r.higher, r.lower),
            r.far_apart.to_string(),
        ]
    }

    /// The sentences that open the section, in the comparison's language.
    pub fn summary(&self) -> String {
        use crate::scoring::one_decimal_in;
        let lang = self.lang;
        let o = &self.overall;
        let ratings = match self.imported_at.as_deref().and_then(|t| t.get(..10)) {
            Some(date) => crate::t!(
                lang,
                "report-compare-ratings-imported",
                date = &lang.date_text(date),
                rated = self.rated,
                na = self.not_applicable,
                comments = self.comments
            ),
            None => crate::t!(
                lang,
                "report-compare-ratings",
                rated = self.rated,
                na = self.not_applicable,
                comments = self.comments
            ),
        };
        let overall = match o.difference {
            None => lang.t("report-compare-none"),
            Some(d) => crate::t!(
                lang,
                "report-compare-means",
                compared = o.compared,
                client = &one_decimal_in(lang, o.self_mean),
                assessor = &one_decimal_in(lang, o.assessor_mean),
                verdict = if d > 0.0 {
                    "higher"
                } else if d < 0.0 {
                    "lower"
                } else {
                    "same"
                },
                higher = o.higher,
                lower = o.lower,
                apart = o.far_apart
            ),
        };
        format!("{ratings} {overall}")
    }

    /// [`Self::summary`] in English as it was written before the catalogue: the tests hold the
    /// catalogue's English to it.
    #[cfg(test)]
    fn summary_en(&self) -> String {
        let when = self
            .imported_at
            .as_deref()
            .and_then(|t| t.get(..10))
            .map_or(String::new(), |d| format!(" (imported {d})"));
        let o = &self.overall;
        let overall = match o.difference {
            None => "No question has both the client's level and the assessor's yet.".to_string(),
            Some(_) => format!(
                "Over the {} questions both rated, the client's mean is {} and the assessor's {}: \
                 the client rates itself {} ({} higher, {} lower, {} two levels or more apart).",
                o.compared,
                crate::scoring::one_decimal(o.self_mean),
                crate::scoring::one_decimal(o.assessor_mean),
                o.verdict(),
                o.higher,
                o.lower,
                o.far_apart
            ),
        };
        format!(
            "The client's own ratings{when}: {} rated, {} marked N/A, {}. {overall}",
            count(self.rated, "question"),
            count(self.not_applicable, "question"),
            count(self.comments, "comment")
        )
    }

    /// The row of a section, if it has questions compared.
    pub fn section(&self, id: &str) -> Option<&ComparisonRow> {
        self.sections.iter().find(|r| r.id == id)
    }
}

#[cfg(test)]
mod compare_tests {
    use super::*;
    use crate::assessment::Answer;
    use crate::questionnaire::catalog::built_in;

    #[test]
    fn the_client_is_compared_where_both_gave_a_level_per_section() {
        let q = built_in("iso42001").unwrap();
        let answers: BTreeMap<String, Answer> =
            [("4.1-a", 1), ("4.1-b", 3), ("4.2-a", 2), ("5.1-a", 0)]
                .into_iter()
                .map(|(id, m)| (id.to_string(), Answer::with_maturity(m)))
                .collect();
        let rating = |rating| SelfRating {
            rating,
            comment: String::new(),
        };
        let own = SelfAssessment {
            imported_at: None,
            ratings: [
                ("4.1-a", rating(Rating::Level(4))), // 3 above
                ("4.1-b", rating(Rating::Level(2))), // 1 below
                ("4.2-a", rating(Rating::Level(2))), // the same
                ("4.3-a", rating(Rating::Level(5))), // the assessor has not answered
                ("5.1-a", rating(Rating::NotApplicable)),
            ]
            .into_iter()
            .map(|(id, r)| (id.to_string(), r))
            .collect(),
        };
        let c = compare(q, &answers, &own).unwrap();
        assert_eq!((c.rated, c.not_applicable, c.comments), (4, 1, 0));
        assert_eq!(c.sections.len(), 1, "clause 5 has nothing compared");
        let four = c.section("4").unwrap();
        // Client (4 + 2 + 2) / 3 = 2.7; assessor (1 + 3 + 2) / 3 = 2.0.
        assert_eq!(four.compared, 3);
        assert_eq!(four.self_mean, Some(2.7));
        assert_eq!(four.assessor_mean, Some(2.0));
        assert_eq!(four.difference, Some(0.7));
        assert_eq!((four.higher, four.lower, four.far_apart), (1, 1, 1));
        assert_eq!(four.verdict(), "higher");
        assert_eq!(
            c.far_apart,
            [FarApart {
                question: "4.1-a".into(),
                reference: "4.1".into(),
                self_level: 4,
                assessor_level: 1
            }]
        );
        assert_eq!(c.overall.compared, 3);
        assert_eq!(
            Comparison::cells(four),
            [
                four.title.clone(),
                "3".into(),
                "2.7".into(),
                "2.0".into(),
                "+0.7".into(),
                "1 / 1".into(),
                "1".into()
            ]
        );
        assert!(compare(q, &answers, &SelfAssessment::default()).is_none());
        // The catalogue's English reads as the sentences always did, whatever the counts.
        let four = four.clone();
        let mut c = c;
        for (imported, counts, difference) in [
            (None, (4, 1, 0), Some(0.7)),
            (Some("2026-11-20T10:00:00Z"), (1, 0, 1), Some(0.0)),
            (None, (0, 2, 3), Some(-1.5)),
            (None, (1, 1, 1), None),
        ] {
            c.imported_at = imported.map(str::to_string);
            (c.rated, c.not_applicable, c.comments) = counts;
            c.overall.difference = difference;
            assert_eq!(c.summary(), c.summary_en());
        }
        c.lang = crate::i18n::Lang::De;
        assert!(
            c.summary()
                .starts_with("Die eigenen Einstufungen des Kunden: 1 Frage eingestuft,"),
            "{}",
            c.summary()
        );
        assert_eq!(c.row_cells(&four)[2], "2,7");
    }
}
