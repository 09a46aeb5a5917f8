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
