//! JSON export: the report model as it is, described by `schema/export.schema.json`.

use super::Report;

pub fn render(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(report).expect("the report model serialises");
    out.push('\n');
    out
}
