//! The dashboard: the live scoreboard the client watches — maturity against target per clause
//! and per Annex A group, coverage and readiness, the largest gaps and the certification
//! blockers — and the assessor's narrative for the executive summary, written here.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::command::{Command, Message};
use super::editor::{Field, Outcome, TextBox, WHOLE_ASSESSMENT};
use super::keymap::{Action, Context, Keymap};
use super::screen::{Input, Reply, Screen, Shared};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::printable::fit;
use crate::questionnaire::SectionKind;
use crate::scoring::{Figures, Priority, Scorecard, one_decimal_in, percent_in, round_half_up};
use crate::session::Session;
use crate::t;

#[derive(Debug, Default)]
pub struct Dashboard {
    pub scroll: u16,
    /// The narrative being written.
    pub editing: Option<TextBox>,
    /// Narrative text typed in an earlier session and never saved: the editor opens on it.
    pub unsaved: Option<String>,
    /// The details and roadmap settings being changed.
    pub details: Option<super::details::Details>,
    /// The language of the screens' words: follows [`Shared::lang`] at every frame and key.
    pub lang: Lang,
}

impl Dashboard {
    /// A dashboard; `unsaved` is a narrative draft left by an earlier session.
    pub fn new(unsaved: Option<String>) -> Dashboard {
        Dashboard {
            unsaved,
            ..Dashboard::default()
        }
    }

    fn act(&mut self, action: Action, session: &Session) -> Option<Command> {
        match action {
            Action::ScrollDown | Action::Down | Action::PageDown => {
                self.scroll = self.scroll.saturating_add(3)
            }
            Action::ScrollUp | Action::Up | Action::PageUp => {
                self.scroll = self.scroll.saturating_sub(3)
            }
            Action::Narrative => return self.open_narrative(session),
            Action::Details => {
                if session.engagement.is_final() {
                    let e = crate::store::StoreError::Final {
                        id: Some(session.assessment.id),
                    };
                    return Some(Command::Notify(Message::error(e.message_in(self.lang))));
                }
                self.details = Some(super::details::Details::new(
                    &session.assessment,
                    session.questionnaire.max_level(),
                    self.lang,
                ));
            }
            Action::Workshop | Action::Back => return Some(Command::ShowWorkshop),
            Action::Roadmap => return Some(Command::ShowRoadmap),
            Action::Record => return Some(Command::ShowRecord),
            Action::Check => return Some(Command::ShowCheck),
            Action::Export => return Some(Command::ShowExport),
            _ => {}
        }
        None
    }

    fn open_narrative(&mut self, session: &Session) -> Option<Command> {
        if session.engagement.is_final() {
            let e = crate::store::StoreError::Final {
                id: Some(session.assessment.id),
            };
            return Some(Command::Notify(Message::error(e.message_in(self.lang))));
        }
        let saved = &session.engagement.narrative;
        let mut text_box = match self.unsaved.take().filter(|t| t != saved) {
            Some(draft) => {
                let mut b = TextBox::new(Field::Narrative, &draft);
                b.message = Some(t!(self.lang, "tui-workshop-restored"));
                b
            }
            None => TextBox::new(Field::Narrative, saved),
        };
        text_box.saved.clone_from(saved);
        self.editing = Some(text_box);
        None
    }

    fn edited(&mut self, outcome: Outcome) -> Option<Command> {
        match outcome {
            Outcome::Nothing => None,
            Outcome::Changed => Some(Command::SaveDraft {
                question: WHOLE_ASSESSMENT.to_string(),
                field: Field::Narrative.draft_name()?,
            }),
            Outcome::Cancel => {
                self.editing = None;
                Some(Command::DiscardDrafts {
                    question: WHOLE_ASSESSMENT.to_string(),
                })
            }
            // The box closes once the text is stored; the app closes it on success.
            Outcome::Save(text) => Some(Command::SetNarrative(text.trim().to_string())),
        }
    }

    fn draw(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        session: &Session,
        theme: &Theme,
        keymap: &Keymap,
    ) {
        let lang = self.lang;
        if let Some(b) = &mut self.editing {
            // The box takes the screen but for the summary lines above it.
            let [top, rest] =
                Layout::vertical([Constraint::Length(4), Constraint::Fill(1)]).areas(area);
            let card = session.scorecard();
            Paragraph::new(summary(&card, session, theme, keymap, false, lang)).render(top, buf);
            b.render(rest, buf, theme, keymap, false);
            return;
        }
        let card = session.scorecard();
        let wide = area.width >= 120;
        let (left_w, right_w) = if wide {
            let l = area.width * 11 / 20;
            (l, area.width - l)
        } else {
            (area.width, area.width)
        };
        let unsaved = self
            .unsaved
            .as_ref()
            .is_some_and(|t| *t != session.engagement.narrative);
        let mut left = summary(&card, session, theme, keymap, unsaved, lang);
        left.push(Line::raw(""));
        left.extend(bars(
            &card,
            SectionKind::Clause,
            &t!(
                lang,
                "tui-dashboard-bars",
                sections = &session.questionnaire.labels.clauses
            ),
            usize::from(left_w),
            session,
            theme,
            lang,
        ));
        left.push(Line::raw(""));
        left.extend(bars(
            &card,
            SectionKind::Annex,
            &t!(
                lang,
                "tui-dashboard-bars",
                sections = &session.questionnaire.labels.annex
            ),
            usize::from(left_w),
            session,
            theme,
            lang,
        ));
        left.extend(self_assessment(session, usize::from(left_w), theme, lang));
        let right = gaps(&card, usize::from(right_w), theme, lang);
        if wide {
            let [l, r] =
                Layout::horizontal([Constraint::Length(left_w), Constraint::Fill(1)]).areas(area);
            Paragraph::new(left).scroll((self.scroll, 0)).render(l, buf);
            Paragraph::new(right)
                .block(
                    Block::new()
                        .borders(Borders::LEFT)
                        .border_style(theme.dim()),
                )
                .scroll((self.scroll, 0))
                .render(r, buf);
        } else {
            left.push(Line::raw(""));
            left.extend(right);
            let max_scroll = (left.len() as u16).saturating_sub(area.height);
            self.scroll = self.scroll.min(max_scroll);
            Paragraph::new(left)
                .scroll((self.scroll, 0))
                .render(area, buf);
        }
    }
}

fn summary<'a>(
    card: &Scorecard,
    session: &Session,
    theme: &Theme,
    keymap: &Keymap,
    unsaved: bool,
    lang: Lang,
) -> Vec<Line<'a>> {
    let figure = |label: &str, f: &Figures| -> Vec<Span<'a>> {
        vec![
            Span::styled(format!("{label} "), theme.heading()),
            Span::styled(
                percent_in(lang, f.readiness),
                theme
                    .bar(f.score, card.target)
                    .add_modifier(ratatui::style::Modifier::BOLD),
            ),
            Span::raw("   "),
        ]
    };
    let mut readiness = vec![Span::styled(
        title(lang, "tui-dashboard-readiness"),
        theme.title(),
    )];
    readiness.extend(figure(&t!(lang, "tui-dashboard-overall"), &card.all));
    readiness.extend(figure(&t!(lang, "tui-dashboard-clauses"), &card.clauses));
    readiness.extend(figure(&session.questionnaire.labels.annex, &card.annex));
    let coverage = Line::from(vec![
        Span::styled(title(lang, "tui-dashboard-coverage"), theme.title()),
        Span::raw(t!(
            lang,
            "tui-dashboard-coverage-figures",
            coverage = &percent_in(lang, card.all.coverage),
            answered = card.all.answered,
            applicable = card.all.applicable,
            mean = &one_decimal_in(lang, card.all.score),
            target = u32::from(card.target)
        )),
    ]);
    let gaps = Line::from(vec![
        Span::styled(title(lang, "tui-dashboard-gaps"), theme.title()),
        Span::styled(
            format!("{} P1", card.count(Priority::P1)),
            theme.priority(Priority::P1),
        ),
        Span::raw(format!(" {} · ", t!(lang, "tui-dashboard-blockers"))),
        Span::styled(
            format!("{} P2", card.count(Priority::P2)),
            theme.priority(Priority::P2),
        ),
        Span::raw(" · "),
        Span::styled(
            format!("{} P3", card.count(Priority::P3)),
            theme.priority(Priority::P3),
        ),
    ]);
    vec![
        Line::from(readiness),
        coverage,
        gaps,
        narrative(session, theme, keymap, unsaved, lang),
    ]
}

/// The labels of the dashboard's summary lines, padded to one column per language.
const TITLES: [&str; 4] = [
    "tui-dashboard-readiness",
    "tui-dashboard-coverage",
    "tui-dashboard-gaps",
    "tui-dashboard-narrative",
];

/// A summary line's label, padded to the column.
fn title(lang: Lang, id: &str) -> String {
    // Worked out once per language: every frame of the dashboard asks.
    static WIDTHS: [std::sync::OnceLock<usize>; 3] = [const { std::sync::OnceLock::new() }; 3];
    let width = *WIDTHS[lang as usize].get_or_init(|| {
        TITLES
            .iter()
            .map(|t| lang.t(t).chars().count() + 2)
            .max()
            .unwrap_or(0)
            .max(11)
    });
    format!(" {:<width$}", lang.t(id))
}

/// Whether the executive summary has the assessor's narrative, or will show a drafted one,
/// and the key that writes it (and restores text left unsaved last time).
fn narrative<'a>(
    session: &Session,
    theme: &Theme,
    keymap: &Keymap,
    unsaved: bool,
    lang: Lang,
) -> Line<'a> {
    // A final assessment is read-only: no key to offer.
    let key = keymap
        .key_label(Context::Dashboard, Action::Narrative)
        .filter(|_| !session.engagement.is_final());
    let text = &session.engagement.narrative;
    let mut spans = vec![Span::styled(
        title(lang, "tui-dashboard-narrative"),
        theme.title(),
    )];
    if text.trim().is_empty() {
        spans.push(Span::styled(
            t!(lang, "tui-dashboard-narrative-none"),
            theme.warn(),
        ));
        if let Some(k) = key.clone() {
            spans.push(Span::raw(" · "));
            spans.push(Span::styled(k, theme.key()));
            spans.push(Span::raw(format!(
                " {}",
                t!(lang, "tui-dashboard-narrative-write")
            )));
        }
    } else {
        let words = text.split_whitespace().count();
        spans.push(Span::raw(t!(
            lang,
            "tui-dashboard-narrative-words",
            count = words
        )));
        if let Some(k) = key.clone() {
            spans.push(Span::raw(" · "));
            spans.push(Span::styled(k, theme.key()));
            spans.push(Span::raw(format!(
                " {}",
                t!(lang, "tui-dashboard-narrative-edit")
            )));
        }
    }
    if unsaved && let Some(k) = key {
        // The hint gives way to the text typed last time, which the key brings back.
        spans.truncate(spans.len() - 3);
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(k, theme.key()));
        spans.push(Span::styled(
            format!(" {}", t!(lang, "tui-dashboard-narrative-restore")),
            theme.warn(),
        ));
    }
    Line::from(spans)
}

/// One bar per section of a kind: the weighted score against the target tick.
fn bars<'a>(
    card: &Scorecard,
    kind: SectionKind,
    title: &str,
    width: usize,
    session: &Session,
    theme: &Theme,
    lang: Lang,
) -> Vec<Line<'a>> {
    let max = f64::from(session.questionnaire.max_level().max(1));
    // A re-assessment shows each score's change since the assessment it was copied from.
    let previous = session.previous.as_deref();
    let extra = if previous.is_some() { 6 } else { 0 };
    // Labels take what the bar (at least 20 cells) and the figures leave.
    let label_w = width.saturating_sub(38 + extra).clamp(16, 38);
    let bar_w = width.saturating_sub(label_w + 18 + extra).clamp(10, 40);
    let target_at = ((f64::from(card.target) / max) * bar_w as f64).round() as usize;
    let since = previous.map_or(String::new(), |p| {
        format!(
            " · {}",
            t!(
                lang,
                "tui-dashboard-change-since",
                date = &lang.date_text(&p.date.to_string())
            )
        )
    });
    let mut lines = vec![Line::styled(
        format!(" {title} {}{since}", card.target),
        theme.heading(),
    )];
    for (section, f) in card.sections.iter().filter(|(s, _)| s.kind == kind) {
        let label = fit(&format!("{} {}", section.id, section.title), label_w);
        let filled = f
            .score
            .map_or(0, |s| ((s / max) * bar_w as f64).round() as usize);
        let mut spans = vec![Span::raw(format!(" {label:<label_w$} "))];
        let fill_style = theme.bar(f.score, card.target);
        for i in 0..bar_w {
            let (glyph, style) = if i == target_at.min(bar_w - 1) && target_at > 0 {
                ("┃", theme.heading())
            } else if i < filled {
                ("█", fill_style)
            } else {
                ("░", theme.dim())
            };
            spans.push(Span::styled(glyph, style));
        }
        let value = score_cell(lang, f.score, f.applicable);
        spans.push(Span::styled(format!(" {value}"), fill_style));
        if let Some(p) = previous {
            let then = p.sections.iter().find(|t| t.id == section.id);
            let round = |x: Option<f64>| x.map(|s| round_half_up(s, 1));
            let change =
                then.and_then(|t| Some(round_half_up(round(f.score)? - round(t.score)?, 1)));
            spans.push(Span::styled(
                format!(" {:>5}", crate::progress::signed_in(lang, change, 1)),
                theme.dim(),
            ));
        }
        spans.push(Span::styled(
            format!(
                "  {}",
                t!(
                    lang,
                    "tui-dashboard-ready",
                    percent = &format!("{:>4}", percent_in(lang, f.readiness))
                )
            ),
            theme.dim(),
        ));
        lines.push(Line::from(spans));
    }
    lines
}

/// Where the client rates itself above or below the assessor, per section: the means over
/// the questions both gave a level, the difference, and how many are two levels or more
/// apart. Nothing when no self-assessment was imported.
fn self_assessment<'a>(
    session: &Session,
    width: usize,
    theme: &Theme,
    lang: Lang,
) -> Vec<Line<'a>> {
    let Some(c) = crate::survey::compare(
        &session.questionnaire,
        &session.answers,
        &session.self_assessment,
    ) else {
        return Vec::new();
    };
    let when = c
        .imported_at
        .as_deref()
        .and_then(|t| t.get(..10))
        .map_or(String::new(), |d| format!(" {}", lang.date_text(d)));
    let mut lines = vec![
        Line::raw(""),
        Line::styled(
            format!(
                " {}",
                t!(lang, "tui-dashboard-self-assessment", when = &when)
            ),
            theme.heading(),
        ),
    ];
    let label_w = width.saturating_sub(43).clamp(12, 38);
    for row in c.sections.iter().chain([&c.overall]) {
        let label = fit(&row.title, label_w);
        let style = match row.difference {
            Some(d) if d > 0.0 => theme.warn(),
            _ => Style::default(),
        };
        lines.push(Line::from(vec![
            Span::raw(format!(" {label:<label_w$} ")),
            Span::raw(format!(
                "{:>4} {:>4} ",
                one_decimal_in(lang, row.self_mean),
                one_decimal_in(lang, row.assessor_mean)
            )),
            Span::styled(
                format!(
                    "{:>5} {:<7}",
                    crate::progress::signed_in(lang, row.difference, 1),
                    verdict(lang, row.difference)
                ),
                style,
            ),
            Span::styled(
                format!(
                    " {:>2}/{:<3} {}",
                    row.far_apart,
                    row.compared,
                    t!(lang, "tui-dashboard-far-apart")
                ),
                if row.far_apart > 0 {
                    theme.warn()
                } else {
                    theme.dim()
                },
            ),
        ]));
    }
    if c.sections.is_empty() {
        lines.push(Line::styled(
            format!(" {}", t!(lang, "tui-dashboard-rated-only", count = c.rated)),
            theme.dim(),
        ));
    }
    lines
}

/// The largest gaps in priority order, then the certification blockers.
fn gaps<'a>(card: &Scorecard, width: usize, theme: &Theme, lang: Lang) -> Vec<Line<'a>> {
    let ordered = card.gaps();
    // One line per requirement, at its most urgent question: several questions of one item
    // point at the same piece of work.
    let mut by_requirement = Vec::new();
    for s in &ordered {
        if !by_requirement
            .iter()
            .any(|x: &&&crate::scoring::QuestionScore| {
                x.at.requirement.reference == s.at.requirement.reference
            })
        {
            by_requirement.push(s);
        }
    }
    let mut lines = vec![Line::styled(
        format!(" {}", t!(lang, "tui-dashboard-top-gaps")),
        theme.heading(),
    )];
    if ordered.is_empty() {
        lines.push(Line::styled(
            format!("   {}", t!(lang, "tui-dashboard-no-gaps")),
            theme.dim(),
        ));
    }
    for s in by_requirement.iter().take(10) {
        let p = s.priority.unwrap_or(Priority::P3);
        let level = s.maturity.map_or("·".into(), |m| m.to_string());
        let text = fit(
            &format!("{} {}", s.at.requirement.reference, s.at.requirement.title),
            width.saturating_sub(16),
        );
        lines.push(Line::from(vec![
            Span::styled(format!(" {p} "), theme.priority(p)),
            Span::raw(format!("{text} ")),
            Span::styled(format!("{level}→{}", card.target), theme.dim()),
        ]));
    }
    let blockers: Vec<_> = by_requirement
        .iter()
        .filter(|s| s.priority == Some(Priority::P1))
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            " {}",
            t!(lang, "tui-dashboard-blockers-count", count = blockers.len())
        ),
        theme.priority(Priority::P1),
    ));
    if blockers.is_empty() {
        lines.push(Line::styled(
            format!("   {}", t!(lang, "tui-dashboard-no-blockers")),
            theme.dim(),
        ));
    }
    let documented = format!(" {}", t!(lang, "tui-dashboard-documented"));
    for s in blockers {
        let tag = if s.at.question.documented {
            documented.as_str()
        } else {
            ""
        };
        let text = fit(
            &format!(
                "{} {}{tag}",
                s.at.requirement.reference, s.at.requirement.title
            ),
            width.saturating_sub(4),
        );
        lines.push(Line::from(vec![
            Span::raw("   "),
            Span::styled(text, Style::new()),
        ]));
    }
    lines
}

impl Screen for Dashboard {
    fn keys(&self) -> Context {
        if let Some(d) = &self.details {
            return d.keys();
        }
        self.editing
            .as_ref()
            .map_or(Context::Dashboard, TextBox::keys)
    }

    fn action(&self, keymap: &Keymap, key: &ratatui::crossterm::event::KeyEvent) -> Option<Action> {
        match &self.details {
            Some(d) => d.action(keymap, key),
            None => keymap.action(self.keys(), key),
        }
    }

    fn takes_text(&self) -> bool {
        self.editing.is_some() || self.details.as_ref().is_some_and(|d| d.form.takes_text())
    }

    fn handle(&mut self, input: Input, cx: &Shared) -> Option<Command> {
        let session = cx.session?;
        self.lang = cx.lang;
        if let Some(b) = &mut self.editing {
            b.lang = cx.lang;
        }
        if let Some(d) = &mut self.details {
            return match d.handle(input, cx.keymap)? {
                super::details::DetailsOutcome::Save(command) => Some(*command),
                super::details::DetailsOutcome::Cancel => {
                    self.details = None;
                    Some(Command::Notify(Message::info(t!(
                        self.lang,
                        "tui-dashboard-details-unchanged"
                    ))))
                }
            };
        }
        if let Some(b) = &mut self.editing {
            let outcome = match input {
                Input::Key { action, key } => b.handle(action, key, cx.keymap),
                Input::Paste(text) => b.paste(text),
            };
            return self.edited(outcome);
        }
        self.act(input.action()?, session)
    }

    fn reply(&mut self, reply: Reply, _cx: &Shared) {
        match reply {
            // The store took the narrative: the box closes.
            Reply::NarrativeSaved => self.editing = None,
            Reply::DetailsSaved => self.details = None,
            Reply::Refused(why) => {
                if let Some(d) = &mut self.details {
                    d.refused(&why);
                }
            }
            _ => {}
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, cx: &Shared) {
        if let Some(session) = cx.session {
            self.lang = cx.lang;
            if let Some(b) = &mut self.editing {
                b.lang = cx.lang;
            }
            self.draw(area, buf, session, cx.theme, cx.keymap);
        }
        if let Some(d) = &self.details {
            d.render(area, buf, cx.theme, cx.keymap);
        }
    }

    fn hints(&self) -> &'static [Action] {
        match self.keys() {
            Context::Dashboard => &[
                Action::Narrative,
                Action::Details,
                Action::Workshop,
                Action::Roadmap,
                Action::Check,
                Action::Export,
                Action::ScrollDown,
                Action::Presenter,
                Action::Help,
                Action::Quit,
            ],
            other => super::screen::shared_hints(other),
        }
    }

    fn help(&self) -> &'static [Context] {
        &[
            Context::Dashboard,
            Context::Global,
            Context::Form,
            Context::Editor,
            Context::Export,
            Context::Confirm,
        ]
    }
}

/// A section's score as the bar chart ends it: rounded as every report rounds it (half up),
/// so the dashboard never reads 1.2 where the report says 1.3.
fn score_cell(lang: Lang, score: Option<f64>, applicable: usize) -> String {
    match (score, applicable) {
        (_, 0) => t!(lang, "tui-status-excluded"),
        (None, _) => "  —".to_string(),
        (Some(_), _) => format!("{:>3}", one_decimal_in(lang, score)),
    }
}

/// How the client's rating compares with the assessor's, in a word.
fn verdict(lang: Lang, difference: Option<f64>) -> String {
    match difference {
        Some(d) if d > 0.0 => t!(lang, "tui-dashboard-higher"),
        Some(d) if d < 0.0 => t!(lang, "tui-dashboard-lower"),
        Some(_) => t!(lang, "tui-dashboard-same"),
        None => "—".to_string(),
    }
}

#[cfg(test)]
mod score_tests {
    use super::{Lang, score_cell};

    #[test]
    fn a_section_score_is_rounded_as_the_reports_round_it() {
        // 1.25 and 2.45 sit on the half: formatting alone rounds them to even (1.2, 2.4).
        assert_eq!(score_cell(Lang::En, Some(1.25), 4), "1.3");
        assert_eq!(score_cell(Lang::En, Some(0.05), 4), "0.1");
        assert_eq!(score_cell(Lang::En, Some(3.0), 4), "3.0");
        assert_eq!(score_cell(Lang::En, None, 4), "  —");
        assert_eq!(score_cell(Lang::En, Some(2.0), 0), "excluded");
    }
}
