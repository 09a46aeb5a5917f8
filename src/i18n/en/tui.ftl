# ortaq, English: tui messages. Every message here is in ../ru/tui.ftl too, with the same variables.

## Keys (help overlay and footer hints); the key names themselves stay as on the keyboard
tui-key-next-project = next project
tui-key-previous-project = previous project
tui-key-first-project = first project
tui-key-last-project = last project
tui-key-page-down = page down
tui-key-page-up = page up
tui-key-top = the top
tui-key-end = the end
tui-key-half-a-page-down = half a page down
tui-key-half-a-page-up = half a page up
tui-key-next-column = next column
tui-key-previous-column = previous column
tui-key-edit-the-cell = edit the cell
tui-key-edit-any-field = edit any field (dates, partners…)
tui-fields-menu-title = edit which field
tui-key-open-the-detail = open the detail
tui-key-search = search
tui-key-filter-by-status-country-sector = filter by status, country, sector
tui-key-sort-by-this-column-again-reverse = sort by this column (again: reverse)
tui-key-add-a-project = add a project
tui-key-add-an-update = add an update
tui-key-delete-the-project = delete the project
tui-key-summary-totals-charts-reported-figures = summary: totals, charts, reported figures
tui-key-undo-your-last-change = undo your last change
tui-key-attach-a-source = attach a source to the figure
tui-key-redo = redo
tui-key-clear-search-and-filters = clear search and filters
tui-key-help-the-keys-of-this-screen = help: the keys of this screen
tui-key-quit = quit
tui-key-scroll-down = scroll down
tui-key-scroll-up = scroll up
tui-key-back-to-the-table = back to the table
tui-key-next-group = next group
tui-key-previous-group = previous group
tui-key-group-by-status-country-sector = group by status / country / sector
tui-key-the-projects-of-this-group = the projects of this group
tui-key-save = save
tui-key-cancel = cancel
tui-key-help = help
tui-key-next-field = next field
tui-key-previous-field = previous field
tui-key-next-field-save-on-the-last = next field (save on the last)
tui-key-next-choice = next choice
tui-key-previous-choice = previous choice
tui-key-first-choice = first choice
tui-key-last-choice = last choice
tui-key-letter-name = a letter, 1–9
tui-key-jump-to-letter = the first choice that starts with it (a source: its number or publisher)
tui-key-choose = choose
tui-key-next-option = next option
tui-key-previous-option = previous option
tui-key-tick-untick = tick / untick
tui-key-clear-all = clear all
tui-key-close = close
tui-key-yes = yes
tui-key-no = no
tui-key-close-help = close help

## Help sections
tui-help-table = Projects table
tui-help-detail = Detail
tui-help-summary = Summary
tui-help-input = Editing a cell or searching
tui-help-form = Forms (add a project, add an update)
tui-help-picker = Status, country and source pickers
tui-help-filter = Filter
tui-help-confirm = Confirmation (delete, skip)
tui-help-help = This help
tui-help-layout = Russian layout: letters work as the Latin keys (о = j)

## Status line
tui-waiting = waiting for another user's save… Esc cancels
tui-not-typed = not typed: { $waiting }
tui-not-pasted = not pasted: { $waiting }
tui-still-busy = the database is still busy: another user has been writing for too long; nothing was written, try again
tui-save-cancelled-retry = save cancelled; nothing was written (Enter tries again, Esc closes)
tui-save-cancelled = cancelled; nothing was written
tui-waiting-before-quit = a change is still waiting for another user's save; Esc cancels it, then you can quit
tui-already-waiting = a change is already waiting for another user's save; Esc cancels it
tui-no-change = no change: the value was already that
# $stored: "investment = $12,500,000"; $source: "; source: #2 UzA — …" or nothing.
tui-saved = saved { $stored }{ $source } in #{ $id } { $name } (version { $version })
tui-saved-value = { $field } = { $value }
tui-saved-cleared = (cleared)
tui-saved-source = ; source: { $source }
tui-source-cleared = { $saved }; source cleared: { $key } attaches one
tui-not-a-figure = move to a figure (status, investment, jobs) to attach its source
tui-no-source = no source
tui-added = added #{ $id } { $name }
tui-added-with-source = added #{ $id } { $name }; source of the project and of the figures typed: { $source }
tui-deleted = deleted #{ $id } { $name } (ortaq restore { $id } brings it back)
tui-undone = undone: { $summary }
tui-redone = redone: { $summary }
tui-left-the-list = #{ $id } is no longer in the list; your { $field } was not saved
tui-edit-elsewhere = #{ $gone } is gone from the list; the cursor is now on #{ $id } { $name }: Enter again edits it
tui-discard-ask = what you typed is not saved: Esc again throws it away; any other key goes on editing
tui-database-created = a new database was created at { $path } (check the path if you meant an existing one; q quits)
tui-needs-terminal = the interface needs a terminal (use `ssh -t` to get one); for scripts use the commands, such as `ortaq list` or `ortaq summary`
tui-terminal-setup-failed = cannot prepare the terminal for the interface
tui-gone-deleted-by = #{ $id } { $name } was deleted by { $by } while you edited its { $field }; nothing was written (you had typed "{ $typed }")
tui-gone-deleted = #{ $id } { $name } was deleted while you edited its { $field }; nothing was written (you had typed "{ $typed }")
tui-gone-changed = #{ $id } { $name } was changed by someone else and no longer matches the search or filters while you edited its { $field }; nothing was written; Enter opens your edit again with "{ $typed }"
tui-conflict = { $author } changed { $changes } at { $at }; Enter applies yours over it, Esc drops yours
tui-read-only-refused = the database is read-only for you: nothing can be changed
tui-no-project-to-edit = no project to edit
tui-no-project-for-update = no project selected to add an update to
tui-showing-every = showing every project
tui-sorted-ascending = sorted by { $key }, ascending
tui-sorted-descending = sorted by { $key }, descending
tui-edit-cancelled = edit cancelled; nothing was written
tui-nothing-added = nothing was added
tui-nothing-deleted = nothing was deleted
tui-group-shown = { $count ->
    [one] { $count } project of this group
   *[other] { $count } projects of this group
}
tui-problem-no-such-source = source: there is no source #{ $id }
tui-problem-no-source-matches = source: no source matches "{ $wanted }"; give its id or part of its publisher
tui-problem-source-ambiguous = source: "{ $wanted }" matches { $count } sources ({ $ids }); give the id

## Fields: labels (detail, forms) and in sentences (the code, as in `set FIELD=VALUE`)

## Sort keys and summary groupings
tui-sort-name = name
tui-sort-location = location
tui-sort-sector = sector
tui-sort-status = status
tui-sort-investment = investment
tui-sort-jobs = jobs
tui-sort-updated = updated
tui-sort-id = id
tui-by-status = By status
tui-by-country = By country
tui-by-sector = By sector

## History entries
tui-problem-date = date: { $problem }

## Pickers, filter, confirmation, help titles
tui-unknown = unknown
tui-both-countries = both (cross-border)
tui-filter-status = status: { $values }
tui-filter-country = country: { $values }
tui-filter-sector = sector: { $values }
tui-filter-title = Filter: { $tick } ticks, { $close } closes
tui-skip-title = Undo is stuck
tui-skip-question = It is { $change }. Step past it, so that the next undo takes your change before it?
tui-skip-yes = step past it
tui-skip-no = leave it
tui-skipped = stepped past { $change }; u now undoes your change before it
tui-nothing-skipped = nothing skipped: undo still stops at that change
tui-confirm-title = Delete
tui-confirm-question = Delete #{ $id } { $name }?
tui-confirm-restorable = It stays in the history and can be restored.
tui-confirm-delete = delete
tui-confirm-keep = keep
tui-help-title = Keys ({ $close } closes)
tui-help-title-scroll = Keys ({ $down }/{ $up } scroll, { $close } closes)

## Title, footer and hints
tui-too-small = window too small: ortaq needs { $width }x{ $height }
tui-read-only = [read-only]
tui-search = search: { $text }
tui-counting = counting… · { $sort }
tui-footer-sort = sort { $key } { $arrow }
tui-footer = { $projects } · { $investment } ({ $unknown } unknown) · jobs { $made } made / { $planned } planned · { $sort }
tui-hint-help = help
tui-hint-edit = edit
tui-hint-search = search
tui-hint-filter = filter
tui-hint-sort = sort
tui-hint-add = add
tui-hint-detail = detail
tui-hint-quit = quit
tui-hint-grouping = grouping
tui-hint-projects = projects
tui-hint-back = back
tui-hint-scroll = scroll
tui-hint-next = next
tui-hint-update = update
tui-hint-save = save
tui-hint-cancel = cancel
tui-hint-next-field = next field
tui-hint-down = down
tui-hint-choose = choose
tui-hint-tick = tick
tui-hint-clear = clear
tui-hint-close = close
tui-hint-yes = yes
tui-hint-no = no
tui-hint-page = page

## The table
tui-col-name = Name
tui-col-location = Location
tui-col-sector = Sector
tui-col-status = Status
tui-col-investment = Invest.
tui-col-jobs = Jobs (m/p)
tui-col-jobs-spelled-out = Jobs made/plan
tui-no-projects = no projects yet: press a to add one
tui-nothing-matches = nothing matches: Esc clears the search and filters
# Statuses in the table's narrow column (at most 10 cells)
tui-status-proposed = proposed
tui-status-agreed = agreed
tui-status-construction = construction
tui-status-operating = operating
tui-status-suspended = suspended
tui-status-cancelled = cancelled

## The detail
tui-detail-title = Detail
tui-detail-none = no project selected
tui-detail-version = version { $version } · updated { $at }
tui-detail-updates = Updates ({ $count })
tui-detail-entered = { $author } · entered { $at }
tui-detail-entered-source = { $author } · entered { $at } · source #{ $source }
tui-detail-history = History ({ $count })
tui-detail-older = … { $count } older: ortaq history { $id }

## Forms
tui-form-add-project = Add a project
tui-form-update-of = Update of { $name }
tui-form-date = Date
tui-form-date-hint = 2024-07-12, 2024-07, 2024, autumn 2024, early 2024, Q1 2024, not before 2024-09, about 2024, 2024?
tui-form-text = Text
tui-form-source = Source

## The summary screen (short headers below 76 columns)
tui-adding-up = adding up…
tui-total = Total
tui-unknown-group = (unknown)
tui-sum-projects = Projects
tui-sum-projects-short = Proj.
tui-sum-investment = Investment
tui-sum-investment-short = Invest.
tui-sum-no-figure = No fig.
tui-sum-no-figure-short = No $
tui-sum-jobs-planned = Jobs plan.
tui-sum-jobs-planned-short = Plan
tui-sum-jobs-created = Jobs made
tui-sum-jobs-created-short = Made
tui-sum-share = Share
tui-sum-share-short = Share
tui-of = of
tui-unreadable = { $count ->
    [one] { $count } project holds figures another tool wrote that ortaq cannot read; left out of the sums (ortaq check names them)
   *[other] { $count } projects hold figures another tool wrote that ortaq cannot read; left out of the sums (ortaq check names them)
}
tui-trend-title = Reported over time
tui-trend-title-part = Reported over time: { $shown } of { $count } reports{ $kinds ->
    [0] {""}
    [one] , one kind not shown
   *[other] , { $kinds } kinds not shown
} · all: ortaq summary --trend
tui-trend-as-of = as of
tui-trend-source = source

## The activity screen: what was entered lately
tui-help-activity = Activity
tui-key-activity-what-was-entered-lately = activity: what was entered lately
tui-key-next-entry = next entry
tui-key-previous-entry = previous entry
tui-key-newest-entry = newest entry
tui-key-oldest-entry = oldest entry
tui-key-look-back-7-30-90-days = look back 7, 30 or 90 days
tui-key-open-the-project = open the project in the table
tui-hint-window = days
tui-hint-project = project
tui-activity-heading = Entered in the last { $days } days (since { $since }): { $entries }
tui-activity-reading = Reading the last { $days } days (since { $since })…
tui-activity-entries = { $count ->
    [one] one entry
   *[other] { $count } entries
}
tui-activity-none = Nothing was entered in these days; { $key } looks further back.
tui-activity-created = new project
tui-activity-deleted = deleted
tui-activity-restored = restored
tui-activity-note = update dated { $date }: { $text }
tui-activity-then-now = { $projects_then } → { $projects_now } · { $investment_then } → { $investment_now } · jobs planned { $planned_then } → { $planned_now }, made { $created_then } → { $created_now }

## The map (L)
tui-key-map-where-the-projects-stand = map: where the projects stand
tui-help-map = Map
tui-key-next-place = next place (southward)
tui-key-previous-place = previous place (northward)
tui-key-northernmost-place = northernmost place
tui-key-southernmost-place = southernmost place
tui-map-reading = Map: reading where the projects stand…
tui-map-heading = Map: { $located } of { $shown ->
    [one] { $shown } project has
   *[other] { $shown } projects have
} a place (search and filters apply)
tui-map-heading-located = Map: { $located ->
    [one] { $located } project
   *[other] { $located } projects
} with a place
tui-map-none = No project shown has a place yet: set its latitude and longitude (E, or ortaq set ID lat=… lon=…)
tui-map-status-unknown = status unknown
tui-map-together = { $count } here
tui-map-outside = outside the map
tui-map-position = { $number } of { $count }
tui-map-coordinates = { $latitude }° N, { $longitude }° E

## The reported trend as a chart (t on the summary)
tui-key-trend-chart-or-table = the trend as a chart, or the table
tui-hint-chart = chart
tui-trend-chart-title = Reported over time, % of each kind's first report ({ $key }: table)
tui-trend-chart-none = No kind of figure was reported twice yet: there is no trend to draw.
