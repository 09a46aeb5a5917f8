# ortaq, English: cli messages. Every message here is in ../ru/cli.ftl too, with the same variables.

## Folders and files
cli-folder-created = created the folder { $folder }
cli-folder-not-created = { $folder }: cannot create the folder

## Export
cli-export-geojson-unlocated = { $count ->
    [one] { $count } project has no known place and is left out of the map
   *[other] { $count } projects have no known place and are left out of the map
}
cli-export-geojson-half-located = Only one of latitude and longitude is known for { $ids }: { $count ->
    [one] it is left out of the map; set both (ortaq set ID lat=… lon=…)
   *[other] they are left out of the map; set both (ortaq set ID lat=… lon=…)
}
cli-export-unreadable = { $count ->
    [one] { $count } value ortaq cannot read (written by another tool) is exported as empty; `ortaq check` names it
   *[other] { $count } values ortaq cannot read (written by another tool) are exported as empty; `ortaq check` names them
}
cli-exported = exported { $count ->
    [one] { $count } project
   *[other] { $count } projects
} to { $file }
cli-export-over-open-database = { $file }: that is the database ortaq has open; an export never replaces it, choose another file
cli-export-over-folder = { $file }: a directory; give the name of a file to write
cli-export-over-sqlite = { $file }: an SQLite database; an export never writes over one (remove it yourself if you mean to replace it)
cli-export-over-journal = { $file }: the journal of the SQLite database beside it; an export never writes over one, choose another name
cli-export-exists = { $file }: the file exists; add --force to replace it, or choose another name
cli-export-no-temp = { $file }: cannot create a file in { $folder }
cli-export-not-written = { $file }: cannot write (nothing was changed)
cli-export-appeared = { $file }: the file appeared meanwhile; add --force to replace it

## Import
cli-import-unreadable = { $file }: cannot read
cli-import-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in { $file }; nothing was imported
cli-import-workbook-has-no-sources = . A workbook's sheet of projects names each source by its title: import into a database that has these sources, or export with `ortaq export --format json`, which carries the sources too
cli-import-csv-has-no-sources = . A CSV file carries the projects only, not their sources: import into a database that has these sources, or export with `ortaq export --format json`, which carries the sources too
cli-import-read-sheet = { $kind }, sheet { $position } { $sheet }
cli-import-refused-sheet = ; read from sheet { $position } { $sheet }
cli-import-read-as-delimited = { $encoding }, { $delimiter }-separated
cli-imported = imported { $projects ->
    [one] { $projects } project
   *[other] { $projects } projects
}, { $updates ->
    [one] { $updates } update
   *[other] { $updates } updates
}, { $figures ->
    [one] { $figures } reported figure
   *[other] { $figures } reported figures
} and { $sources ->
    [one] { $sources } new source
   *[other] { $sources } new sources
} ({ $reused } already here) from { $file } (read as { $how })
cli-import-duplicates = { $file }: { $count ->
    [one] { $count } project
   *[other] { $count } projects
} already in the database or twice in the file: { $names }; nothing was imported (add --allow-duplicates to import them anyway)
cli-import-unknown-source = { $file }: a row names the source { $title } ({ $publisher }), which is neither in the file's sources nor in the database; nothing was imported
cli-import-not-allowed = { $file }: only an admin may record reported figures or add sources (as only an admin may run `indicator add` and `source add`), and the file brings { $what }; nothing was imported. Ask an admin to import it, or leave them out of the file
cli-import-not-allowed-figures = { $count ->
    [one] { $count } reported figure
   *[other] { $count } reported figures
} ({ $list })
cli-import-not-allowed-sources = { $count ->
    [one] { $count } source this database does not have
   *[other] { $count } sources this database does not have
} ({ $list })
cli-import-not-allowed-and = { $first } and { $second }
cli-import-and-more = { $list } and { $more } more
cli-import-source-ambiguous = source: { $count } sources are titled { $title } ({ $ids }); give #id

## The database
cli-no-data-directory = cannot find your data directory (no home directory?); give a database with --db PATH
cli-created-database-empty = created a new database at { $path } (empty)
cli-created-database-seeded = created a new database at { $path } (with the seed portfolio)
cli-backed-up = backed up { $database } to { $file }
cli-stdout-failed = cannot write to standard output
cli-backup-temporary = cannot make the temporary copy for standard output
cli-backup-to-terminal = the copy is a database file, not text for the terminal: redirect it (`> copy.db`)

## Changes
cli-added = added #{ $id } { $name }
cli-added-same-name = note: #{ $id } «{ $name }» has the same name; if they are one project, delete one of them (`ortaq delete`)
cli-set-unchanged = #{ $id } already had those values; nothing changed
# $count: how many fields; English needs no agreement, Russian does ("изменено поле" / "изменены поля").
cli-set = #{ $id } { $name }: set { $count ->
        [one] { $fields }
       *[other] { $fields }
    } (version { $version })
cli-set-source-cleared = { $fields }: source cleared; give --source to keep one
cli-set-source-without-figure = --source names the source of a figure; give one with it (status, investment, jobs_planned or jobs_created)
cli-deleted = deleted #{ $id } { $name } (restore it with `ortaq restore { $id }`)
cli-restored = restored #{ $id } { $name }
cli-restore-needs-id = takes the deleted project's id, a number such as 12 (the digest lists deleted projects with theirs: `ortaq digest --since 30d`), not a name: “{ $given }” is not one
cli-undone = undone: { $change }
cli-undo-stuck = { $why }. It is { $change }: `ortaq undo --skip` steps past it, and the next undo takes your change before it
cli-skipped = stepped past { $change }: { $why }; `ortaq undo` now takes your change before it
cli-redone = redone: { $change }
cli-noted = added an update dated { $date } to #{ $id } { $name } (source: { $source })
cli-source-added = added source { $source } (published: { $date })
cli-figure-added = recorded figure { $figure }
cli-figure-removed = removed figure { $figure } (kept on record: `ortaq indicator list --all`)
cli-figure-corrected = corrected: { $old } is now { $new }
cli-figure-replaces = (replaces #{ $id })
cli-figure-removed-mark = [removed { $at } by { $by }]
cli-figure-not-an-id = { $input } is not a figure's number; write it as `indicator list` shows it, such as 11 or #11
cli-figure-money-too-large = { $input } is more than { $ceiling }, more than ortaq takes for a reported figure: check for extra zeros
cli-figure-count-too-large = { $input } is more than { $ceiling }, more than ortaq takes for a reported figure: check for extra zeros

## Lists and summaries
cli-bad-sort = cannot sort by { $key }; sort by one of { $keys }
cli-bad-group = cannot group by { $name }; use status, country or sector
cli-group-twice = --by names { $name } twice
cli-group-too-many = --by takes at most two of status, country and sector
cli-trend-with-filters = --trend shows the figures officials reported for the whole portfolio, which --status, --country and --sector cannot narrow; leave them out, or drop --trend to sum the projects shown
cli-no-such-sector = no project has the sector { $sector }; the sectors are: { $sectors }
cli-completions-not-utf8 = the completion script is not UTF-8
cli-manpage-failed = cannot build the manual page
cli-manpage-not-utf8 = the manual page is not UTF-8
cli-source-ref = source #{ $id }
cli-metric-jobs-refused = --metric jobs is kept only for figures recorded before ortaq told created jobs from planned ones; say which these are: --metric jobs_created (already there) or --metric jobs_planned (to be created)
cli-over-and-qualifier = --over and --qualifier say the same thing; give one of them
cli-qualifier-twice = { $value } says “{ $worded }”, and the option says “{ $given }”: give one of them

## Check
cli-check-rebuilt = rebuilt the search index from the projects
cli-check-ok = ok
cli-check-counts = schema version { $schema }
    { $projects ->
        [one] { $projects } project
       *[other] { $projects } projects
    } ({ $deleted } deleted), { $updates ->
        [one] { $updates } update
       *[other] { $updates } updates
    }, { $changes ->
        [one] { $changes } audit row
       *[other] { $changes } audit rows
    }
    integrity: { $integrity }
cli-check-index-ok = search index: ok
cli-check-index-not-checked = search index: not checked (the database is open read-only)
cli-check-index-out-of-step = search index: out of step with the projects ({ $problem }); searches may miss projects until `ortaq check --repair` rebuilds it
cli-check-unreadable = unreadable value: project #{ $id } { $field } = { $value } (not one ortaq writes; shown as unknown and left out of sums: set it again with `ortaq set { $id } { $field }=…`)
cli-check-unreadable-figure = unreadable value: reported figure #{ $id } value = { $value } (not one ortaq writes; left out of the summary and the trend)
cli-check-unreadable-figure-date = unreadable date: reported figure #{ $id } as of { $value } (not a date ortaq reads; the figure is left out of the summary and the trend)
cli-check-unreadable-source-date = unreadable date: source #{ $id } published { $value } (not a date ortaq reads; shown as stored)
cli-check-unreadable-update-date = unreadable date: update #{ $id } of { $value } (not a date ortaq reads; shown as stored and listed as the oldest)
cli-check-completed-before-start = project #{ $id }: completed { $completed }, before its start ({ $started }); set the right dates with `ortaq set { $id } started=… completed=…`
cli-check-foreign-key = foreign key: { $table } row { $row } points to a missing { $parent }
cli-check-failed = { $database }: the database has problems (see above)

## --help (the English texts are the derive's doc comments in cli/mod.rs; a test keeps them equal)
cli-help-template = {"{before-help}{about-with-newline}"}
    {"{usage-heading} {usage}"}

    {"{all-args}{after-help}"}
cli-help-commands = Commands
cli-help-command = COMMAND
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-flag-help = Print help
cli-help-flag-version = Print version
cli-help-help = Print this message or the help of the given subcommand(s)
cli-help-default = default: { $value }
# A default that is a word, as the language says it (both forms are read).
cli-default-today = today
cli-help-possible = one of: { $values }
cli-help-env = or the environment variable { $name }
cli-help = Keyboard-driven terminal tracker for joint Kazakhstan–Uzbekistan industrial projects
cli-help-arg-db = The database file (default: ortaq.db in your data directory)
cli-help-arg-empty = When the database is created now, leave it empty instead of loading the seed
cli-help-arg-lang = The language of the interface and of printed text: en or ru (default: ORTAQ_LANG, then the locale, LC_ALL / LC_MESSAGES / LANG). Machine formats (JSON, CSV) are the same in every language
cli-help-arg-read-only = Open the database read-only
cli-help-arg-mouse = Let the interface capture the mouse (off by default, so text can be selected)
cli-help-arg-status = Only this status (repeatable): proposed, agreed, construction, operating, suspended, cancelled
cli-help-arg-country = Only this country (repeatable): KZ, UZ, KZ+UZ
cli-help-arg-sector = Only this sector (repeatable)
cli-help-list = List projects, filtered, searched and sorted
cli-help-list-arg-search = Words that must occur in the name, region, sector or partners
cli-help-list-arg-sort = Sort by: name, location, sector, status, investment, jobs, updated, id
cli-help-list-arg-reverse = Reverse the order
cli-help-show = Show one project in full: fields, updates and sources
cli-help-show-arg-project = Id (`12`) or an unambiguous fragment of the name
cli-help-arg-project = Id (`12`) or an unambiguous fragment of the name
cli-help-import-arg-file = The file to read: .csv, .json, .xlsx, .xls or .ods
cli-help-backup-arg-path = The file to write the copy to (`-`: standard output, the only form over SSH)
cli-help-add = Add a project
cli-help-add-arg-investment = US dollars: 3400000000, $3.4bn, 217 million, 850k, 217 млн
cli-help-add-arg-source = The source of the figures: its id or a fragment of its publisher or title
cli-help-set = Change fields of a project: `ortaq set angren investment=12.5m status=operating`
cli-help-set-arg-assignments = FIELD=VALUE pairs; an empty value clears the field
cli-help-set-arg-if-version = Refuse the change unless the project is still at this version
cli-help-set-arg-source = The source of the figures set (status, investment, jobs): its id or a fragment of its publisher or title. A figure set without it loses its old source
cli-help-delete = Delete a project (it stays in the history and can be restored)
cli-help-restore = Restore a deleted project
cli-help-restore-arg-id = The project's id (`12` or `#12`), as `history` or `list --format json` shows it
cli-help-undo = Undo your last change (read from the audit log, so it works across restarts)
cli-help-undo-arg-skip = Step past your last change when it cannot be undone (someone changed it since, or deleted or restored its project): the next undo takes the change before it
cli-help-redo = Redo your last undo
cli-help-note = Add a dated update to a project
cli-help-note-arg-text = What happened
cli-help-note-arg-date = The date it happened, as precise and as sure as known: 2024-07-12, 12.07.2024, 2024-07, 2024, autumn 2024, early 2024, Q1 2024, not before 09.2024, about 2024, 09.2024–12.2024, today
cli-help-note-arg-source = The source: its id or a fragment of its publisher or title
cli-help-history = Show the audit trail of a project: time, author, field, old -> new
cli-help-summary = Print the summary table, with tracked against reported figures
cli-help-summary-arg-by = Group by status, country or sector, or two of them: --by country,status
cli-help-summary-arg-ascii = Draw the text table with ASCII only
cli-help-summary-arg-as-of = Compare with the figures reported by this date: a figure counts when the earliest day its date may stand for is on or before the last day of this one (early 2024 counts by 2024-01-01)
cli-help-summary-arg-trend = Show the reported figures over time instead
cli-help-summary-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-summary-arg-output = Write to this file instead of standard output (never over a database)
cli-help-summary-arg-force = Replace the output file if it exists
cli-help-export = Write the whole portfolio as JSON (sources, projects with updates, reported figures), the projects as CSV, the projects and sources as an Excel workbook (xlsx: with -o FILE, or redirected), or the located projects as GeoJSON
cli-help-export-arg-output = Write to this file instead of standard output (never over a database)
cli-help-export-arg-force = Replace the output file if it exists
cli-help-import = Add what a CSV, JSON or spreadsheet (xlsx, xls, ods: the sheet holding projects) file holds: all of it or nothing. With --update, take its rows as corrections of the projects they name
cli-help-import-arg-update = Take the rows as corrections of the projects they name (by the id column, else by name in either language): the changed cells are written as one edit per project, and one `undo` takes back the whole import. CSV and workbooks
cli-help-import-arg-dry-run = With --update: print what would change, cell by cell, and write nothing
cli-help-import-arg-force = With --update: also apply the rows of projects changed since the file was written (its updated_at column), over those changes
cli-help-import-arg-clear-empty = With --update: an empty cell clears the value (without it, it leaves it as it is)
cli-help-import-arg-add-new = With --update: add the rows that name no project as new projects (without it, they are listed and skipped)
cli-help-import-arg-source = With --update: the source of the figures the file changes (status, investment, jobs): its id or a fragment of its publisher or title. A figure changed without it loses its old source
cli-help-import-arg-format = The file's format (default: from its extension); xlsx also reads xls and ods
cli-help-import-arg-allow-duplicates = Import projects even if a live project has the same name, or the file names one twice
cli-help-import-arg-sheet = The sheet of a workbook to read, by name (needed when several sheets hold projects; a hidden sheet is read only when named)
cli-help-import-arg-unit = The unit of investment figures whose column header gives none
cli-help-backup = Copy the database safely while others use it
cli-help-check = Check the database's integrity, foreign keys and search index
cli-help-check-arg-repair = Rebuild the search index if it is out of step with the projects
cli-help-source = List or add sources
cli-help-source-list = List the sources
cli-help-source-add = Add a source
cli-help-source-add-arg-published = As precise and as sure as the source gives it: 2024-07-12, 2024-07, 2024, autumn 2024, not before 09.2024, about 2024
cli-help-source-add-arg-note = How the date was arrived at, or anything else worth knowing
cli-help-source-add-arg-publisher = Who published it: a ministry, an agency, a newspaper
cli-help-source-add-arg-title = The title of the publication
cli-help-source-add-arg-url = Where it can be read: a web address
cli-help-indicator-add-arg-note = Anything else worth knowing about the figure
cli-help-indicator = List, add, remove or correct officially reported portfolio figures
cli-help-indicator-list = List the reported figures, oldest first
cli-help-indicator-add = Record a reported figure
cli-help-indicator-add-arg-as-of = The date it was reported, as precise and as sure as known: 2024-07-12, 2024, early 2024, not before 09.2024
cli-help-indicator-add-arg-scope = What it counts: portfolio, implemented, ...
cli-help-indicator-add-arg-metric = projects, investment, jobs_created, jobs_planned, trade_contracts or trade_contracts_value
cli-help-indicator-add-arg-value = The figure: 74, $3.4bn, 14600
cli-help-indicator-add-arg-qualifier = How the text gives it: exact, over ("more than"), at_least ("at least", "no less than"), about or up_to ("up to")
cli-help-indicator-add-arg-over = The text said "more than" / "over": the same as --qualifier over
cli-help-indicator-add-arg-source = The source: its id or a fragment of its publisher or title
cli-help-indicator-list-arg-all = Also the removed figures, marked as such
cli-help-indicator-remove = Remove a mistyped figure: it is kept on record, left out of lists and the trend
cli-help-indicator-remove-arg-id = The figure's number, as `indicator list` shows it (#11 or 11)
cli-help-indicator-correct = Correct a figure: the old one is removed and a new one, naming it, recorded
cli-help-indicator-correct-arg-id = The figure's number, as `indicator list` shows it (#11 or 11)
cli-help-indicator-correct-arg-value = The right figure: 74, $3.4bn, 14600
cli-help-indicator-correct-arg-qualifier = How the text gives it: exact, over ("more than"), at_least ("at least", "no less than"), about or up_to ("up to"); kept if not given
cli-help-indicator-correct-arg-note = Kept if not given
cli-help-completions = Print a shell completion script: `source <(ortaq completions bash)`
cli-help-completions-arg-shell = bash, zsh, fish, powershell (or elvish)
cli-help-manpage = Print the manual page (roff): `ortaq manpage | man -l -`

## Value names in --help (used in other languages; English keeps the derive's)
cli-value-path = PATH
cli-value-lang = LANG
cli-value-project = PROJECT
cli-value-text = TEXT
cli-value-id = ID
cli-value-file = FILE
cli-value-date = DATE
cli-value-field-value = FIELD=VALUE
cli-value-n = N
cli-value-shell = SHELL
cli-value-format = FORMAT
cli-value-status = STATUS
cli-value-country = COUNTRY
cli-value-sector = SECTOR
cli-value-search = SEARCH
cli-value-sort = SORT
cli-value-by = BY
cli-value-name = NAME
cli-value-name-ru = NAME_RU
cli-value-region = REGION
cli-value-investment = INVESTMENT
cli-value-jobs-planned = JOBS_PLANNED
cli-value-jobs-created = JOBS_CREATED
cli-value-partners = PARTNERS
cli-value-started = STARTED
cli-value-completed = COMPLETED
cli-value-description = DESCRIPTION
cli-value-source = SOURCE
cli-value-publisher = PUBLISHER
cli-value-title = TITLE
cli-value-url = URL
cli-value-co-chairs = CO_CHAIRS
cli-value-due = DUE
cli-value-kind = KIND
cli-value-last = LAST
cli-value-link = LINK
cli-value-unlink = UNLINK
cli-value-meeting = MEETING
cli-value-number = NUMBER
cli-value-place = PLACE
cli-value-responsible = RESPONSIBLE
cli-value-role = ROLE
cli-value-side = SIDE
cli-value-since = SINCE
cli-value-unit = UNIT
cli-value-when = WHEN
cli-value-published = PUBLISHED
cli-value-note = NOTE
cli-value-scope = SCOPE
cli-value-metric = METRIC
cli-value-qualifier = QUALIFIER
cli-value-value = VALUE
cli-value-as-of = AS_OF

cli-help-usage-options = [OPTIONS]
cli-help-arg-format = The output format
cli-help-export-arg-format = The file format: JSON carries everything, CSV the projects only, xlsx the projects and the sources, GeoJSON (RFC 7946) the projects with a location
cli-help-add-arg-name = The project's name
cli-help-add-arg-name-ru = Its name in Russian
cli-help-add-arg-country = KZ, UZ or KZ+UZ
cli-help-add-arg-region = Where it is: region or city
cli-help-add-arg-sector = The industry
cli-help-add-arg-status = proposed, agreed, construction, operating, suspended or cancelled
cli-help-add-arg-jobs-planned = Jobs the project plans to create
cli-help-add-arg-jobs-created = Jobs created so far
cli-help-add-arg-partners = The companies and agencies involved
cli-help-add-arg-started = When work began: 2024-07-12, 12.07.2024, 2024-07, 2024
cli-help-add-arg-completed = When work ended, as precise as known
cli-help-add-arg-description = What the project makes or does

## The summary table
cli-dimension-status = Status
cli-dimension-country = Country
cli-dimension-sector = Sector
cli-country-kz = KZ
cli-country-uz = UZ
cli-country-both = KZ+UZ
cli-summary-projects = Projects
cli-summary-investment = Investment
cli-summary-investment-usd = Investment (USD)
cli-summary-no-figure = No figure
cli-summary-no-figure-short =
    No
    figure
cli-summary-jobs-planned = Jobs planned
cli-summary-jobs-planned-short =
    Jobs
    planned
cli-summary-jobs-created = Jobs created
cli-summary-jobs-created-short =
    Jobs
    created
cli-summary-share = Share
cli-summary-total = Total
cli-summary-unknown = (unknown)
cli-summary-unreadable = { $count ->
    [one] { $count } project holds
   *[other] { $count } projects hold
} figures another tool wrote that ortaq cannot read; they are left out of the sums (`ortaq check` names them).
cli-summary-no-reported = No reported portfolio figures are recorded (see `ortaq indicator add`).
cli-summary-no-reported-by = No reported portfolio figure is dated on or before { $date }.
cli-summary-comparison = Tracked vs reported
cli-summary-comparison-filtered = Tracked (only the projects shown) vs reported (the whole portfolio)
cli-summary-portfolio = Portfolio
cli-summary-tracked = Tracked
cli-summary-reported = Reported
cli-summary-coverage = Coverage
cli-summary-as-of = As of
cli-summary-source = Source: { $source }
cli-trend-title = Reported portfolio figures over time
cli-trend-jobs-created =
    Jobs
    created
cli-trend-jobs-planned =
    Jobs
    planned
cli-trend-jobs-unrecorded =
    Jobs (kind
    not recorded)
cli-trend-contracts =
    Trade
    contracts
cli-trend-contracts-value =
    Contracts,
    value
cli-trend-source = Source

## show and history
cli-field-name = Name
cli-field-name-ru = Name (Russian)
cli-field-country = Country
cli-field-region = Region
cli-field-sector = Sector
cli-field-status = Status
cli-field-investment = Investment (USD)
cli-field-jobs-planned = Jobs planned
cli-field-jobs-created = Jobs created
cli-field-partners = Partners
cli-field-started = Started
cli-field-completed = Completed
cli-field-description = Description
cli-field-source = Source
cli-field-status-source = Source of status
cli-field-investment-source = Source of investment
cli-field-jobs-planned-source = Source of jobs planned
cli-field-jobs-created-source = Source of jobs created
cli-field-latitude = Latitude
cli-field-longitude = Longitude
cli-detail-updated = Updated
cli-detail-version = version { $version }, { $zone }
cli-detail-updates = Updates ({ $count })
cli-detail-sources = Sources ({ $count })
cli-detail-source = source { $source }
cli-detail-entered = { $author }, entered { $time }
cli-history-title = History of #{ $id } { $name } (times: { $zone })

## list
cli-list-id = ID
cli-list-name = Name
cli-list-location = Location
cli-list-sector = Sector
cli-list-status = Status
cli-list-investment = Investment
cli-list-jobs = Jobs

## check: the journal (warnings start with "warning:")
cli-journal-wal = journal: wal
cli-not-project-assignment = { $given } is not FIELD=VALUE (for example investment=12.5m)
cli-journal-not-wal = warning: the journal mode is { $mode }, not WAL: Litestream cannot replicate this file, and readers wait for writers; switch it back with `sqlite3 FILE 'PRAGMA journal_mode=WAL'` while nobody has it open
cli-journal-overgrown = warning: the -wal file holds { $waiting } MB of changes not yet checkpointed into the database (more than { $limit } MB): something holds checkpoints back, such as a replication (Litestream) that stopped or a reader left open; see `systemctl status litestream`

## Mistyped command lines (English keeps clap's own words; these serve other languages)
cli-parse-error = error: { $problem }
cli-parse-more = For more information, try '--help'.
cli-parse-unknown-argument = unexpected argument '{ $argument }' found
cli-parse-unknown-command = unrecognized subcommand '{ $command }'
cli-parse-invalid-value = invalid value '{ $value }' for '{ $argument }' [possible values: { $values }]
cli-parse-missing = the following required arguments were not provided: { $arguments }
cli-parse-bad-argument = the argument '{ $argument }' is not used as it should be
cli-parse-invalid-because = { $argument }: { $reason }
cli-parse-no-value = a value is required for '{ $argument }' but none was supplied
cli-parse-usage = Usage: { $usage }

## ortaq access and serve (issue 15)
cli-help-access = Who may use this database over SSH, and as what: one service account, a key per person
cli-help-access-add = Let a person in with their SSH public key: `access add alice --role editor --key alice.pub`
cli-help-access-add-arg-name = Their name: the author of their changes (letters, digits, `.`, `_`, `-`)
cli-help-access-add-arg-role = viewer, editor or admin
cli-help-access-remove-arg-name = The person's name
cli-help-access-role-arg-name = The person's name
cli-help-access-role-arg-role = The new role: viewer, editor or admin
cli-help-access-add-arg-key = Their public key file (`-`: standard input)
cli-help-arg-authorized-keys = The authorized_keys file to write (default: ~/.ssh/authorized_keys of the account running ortaq)
cli-help-access-list = List the people allowed in, with their roles and key fingerprints
cli-help-access-remove = Take a person's access away (their past changes stay theirs)
cli-help-access-role = Change a person's role: viewer, editor or admin
cli-help-access-sync = Write the authorized_keys file again from the database
cli-help-access-log = Show the access log: sessions, refused commands and where they came from, changes to people
cli-help-access-log-arg-last = How many of the latest entries
cli-help-serve = The command each person's key runs in authorized_keys (written by `access`)
cli-help-serve-arg-authorized-keys = The authorized_keys file the person's line is in (rewritten by admins' `access` commands)
cli-help-serve-arg-key = The fingerprint of the key the line is for: served only while it is still the person's key
cli-help-serve-arg-name = The person: their role and name come from the database

## digest
cli-help-digest = What was entered in a window of time: the portfolio then and now, new, deleted and restored projects, status and figure changes, new updates, the authors
cli-help-digest-arg-since = From when: 2024-10-22, 22.10.2024, today, 7d, 2w, or an RFC 3339 time
cli-help-digest-arg-until = Up to when (default: now), in the same forms
cli-help-digest-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-digest-arg-output = Write to this file instead of standard output (never over a database)
cli-help-digest-arg-force = Replace the output file if it exists
cli-help-list-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-list-arg-output = Write to this file instead of standard output (never over a database)
cli-help-list-arg-force = Replace the output file if it exists

## Corrections (import --update)
cli-update-project = { $name } (#{ $id }, { $place }):
cli-update-forced = { $name } (#{ $id }, { $place }), changed here since the file was written; applied over that change, as --force asks:
cli-update-conflict = { $name } (#{ $id }, { $place }) was changed here since the file was written (the file's updated_at is { $in_file }; last changed by { $author } at { $at }); NOT applied (--force applies it over that change):
cli-update-added = { $name } (#{ $id }, { $place }): a new project
cli-update-cell = {"  "}{ $field }: { $old } → { $new }
cli-update-no-such = { $place }: no live project has the id #{ $id }; row skipped
cli-update-new = { $place }: { $name } is the name of no project; row skipped (--add-new adds it as a new project)
cli-update-ambiguous = { $place }: { $name } reads as the name of { $count } projects ({ $candidates }); row skipped: add an id column to say which
cli-update-twice = { $place }: { $name } is named again at { $other }; both rows skipped
cli-update-name-taken = { $place }: { $name } has no id, and is the name of #{ $id } { $project }; row skipped: give its id to correct that project
cli-update-refused = { $count ->
    [one] { $count } row
   *[other] { $count } rows
} of { $file } cannot be applied; nothing was written
cli-update-json = { $file }: --update reads CSV and workbooks; a JSON document brings whole projects (import it without --update)
cli-update-no-updated-at = { $file } has no updated_at column: ortaq cannot tell a project changed here since the file was made from a correction, and takes every difference as one
cli-update-rest = { $unchanged } unchanged, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
} not applied, { $skipped ->
    [one] { $skipped } row
   *[other] { $skipped } rows
} skipped
cli-update-dry-run = dry run: { $changed ->
    [one] { $changed } project
   *[other] { $changed } projects
} would change and { $added } would be added from { $file } (read as { $how }); { $rest }; nothing was written
cli-update-nothing = nothing written from { $file } (read as { $how }): no change to apply; { $rest }
cli-update-done = updated { $changed ->
    [one] { $changed } project
   *[other] { $changed } projects
} and added { $added } from { $file } (read as { $how }), as one change (`ortaq undo` takes it all back); { $rest }
cli-update-source-unused = --source was given, but the file changes no figure (status, investment, jobs): no source was attached
cli-update-id-and-name = { $place }: the id #{ $id } names one project and the name { $name } another (#{ $other } { $project }); row skipped: is the id column a count of rows?
