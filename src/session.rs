//! An assessment opened for work: its questionnaire found, its answers loaded.
//!
//! The questionnaire is looked up in this order: the file the assessment was created from
//! (if it is still a regular file of at most 4 MiB holding the same questionnaire id: a path
//! stored in a database may name a device or a FIFO, which is never read), the catalogue by id (user directory, then
//! built in), and finally the copy stored in the database when the assessment was created.
//! When the text has changed since, the assessment opens against the current text; answers
//! are matched by question id and those to questions that no longer exist are kept and
//! reported as orphans.

use std::collections::BTreeMap;
use std::path::Path;

use thiserror::Error;

use crate::assessment::{Answer, Assessment};
use crate::engagement::Engagement;
use crate::i18n::Lang;
use crate::questionnaire::catalog::{self, Catalog};
use crate::questionnaire::{LoadError, Questionnaire, load_str};
use crate::roadmap;
use crate::scoring::{self, Scorecard};
use crate::store::{Store, StoreError};

/// Where the questionnaire of an open assessment came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The file or catalogue entry, as now.
    Current(catalog::Origin),
    /// The copy stored in the database when the assessment was created.
    StoredCopy,
}

#[derive(Debug)]
pub struct Session {
    pub assessment: Assessment,
    pub questionnaire: Questionnaire,
    pub source: Source,
    /// Every stored answer, by question id, including orphans.
    pub answers: BTreeMap<String, Answer>,
    /// Stated reasons for including annex controls in the SoA, by control.
    pub inclusions: BTreeMap<String, crate::soa::Inclusion>,
    /// Attendees, documents reviewed, document control and sign-off, events.
    pub engagement: Engagement,
    /// The assessment a re-assessment was copied from, as its report compares: the
    /// "Progress since" section. None when it was not copied or the earlier one is gone.
    pub previous: Option<Box<crate::progress::Snapshot>>,
    /// The client's self-assessment (`aimsgap survey import`), beside the answers.
    pub self_assessment: crate::survey::SelfAssessment,
    /// The conflicts merges found and nobody resolved yet, by question and field.
    pub conflicts: Vec<crate::store::OpenConflict>,
    /// The language of the questionnaire's texts here and of the reports built from this
    /// session: the assessment's, unless [`Session::open_in`] chose another (`export
    /// --lang`).
    pub lang: Lang,
    /// What to tell the user when the questionnaire's texts are not all in [`Session::lang`]:
    /// no translation of it, texts missing from it, or one that does not read.
    pub language_notice: Option<String>,
}

#[derive(Debug, Error)]
pub enum OpenError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(
        "assessment {id} was taken against questionnaire \"{questionnaire}\", which cannot be found and has no stored copy"
    )]
    NoQuestionnaire { id: i64, questionnaire: String },
    #[error("the stored copy of questionnaire \"{0}\" no longer loads:\n{1}")]
    BadCopy(String, LoadError),
}

impl OpenError {
    /// Why the assessment does not open, in `lang` (area `store`: the command line and the
    /// screens both say it); in English the same text as [`Display`](std::fmt::Display).
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            _ if lang == Lang::En => self.to_string(),
            OpenError::Store(e) => e.message_in(lang),
            OpenError::NoQuestionnaire { id, questionnaire } => crate::t!(
                lang,
                "store-open-no-questionnaire",
                id = &id.to_string(),
                questionnaire = questionnaire
            ),
            OpenError::BadCopy(questionnaire, why) => crate::t!(
                lang,
                "store-open-bad-copy",
                questionnaire = questionnaire,
                why = &why.message_in(lang)
            ),
        }
    }
}

impl Session {
    /// The assessment, its questionnaire in the assessment's language.
    pub fn open(store: &Store, catalog: &Catalog, id: i64) -> Result<Session, OpenError> {
        Session::open_in(store, catalog, id, None)
    }

    /// The assessment with its questionnaire, and the reports built from it, in `lang`
    /// (`export --lang`), or in the assessment's own language when `None`.
    pub fn open_in(
        store: &Store,
        catalog: &Catalog,
        id: i64,
        lang: Option<Lang>,
    ) -> Result<Session, OpenError> {
        let mut session = Session::open_alone(store, catalog, id, lang)?;
        // The earlier assessment is read without its own earlier one: one step back, in
        // this one's language. One that no longer opens leaves the report without the
        // section, never unopenable.
        if let Some(Ok(earlier)) = store
            .previous_of(id)?
            .map(|previous| Session::open_alone(store, catalog, previous, Some(session.lang)))
        {
            let report = crate::report::Report::build(&earlier, jiff::Timestamp::now());
            session.previous = Some(Box::new(crate::progress::Snapshot::of(&report)));
        }
        Ok(session)
    }

    fn open_alone(
        store: &Store,
        catalog: &Catalog,
        id: i64,
        lang: Option<Lang>,
    ) -> Result<Session, OpenError> {
        let assessment = store.assessment(id)?;
        let (questionnaire, source) = resolve(store, catalog, &assessment)?;
        let lang = lang.unwrap_or(assessment.lang);
        let (questionnaire, language_notice) = translate(catalog, questionnaire, lang);
        Ok(Session {
            answers: store.answers(id)?,
            inclusions: store.inclusions(id)?,
            engagement: store.engagement(id)?,
            self_assessment: store.self_assessment(id)?,
            assessment,
            questionnaire,
            source,
            previous: None,
            conflicts: Vec::new(),
            lang,
            language_notice,
        }
        .with_conflicts(store.conflicts(id)?))
    }

    /// Puts the questionnaire's texts, and the reports built from this session, in `lang`
    /// (the assessment's language was changed): the questionnaire is found again as
    /// [`Session::open`] finds it and translated.
    pub fn set_language(
        &mut self,
        store: &Store,
        catalog: &Catalog,
        lang: Lang,
    ) -> Result<(), OpenError> {
        let (questionnaire, source) = resolve(store, catalog, &self.assessment)?;
        let (questionnaire, notice) = translate(catalog, questionnaire, lang);
        self.questionnaire = questionnaire;
        self.source = source;
        self.language_notice = notice;
        self.lang = lang;
        Ok(())
    }

    /// Takes the open merge conflicts, in the order a person works through them: by question
    /// in questionnaire order (orphans last), then by field as an answer reads.
    pub fn with_conflicts(mut self, conflicts: Vec<crate::store::OpenConflict>) -> Session {
        self.set_conflicts(conflicts);
        self
    }

    /// As [`Session::with_conflicts`], in place.
    pub fn set_conflicts(&mut self, mut conflicts: Vec<crate::store::OpenConflict>) {
        let position: std::collections::HashMap<&str, usize> = self
            .questionnaire
            .questions()
            .enumerate()
            .map(|(i, q)| (q.question.id.as_str(), i))
            .collect();
        let field = |f: &str| crate::merge::FIELDS.iter().position(|x| *x == f);
        conflicts.sort_by(|a, b| {
            let key = |c: &crate::store::OpenConflict| {
                (
                    position
                        .get(c.question_id.as_str())
                        .copied()
                        .unwrap_or(usize::MAX),
                    c.question_id.clone(),
                    field(&c.field).unwrap_or(usize::MAX),
                )
            };
            key(a).cmp(&key(b))
        });
        self.conflicts = conflicts;
    }

    pub fn scorecard(&self) -> Scorecard<'_> {
        scoring::score(&self.questionnaire, &self.answers, self.assessment.target)
    }

    /// The assessment's roadmap settings: start, capacity, effort, audit cycle.
    pub fn roadmap_settings(&self) -> roadmap::Settings {
        let a = &self.assessment;
        let mut settings = roadmap::Settings::new(a.roadmap_start, a.capacity, a.effort);
        settings.audit_cycle_weeks = a.audit_cycle_weeks;
        settings.owner_capacity = a.owner_capacity.clone();
        settings.holidays = a.holidays.clone();
        settings
    }

    /// The applicability suggestions still to judge, from the AI systems in scope, and how
    /// many the assessor rejected before (held back while they read the same).
    pub fn suggestions(&self) -> (Vec<crate::systems::Suggestion>, usize) {
        let all = crate::systems::suggest_in(
            &self.questionnaire,
            &self.engagement.systems,
            &self.answers,
            &self.inclusions,
            self.lang,
        );
        crate::systems::pending(all, &self.engagement.verdicts)
    }

    pub fn answer(&self, question: &str) -> Answer {
        self.answers.get(question).cloned().unwrap_or_default()
    }

    /// Answers to questions that are not in the questionnaire any more (empty ones aside).
    pub fn orphans(&self) -> Vec<(&str, &Answer)> {
        let asked: std::collections::BTreeSet<&str> = self
            .questionnaire
            .questions()
            .map(|q| q.question.id.as_str())
            .collect();
        self.answers
            .iter()
            .filter(|(id, a)| !a.is_empty() && !asked.contains(id.as_str()))
            .map(|(id, a)| (id.as_str(), a))
            .collect()
    }

    /// True when the questionnaire text differs from the one the assessment was taken against.
    pub fn questionnaire_changed(&self) -> bool {
        self.questionnaire.hash != self.assessment.questionnaire.hash
    }

    /// A sentence for the user when the questionnaire has changed, else `None`.
    pub fn change_notice(&self) -> Option<String> {
        if !self.questionnaire_changed() {
            return None;
        }
        let was = &self.assessment.questionnaire;
        let orphans = self.orphans().len();
        let kept = match orphans {
            0 => String::new(),
            1 => "; 1 answer belongs to a question that no longer exists and is kept".into(),
            n => format!("; {n} answers belong to questions that no longer exist and are kept"),
        };
        Some(format!(
            "questionnaire \"{}\" has changed since this assessment was taken (version {} then, {} now); answers are matched by question id{kept}",
            was.id, was.version, self.questionnaire.version
        ))
    }
}

/// `q` with its texts in `lang` (see [`Catalog::translated`]), and what to tell the user when
/// they are not all in it. An English assessment's questionnaire is `q` as it is. A
/// translation that does not read leaves the texts in English, said: the assessment opens.
fn translate(catalog: &Catalog, q: Questionnaire, lang: Lang) -> (Questionnaire, Option<String>) {
    if lang == Lang::En {
        return (q, None);
    }
    let language = format!("{} ({})", lang.code(), lang.name());
    match catalog.translated(&q, lang) {
        Ok(t) => {
            let notice = if t.untranslated() {
                Some(format!(
                    "questionnaire \"{}\" has no translation into {language}: its texts are in English",
                    q.id
                ))
            } else {
                match t.missing.len() {
                    0 => None,
                    1 => Some(format!(
                        "1 text of questionnaire \"{}\" has no translation into {language} and is in English",
                        q.id
                    )),
                    n => Some(format!(
                        "{n} texts of questionnaire \"{}\" have no translation into {language} and are in English",
                        q.id
                    )),
                }
            };
            (t.questionnaire, notice)
        }
        Err(e) => {
            let notice = format!(
                "the translation of questionnaire \"{}\" into {language} cannot be used ({e}); its texts are in English",
                q.id
            );
            (q, Some(notice))
        }
    }
}

/// The questionnaire an assessment opens with now, and where it came from.
pub(crate) fn resolve(
    store: &Store,
    catalog: &Catalog,
    a: &Assessment,
) -> Result<(Questionnaire, Source), OpenError> {
    let wanted = &a.questionnaire.id;
    if let Some(path) = &a.questionnaire_path
        && let Ok(q) = catalog::load_file(Path::new(path))
        && &q.id == wanted
    {
        return Ok((q, Source::Current(catalog::Origin::File(path.into()))));
    }
    if let Ok((q, origin)) = catalog.find(wanted) {
        return Ok((q, Source::Current(origin)));
    }
    let Some(text) = store.questionnaire_snapshot(&a.questionnaire.hash)? else {
        return Err(OpenError::NoQuestionnaire {
            id: a.id,
            questionnaire: wanted.clone(),
        });
    };
    let origin = format!("<stored copy of {wanted} {}>", a.questionnaire.version);
    let q = load_str(&text, &origin).map_err(|e| OpenError::BadCopy(wanted.clone(), e))?;
    Ok((q, Source::StoredCopy))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_to_open_are_said_in_the_language() {
        let e = OpenError::NoQuestionnaire {
            id: 7,
            questionnaire: "acme-ai".into(),
        };
        let english = "assessment 7 was taken against questionnaire \"acme-ai\", which cannot be found and has no stored copy";
        assert_eq!(e.to_string(), english);
        assert_eq!(e.message_in(Lang::En), english);
        let de = e.message_in(Lang::De);
        assert!(
            de.starts_with("Bewertung 7 wurde mit dem Fragebogen „acme-ai“"),
            "{de}"
        );
        assert!(!de.contains(" was ") && !de.contains("cannot"), "{de}");
        let pseudo = e.message_in(Lang::Pseudo);
        assert!(
            crate::i18n::escaped_words(&pseudo, &["acme-ai", "acme", "ai"]).is_empty(),
            "{pseudo}"
        );
        let store = OpenError::Store(StoreError::NoAssessment(9));
        assert_eq!(
            store.message_in(Lang::De),
            StoreError::NoAssessment(9).message_in(Lang::De)
        );
        assert_eq!(store.message_in(Lang::En), store.to_string());
    }
}
