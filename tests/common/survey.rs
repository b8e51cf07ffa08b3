//! Fills in a survey workbook as a client would: writes values into its cells, in the sheet
//! XML of the file `aimsgap survey` wrote, keeping everything else as it is.
#![allow(dead_code)]

use std::io::{Cursor, Read, Write};

/// The part of the workbook that holds the Self-assessment sheet (the second sheet).
pub const SHEET_PART: &str = "xl/worksheets/sheet2.xml";
/// The hidden About sheet (the third).
pub const ABOUT_PART: &str = "xl/worksheets/sheet3.xml";

/// A value to put in a cell.
pub enum Put<'a> {
    Text(&'a str),
    Number(f64),
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `xml` with the cell `reference` (e.g. "E2", which must be written there already, blank
/// or not) holding `value`, its style kept.
pub fn put_cell(xml: &str, reference: &str, value: &Put) -> String {
    let open = format!("<c r=\"{reference}\"");
    let start = xml
        .find(&open)
        .unwrap_or_else(|| panic!("no cell {reference}"));
    let tag_end = start + xml[start..].find('>').unwrap();
    let self_closing = xml.as_bytes()[tag_end - 1] == b'/';
    let end = if self_closing {
        tag_end + 1
    } else {
        start + xml[start..].find("</c>").unwrap() + 4
    };
    let style = xml[start..tag_end]
        .split_whitespace()
        .find(|a| a.starts_with("s=\""))
        .map(|s| format!(" {}", s.trim_end_matches('/')))
        .unwrap_or_default();
    let cell = match value {
        Put::Text(t) => format!(
            "<c r=\"{reference}\"{style} t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
            escape(t)
        ),
        Put::Number(n) => format!("<c r=\"{reference}\"{style}><v>{n}</v></c>"),
    };
    format!("{}{cell}{}", &xml[..start], &xml[end..])
}

/// The workbook `bytes` with each part named rewritten by `edit`.
pub fn edit_parts(bytes: &[u8], edit: &dyn Fn(&str, String) -> String) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut data = Vec::new();
        part.read_to_end(&mut data).unwrap();
        let data = match String::from_utf8(data) {
            Ok(text) => edit(&name, text).into_bytes(),
            Err(e) => e.into_bytes(),
        };
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The workbook with the Self-assessment sheet's cells set.
pub fn fill(bytes: &[u8], cells: &[(&str, Put)]) -> Vec<u8> {
    edit_parts(bytes, &|name, mut xml| {
        if name == SHEET_PART {
            for (reference, value) in cells {
                xml = put_cell(&xml, reference, value);
            }
        }
        xml
    })
}
