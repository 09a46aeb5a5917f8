# ortaq, English: errors messages. Every message here is in ../ru/errors.ftl too, with the same variables.
# Values typed by a person ($input, $reference) arrive quoted; paths and counts as they are.

## A refused value, said of the field it was typed into
err-in-field = { $field }: { $problem }

## Money
err-money-accepted = write US dollars such as 3400000000, 3,400,000,000, $3.4bn, 217 million, 850k or 217 млн
err-money-empty = the amount is empty; { err-money-accepted }
err-money-negative = the amount cannot be negative; { err-money-accepted }
err-money-ambiguous = { $input } is ambiguous: { $grouped } (the mark groups thousands, as English writes) or { $decimal } (a decimal mark, as Russian writes); write { $grouped } or { $decimal }
err-money-ambiguous-not-whole = { $input } is ambiguous: { $grouped } (the mark groups thousands, as English writes) or { $decimal } (a decimal mark, as Russian writes), which is no whole number of dollars; if you meant { $grouped }, write { $grouped }
err-money-not-whole = the amount must be in whole dollars; { err-money-accepted }
err-money-too-large = { $input } is more than { $ceiling } (100 billion US dollars), larger than any single project: check for extra zeros
err-money-not-a-number = { $input } is not an amount of money; { err-money-accepted }
err-money-approximate = { $input } is approximate: give the amount alone, such as 100 million; “about”, “over”, “at least”, “up to” belong only to officially reported figures; a project holds the amount itself

## Counts (jobs, projects)
err-count-accepted = write a whole number such as 14600, 14 600 or 1,400,000
err-count-empty = count is empty; { err-count-accepted }
err-count-negative = count cannot be negative; { err-count-accepted }
err-count-ambiguous = count { $input } is ambiguous: { $grouped } (the mark groups thousands, as English writes) or { $decimal } (a decimal mark, as Russian writes); write { $grouped } or { $decimal }
err-count-ambiguous-not-whole = count { $input } is ambiguous: { $grouped } (the mark groups thousands, as English writes) or { $decimal } (a decimal mark, as Russian writes), which is no whole count; if you meant { $grouped }, write { $grouped }
err-count-not-whole = count must be a whole number; { err-count-accepted }
err-count-too-large = { $input } is more than { $ceiling }, larger than any single project's count: check for extra zeros
err-count-not-a-number = count { $input } is not a number; { err-count-accepted }
err-count-approximate = count { $input } is approximate: give the number alone, such as 500; “about”, “over”, “at least”, “up to” belong only to officially reported figures; a project holds the number itself

## Dates
err-date-accepted = write a date such as 2024-07-12, 12.07.2024, 2024-07, 2024, today, autumn 2024, early 2024, Q1 2024, not before 2024-09, about 2024 or 2024-09 – 2024-12
err-date-not-a-date = { $input } is not a date; { err-date-accepted }
err-date-impossible-year = { $input } has an impossible year; { err-date-accepted }
err-date-year-range = { $input } has a year outside { $min }–{ $max }; { err-date-accepted }
err-date-no-such-month = { $input } has no such month; { err-date-accepted }
err-date-no-such-day = { $input } has no such day; { err-date-accepted }
err-date-not-stored = { $input } is not a stored date (EDTF such as 2024, 2024-07, 2024-07-12, 2024-23, 2024-09/.., 2024~); { err-date-accepted }
err-date-unspecified = { $input } has unspecified digits; say the year, the season or the interval instead; { err-date-accepted }
err-date-time = { $input } has a time of day; ortaq keeps the date only; { err-date-accepted }
err-date-set = { $input } is a set of dates; give one date or an interval; { err-date-accepted }
err-date-grouping = { $input } is a part of the year ortaq does not name (seasons are 21–24, quarters 33–36, early/mid/late 37–39, halves 40–41); { err-date-accepted }
err-date-partly-qualified = { $input } qualifies only part of the date; put ?, ~ or % after the whole date; { err-date-accepted }
err-date-not-in-subset = { $input } is EDTF ortaq cannot say in words; { err-date-accepted }
err-date-end-before-start = { $input } ends before it starts; give the earlier date first
err-date-future = { $input } has not come yet: a source is published, a figure reported and an update noted on a day already past; check the year
err-date-not-calendar = { $input } is not a plain day, month or year, which is all a project's start or completion keeps: write 2024-07-12, 2024-07 or 2024
err-date-not-calendar-offer = { $input } is not a plain day, month or year, which is all a project's start or completion keeps: write the one meant, such as { $offered }
err-date-ambiguous-winter = { $input } reads two ways: the winter whose January and February are in that year, or the one that begins in its December; write { $first } or { $second }
err-date-ambiguous-day-or-month = { $input } reads two ways: day first or month first; write { $first } or { $second }
err-date-ambiguous-short-year = { $input } has a two-digit year; write the year in full: { $first } or { $second }
err-date-ambiguous-up-to-year = { $input } reads two ways: before that year begins, or up to and including it; write { $first } or { $second }
err-date-ambiguous-by-start-or-end = { $input } reads two ways: by the start of that month, or by its end; write { $first } or { $second }
err-date-ambiguous-up-to-day = { $input } reads two ways: before that day, or up to and including it; write { $first } or { $second }
err-date-ambiguous-years-or-season = { $input } reads two ways: two years in a row, or a part of the year in the date standard's code; write { $first } or { $second }
err-date-part-of-year = { $input } is a part of a year, not a plain day, month or year, which is all a project's start or completion keeps: write the month meant, such as { $month }, or the year, { $year }

## Codes and names
err-unknown-status = { $input } is not a status; use one of proposed, agreed, construction, operating, suspended, cancelled
err-ambiguous-status = { $input } does not say the stage: it may be { $choices }; give one of them
err-unknown-country = { $input } is not a country; use KZ (Kazakhstan), UZ (Uzbekistan) or KZ+UZ (both)
err-unknown-field = { $input } is not a field; the fields are { $fields }
err-unknown-metric = { $input } is not a kind of figure; use projects, investment, jobs_created, jobs_planned, trade_contracts or trade_contracts_value
err-unknown-qualifier = { $input } is not how a text gives a figure; use exact, over, at_least, about or up_to
err-under-qualifier = { $input }: ortaq keeps no "less than" for a reported figure; if the text means up to that figure (the figure included), write "up to" before it; otherwise leave the figure out
err-not-source-id = { $input } is not a source id; see `ortaq source list`

## Texts
err-name-required = a project needs a name; it cannot be empty
err-given-twice = { $field } is given twice
err-source-of-unknown-figure = the figure is unknown, so no source can support it; set the figure with its source, or leave the source out
err-too-long = { $count ->
    [one] { $length } character is
   *[other] { $length } characters is
} too long; at most { $limit } are kept
err-note-empty = note: the text of an update cannot be empty
err-note-too-long = note: { $count ->
    [one] { $length } character is
   *[other] { $length } characters is
} too long; at most { $limit } are kept
err-source-needs-publisher = a source needs a publisher
err-source-needs-title = a source needs a title
err-scope-required = an indicator needs a scope, such as portfolio or implemented
err-figure-negative = a reported figure cannot be negative
err-coordinate = { $input } is not a coordinate; write decimal degrees between -{ $limit } and { $limit }, such as 43.2386 or 43,2386, with ~ where approximate (~41.05)
err-completed-before-started = { $completed } is before the start ({ $started }): a project is completed after it starts; check the years

## The database file
err-not-sqlite = { $path }: not an SQLite database; ortaq left it untouched (choose another path with --db)
err-empty-file = { $path }: the file is empty (0 bytes), not an ortaq database; ortaq left it untouched (remove it to start afresh, or choose another path with --db)
err-foreign-database = { $path }: an SQLite database, but not an ortaq one; ortaq left it untouched
err-corrupt = { $path }: the database is damaged ({ $detail }); ortaq left it untouched (restore a backup, see `ortaq backup`)
err-newer-schema = { $path }: written by a newer ortaq (schema version { $found }, this one knows up to { $supported }); ortaq left it untouched — upgrade ortaq
err-read-only = { $path }: you may only read this database; nothing was written
err-read-only-anywhere = you may only read this database; nothing was written
err-cannot-follow = { $path }: ortaq cannot read the latest changes: they wait in the -wal file beside it, and reading them needs a -shm file that you may not create there; ask someone who may write the database to open it once (any ortaq command will do), then try again
err-read-only-needs-upgrade = { $path }: the database needs upgrading to schema version { $supported }, but you may only read it; ask its owner to run ortaq once
err-busy = the database is busy: another user has been writing for too long; nothing was written, try again
err-full = the disk is full (or the database reached its size limit); nothing was written
err-totals-too-large = the totals are too large to add up in whole numbers; ortaq shows no total rather than a wrong one (`ortaq check` names figures another tool may have written)
err-file-exists = { $path }: the file exists; choose a new name
err-io = { $path }: { $action }: { $reason }
err-io-opening = opening
err-io-opening-read-only = opening read-only
err-io-reading = reading
err-io-creating = creating
err-io-creating-directory = creating its directory
err-io-creating-backup = creating the backup
err-io-backing-up = backing up
err-io-removing-temporary = removing the temporary copy
err-io-not-found = no such file or directory
err-io-permission = permission denied
err-io-exists = the file exists
err-io-is-directory = it is a directory
err-io-not-directory = a part of the path is not a directory
err-io-full = the disk is full
err-io-read-only-fs = the file system is read-only
err-io-quota = disk quota exceeded
err-io-too-large = the file is too large
err-io-busy = the file or device is busy
err-io-eof = the file ends too early
err-io-timed-out = timed out
err-io-broken-pipe = the reading side closed the pipe
err-io-invalid-filename = not a valid file name
err-io-directory-not-empty = the folder is not empty
err-io-crosses-devices = the path is on another file system
err-io-out-of-memory = out of memory
err-io-other = { $detail }
err-refused = { $context }: the database refused the value ({ $detail })
err-dangling-references = cannot upgrade this file: { $count ->
    [one] a row refers
   *[other] { $count } rows refer
} to rows that are not there (written by another tool); nothing was changed, and `ortaq check` with the previous ortaq names them
err-internal = { $detail }
err-sqlite = { $context }: { $detail }

## Projects and sources
err-conflict = project #{ $project } was changed by { $author } at { $at }{ $changes } after you started; nothing was written
err-conflict-unknown = project #{ $project } was changed by another user at { $at }{ $changes } after you started; nothing was written
err-no-such-version = project #{ $project } has no version { $given } (its current version is { $current }); nothing was written
err-not-found = no project matches { $reference }
err-deleted = project #{ $project } was deleted
err-deleted-undo = project #{ $project } was deleted; `ortaq undo` may restore it
err-ambiguous = { $reference } matches { $count ->
    [one] { $count } project
   *[other] { $count } projects
}: { $candidates }; give the id or more of the name
err-already-deleted = project #{ $project } is already deleted
err-not-deleted = project #{ $project } is not deleted
err-no-such-source = source: there is no source #{ $id }; see `ortaq source list`
err-no-such-figure = there is no reported figure #{ $id }; `ortaq indicator list` shows their numbers
err-figure-removed = reported figure #{ $id } was removed already; `ortaq indicator list --all` shows it
err-figure-exists = a figure of that date, scope, kind and source is recorded already, so nothing was recorded: { $figure }; if it is wrong, replace it with `ortaq indicator correct { $id } --value …`, or remove it with `ortaq indicator remove { $id }`
err-no-source-matches = source: no source matches { $reference }; see `ortaq source list`
err-source-ambiguous = source: { $reference } matches { $count ->
    [one] { $count } source
   *[other] { $count } sources
} ({ $ids }); give the id
err-no-source-titled = source: no source titled { $title }
err-nothing-written = { $error }; nothing was written

## Undo and redo
err-nothing-to-undo = { $author } has no change left to undo
err-nothing-to-redo = { $author } has nothing to redo
err-figure-write-last = { $cannot }: your last change was to the reported figure { $figure } ({ $at }), which undo does not reach, and going past it would take back an older change instead; set the figure right with `ortaq indicator correct` or `ortaq indicator remove`
err-cannot-undo = cannot undo
err-cannot-redo = cannot redo
err-deleted-or-restored-since = project #{ $project } was deleted or restored by someone since
err-deleted-since = { $cannot }: project #{ $project } was deleted since
err-changed-since = { $cannot }: { $field } of #{ $project } was changed by { $author } at { $at } since
err-changed-since-unknown = { $cannot }: { $field } of #{ $project } was changed by someone since
err-undo-not-stuck = your last change can be undone: `ortaq undo` takes it back; a skip only steps past a change that cannot be undone
err-your-change = your change of { $at } (#{ $project }: { $changes })
err-your-figure-change = your change to the reported figure { $figure }
err-your-commission-change = your change to { $entity } #{ $id }
err-figure-changed-since = { $cannot }: the reported figure { $figure } was removed or put back by someone since, or another figure with its date, scope, kind and source stands in its place
figure-undone-removed = reported figure removed: { $figure }
figure-undone-restored = reported figure put back: { $figure }
err-creation-changed-since = cannot undo adding project #{ $project }: { $author } changed it at { $at }; delete it instead if you mean to
err-reverted-creation = #{ $project } { $name } deleted (its creation undone)
err-reverted = #{ $project } { $name }: { $changes }
err-reverted-import = { $count ->
    [one] { $count } imported project deleted
   *[other] { $count } imported projects deleted
} (#{ $project } and the rest of the import; its creation undone)
err-reverted-many = { $count ->
    [one] { $count } project changed back
   *[other] { $count } projects changed back
} (#{ $project } and the rest of the import)

## One change of the audit log, in a few words
err-change-skipped = undo stepped past an earlier change that could not be undone (edit #{ $edit })
err-change-created = created { $value }
err-change-deleted = deleted
err-change-restored = restored
err-change-note = note: { $value }
err-change-note-removed = note removed: { $value }
err-change-field = { $field }: { $old } -> { $new }

## Import: where a problem is
err-import-at = { $place }: { $issue }
err-place-line = line { $line }
err-place-record = record { $index }
err-place-project = project { $index }
err-place-source = source { $index }
err-place-indicator = indicator { $index }
err-place-update = { $item }, update { $update }
err-place-cell = sheet { $sheet }, row { $row }, column { $column }
err-place-row = sheet { $sheet }, row { $row }
err-import-workbook = cannot read it as a spreadsheet (xlsx, xls or ods): { $detail }
err-import-cell-error = the cell holds the spreadsheet error { $value }, not a value

## Import: files that are not text
err-not-text-empty = the file is empty
err-not-text-bom-only = the file holds only a { $encoding } byte-order mark and nothing else
err-not-text-spreadsheet = this is an Excel spreadsheet ({ $kind }), not CSV: import it with --format xlsx, or without --format
err-not-text-binary = the file holds binary data (control bytes), not text
err-not-text-utf16 = the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a byte-order mark)
err-not-text-invalid-declared = the file's byte-order mark says { $encoding }, but it is not valid { $encoding } text
err-not-text-invalid = the text cannot be decoded cleanly: it is not UTF-8, and not valid { $encoding } either (the closest guess); save it as UTF-8

## Import: what is wrong
err-import-no-rows = the file has a header but no rows; there is nothing to import
err-import-nothing = the file holds no projects, sources or figures; there is nothing to import
err-import-header = cannot read the header: { $detail }
err-import-row = cannot read the row: { $detail }
err-import-column-twice = the column { $field } appears twice
err-import-no-name-column = there is no name column; the first line must name the columns, such as name,country,investment
err-import-unknown-column = column { $column } { $name } is not a field ortaq knows; the columns it reads are { $fields } (in any case), and it ignores id, created_at and updated_at
err-import-period-column = column { $column } { $name } gives a period, which may be the start, the completion or both; ortaq does not guess: name the column { $started } or { $completed }, or split it into the two
err-import-unknown-column-near = column { $column } { $name } is not a field ortaq knows; did you mean { $field }?
err-import-totals-skipped = a totals row ({ $label }) was read past: it is no project
err-import-note-column = column { $column } { $name } holds notes, not a field; it was left out
err-import-millions = column { $column } { $name } gives no unit, and every figure in it is below 100,000 (the largest is { $largest }): too little for a project's investment in dollars. Millions? Give the unit in the header (such as "Investment, USD million" or «Объём инвестиций, млн долл. США»), or import with --unit millions (--unit dollars if they are dollars)
err-import-formula-no-result = the formula { $formula } was saved without its result (as scripts write them), so its value is unknown; open the file in Excel or LibreOffice and save it again, which stores each formula's value
err-import-no-such-sheet = the workbook has no sheet { $name }; its sheets are { $sheets }
err-import-several-sheets = several sheets hold a table of projects: { $sheets }; say which one to read with --sheet NAME
err-import-encrypted = the workbook is protected by a password, which ortaq cannot open; save a copy without the password (File → Properties → Security in LibreOffice, File → Info → Protect Workbook in Excel) and import that
err-import-text-named-workbook = the file is text (a CSV file?), not a workbook, though its name ends like one; import it with --format csv, or rename it to .csv
err-import-not-an-id = the id {$value} is no project's id (a whole number: 12 or #12)
err-import-unnamed-cell = column { $column } holds { $value } but has no name in the header
err-import-bare-number = source: { $input } is a bare number, which names a different source in every database; give the source's title, or #{ $number } to mean source #{ $number } of this database
err-import-source = source: { $detail }
err-import-not-json = not valid JSON: { $detail }
err-import-not-document = expected an { $format } document or an array of project objects
err-import-not-document-format = expected an { $format } document (with "format": "{ $format }") or an array of project objects
err-import-newer = written by a newer ortaq (export version { $found }; this one reads version { $supported }); upgrade ortaq
err-import-needs-version = the document needs "version": { $supported }
err-import-not-part = { $key } is not part of an { $format } document
err-import-expected-array = { $key }: expected an array
err-import-expected-fields = expected an object of fields
err-import-expected-object = expected an object
err-import-expected-scalar = { $field }: expected text, a number or null
err-import-not-a-key = { $key } is not a key here; the keys are { $keys }
err-import-expected-text = { $key }: expected text
err-import-date-needed = { $key }: a date is needed
err-import-whole-number = { $key }: expected a whole number
err-import-bool = { $key }: expected true or false
err-import-figure-source = source: every reported figure names its source
err-import-source-expected = source: expected an object (publisher, title, url, published), a title or null
err-import-in-key = { $key }: { $issue }
err-import-too-large = the file is larger than { $limit }, the most one import reads; split it into smaller files
err-import-too-many-rows = the file has more than { $limit } rows, the most one import takes; split it into smaller files
err-import-cell-too-large = a value of { $size } is too long: one cell may hold at most { $limit }
err-import-unpacks-too-large = the workbook's part { $part } unpacks to more than { $limit }, the most an import unpacks; this is no ordinary spreadsheet
err-size-mib = { $n } MiB
err-size-kib = { $n } KiB
err-size-bytes = { $n ->
    [one] { $n } byte
   *[other] { $n } bytes
}

## People (ortaq access)
err-person-bad-name = «{ $name }» cannot name a person: give one word of letters, digits, dots, dashes or underscores
err-person-key-taken = that key ({ $fingerprint }) is already { $owner }'s; each person has their own key
err-person-already-in = { $name } is already allowed in; change their role with `ortaq access role`, or remove them first to change their key
err-no-longer-allowed = you are no longer allowed in (an admin removed your access since this session began); nothing was saved
err-role-taken-away = your role is now { $have ->
    [viewer] viewer
    [editor] editor
   *[admin] admin
  } (an admin changed it since this session began), and this needs { $needed ->
    [editor] an editor
   *[admin] an admin
  }; nothing was saved
err-person-not-among = { $name } is not among the people allowed in (see `ortaq access list`)
err-person-not-plain = «{ $name }» is written with compatibility characters (fullwidth letters, ligatures, superscripts), which can make one name pass for another; write it as { $plain }
err-person-looks-like = «{ $name }» would pass for { $existing }, who is already allowed in (the same name but for case, width or alphabet); choose a name that reads differently
err-person-last-admin = { $name } is the last admin: with none left, no one could let people in or change roles; make someone else an admin first (`ortaq access role NAME admin`)

## Excel's error values, as Excel shows them in this language
excel-error-div0 = #DIV/0!
excel-error-na = #N/A
excel-error-name = #NAME?
excel-error-null = #NULL!
excel-error-num = #NUM!
excel-error-ref = #REF!
excel-error-value = #VALUE!
excel-error-getting-data = #GETTING_DATA

## serde_json's reasons for bad JSON
json-at = { $reason } at line { $line } column { $column }
json-eof = the file ends in the middle
json-expected-value = expected a value
json-expected-colon = expected `:`
json-expected-comma-or-bracket = expected `,` or `]`
json-expected-comma-or-brace = expected `,` or `{ "}" }`
json-key-not-string = a key must be a string in quotes
json-trailing-characters = something follows the end of the document
json-trailing-comma = a comma before a closing bracket
json-invalid-escape = an invalid escape after `\`
json-invalid-number = an invalid number
json-number-out-of-range = a number out of range
json-control-character = a control character inside a string
json-other = { $detail }
