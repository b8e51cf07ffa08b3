//! Where the database and questionnaires are, resolved once from flags and environment, and
//! how the store is opened from them: shared by the command line and the screens, so that
//! neither imports the other for it.

use std::path::PathBuf;

use anyhow::{Context as _, Result, anyhow, bail};

use crate::author;
use crate::files;
use crate::i18n::Lang;
use crate::paths::DataDir;
use crate::questionnaire::catalog::Catalog;
use crate::session::Session;
use crate::store::{self, Store};
use crate::t;

/// Where the database and questionnaires are, resolved once from flags and environment.
pub struct Context {
    pub db: PathBuf,
    pub catalog: Catalog,
    /// The data directory, when the database is the default one in it: created by the
    /// first command that creates the database.
    data_dir: Option<PathBuf>,
    /// `--ascii`: the screens draw ASCII only, whatever the locale.
    pub ascii: bool,
    /// The language of the screens and messages: the locale's until the database file is
    /// opened, then its `lang` setting's if it has one (see [`crate::language`]).
    lang: std::cell::Cell<Lang>,
}

impl Context {
    /// `--db`/`AIMSGAP_DB` if given, else the default file in the data directory.
    pub fn new(db: Option<PathBuf>) -> Result<Context> {
        // Temporary files older than this process may be swept; note when it started.
        files::process_start();
        let data = DataDir::default_location();
        let catalog = Catalog::new(data.as_ref().map(DataDir::questionnaires));
        let lang = crate::language::resolve(None).0;
        let (db, data_dir) = match (db, &data) {
            (Some(path), _) => (path, None),
            (None, Some(data)) => (data.database(), Some(data.path().to_path_buf())),
            (None, None) => bail!(t!(lang, "cli-no-home")),
        };
        Ok(Context {
            db,
            catalog,
            data_dir,
            ascii: false,
            lang: std::cell::Cell::new(lang),
        })
    }

    /// The database, which must exist: only the commands that create assessments create it
    /// (see [`Context::store_or_create`]), so that a mistyped path creates nothing.
    pub fn store(&self) -> Result<Store> {
        self.opened(Store::open_existing(&self.db)?)
    }

    /// The database, created (with the data directory, for the default one) if missing.
    pub fn store_or_create(&self) -> Result<Store> {
        self.create_data_dir()?;
        self.opened(Store::open(&self.db)?)
    }

    /// The database for the screens, like [`Context::store_or_create`] but without the store's
    /// guards, which the screens install once their first frame is drawn
    /// ([`Store::open_unguarded`]).
    pub fn store_for_screens(&self) -> Result<Store> {
        self.create_data_dir()?;
        self.opened(Store::open_unguarded(&self.db)?)
    }

    fn create_data_dir(&self) -> Result<()> {
        if let Some(dir) = &self.data_dir {
            store::create_private_dir(dir).with_context(|| {
                t!(
                    self.lang(),
                    "cli-no-data-dir",
                    dir = &dir.display().to_string()
                )
            })?;
        }
        Ok(())
    }

    fn opened(&self, mut store: Store) -> Result<Store> {
        if let Some(copy) = store.upgrade_backup() {
            std::eprintln!(
                "{}",
                crate::printable::printable(&t!(
                    self.lang(),
                    "cli-upgraded",
                    db = &self.db.display().to_string(),
                    copy = &copy.display().to_string()
                ))
            );
        }
        // Every change made through this file is recorded with who made it.
        let setting = store.setting(author::USER_SETTING)?;
        let (name, _) = author::resolve(setting.as_deref()).map_err(|e| anyhow!(e))?;
        store.set_author(&name);
        let setting = store.setting(crate::language::LANG_SETTING)?;
        self.lang
            .set(crate::language::resolve(setting.as_deref()).0);
        Ok(store)
    }

    /// The language of the screens and the command line's messages (see
    /// [`crate::language`]): the file's setting once the database is open, else the locale.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn session(&self, store: &Store, id: i64) -> Result<Session> {
        Ok(Session::open(store, &self.catalog, id)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The language of the messages is the locale's until the file is open, then the file's
    /// setting when it has one.
    #[test]
    fn the_files_language_setting_counts_once_the_file_is_open() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("lang.db");
        let cx = Context::new(Some(path.clone())).unwrap();
        let locale = crate::language::resolve(None).0;
        assert_eq!(cx.lang(), locale);
        cx.store_or_create().unwrap();
        assert_eq!(cx.lang(), locale, "no setting: still the locale");
        for (setting, lang) in [("de", Lang::De), ("en", Lang::En)] {
            Store::open(&path)
                .unwrap()
                .set_setting(crate::language::LANG_SETTING, setting)
                .unwrap();
            let cx = Context::new(Some(path.clone())).unwrap();
            cx.store().unwrap();
            assert_eq!(cx.lang(), lang);
        }
    }
}
