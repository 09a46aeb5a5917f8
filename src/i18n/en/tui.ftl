# ortaq, English: tui messages. Every message here is in ../ru/tui.ftl too, with the same variables.

## Keys (help overlay and footer hints); the key names themselves stay as on the keyboard
tui-key-next-project = next project
tui-key-previous-project = previous project
tui-key-first-project = first project
tui-key-last-project = last project
tui-key-page-down = page down
tui-key-page-up = page up
tui-key-half-a-page-down = half a page down
tui-key-half-a-page-up = half a page up
tui-key-next-column = next column
tui-key-previous-column = previous column
tui-key-edit-the-cell = edit the cell
tui-key-open-the-detail = open the detail
tui-key-search = search
tui-key-filter-by-status-country-sector = filter by status, country, sector
tui-key-sort-by-this-column-again-reverse = sort by this column (again: reverse)
tui-key-add-a-project = add a project
tui-key-add-an-update = add an update
tui-key-delete-the-project = delete the project
tui-key-summary-totals-charts-reported-figures = summary: totals, charts, reported figures
tui-key-undo-your-last-change = undo your last change
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
tui-help-picker = Status and country pickers
tui-help-filter = Filter
tui-help-confirm = Delete confirmation
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
tui-saved = saved { $fields } of #{ $id } (version { $version })
tui-added = added #{ $id } { $name }
tui-update-added = added an update to #{ $id }
tui-deleted = deleted #{ $id } { $name } (ortaq restore { $id } brings it back)
tui-undone = undone: { $summary }
tui-redone = redone: { $summary }
tui-left-the-list = #{ $id } is no longer in the list; your { $field } was not saved
tui-gone-deleted-by = #{ $id } { $name } was deleted by { $by } while you edited its { $field }; nothing was written (you had typed "{ $typed }")
tui-gone-deleted = #{ $id } { $name } was deleted while you edited its { $field }; nothing was written (you had typed "{ $typed }")
tui-gone-changed = #{ $id } { $name } was changed by someone else and no longer matches the search or filters while you edited its { $field }; nothing was written (you had typed "{ $typed }")
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
tui-problem-field = { $field }: { $problem }
tui-problem-no-such-source = source: there is no source #{ $id }
tui-problem-no-source-matches = source: no source matches "{ $wanted }"; give its id or part of its publisher
tui-problem-source-ambiguous = source: "{ $wanted }" matches { $count } sources ({ $ids }); give the id

## Fields: labels (detail, forms) and in sentences (the code, as in `set FIELD=VALUE`)
tui-field-name = Name
tui-field-name-ru = Name (Russian)
tui-field-country = Country
tui-field-region = Region
tui-field-sector = Sector
tui-field-status = Status
tui-field-investment = Investment (USD)
tui-field-jobs-planned = Jobs planned
tui-field-jobs-created = Jobs created
tui-field-partners = Partners
tui-field-started = Started
tui-field-completed = Completed
tui-field-description = Description
tui-field-source = Source
tui-word-name = name
tui-word-name-ru = name_ru
tui-word-country = country
tui-word-region = region
tui-word-sector = sector
tui-word-status = status
tui-word-investment = investment
tui-word-jobs-planned = jobs_planned
tui-word-jobs-created = jobs_created
tui-word-partners = partners
tui-word-started = started
tui-word-completed = completed
tui-word-description = description
tui-word-source = source

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
tui-change-created = created { $name }
tui-change-deleted = deleted
tui-change-restored = restored
tui-change-note-removed = note removed: { $note }
tui-change-note = note: { $note }
tui-change-field = { $field }: { $old } -> { $new }
tui-problem-date = date: { $problem }
