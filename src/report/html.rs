//! HTML gap report: one self-contained file (inline CSS and SVG, no script, nothing fetched).

use super::Report;

pub fn render(_report: &Report) -> String {
    String::new()
}
