//! CSV exports: questions, roadmap, Statement of Applicability.

use super::Report;

pub fn questions(_report: &Report) -> String {
    String::new()
}

pub fn roadmap(_report: &Report) -> String {
    String::new()
}

pub fn soa(_report: &Report) -> String {
    String::new()
}
