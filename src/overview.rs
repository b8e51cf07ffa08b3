//! The assessments with their overall figures, as the home screen and `aimsgap list` show
//! them, at a cost that does not grow with the answers in the file.
//!
//! Scoring an assessment takes its questionnaire (parsed: milliseconds) and its answers; done
//! for every assessment each time the list is shown, that made a file with years of
//! assessments slow to open and delayed the first frame even with one. So the figures are
//! saved in the store with what they were computed from: the questionnaire's hash, the
//! target, and the assessment's `updated_at`, which every answer moves. Listing checks those
//! three — for a built-in questionnaire without parsing it — and scores again, from the
//! responses alone, only the assessments whose figures no longer hold, then saves them.

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
    /// Its figures, or why they cannot be computed (its questionnaire cannot be found).
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
        let holds = saved.as_ref().is_some_and(|f| {
            f.target == assessment.target
                && f.as_of == assessment.updated_at
                && questionnaires
                    .hash(store, &assessment)
                    .is_ok_and(|h| h == f.questionnaire_hash)
        });
        let figures = match saved {
            Some(f) if holds => Ok(Overall::from(&f)),
            _ => match figures_now(store, &mut questionnaires, &assessment) {
                Ok(f) => {
                    let overall = Overall::from(&f);
                    fresh.push((assessment.id, f));
                    Ok(overall)
                }
                Err(why) => Err(why),
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
    // The stamp is read before the responses: an answer written in between moves the stamp
    // past the one saved here, so the figures are recomputed rather than wrongly kept.
    let assessment = store.assessment(id)?;
    let responses = store.responses(id)?;
    let f = overall(&session.questionnaire, &responses, assessment.target);
    store.save_figures(&[(
        id,
        SavedFigures {
            questionnaire_hash: session.questionnaire.hash.clone(),
            target: assessment.target,
            as_of: assessment.updated_at,
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
    let responses = store.responses(a.id).map_err(|e| e.to_string())?;
    let f = overall(q, &responses, a.target);
    Ok(SavedFigures {
        questionnaire_hash: q.hash.clone(),
        target: a.target,
        as_of: a.updated_at,
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
