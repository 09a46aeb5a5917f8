## Reports: the digest and the documents (HTML, xlsx)

report-digest-title = What changed
report-digest-window = Entered from { $since } to { $until } ({ $zone })
report-digest-portfolio = The portfolio, then and now
report-digest-created = New projects
report-digest-deleted = Deleted projects
report-digest-restored = Restored projects
report-digest-status = Status changes
report-digest-figures = Figure changes
report-digest-notes = New updates
report-digest-figures-recorded = Reported figures recorded
report-digest-figures-removed = Reported figures removed (mistyped or corrected)
report-digest-authors = Who made the changes
report-none = None.
report-col-id = No.
report-col-project = Project
report-col-name-ru = Name (Russian)
report-col-project-deleted = Deleted
report-project-deleted = { $name } (deleted)
report-col-metric = Figure
report-col-then = Then
report-col-now = Now
report-col-field = Field
report-col-from = From
report-col-to = To
report-col-date = Date
report-col-text = Update
report-col-source = Source
report-col-author = Author
report-col-entered = Entered ({ $zone })
report-col-figure-id = Figure no.
report-col-as-of = As of
report-col-scope = Of
report-col-qualifier = Stated as
report-col-value = Value
report-col-edits = Edits
report-col-first = First ({ $zone })
report-col-last = Last ({ $zone })
report-metric-projects = Projects
report-metric-investment = Investment (USD)
report-metric-jobs-planned = Jobs planned
report-metric-jobs-created = Jobs created
report-metric-status = Status
report-bad-when = cannot read { $when } as a time: write a date (2024-10-22, 22.10.2024, today), a span back from now (7d, 2w) or an RFC 3339 time (2024-10-22T09:00:00+05:00)
report-binary-to-terminal = the { $format } format is a file, not text for the terminal: redirect it (`> report.{ $format }`) or name a file with -o FILE
report-written = Written to { $file }.
report-list-title = Projects
report-list-count = { $count ->
    [one] { $count } project
   *[other] { $count } projects
}
report-list-projects = Projects
report-sources = Sources
report-total = Total
report-col-country = Country
report-col-region = Region
report-col-sector = Sector
report-col-publisher = Publisher
report-col-title = Title
report-col-url = Address
report-summary-title = Portfolio summary
report-summary-groups = Totals by group
report-summary-over-column = Stated as
report-trend-contracts-value-usd = Trade contracts, value (USD)
# The trend workbook's column that places each report on the chart's time axis.
report-trend-first-day = From (first day the date stands for)
report-export-title = Export of the portfolio
report-trend-count = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
