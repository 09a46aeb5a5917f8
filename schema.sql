-- ortaq schema, version 8 (see the 'version N begins' marks).
--
-- The whole schema of an ortaq database. It is embedded in the binary and applied to a
-- new file by the migrations in src/store/migrate.rs, which record the version in
-- PRAGMA user_version. Timestamps are UTC RFC 3339 ('2026-11-23T10:15:00Z'). Money is
-- whole US dollars. NULL means unknown, which is not zero.
--
-- Dates are as precise as the source gives them, never a day it does not give. A
-- project's start and completion are ISO text: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. The
-- date of a source, of an update and of a reported figure is EDTF (ISO 8601-2), which can
-- also say 'autumn 2024' ('2024-23'), 'early 2024' ('2024-37'), 'not before September
-- 2024' ('2024-09/..') or 'about 2024' ('2024~'); the CHECKs below only bound its shape,
-- and ortaq reads it with domain::date::EdtfDate (which `ortaq check` applies too).
-- Such dates are ordered by their earliest, then latest possible day, not as text.

CREATE TABLE projects (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_ru       TEXT,
    country       TEXT CHECK (country IN ('KZ', 'UZ', 'KZ+UZ')),
    region        TEXT,
    sector        TEXT,
    status        TEXT CHECK (status IN
                      ('proposed', 'agreed', 'construction', 'operating', 'suspended', 'cancelled')),
    investment    INTEGER CHECK (investment IS NULL OR (typeof(investment) = 'integer' AND investment >= 0)),
    jobs_planned  INTEGER CHECK (jobs_planned IS NULL OR (typeof(jobs_planned) = 'integer' AND jobs_planned >= 0)),
    jobs_created  INTEGER CHECK (jobs_created IS NULL OR (typeof(jobs_created) = 'integer' AND jobs_created >= 0)),
    partners      TEXT,
    started       TEXT CHECK (started IS NULL
                      OR started GLOB '[12][0-9][0-9][0-9]'
                      OR started GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                      OR started GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    completed     TEXT CHECK (completed IS NULL
                      OR completed GLOB '[12][0-9][0-9][0-9]'
                      OR completed GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                      OR completed GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    description   TEXT,
    source_id     INTEGER REFERENCES sources (id),
    -- Lower-cased name, Russian name, region, sector and partners, kept by the store so
    -- that search is case-insensitive in Cyrillic as well as Latin (SQLite's lower() is
    -- ASCII-only).
    search_text   TEXT NOT NULL DEFAULT '',
    -- Bumped on every change; an edit names the version it started from.
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    -- Soft delete: a deleted project keeps its row and its history.
    deleted_at    TEXT
);

CREATE INDEX projects_live_name ON projects (name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX projects_live_country ON projects (country, id) WHERE deleted_at IS NULL;
CREATE INDEX projects_live_sector ON projects (sector, id) WHERE deleted_at IS NULL;
CREATE INDEX projects_live_investment ON projects (investment, id) WHERE deleted_at IS NULL;

-- version 2 begins: an older file is upgraded by running what stands between these lines.
-- A status filter walks its projects already in name order (the default sort), so a page
-- of them is read, not every project with that status. (Version 1 had (status, id).)
DROP INDEX IF EXISTS projects_live_status;
CREATE INDEX projects_live_status ON projects (status, name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
-- Every figure the footer and the summary add up, so that totals read this narrow index
-- instead of the whole table (the store names it: see Store::totals).
CREATE INDEX projects_live_figures ON projects (status, country, sector, investment, jobs_planned, jobs_created)
    WHERE deleted_at IS NULL;

-- A trigram index of search_text, so that a search for a rare word finds its few projects
-- without reading every row. Kept in step with projects by the triggers below.
CREATE VIRTUAL TABLE project_search USING fts5 (
    search_text, content = 'projects', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
);
CREATE TRIGGER project_search_insert AFTER INSERT ON projects
BEGIN
    INSERT INTO project_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER project_search_update AFTER UPDATE OF search_text ON projects
BEGIN
    INSERT INTO project_search (project_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO project_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER project_search_delete AFTER DELETE ON projects
BEGIN
    INSERT INTO project_search (project_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
-- version 2 ends

-- version 5 begins: dates as uncertain as the text (EDTF), kinds of reported figure, and a
-- source for each figure of a project. An older file has its sources, updates and
-- indicators renamed aside before this block and copied into the tables it creates (see
-- src/store/migrate.rs), since SQLite cannot relax a CHECK in place.

-- Where figures come from: an article, a press release, an official statement.
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    publisher   TEXT NOT NULL CHECK (length(trim(publisher)) > 0),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    url         TEXT,
    -- EDTF; NULL when not even the year can be told.
    published   TEXT CHECK (published IS NULL OR (length(published) BETWEEN 4 AND 40 AND published NOT GLOB '*[^0-9./?~%-]*')),
    -- How the date was arrived at when the text does not print it ("inferred: ...").
    note        TEXT,
    created_at  TEXT NOT NULL
);

-- Dated notes on a project: "frames of eight production buildings finished".
CREATE TABLE updates (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES projects (id),
    -- EDTF: when it happened, as precisely as the source says.
    date        TEXT NOT NULL CHECK (length(date) BETWEEN 4 AND 40 AND date NOT GLOB '*[^0-9./?~%-]*'),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author      TEXT NOT NULL,
    source_id   INTEGER REFERENCES sources (id),
    created_at  TEXT NOT NULL,
    deleted_at  TEXT
);

CREATE INDEX updates_by_project ON updates (project_id, id);

-- Portfolio figures as officially reported ("69 projects, $3.1 billion, 14,000 jobs"),
-- one figure a row, so that what ortaq tracks can be held against them.
CREATE TABLE indicators (
    id          INTEGER PRIMARY KEY,
    -- EDTF: the date the figure stands for, as precisely as the source says.
    as_of       TEXT NOT NULL CHECK (length(as_of) BETWEEN 4 AND 40 AND as_of NOT GLOB '*[^0-9./?~%-]*'),
    -- Of what the figure is: 'portfolio' (all joint projects), 'implemented', ...
    scope       TEXT NOT NULL CHECK (length(trim(scope)) > 0),
    -- What it counts. 'jobs_created' are jobs there already; 'jobs_planned' are jobs the
    -- projects are to create; 'jobs' is a figure recorded before ortaq told them apart.
    -- Money kinds ('investment', 'trade_contracts_value') are whole US dollars.
    metric      TEXT NOT NULL CHECK (metric IN
                    ('projects', 'investment', 'jobs_created', 'jobs_planned', 'jobs',
                     'trade_contracts', 'trade_contracts_value')),
    value       INTEGER NOT NULL CHECK (typeof(value) = 'integer' AND value >= 0),
    -- How the text gives it: exactly, 'over' ("more than"), 'at_least' ("не менее"),
    -- 'about', or 'up_to'.
    qualifier   TEXT NOT NULL DEFAULT 'exact' CHECK (qualifier IN ('exact', 'over', 'at_least', 'about', 'up_to')),
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    note        TEXT,
    created_at  TEXT NOT NULL,
    -- Who recorded it (NULL for figures recorded before version 5).
    recorded_by TEXT,
    -- Soft removal (`ortaq indicator remove` or `correct`): a mistyped figure keeps its
    -- row, with when and by whom it was removed, and is left out of every list and trend.
    removed_at  TEXT,
    removed_by  TEXT,
    -- The figure this one corrects (`ortaq indicator correct`), removed in the same write.
    replaces    INTEGER REFERENCES indicators (id)
);

CREATE INDEX indicators_by_metric ON indicators (scope, metric);

-- The source each figure of a project was last given with (`ortaq set ... --source N`);
-- NULL when it was set without one. Changed through the audit log like any field
-- ('status_source', ...), so undo and history treat a figure and its source alike.
ALTER TABLE projects ADD COLUMN status_source_id INTEGER REFERENCES sources (id);
ALTER TABLE projects ADD COLUMN investment_source_id INTEGER REFERENCES sources (id);
ALTER TABLE projects ADD COLUMN jobs_planned_source_id INTEGER REFERENCES sources (id);
ALTER TABLE projects ADD COLUMN jobs_created_source_id INTEGER REFERENCES sources (id);
-- version 5 ends

-- The append-only audit log. One row per changed field; the rows of one edit share
-- `edit`. Undo and history read it; nothing rewrites it. An undo is itself an edit
-- (kind 'undo') that names the edit it reverts; so is a redo (kind 'redo').
CREATE TABLE changes (
    id          INTEGER PRIMARY KEY,
    edit        INTEGER NOT NULL,
    project_id  INTEGER NOT NULL REFERENCES projects (id),
    -- A field name, or 'created' / 'deleted' / 'restored' / 'note'.
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    author      TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'do' CHECK (kind IN ('do', 'undo', 'redo')),
    reverts     INTEGER,
    -- For 'note' rows: the update added (new_value set) or removed (old_value set).
    update_id   INTEGER REFERENCES updates (id)
);

CREATE INDEX changes_by_project ON changes (project_id, id);
CREATE INDEX changes_by_edit ON changes (edit);
CREATE INDEX changes_by_author ON changes (author, edit);
CREATE INDEX changes_by_reverts ON changes (reverts) WHERE reverts IS NOT NULL;

-- version 3 begins: an older file is upgraded by running what stands between these lines.
-- The digest ("what changed since the last meeting") reads the log by the time of entry,
-- not the whole log.
CREATE INDEX changes_by_time ON changes (changed_at, id);
-- version 3 ends

CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- version 4 begins: who may use a database served over SSH (see `ortaq access`).
-- One row per person: the name the forced command of their key gives (the author of
-- their changes), their role, and their public key as authorized_keys holds it.
CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 32),
    role         TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    -- 'ssh-ed25519 AAAA…', without options or comment.
    public_key   TEXT NOT NULL,
    -- 'SHA256:…', as ssh-keygen -l prints it; one person per key.
    fingerprint  TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL
);

-- What happened at the door: sessions begun and ended, commands refused (with the
-- address they came from), and every change to the people above. Append-only.
CREATE TABLE access_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    event     TEXT NOT NULL CHECK (event IN
                  ('session-start', 'session-end', 'refused', 'person-added', 'role-changed', 'person-removed',
                   'setting-changed')),
    -- The person served, or the person an access change was about.
    person    TEXT,
    -- The command asked for, the reason of a refusal, or the new value.
    detail    TEXT,
    old_value TEXT,
    -- The client's address and port, from SSH_CONNECTION; NULL when not over SSH.
    address   TEXT,
    -- Who did it: the person served, or the local user who ran `ortaq access`.
    author    TEXT NOT NULL
);

CREATE INDEX access_log_by_time ON access_log (at, id);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

-- Settings of a served database: 'backup_dir', the only directory admins may back up
-- to over SSH.
CREATE TABLE settings (
    name   TEXT PRIMARY KEY CHECK (name IN ('backup_dir')),
    value  TEXT NOT NULL
);
-- version 4 ends

-- version 6 begins: people kept apart by more than their name. A name removed and added
-- again is another person: their changes carry another author ('bob#2'), so the new
-- person neither undoes nor inherits the old one's. A session being served names the
-- row of its start in its end, so the command is stored once.
ALTER TABLE people ADD COLUMN author TEXT CHECK (author IS NULL OR length(author) BETWEEN 1 AND 40);
ALTER TABLE access_log ADD COLUMN session INTEGER REFERENCES access_log (id);
CREATE INDEX access_log_by_session ON access_log (session) WHERE session IS NOT NULL;
-- version 6 ends

-- version 7 begins: where a project stands (issue 25), in decimal degrees as text: '43.2386',
-- or '41.05~' when the sources allow only an approximate place (the '~' of EDTF). The map
-- and the GeoJSON export read the projects that have both.
ALTER TABLE projects ADD COLUMN latitude TEXT CHECK (latitude IS NULL OR (typeof(latitude) = 'text'
    AND abs(CAST(rtrim(latitude, '~') AS REAL)) <= 90));
ALTER TABLE projects ADD COLUMN longitude TEXT CHECK (longitude IS NULL OR (typeof(longitude) = 'text'
    AND abs(CAST(rtrim(longitude, '~') AS REAL)) <= 180));
CREATE INDEX projects_live_located ON projects (id)
    WHERE deleted_at IS NULL AND latitude IS NOT NULL AND longitude IS NOT NULL;
-- version 7 ends

-- version 8 begins: the commission's meetings and what they agreed (issue 24).
-- Meetings, forums and talks. Held only when a source records it (held = 1): an
-- announced meeting whose date has passed is not assumed held.
CREATE TABLE meetings (
    id          INTEGER PRIMARY KEY,
    -- EDTF: '2025-10-22/2025-10-23' for "22–23 October 2025".
    date        TEXT NOT NULL CHECK (length(date) BETWEEN 4 AND 40 AND date NOT GLOB '*[^0-9./?~%-]*'),
    place       TEXT NOT NULL CHECK (length(trim(place)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('commission', 'forum', 'talks', 'working_group')),
    -- Its number in the series where the source gives one ("21st").
    number      INTEGER CHECK (number IS NULL OR (typeof(number) = 'integer' AND number > 0)),
    co_chairs   TEXT,
    title       TEXT,
    held        INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
    source_id   INTEGER REFERENCES sources (id),
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);

-- What a meeting agreed (поручения). Overdue is computed, never stored.
CREATE TABLE agreements (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    side         TEXT CHECK (side IN ('kz', 'uz', 'both')),
    responsible  TEXT,
    -- EDTF: "by the end of 2025" is '../2025-12-31'.
    due          TEXT CHECK (due IS NULL OR (length(due) BETWEEN 4 AND 40 AND due NOT GLOB '*[^0-9./?~%-]*')),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    source_id    INTEGER REFERENCES sources (id),
    version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);

CREATE INDEX agreements_by_meeting ON agreements (meeting_id, id);

-- The projects an agreement concerns.
CREATE TABLE agreement_projects (
    agreement_id INTEGER NOT NULL REFERENCES agreements (id),
    project_id   INTEGER NOT NULL REFERENCES projects (id),
    PRIMARY KEY (agreement_id, project_id)
) WITHOUT ROWID;

CREATE INDEX agreement_projects_by_project ON agreement_projects (project_id, agreement_id);

-- Dated notes on an agreement's progress (обновления), as on a project.
CREATE TABLE agreement_notes (
    id            INTEGER PRIMARY KEY,
    agreement_id  INTEGER NOT NULL REFERENCES agreements (id),
    date          TEXT NOT NULL CHECK (length(date) BETWEEN 4 AND 40 AND date NOT GLOB '*[^0-9./?~%-]*'),
    text          TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author        TEXT NOT NULL,
    source_id     INTEGER REFERENCES sources (id),
    created_at    TEXT NOT NULL,
    deleted_at    TEXT
);

CREATE INDEX agreement_notes_by_agreement ON agreement_notes (agreement_id, id);

-- The audit log of meetings and agreements, beside `changes` (whose rows name a
-- project). Its edits are numbered in one sequence with those of `changes`, so that
-- undo takes back a person's last edit, whichever log holds it. Append-only.
CREATE TABLE commission_changes (
    id          INTEGER PRIMARY KEY,
    edit        INTEGER NOT NULL,
    entity      TEXT NOT NULL CHECK (entity IN ('meeting', 'agreement')),
    entity_id   INTEGER NOT NULL,
    -- A column name, or 'created' / 'deleted' / 'project' (a link added or removed) /
    -- 'note' (new_value: the note's id added; old_value: removed).
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    author      TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'do' CHECK (kind IN ('do', 'undo', 'redo')),
    reverts     INTEGER
);

CREATE INDEX commission_changes_by_entity ON commission_changes (entity, entity_id, id);
CREATE INDEX commission_changes_by_edit ON commission_changes (edit);
CREATE INDEX commission_changes_by_author ON commission_changes (author, edit);
CREATE INDEX commission_changes_by_time ON commission_changes (changed_at, id);

CREATE TRIGGER commission_changes_no_update BEFORE UPDATE ON commission_changes
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER commission_changes_no_delete BEFORE DELETE ON commission_changes
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
-- version 8 ends

-- version 9 begins
-- The audit log of reported figures (issue 21): who recorded, removed or corrected
-- which, so that undo takes a figure back in the one order of a person's edits. Its
-- edits are numbered in the sequence of `changes` and `commission_changes`. A row says
-- what it did to the figure: 'added' (it is live after), 'removed', or 'skipped' (an
-- undo stepped past the edit `reverts`, which it could not take back). A correction is
-- one edit of two rows: the old figure removed, the new one added.
CREATE TABLE figure_changes (
    id           INTEGER PRIMARY KEY,
    edit         INTEGER NOT NULL,
    indicator_id INTEGER NOT NULL REFERENCES indicators (id),
    field        TEXT NOT NULL CHECK (field IN ('added', 'removed', 'skipped')),
    author       TEXT NOT NULL,
    changed_at   TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT 'do' CHECK (kind IN ('do', 'undo', 'redo')),
    reverts      INTEGER
);

CREATE INDEX figure_changes_by_edit ON figure_changes (edit);
CREATE INDEX figure_changes_by_author ON figure_changes (author, edit);
CREATE INDEX figure_changes_by_indicator ON figure_changes (indicator_id, id);

CREATE TRIGGER figure_changes_no_update BEFORE UPDATE ON figure_changes
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER figure_changes_no_delete BEFORE DELETE ON figure_changes
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
-- version 9 ends
