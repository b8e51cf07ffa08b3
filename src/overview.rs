//! The assessments with their overall figures, as the home screen and `aimsgap list` show
//! them, at a cost that does not grow with the answers in the file.
//!
//! Scoring an assessment takes its questionnaire (parsed: milliseconds) and its answers; done
//! for every assessment each time the list is shown, that made a file with years of
//! assessments slow to open and delayed the first frame even with one. So the figures are
//! saved in the store with what they were computed from: the questionnaire's hash and the
//! target. Writing an answer drops them in its own transaction. Listing checks the two —
//! for a built-in questionnaire without parsing it — and scores again, from the responses
//! alone, only the assessments whose figures are gone or no longer hold, then saves them.

use std::collections::HashMap;
use std::path::Path;

use crate::questionnaire::Questionnaire;
use crate::questionnaire::catalog::{Catalog, built_in, built_in_hash};
use crate::scoring::{overall, ratio};
use crate::session::{Session, resolve};
use crate::store::{SavedFigures, Store, StoreError, Summary};

/// One assessment as listed.
#[derive(Debug, Clone)]
pub struct Listed {
    pub assessment: Summary,
    /// Its figures, or why they cannot be computed (its questionnaire cannot be found, or
    /// the assessment is damaged: see `Summary::damaged`).
    pub figures: Result<Overall, String>,
}

/// The overall figures of an assessment (see `scoring::Figures`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overall {
    pub questions: usize,
    pub applicable: usize,
    pub answered: usize,
    pub ready: usize,
}

impl Overall {
    pub fn coverage(&self) -> Option<f64> {
        ratio(self.answered, self.applicable)
    }

    pub fn readiness(&self) -> Option<f64> {
        ratio(self.ready, self.applicable)
    }
}

impl From<&SavedFigures> for Overall {
    fn from(f: &SavedFigures) -> Self {
        Overall {
            questions: f.questions,
            applicable: f.applicable,
            answered: f.answered,
            ready: f.ready,
        }
    }
}

/// Every assessment, newest first, with its figures. Figures that no longer hold are computed
/// again and saved; if saving fails (another program holds the file) they are computed again
/// next time, nothing else.
pub fn list(store: &mut Store, catalog: &Catalog) -> Result<Vec<Listed>, StoreError> {
    let mut questionnaires = Questionnaires::new(catalog);
    let mut fresh = Vec::new();
    let mut out = Vec::new();
    for mut assessment in store.summaries()? {
        let saved = assessment.figures.take();
        if let Some(why) = &assessment.damaged {
            out.push(Listed {
                figures: Err(format!("damaged: {why}")),
                assessment,
            });
            continue;
        }
        let holds = saved.as_ref().is_some_and(|f| {
            f.target == assessment.target
                && questionnaires
                    .hash(store, &assessment)
                    .is_ok_and(|h| h == f.questionnaire_hash)
        });
        let figures = match saved {
            Some(f) if holds => {
                assessment.updated_at = assessment.updated_at.max(f.last_change);
                Ok(Overall::from(&f))
            }
            _ => match figures_now(store, &mut questionnaires, &assessment) {
                Ok(f) => {
                    let overall = Overall::from(&f);
                    assessment.updated_at = f.last_change;
                    fresh.push((assessment.id, f));
                    Ok(overall)
                }
                Err(why) => {
                    if let Ok((_, Some(at))) = store.last_history_entry(assessment.id) {
                        assessment.updated_at = assessment.updated_at.max(at);
                    }
                    Err(why)
                }
            },
        };
        out.push(Listed {
            assessment,
            figures,
        });
    }
    if !fresh.is_empty() {
        // A cache: when it cannot be written, the figures are only computed again next time.
        let _ = store.save_figures(&fresh);
    }
    Ok(out)
}

/// Saves the figures of the assessment open in `session`, as its answers stand in the store:
/// called when leaving it, so that the next list need not score it again.
pub fn remember(store: &mut Store, session: &Session) -> Result<(), StoreError> {
    let id = session.assessment.id;
    // The last history entry is read before the responses: an answer written in between
    // comes after it, and the store then declines to save these figures.
    let (history_seq, _) = store.last_history_entry(id)?;
    let assessment = store.assessment(id)?;
    let responses = store.responses(id)?;
    let f = overall(&session.questionnaire, &responses, assessment.target);
    store.save_figures(&[(
        id,
        SavedFigures {
            questionnaire_hash: session.questionnaire.hash.clone(),
            target: assessment.target,
            history_seq,
            last_change: assessment.updated_at,
            questions: f.questions,
            applicable: f.applicable,
            answered: f.answered,
            ready: f.ready,
        },
    )])
}

/// Scores an assessment from its responses, for saving.
fn figures_now(
    store: &Store,
    questionnaires: &mut Questionnaires,
    a: &Summary,
) -> Result<SavedFigures, String> {
    let q = questionnaires.get(store, a)?;
    // As in `remember`: the last entry first, then the responses.
    let (history_seq, answered_at) = store.last_history_entry(a.id).map_err(|e| e.to_string())?;
    let responses = store.responses(a.id).map_err(|e| e.to_string())?;
    let f = overall(q, &responses, a.target);
    Ok(SavedFigures {
        questionnaire_hash: q.hash.clone(),
        target: a.target,
        history_seq,
        last_change: answered_at.map_or(a.updated_at, |at| at.max(a.updated_at)),
        questions: f.questions,
        applicable: f.applicable,
        answered: f.answered,
        ready: f.ready,
    })
}

/// The questionnaires of the assessments being listed, each found once.
pub struct Questionnaires<'c> {
    catalog: &'c Catalog,
    /// Whether the user's directory holds questionnaire files; read once.
    user_files: Option<bool>,
    /// Found the long way, by (file, id, hash at creation).
    found: HashMap<(Option<String>, String, String), Result<Questionnaire, String>>,
}

impl<'c> Questionnaires<'c> {
    pub fn new(catalog: &'c Catalog) -> Self {
        Questionnaires {
            catalog,
            user_files: None,
            found: HashMap::new(),
        }
    }

    /// True when `a` opens with the built-in questionnaire of its id, if there is one: it
    /// names no file that still exists, and no file in the user's directory can take the
    /// built-in one's place (the order of `session::resolve`).
    fn built_in_applies(&mut self, a: &Summary) -> bool {
        let no_file = a
            .questionnaire_path
            .as_deref()
            .is_none_or(|p| !Path::new(p).exists());
        let catalog = self.catalog;
        no_file
            && !*self
                .user_files
                .get_or_insert_with(|| catalog.has_user_files())
    }

    /// The hash of the questionnaire `a` opens with now; for a built-in one without parsing.
    pub fn hash(&mut self, store: &Store, a: &Summary) -> Result<String, String> {
        if self.built_in_applies(a)
            && let Some(hash) = built_in_hash(&a.questionnaire.id)
        {
            return Ok(hash.to_string());
        }
        self.get(store, a).map(|q| q.hash.clone())
    }

    /// The questionnaire `a` opens with now.
    pub fn get(&mut self, store: &Store, a: &Summary) -> Result<&Questionnaire, String> {
        if self.built_in_applies(a)
            && let Some(q) = built_in(&a.questionnaire.id)
        {
            return Ok(q);
        }
        let key = (
            a.questionnaire_path.clone(),
            a.questionnaire.id.clone(),
            a.questionnaire.hash.clone(),
        );
        let catalog = self.catalog;
        self.found
            .entry(key)
            .or_insert_with(|| {
                let a = store.assessment(a.id).map_err(|e| e.to_string())?;
                resolve(store, catalog, &a)
                    .map(|(q, _)| q)
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

#[cfg(test)]
mod tests {
    //! The figures listed are the scorecard's, and are computed again whenever what they came
    //! from has changed (an answer, the target, the questionnaire); the home screen draws
    //! only the rows that fit. (Here rather than in tests/, so as not to link one more test
    //! binary.)

    use std::fs;
    use std::path::Path;

    use jiff::civil::date;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{
        Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers,
    };
    use rusqlite::Connection;
    use tempfile::TempDir;

    use super::*;
    use crate::assessment::{Answer, NewAssessment, Response};
    use crate::questionnaire::catalog;
    use crate::tui::app::App;
    use crate::tui::keymap::Keymap;
    use crate::tui::theme::Theme;

    const MINIMAL: &str = include_str!("../tests/fixtures/questionnaires/valid/minimal.toml");

    fn new(org: &str) -> NewAssessment {
        NewAssessment::new(org, date(2026, 5, 4))
    }

    /// Every listed assessment's figures are its scorecard's.
    fn assert_as_scored(store: &Store, catalog: &Catalog, listed: &[Listed]) {
        for l in listed {
            let id = l.assessment.id;
            let card = Session::open(store, catalog, id).unwrap().scorecard().all;
            let f = l.figures.as_ref().unwrap();
            assert_eq!(
                (f.questions, f.applicable, f.answered, f.ready),
                (card.questions, card.applicable, card.answered, card.ready),
                "assessment {id}"
            );
            assert_eq!(f.coverage(), card.coverage);
            assert_eq!(f.readiness(), card.readiness);
        }
    }

    /// (questionnaire hash, last history entry) saved for an assessment, read behind the
    /// store's back.
    fn saved(db: &Path, id: i64) -> Option<(String, i64)> {
        let conn = Connection::open(db).unwrap();
        conn.query_row(
            "SELECT questionnaire_hash, history_seq FROM assessment_figures
             WHERE assessment_id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .ok()
    }

    #[test]
    fn listed_figures_are_the_scorecards_and_follow_answers_and_target() {
        let dir = TempDir::new().unwrap();
        let db = dir.path().join("a.db");
        let mut store = Store::open(&db).unwrap();
        let catalog = Catalog::new(None);
        let iso = built_in("iso42001").unwrap();
        let demo = crate::demo::create(&mut store, iso, date(2026, 5, 4)).unwrap();
        let empty = store
            .create_assessment(&new("Empty Ltd"), iso, None)
            .unwrap();

        let first = list(&mut store, &catalog).unwrap();
        assert_eq!(first.len(), 2);
        assert_as_scored(&store, &catalog, &first);
        assert!(saved(&db, demo).is_some() && saved(&db, empty).is_some());
        // Listed again from what was saved: the same.
        let again = list(&mut store, &catalog).unwrap();
        assert_as_scored(&store, &catalog, &again);

        // An answer drops the figures saved before it, and they are computed again.
        let question = iso.questions().next().unwrap().question.id.clone();
        assert_eq!(saved(&db, empty).unwrap().1, 0);
        store
            .set_answer(empty, &question, &Answer::with_maturity(4))
            .unwrap();
        assert_eq!(saved(&db, empty), None);
        assert!(
            saved(&db, demo).is_some(),
            "another assessment's figures stay"
        );
        let after = list(&mut store, &catalog).unwrap();
        assert_eq!(saved(&db, empty).unwrap().1, 1);
        assert_as_scored(&store, &catalog, &after);
        let row = after.iter().find(|l| l.assessment.id == empty).unwrap();
        assert_eq!(row.figures.as_ref().unwrap().answered, 1);

        // So does a new target.
        let mut a = store.assessment(demo).unwrap();
        let before = list(&mut store, &catalog).unwrap();
        let ready_at_3 = before
            .iter()
            .find(|l| l.assessment.id == demo)
            .map(|l| l.figures.as_ref().unwrap().ready)
            .unwrap();
        a.target = 1;
        let fields = NewAssessment {
            target: 1,
            ..new(&a.organisation)
        };
        store.update_assessment(demo, &fields).unwrap();
        let lowered = list(&mut store, &catalog).unwrap();
        assert_as_scored(&store, &catalog, &lowered);
        let ready_at_1 = lowered
            .iter()
            .find(|l| l.assessment.id == demo)
            .map(|l| l.figures.as_ref().unwrap().ready)
            .unwrap();
        assert!(ready_at_1 > ready_at_3, "{ready_at_1} > {ready_at_3}");
    }

    #[test]
    fn listed_figures_follow_the_questionnaire_file_and_the_user_directory() {
        let dir = TempDir::new().unwrap();
        let db = dir.path().join("a.db");
        let file = dir.path().join("minimal.toml");
        fs::write(&file, MINIMAL).unwrap();
        let q1 = catalog::load_file(&file).unwrap();
        let mut store = Store::open(&db).unwrap();
        let catalog = Catalog::new(None);
        let id = store
            .create_assessment(&new("File Ltd"), &q1, Some(file.to_str().unwrap()))
            .unwrap();
        store
            .set_answer(id, "1.1-a", &Answer::with_maturity(1))
            .unwrap();
        store
            .set_answer(id, "B.1-a", &Answer::with_maturity(0))
            .unwrap();
        let listed = list(&mut store, &catalog).unwrap();
        assert_eq!(listed[0].figures.as_ref().unwrap().answered, 2);

        // The file changes under it: its renamed question's answer no longer counts.
        fs::write(&file, MINIMAL.replace("id = \"B.1-a\"", "id = \"B.1-b\"")).unwrap();
        let listed = list(&mut store, &catalog).unwrap();
        assert_as_scored(&store, &catalog, &listed);
        assert_eq!(listed[0].figures.as_ref().unwrap().answered, 1);

        // The file goes: the copy stored at creation counts again.
        fs::remove_file(&file).unwrap();
        let listed = list(&mut store, &catalog).unwrap();
        assert_as_scored(&store, &catalog, &listed);
        assert_eq!(listed[0].figures.as_ref().unwrap().answered, 2);
        assert_eq!(saved(&db, id).unwrap().0, q1.hash);

        // A built-in assessment, then a file in the user's directory that takes the built-in
        // questionnaire's place: listed against that file from then on.
        let iso = built_in("iso42001").unwrap();
        let builtin = store
            .create_assessment(&new("Built Ltd"), iso, None)
            .unwrap();
        list(&mut store, &catalog).unwrap();
        assert_eq!(saved(&db, builtin).unwrap().0, iso.hash);
        let user = dir.path().join("questionnaires");
        fs::create_dir(&user).unwrap();
        let edition =
            catalog::built_in_source("iso42001").unwrap().to_string() + "\n# Our own edition.\n";
        fs::write(user.join("ours.toml"), &edition).unwrap();
        let ours = Catalog::new(Some(user));
        let listed = list(&mut store, &ours).unwrap();
        assert_as_scored(&store, &ours, &listed);
        let hash = saved(&db, builtin).unwrap().0;
        assert_ne!(hash, iso.hash);
        assert_eq!(
            hash,
            catalog::load_file(&dir.path().join("questionnaires/ours.toml"))
                .unwrap()
                .hash
        );
    }

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    fn app(store: Store) -> App {
        App::new(
            store,
            Catalog::new(None),
            Keymap::default(),
            Theme {
                color: true,
                presenter: false,
                ..Theme::default()
            },
            date(2026, 11, 23),
        )
    }

    fn screen(app: &mut App, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| app.render(f)).unwrap();
        let buf = terminal.backend().buffer().clone();
        let mut out = String::new();
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                out.push_str(buf[(x, y)].symbol());
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn the_home_screen_draws_the_rows_that_fit_and_scrolls_to_the_selection() {
        let mut store = Store::open_in_memory().unwrap();
        let iso = built_in("iso42001").unwrap();
        for n in 1..=60 {
            store
                .create_assessment(&new(&format!("Client {n:02} Ltd")), iso, None)
                .unwrap();
        }
        let mut app = app(store);
        assert_eq!(app.home.rows.len(), 60);
        // Same date for all: newest id first.
        let top = screen(&mut app, 80, 24);
        assert!(
            top.contains("Client 60 Ltd") && !top.contains("Client 01 Ltd"),
            "{top}"
        );
        app.handle_event(key(KeyCode::End));
        assert_eq!(app.home.selected, 59);
        let bottom = screen(&mut app, 80, 24);
        assert!(
            bottom.contains("Client 01 Ltd") && !bottom.contains("Client 60 Ltd"),
            "{bottom}"
        );
        // Going up one row at a time keeps the view still until the selection leaves it.
        for _ in 0..5 {
            app.handle_event(key(KeyCode::Up));
        }
        let up = screen(&mut app, 80, 24);
        assert!(up.contains("Client 01 Ltd"), "{up}");
        app.handle_event(key(KeyCode::Home));
        let again = screen(&mut app, 80, 24);
        assert_eq!(again, top);
    }

    /// A file with one empty assessment of "Acme Ltd" on the built-in questionnaire.
    fn acme() -> (TempDir, std::path::PathBuf, Store, i64) {
        let dir = TempDir::new().unwrap();
        let db = dir.path().join("a.db");
        let mut store = Store::open(&db).unwrap();
        let iso = built_in("iso42001").unwrap();
        let id = store
            .create_assessment(&new("Acme Ltd"), iso, None)
            .unwrap();
        (dir, db, store, id)
    }

    #[test]
    fn leaving_the_workshop_saves_the_figures_of_the_assessment() {
        let (_dir, db, store, id) = acme();
        let iso = built_in("iso42001").unwrap();
        let mut app = app(store);
        app.open_assessment(id).unwrap();
        app.handle_event(key(KeyCode::Char('3')));
        let open = app.open.as_ref().unwrap();
        assert_eq!(open.session.scorecard().all.answered, 1);
        let (seq, answered_at) = app.store.last_history_entry(id).unwrap();
        assert_eq!(seq, 1);
        app.handle_event(key(KeyCode::Char('q')));
        assert!(app.quit);
        assert_eq!(saved(&db, id).unwrap(), (iso.hash.clone(), 1));
        // The assessment reads as changed when its answer was.
        assert_eq!(
            Some(app.store.assessment(id).unwrap().updated_at),
            answered_at
        );
        let listed = list(&mut app.store, &Catalog::new(None)).unwrap();
        assert_eq!(listed[0].figures.as_ref().unwrap().answered, 1);
        assert!(matches!(
            app.store
                .answer(id, &iso.questions().next().unwrap().question.id)
                .unwrap()
                .response,
            Response::Maturity { level: 3 }
        ));
    }

    #[test]
    fn figures_computed_before_an_answer_are_not_saved_after_it() {
        // Another window answers between a list reading the responses and saving what it
        // scored from them: the stale figures must not be kept as if they held.
        let (_dir, db, mut store, id) = acme();
        let iso = built_in("iso42001").unwrap();
        let catalog = Catalog::new(None);
        let summary = store.summaries().unwrap().remove(0);
        let stale = figures_now(&store, &mut Questionnaires::new(&catalog), &summary).unwrap();
        assert_eq!((stale.history_seq, stale.answered), (0, 0));
        let question = iso.questions().next().unwrap().question.id.clone();
        let mut other = Store::open(&db).unwrap();
        other
            .set_answer(id, &question, &Answer::with_maturity(2))
            .unwrap();
        store.save_figures(&[(id, stale)]).unwrap();
        assert_eq!(saved(&db, id), None);
        let listed = list(&mut store, &catalog).unwrap();
        assert_eq!(listed[0].figures.as_ref().unwrap().answered, 1);
        assert_eq!(saved(&db, id).unwrap().1, 1);
        // The list shows the assessment as changed when the answer was.
        let (_, at) = store.last_history_entry(id).unwrap();
        assert_eq!(Some(listed[0].assessment.updated_at), at);
    }
}
