# ortaq, English: cli messages. Every message here is in ../ru/cli.ftl too, with the same variables.

## Folders and files
cli-folder-created = created the folder { $folder }
cli-folder-not-created = { $folder }: cannot create the folder

## Export
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
cli-import-csv-has-no-sources = . A CSV file carries the projects only, not their sources: import into a database that has these sources, or export with `ortaq export --format json`, which carries the sources too
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
cli-import-source-ambiguous = source: { $count } sources are titled { $title } ({ $ids }); give #id

## The database
cli-no-data-directory = cannot find your data directory (no home directory?); give a database with --db PATH
cli-created-database-empty = created a new database at { $path } (empty)
cli-created-database-seeded = created a new database at { $path } (with the seed portfolio)
cli-backed-up = backed up { $database } to { $file }
cli-stdout-failed = cannot write to standard output

## Changes
cli-added = added #{ $id } { $name }
cli-set-unchanged = #{ $id } already had those values; nothing changed
cli-set = #{ $id } { $name }: set { $fields } (version { $version })
cli-deleted = deleted #{ $id } { $name } (restore it with `ortaq restore { $id }`)
cli-restored = restored #{ $id } { $name }
cli-undone = undone: { $change }
cli-redone = redone: { $change }
cli-noted = added an update of { $date } to #{ $id } { $name }
cli-source-added = added source #{ $id }
cli-figure-added = recorded figure #{ $id }

## Lists and summaries
cli-bad-sort = cannot sort by { $key }; sort by one of { $keys }
cli-bad-group = cannot group by { $name }; use status, country or sector
cli-group-twice = --by names { $name } twice
cli-group-too-many = --by takes at most two of status, country and sector
cli-trend-with-filters = --trend shows the figures officials reported for the whole portfolio, which --status, --country and --sector cannot narrow; leave them out, or drop --trend to sum the projects shown
cli-over = over { $value }
cli-source-ref = source #{ $id }
cli-metric-projects = projects
cli-metric-investment = investment
cli-metric-jobs = jobs

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
cli-check-foreign-key = foreign key: { $table } row { $row } points to a missing { $parent }
cli-check-failed = { $database }: the database has problems (see above)
