//! Where things live on disk: the default database and the user's questionnaire directory.

use std::path::{Path, PathBuf};

/// The environment variable that overrides the default database path.
pub const DB_ENV: &str = "AIMSGAP_DB";

/// The per-user data directory of aimsgap.
#[derive(Debug, Clone)]
pub struct DataDir(PathBuf);

impl DataDir {
    /// The platform's per-user data directory for aimsgap (on Linux
    /// `$XDG_DATA_HOME/aimsgap`, usually `~/.local/share/aimsgap`), if there is a home.
    pub fn default_location() -> Option<DataDir> {
        directories::ProjectDirs::from("", "", "aimsgap")
            .map(|d| DataDir(d.data_dir().to_path_buf()))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    pub fn database(&self) -> PathBuf {
        self.0.join("aimsgap.db")
    }

    pub fn questionnaires(&self) -> PathBuf {
        self.0.join("questionnaires")
    }
}
