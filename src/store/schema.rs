//! Schema migrations, applied in order on open. Never edit a published migration: add one.
//!
//! `PRAGMA user_version` holds the number of migrations applied. Each migration runs in its
//! own transaction together with the version bump, so a crash leaves the file at a version
//! boundary.

/// Marks a database as ours ("AIMS"), so that another program's SQLite file is refused.
pub const APPLICATION_ID: i32 = 0x4149_4d53;

pub const MIGRATIONS: &[&str] = &[
    // 1: assessments, answers, append-only answer history, questionnaire snapshots.
    r#"
    CREATE TABLE questionnaire_snapshot (
        hash        TEXT PRIMARY KEY,
        id          TEXT NOT NULL,
        version     TEXT NOT NULL,
        source      TEXT NOT NULL
    ) STRICT;

    CREATE TABLE assessment (
        id                    INTEGER PRIMARY KEY,
        organisation          TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
        scope                 TEXT NOT NULL DEFAULT '',
        assessor              TEXT NOT NULL DEFAULT '',
        assessed_on           TEXT NOT NULL,
        target                INTEGER NOT NULL CHECK (target BETWEEN 0 AND 9),
        questionnaire_id      TEXT NOT NULL,
        questionnaire_version TEXT NOT NULL,
        questionnaire_hash    TEXT NOT NULL REFERENCES questionnaire_snapshot(hash),
        questionnaire_path    TEXT,
        roadmap_start         TEXT NOT NULL,
        capacity              REAL NOT NULL CHECK (capacity > 0),
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL
    ) STRICT;

    CREATE TABLE answer (
        assessment_id   INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        question_id     TEXT NOT NULL,
        maturity        INTEGER CHECK (maturity BETWEEN 0 AND 9),
        not_applicable  INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
        justification   TEXT NOT NULL DEFAULT '',
        notes           TEXT NOT NULL DEFAULT '',
        evidence        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence)),
        basis           TEXT CHECK (basis IN ('interview', 'document', 'observed')),
        owner           TEXT NOT NULL DEFAULT '',
        due             TEXT,
        updated_at      TEXT NOT NULL,
        PRIMARY KEY (assessment_id, question_id),
        CHECK (NOT (not_applicable = 1 AND maturity IS NOT NULL))
    ) STRICT;

    -- Every change to an answer, oldest first. Values are the answer as JSON; NULL old_value
    -- means there was no answer before.
    CREATE TABLE answer_history (
        id             INTEGER PRIMARY KEY,
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        question_id    TEXT NOT NULL,
        changed_at     TEXT NOT NULL,
        old_value      TEXT CHECK (old_value IS NULL OR json_valid(old_value)),
        new_value      TEXT NOT NULL CHECK (json_valid(new_value))
    ) STRICT;
    CREATE INDEX answer_history_by_question ON answer_history (assessment_id, question_id, id);

    -- Append-only: history rows are never edited, and only go when their assessment goes.
    CREATE TRIGGER answer_history_no_update BEFORE UPDATE ON answer_history
    BEGIN
        SELECT RAISE(ABORT, 'answer history is append-only');
    END;
    CREATE TRIGGER answer_history_no_delete BEFORE DELETE ON answer_history
    WHEN EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'answer history is append-only');
    END;
    "#,
    // 2: drafts — text being typed into an answer field, saved whenever typing pauses so that it
    // survives a crash and can be offered back.
    r#"
    CREATE TABLE draft (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        question_id    TEXT NOT NULL,
        field          TEXT NOT NULL,
        text           TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (assessment_id, question_id, field)
    ) STRICT;
    "#,
    // 3: roadmap settings per assessment, and small user settings (the last export folder).
    r#"
    ALTER TABLE assessment ADD COLUMN effort_s REAL NOT NULL DEFAULT 2 CHECK (effort_s > 0);
    ALTER TABLE assessment ADD COLUMN effort_m REAL NOT NULL DEFAULT 5 CHECK (effort_m > 0);
    ALTER TABLE assessment ADD COLUMN effort_l REAL NOT NULL DEFAULT 15 CHECK (effort_l > 0);
    ALTER TABLE assessment ADD COLUMN audit_cycle_weeks REAL NOT NULL DEFAULT 6
        CHECK (audit_cycle_weeks >= 0);
    CREATE TABLE setting (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
    ) STRICT;
    "#,
    // 4: the reason a control is included in the Statement of Applicability, where it is not
    // the default (risk treatment).
    r#"
    CREATE TABLE inclusion (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        control        TEXT NOT NULL,
        reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (assessment_id, control)
    ) STRICT;
    "#,
    // 5: the overall figures of each assessment as last computed, so that listing the
    // assessments needs neither their questionnaires nor their answers. A cache, never the
    // record (replaced in 6).
    r#"
    CREATE TABLE assessment_figures (
        assessment_id       INTEGER PRIMARY KEY REFERENCES assessment(id) ON DELETE CASCADE,
        questionnaire_hash  TEXT NOT NULL,
        target              INTEGER NOT NULL,
        as_of               TEXT NOT NULL,
        questions           INTEGER NOT NULL CHECK (questions >= 0),
        applicable          INTEGER NOT NULL CHECK (applicable BETWEEN 0 AND questions),
        answered            INTEGER NOT NULL CHECK (answered BETWEEN 0 AND applicable),
        ready               INTEGER NOT NULL CHECK (ready BETWEEN 0 AND answered)
    ) STRICT;
    "#,
    // 6: an answer costs fewer pages. The history's key becomes the assessment's id in its
    // high 32 bits and a sequence number in the low ones, so that its rows lie together by
    // assessment and in order, found by key range without a separate index: a new row is
    // one append, no index entry. The assessment's `updated_at` is no longer moved by every
    // answer (its last change is the later of it and its history's last row); an answer's
    // transaction drops the assessment's saved figures instead, which therefore hold for as
    // long as their row is there. The figures are a cache: rebuilt empty.
    r#"
    CREATE TABLE answer_history_6 (
        id             INTEGER PRIMARY KEY CHECK (id >> 32 = assessment_id),
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        question_id    TEXT NOT NULL,
        changed_at     TEXT NOT NULL,
        old_value      TEXT CHECK (old_value IS NULL OR json_valid(old_value)),
        new_value      TEXT NOT NULL CHECK (json_valid(new_value))
    ) STRICT;
    INSERT INTO answer_history_6 (id, assessment_id, question_id, changed_at, old_value,
        new_value)
        SELECT (assessment_id << 32) + row_number() OVER (PARTITION BY assessment_id ORDER BY id),
               assessment_id, question_id, changed_at, old_value, new_value
        FROM answer_history ORDER BY 1;
    DROP TABLE answer_history;
    ALTER TABLE answer_history_6 RENAME TO answer_history;

    CREATE TRIGGER answer_history_no_update BEFORE UPDATE ON answer_history
    BEGIN
        SELECT RAISE(ABORT, 'answer history is append-only');
    END;
    CREATE TRIGGER answer_history_no_delete BEFORE DELETE ON answer_history
    WHEN EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'answer history is append-only');
    END;

    DROP TABLE assessment_figures;
    CREATE TABLE assessment_figures (
        assessment_id       INTEGER PRIMARY KEY REFERENCES assessment(id) ON DELETE CASCADE,
        questionnaire_hash  TEXT NOT NULL,
        target              INTEGER NOT NULL,
        history_seq         INTEGER NOT NULL CHECK (history_seq >= 0),
        last_change         TEXT NOT NULL,
        questions           INTEGER NOT NULL CHECK (questions >= 0),
        applicable          INTEGER NOT NULL CHECK (applicable BETWEEN 0 AND questions),
        answered            INTEGER NOT NULL CHECK (answered BETWEEN 0 AND applicable),
        ready               INTEGER NOT NULL CHECK (ready BETWEEN 0 AND answered)
    ) STRICT;
    "#,
    // 7: an answer's finding, the client-facing text of what was observed, apart from the
    // private notes. Notes written before stay notes (they were private): findings start empty.
    r#"
    ALTER TABLE answer ADD COLUMN finding TEXT NOT NULL DEFAULT '';
    "#,
    // 8: per answer, the assessor's own recommendation where the questionnaire's does not fit
    // (empty: the questionnaire's), and the management response the client gives to the draft.
    r#"
    ALTER TABLE answer ADD COLUMN recommendation TEXT NOT NULL DEFAULT '';
    ALTER TABLE answer ADD COLUMN management_response TEXT NOT NULL DEFAULT '';
    "#,
    // 9: the engagement record — attendees, the documents reviewed, document control and
    // sign-off, and the assessment's own events (finalised, reopened). Attendees and documents
    // are numbered within their assessment (A1, D1 …), so references survive a restore. A
    // finalised assessment is read-only: triggers refuse every change to it (the application
    // says why before it gets there) until it is reopened, which only clears `finalised_at`.
    r#"
    CREATE TABLE attendee (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        number         INTEGER NOT NULL CHECK (number > 0),
        name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role           TEXT NOT NULL DEFAULT '',
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (assessment_id, number)
    ) STRICT;

    CREATE TABLE reviewed_document (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        number         INTEGER NOT NULL CHECK (number > 0),
        title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
        version        TEXT NOT NULL DEFAULT '',
        dated          TEXT,
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (assessment_id, number)
    ) STRICT;

    CREATE TABLE document_control (
        assessment_id    INTEGER PRIMARY KEY REFERENCES assessment(id) ON DELETE CASCADE,
        report_version   TEXT NOT NULL DEFAULT '0.1',
        confidentiality  TEXT NOT NULL DEFAULT 'Confidential',
        distribution     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(distribution)),
        prepared_by      TEXT NOT NULL DEFAULT '',
        prepared_on      TEXT,
        reviewed_by      TEXT NOT NULL DEFAULT '',
        reviewed_on      TEXT,
        approved_by      TEXT NOT NULL DEFAULT '',
        approved_on      TEXT,
        finalised_at     TEXT,
        updated_at       TEXT NOT NULL
    ) STRICT;

    CREATE TABLE assessment_event (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        at             TEXT NOT NULL,
        event          TEXT NOT NULL CHECK (event IN ('finalised', 'reopened')),
        detail         TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX assessment_event_by_assessment ON assessment_event (assessment_id);
    CREATE TRIGGER assessment_event_no_update BEFORE UPDATE ON assessment_event
    BEGIN
        SELECT RAISE(ABORT, 'assessment history is append-only');
    END;
    CREATE TRIGGER assessment_event_no_delete BEFORE DELETE ON assessment_event
    WHEN EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'assessment history is append-only');
    END;

    CREATE TRIGGER document_control_final BEFORE UPDATE ON document_control
    WHEN OLD.finalised_at IS NOT NULL AND NEW.finalised_at IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER assessment_final BEFORE UPDATE ON assessment
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER answer_final_insert BEFORE INSERT ON answer
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER answer_final_update BEFORE UPDATE ON answer
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER answer_final_delete BEFORE DELETE ON answer
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER inclusion_final_insert BEFORE INSERT ON inclusion
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER inclusion_final_update BEFORE UPDATE ON inclusion
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER inclusion_final_delete BEFORE DELETE ON inclusion
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER attendee_final_insert BEFORE INSERT ON attendee
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER attendee_final_update BEFORE UPDATE ON attendee
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER attendee_final_delete BEFORE DELETE ON attendee
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER reviewed_document_final_insert BEFORE INSERT ON reviewed_document
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER reviewed_document_final_update BEFORE UPDATE ON reviewed_document
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER reviewed_document_final_delete BEFORE DELETE ON reviewed_document
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER draft_final_insert BEFORE INSERT ON draft
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER draft_final_update BEFORE UPDATE ON draft
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER draft_final_delete BEFORE DELETE ON draft
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    "#,
    // 10: the assessor's narrative for the executive summary (opinion, strengths, themes,
    // decisions needed). No row: none written yet, and reports show a drafted one. Read-only
    // once the assessment is final, like the rest of it.
    r#"
    CREATE TABLE narrative (
        assessment_id  INTEGER PRIMARY KEY REFERENCES assessment(id) ON DELETE CASCADE,
        text           TEXT NOT NULL,
        updated_at     TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER narrative_final_insert BEFORE INSERT ON narrative
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER narrative_final_update BEFORE UPDATE ON narrative
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER narrative_final_delete BEFORE DELETE ON narrative
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    "#,
    // 11: who said it — per answer, the numbers of the attendees (A1 is 1) of the engagement
    // record it rests on, as a JSON list. Removing an attendee an answer cites is refused
    // unless the citations go too (see `Store::remove_attendee`).
    r#"
    ALTER TABLE answer ADD COLUMN said_by TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(said_by));
    "#,
    // 12: who made each change — the assessor's name as the writing program was told it
    // (see `crate::author`). A plain column, so that time and author can order changes made in
    // several files. Rows written before carry none (empty), shown as unknown.
    r#"
    ALTER TABLE answer_history ADD COLUMN author TEXT NOT NULL DEFAULT '';
    "#,
    // 13: the parking lot — per question, a point to follow up after the workshop, open until
    // resolved (resolved points stay, with their time). Read-only once final, like the rest.
    r#"
    CREATE TABLE open_point (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        question_id    TEXT NOT NULL,
        text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
        parked_at      TEXT NOT NULL,
        resolved_at    TEXT,
        PRIMARY KEY (assessment_id, question_id)
    ) STRICT;
    CREATE TRIGGER open_point_final_insert BEFORE INSERT ON open_point
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER open_point_final_update BEFORE UPDATE ON open_point
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER open_point_final_delete BEFORE DELETE ON open_point
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    "#,
    // 14: the workshop clock — per section (a questionnaire section id), an optional timebox in
    // minutes, and the time spent per sitting (a sitting is named by when it started; section
    // '' holds time on no question). See `crate::clock`. Read-only once final, like the rest.
    r#"
    CREATE TABLE timebox (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        section_id     TEXT NOT NULL,
        minutes        INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        PRIMARY KEY (assessment_id, section_id)
    ) STRICT;
    CREATE TABLE sitting_time (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        started_at     TEXT NOT NULL,
        ended_at       TEXT NOT NULL,
        section_id     TEXT NOT NULL,
        millis         INTEGER NOT NULL CHECK (millis >= 0),
        PRIMARY KEY (assessment_id, started_at, section_id)
    ) STRICT;
    CREATE TRIGGER timebox_final_insert BEFORE INSERT ON timebox
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER timebox_final_update BEFORE UPDATE ON timebox
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER timebox_final_delete BEFORE DELETE ON timebox
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER sitting_time_final_insert BEFORE INSERT ON sitting_time
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER sitting_time_final_update BEFORE UPDATE ON sitting_time
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER sitting_time_final_delete BEFORE DELETE ON sitting_time
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    "#,
    // 15: the Statement of Applicability decided per control, and a light risk register.
    // An inclusion reason gets a type (risk treatment, legal, contractual, business) and, for
    // risk treatment, the risks it treats (numbers of the register, as a JSON list); a reason
    // stated before keeps its text with no type, for `check` to list. Risks are numbered
    // within their assessment (R1 is 1), so references survive a restore. An exclusion stays
    // where it was: every question of the control not applicable with its justification.
    r#"
    CREATE TABLE inclusion_15 (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        control        TEXT NOT NULL,
        kind           TEXT CHECK (kind IN ('risk', 'legal', 'contractual', 'business')),
        reason         TEXT NOT NULL DEFAULT '',
        risks          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(risks)),
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (assessment_id, control),
        CHECK (length(trim(reason)) > 0 OR (kind = 'risk' AND risks <> '[]'))
    ) STRICT;
    INSERT INTO inclusion_15 (assessment_id, control, kind, reason, risks, updated_at)
        SELECT assessment_id, control, NULL, reason, '[]', updated_at FROM inclusion
        ORDER BY rowid;
    DROP TABLE inclusion;
    ALTER TABLE inclusion_15 RENAME TO inclusion;

    CREATE TABLE risk (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        number         INTEGER NOT NULL CHECK (number > 0),
        title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
        level          TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high', 'critical')),
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (assessment_id, number)
    ) STRICT;
    CREATE TRIGGER inclusion_final_insert BEFORE INSERT ON inclusion
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER inclusion_final_update BEFORE UPDATE ON inclusion
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER inclusion_final_delete BEFORE DELETE ON inclusion
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER risk_final_insert BEFORE INSERT ON risk
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER risk_final_update BEFORE UPDATE ON risk
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER risk_final_delete BEFORE DELETE ON risk
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    "#,
    // 16: the AI systems in scope — per assessment, numbered (S1 is 1): name, purpose, the
    // organisation's AI roles for it (role ids of the questionnaire, a JSON list), its class
    // under the EU AI Act, and whether it is in scope. Read-only once final, like the rest.
    r#"
    CREATE TABLE ai_system (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        number         INTEGER NOT NULL CHECK (number > 0),
        name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
        purpose        TEXT NOT NULL DEFAULT '',
        roles          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
        eu_class       TEXT NOT NULL CHECK (eu_class IN ('prohibited', 'high-risk',
                           'transparency', 'minimal', 'general-purpose')),
        in_scope       INTEGER NOT NULL DEFAULT 1 CHECK (in_scope IN (0, 1)),
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (assessment_id, number)
    ) STRICT;
    CREATE TRIGGER ai_system_final_insert BEFORE INSERT ON ai_system
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER ai_system_final_update BEFORE UPDATE ON ai_system
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER ai_system_final_delete BEFORE DELETE ON ai_system
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    "#,
    // the roadmap's per-owner capacities and holidays.
    r#"
    ALTER TABLE assessment ADD COLUMN owner_capacity TEXT NOT NULL DEFAULT '{}'
        CHECK (json_valid(owner_capacity) AND json_type(owner_capacity) = 'object');
    ALTER TABLE assessment ADD COLUMN holidays TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(holidays) AND json_type(holidays) = 'array');
    "#,
    // the assessment a re-assessment was copied from, for its "Progress since" section. No
    // foreign key: deleting the earlier one must not write to a final later one; a reader
    // checks the earlier one still exists and was created first (ids can be reused).
    r#"
    ALTER TABLE assessment ADD COLUMN previous_id INTEGER;
    "#,
    // 19: stable identities, so that the files of several interviewers of one engagement can be
    // merged (see `crate::merge`): a random UUID per assessment and per answer, given to every
    // row already here and, by trigger, to every row inserted without one. A backup and a
    // restore carry them. The finality triggers are set aside while existing rows get theirs.
    // Conflicts a merge found stay listed until a person resolves them.
    r#"
    ALTER TABLE assessment ADD COLUMN uuid TEXT;
    ALTER TABLE answer ADD COLUMN uuid TEXT;
    DROP TRIGGER assessment_final;
    DROP TRIGGER answer_final_update;
    UPDATE assessment SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
        substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) ||
        substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
    UPDATE answer SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
        substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) ||
        substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
    CREATE TRIGGER assessment_final BEFORE UPDATE ON assessment
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER answer_final_update BEFORE UPDATE ON answer
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER assessment_uuid AFTER INSERT ON assessment WHEN NEW.uuid IS NULL
    BEGIN
        UPDATE assessment SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
        substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) ||
        substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE id = NEW.id;
    END;
    CREATE TRIGGER answer_uuid AFTER INSERT ON answer WHEN NEW.uuid IS NULL
    BEGIN
        UPDATE answer SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
        substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) ||
        substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE assessment_id = NEW.assessment_id AND question_id = NEW.question_id;
    END;

    CREATE TABLE merge_conflict (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        question_id    TEXT NOT NULL,
        field          TEXT NOT NULL,
        left_value     TEXT CHECK (left_value IS NULL OR json_valid(left_value)),
        right_value    TEXT CHECK (right_value IS NULL OR json_valid(right_value)),
        left_at        TEXT NOT NULL,
        left_author    TEXT NOT NULL,
        right_at       TEXT NOT NULL,
        right_author   TEXT NOT NULL,
        found_at       TEXT NOT NULL,
        PRIMARY KEY (assessment_id, question_id, field)
    ) STRICT;
    "#,
    // 20: copies handed out to assessors (`aimsgap fork`): to whom, when, with the scores kept
    // or cleared; and, once a copy scored blind comes back through `merge`, how far its levels
    // agreed with the levels here (questions both scored, and of those within one level).
    r#"
    CREATE TABLE handout (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        uuid           TEXT NOT NULL,
        assessor       TEXT NOT NULL CHECK (length(trim(assessor)) > 0),
        scores         TEXT NOT NULL CHECK (scores IN ('cleared', 'kept')),
        handed_at      TEXT NOT NULL,
        file           TEXT NOT NULL,
        returned_at    TEXT,
        compared       INTEGER CHECK (compared >= 0),
        within_one     INTEGER CHECK (within_one BETWEEN 0 AND compared),
        PRIMARY KEY (assessment_id, uuid)
    ) STRICT;
    "#,
    // 21: the client's self-assessment (see `crate::survey`): per question, the level the
    // client gave itself, or not applicable, or neither (a comment alone), with its comment.
    // Kept beside the assessor's answers, never in them; an import replaces all of an
    // assessment's rows at once. Read-only once final, like the rest.
    r#"
    CREATE TABLE self_rating (
        assessment_id   INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        question_id     TEXT NOT NULL,
        level           INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 255),
        not_applicable  INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
        comment         TEXT NOT NULL DEFAULT '',
        updated_at      TEXT NOT NULL,
        CHECK (NOT (not_applicable = 1 AND level IS NOT NULL)),
        PRIMARY KEY (assessment_id, question_id)
    ) STRICT;
    CREATE TRIGGER self_rating_final_insert BEFORE INSERT ON self_rating
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER self_rating_final_update BEFORE UPDATE ON self_rating
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER self_rating_final_delete BEFORE DELETE ON self_rating
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    "#,
    // 22: what the assessor made of each applicability suggestion drawn from the AI systems
    // in scope: accepted (the control's decision was written with it) or rejected (not
    // proposed again while it reads the same), with who and when. Appended, never changed;
    // read-only once final, like the rest.
    r#"
    CREATE TABLE suggestion_verdict (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        control        TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('exclude', 'include')),
        text           TEXT NOT NULL,
        verdict        TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
        author         TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX suggestion_verdict_by_assessment ON suggestion_verdict (assessment_id);
    CREATE TRIGGER suggestion_verdict_final_insert BEFORE INSERT ON suggestion_verdict
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER suggestion_verdict_no_update BEFORE UPDATE ON suggestion_verdict
    BEGIN
        SELECT RAISE(ABORT, 'suggestion verdicts are append-only');
    END;
    "#,
    // 23: what a person-day costs, for the cost estimate per phase (none: no estimate).
    r#"
    ALTER TABLE assessment ADD COLUMN day_rate REAL
        CHECK (day_rate IS NULL OR (day_rate > 0 AND day_rate <= 1000000));
    ALTER TABLE assessment ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR'
        CHECK (length(currency) = 3);
    "#,
    // 24: ISO 27001 carry-over — per assessment, the ISO/IEC 27001:2022 clauses and Annex A
    // controls the organisation has in place (see `crate::iso27001`), and per answer where an
    // accepted suggestion came from (JSON: the references and the level suggested). Read-only
    // once final, like the rest.
    r#"
    ALTER TABLE answer ADD COLUMN carried_over TEXT CHECK (carried_over IS NULL OR
        (json_valid(carried_over) AND json_type(carried_over) = 'object'));
    CREATE TABLE iso27001_in_place (
        assessment_id  INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        ref            TEXT NOT NULL CHECK (length(ref) BETWEEN 3 AND 6),
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (assessment_id, ref)
    ) STRICT;
    CREATE TRIGGER iso27001_in_place_final_insert BEFORE INSERT ON iso27001_in_place
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = NEW.assessment_id AND finalised_at IS NOT NULL)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    CREATE TRIGGER iso27001_in_place_final_delete BEFORE DELETE ON iso27001_in_place
    WHEN EXISTS (SELECT 1 FROM document_control
                 WHERE assessment_id = OLD.assessment_id AND finalised_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id)
    BEGIN
        SELECT RAISE(ABORT, 'aimsgap: the assessment is final');
    END;
    "#,
    // 25: the language the assessment's reports are written in and its questions asked in
    // (`crate::i18n::Lang::code`: en, de …). Existing assessments were English. A code this
    // version does not speak is refused when read, not here: a later version may add a
    // language without changing the schema.
    r#"
    ALTER TABLE assessment ADD COLUMN lang TEXT NOT NULL DEFAULT 'en'
        CHECK (length(lang) BETWEEN 2 AND 16 AND lang = lower(trim(lang)));
    "#,
    // 26: the guards of a final assessment leave the file's schema: the store installs them on
    // every connection it opens, as temporary triggers (see `super::guards`). The file carried
    // them as 41 triggers that SQLite parsed on every open, 2.0 M of the 4.8 M instructions
    // opening the demo's file cost. The histories' append-only triggers stay.
    r#"
    DROP TRIGGER IF EXISTS document_control_final;
    DROP TRIGGER IF EXISTS assessment_final;
    DROP TRIGGER IF EXISTS answer_final_insert;
    DROP TRIGGER IF EXISTS answer_final_update;
    DROP TRIGGER IF EXISTS answer_final_delete;
    DROP TRIGGER IF EXISTS attendee_final_insert;
    DROP TRIGGER IF EXISTS attendee_final_update;
    DROP TRIGGER IF EXISTS attendee_final_delete;
    DROP TRIGGER IF EXISTS reviewed_document_final_insert;
    DROP TRIGGER IF EXISTS reviewed_document_final_update;
    DROP TRIGGER IF EXISTS reviewed_document_final_delete;
    DROP TRIGGER IF EXISTS draft_final_insert;
    DROP TRIGGER IF EXISTS draft_final_update;
    DROP TRIGGER IF EXISTS draft_final_delete;
    DROP TRIGGER IF EXISTS narrative_final_insert;
    DROP TRIGGER IF EXISTS narrative_final_update;
    DROP TRIGGER IF EXISTS narrative_final_delete;
    DROP TRIGGER IF EXISTS open_point_final_insert;
    DROP TRIGGER IF EXISTS open_point_final_update;
    DROP TRIGGER IF EXISTS open_point_final_delete;
    DROP TRIGGER IF EXISTS timebox_final_insert;
    DROP TRIGGER IF EXISTS timebox_final_update;
    DROP TRIGGER IF EXISTS timebox_final_delete;
    DROP TRIGGER IF EXISTS sitting_time_final_insert;
    DROP TRIGGER IF EXISTS sitting_time_final_update;
    DROP TRIGGER IF EXISTS sitting_time_final_delete;
    DROP TRIGGER IF EXISTS inclusion_final_insert;
    DROP TRIGGER IF EXISTS inclusion_final_update;
    DROP TRIGGER IF EXISTS inclusion_final_delete;
    DROP TRIGGER IF EXISTS risk_final_insert;
    DROP TRIGGER IF EXISTS risk_final_update;
    DROP TRIGGER IF EXISTS risk_final_delete;
    DROP TRIGGER IF EXISTS ai_system_final_insert;
    DROP TRIGGER IF EXISTS ai_system_final_update;
    DROP TRIGGER IF EXISTS ai_system_final_delete;
    DROP TRIGGER IF EXISTS self_rating_final_insert;
    DROP TRIGGER IF EXISTS self_rating_final_update;
    DROP TRIGGER IF EXISTS self_rating_final_delete;
    DROP TRIGGER IF EXISTS suggestion_verdict_final_insert;
    DROP TRIGGER IF EXISTS iso27001_in_place_final_insert;
    DROP TRIGGER IF EXISTS iso27001_in_place_final_delete;
    "#,
];

/// The schema version this build writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}
