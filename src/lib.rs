//! aimsgap: an offline ISO/IEC 42001 gap analysis in the terminal.
//!
//! The pure core — [`questionnaire`], [`assessment`], [`scoring`] — knows nothing of terminals
//! or SQL. [`store`] is the only module that speaks SQL.

pub mod assessment;
pub mod author;
pub mod calibration;
pub mod changes;
pub mod check;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod context;
pub mod demo;
pub mod engagement;
pub mod files;
pub mod i18n;
pub mod iso27001;
pub mod language;
pub mod merge;
pub mod navigate;
pub mod overview;
pub mod paths;
pub mod printable;
pub mod progress;
pub mod questionnaire;
pub mod report;
pub mod roadmap;
pub mod scoring;
pub mod session;
pub mod soa;
pub mod store;
pub mod survey;
pub mod systems;
pub mod tui;
