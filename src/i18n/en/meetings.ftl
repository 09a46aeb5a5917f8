# Meetings and agreements (issue 24).
meeting-kind-commission = commission meeting
meeting-kind-forum = forum
meeting-kind-talks = talks
meeting-kind-working-group = working group
meeting-state-held = held
meeting-state-planned = planned
meeting-state-not-recorded = announced; not recorded as held
agreement-side-kz = KZ
agreement-side-uz = UZ
agreement-side-both = both
agreement-status-open = open
agreement-status-in-progress = in progress
agreement-status-done = done
agreement-status-dropped = dropped
agreement-status-overdue = OVERDUE ({ $status })

err-no-meeting = no meeting matches { $reference }; `ortaq meeting list` shows them
err-meeting-ambiguous = { $reference } matches { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}: { $candidates }; give the id or more of the place or date
err-no-agreement = there is no agreement #{ $id }; `ortaq agreement list` shows them
err-meeting-changed-since = meeting #{ $id }: { $field } was changed since; nothing was undone
err-agreement-changed-since = agreement #{ $id }: { $field } was changed since; nothing was undone
err-commission-unreadable-edit = edit { $edit } of the meetings' log cannot be read

# $number: the series number typed, or "none" when none was.
cli-meeting-added = Added meeting #{ $id }: { $kind }{ $number ->
    [none] {""}
   *[other] {" "}no. { $number }
}, { $place }, { $date } ({ $state })
cli-meeting-set = Meeting #{ $id } ({ $place }, { $date }): set { $fields }
cli-meeting-unchanged = Meeting #{ $id }: nothing to change, the values are already these
cli-agreement-added = Added agreement #{ $id } of meeting #{ $meeting } ({ $place }, { $date }): { $text }{ $due }
cli-agreement-due = ; due { $date }
cli-agreement-set = Agreement #{ $id }: set { $fields }
cli-agreement-linked = Agreement #{ $id }: linked { $projects }
cli-agreement-unlinked = Agreement #{ $id }: unlinked { $projects }
cli-agreement-unchanged = Agreement #{ $id }: nothing to change, the values are already these
cli-agreement-noted = Noted on agreement #{ $id } ({ $date }): { $text }
cli-agreements-overdue = { $count ->
    [one] { $count } agreement is overdue
   *[other] { $count } agreements are overdue
}
cli-bad-meeting-field = { $given } is not a field of a meeting: { $fields }
cli-bad-agreement-field = { $given } is not a field of an agreement: { $fields }
cli-bad-kind = { $given } is not a kind of meeting: { $kinds }
cli-bad-side = { $given } is not a side: KZ, UZ or both (KZ+UZ)
cli-ambiguous-agreement-status = { $given } can be read as more than one status: { $statuses }; give one of them
cli-bad-agreement-status = { $given } is not an agreement status: { $statuses }
cli-bad-number = { $given } is not a meeting number: give the number alone (22 for the 22nd)
cli-bad-held = { $given } is neither yes nor no
cli-bad-agreement-id = { $given } is not an agreement number (#3 or 3)
cli-not-assignment = { $given } is not FIELD=VALUE (for example status=done)
entity-meeting = meeting
entity-agreement = agreement

report-meetings-title = Meetings
report-meetings-subtitle = Newest first; as of { $today }
report-agreement-title = Agreement #{ $id }
report-agreements-title = Agreements
report-agreements-subtitle = As of { $today }; overdue: due before today and neither done nor dropped
report-col-place = Place
report-col-kind = Kind
report-col-number = Series no.
report-col-co-chairs = Co-chairs
report-col-state = State
report-col-meeting = Meeting
report-col-agreement = Agreement
report-col-side = Side
report-col-responsible = Responsible
report-col-due = Due
report-col-agreement-status = Status
report-col-projects = Projects
report-meeting-agreements = Agreements of this meeting
report-agreement-notes = Updates
report-agreement-projects = Linked projects
report-project-agreements = Agreements

report-agenda-title = Agenda: { $meeting }
report-agenda-subtitle = { $state }. Since the previous meeting: { $previous }
report-agenda-no-previous = none recorded
report-agenda-subtitle-since = { $state }. Since { $since }
report-agenda-due = Agreements due by this meeting (overdue first)
report-agenda-open = Other open agreements
report-agenda-sources = Sources cited
cli-empty-value = { $option } cannot be empty
report-agenda-title-none = Agenda
report-agenda-no-meeting = No meeting planned: agreements due by today
commission-reverted = { $entity } #{ $id } ({ $count ->
    [one] { $count } change
   *[other] { $count } changes
})

# The meetings screen of the interface.
tui-key-meetings-and-agreements = meetings and agreements
tui-key-first-entry = first entry
tui-key-last-entry = last entry
tui-key-meetings-open = open: a meeting's agreements, an agreement, a linked project
tui-key-meetings-back = back up (to the table from the meetings)
tui-help-meetings = Meetings
tui-hint-meetings-open = open
tui-meetings-reading = Reading the meetings…
tui-meetings-heading = Meetings, newest first
tui-meetings-none = No meetings recorded: `ortaq meeting add` adds one.
tui-meetings-no-agreements = No agreements recorded for this meeting.
tui-meetings-agreements = { $count ->
    [one] { $count } agreement
   *[other] { $count } agreements
}{ $overdue ->
    [0] {""}
   *[other] , { $overdue } overdue
}
tui-meetings-due = due { $date }
tui-meetings-footer = { $meetings ->
    [one] { $meetings } meeting
   *[other] { $meetings } meetings
} · { $agreements ->
    [one] { $agreements } agreement
   *[other] { $agreements } agreements
} · { $overdue ->
    [one] { $overdue } is overdue
   *[other] { $overdue } are overdue
}
tui-meetings-planned = planned
tui-meetings-not-recorded = not recorded as held
report-digest-agreements = Agreements added, done, dropped or newly overdue
report-agreement-added = added
report-agreement-done = done
report-agreement-dropped = dropped
report-agreement-newly-overdue = newly overdue
report-col-event = What

# --help of the meeting, agreement and agenda commands.
cli-help-meeting = The commission's meetings: list, add, show, set
cli-help-meeting-list = List the meetings, newest first; planned ones and ones not recorded as held said so
cli-help-meeting-list-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-meeting-list-arg-output = Write to this file instead of standard output (never over a database)
cli-help-meeting-list-arg-force = Replace the output file if it exists
cli-help-meeting-add = Add a meeting
cli-help-meeting-add-arg-date = As precise as known: 2025-10-22, 22.10.2025–23.10.2025, 2025-10, autumn 2025
cli-help-meeting-add-arg-place = Where: a city
cli-help-meeting-add-arg-kind = commission, forum, talks or working_group
cli-help-meeting-add-arg-number = Its number in the series (21 for the 21st)
cli-help-meeting-add-arg-co-chairs = Who co-chaired it
cli-help-meeting-add-arg-title = What the source calls it
cli-help-meeting-add-arg-held = A source records it as held (otherwise it is announced only)
cli-help-meeting-add-arg-source = The source: its id or a fragment of its publisher or title
cli-help-meeting-show = Show a meeting and its agreements
cli-help-meeting-show-arg-meeting = Id (`6`) or a fragment of its place, title or date (`khiva 2025`)
cli-help-meeting-show-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-meeting-show-arg-output = Write to this file instead of standard output (never over a database)
cli-help-meeting-show-arg-force = Replace the output file if it exists
cli-help-meeting-set = Change fields of a meeting: `ortaq meeting set 6 held=yes`
cli-help-meeting-set-arg-meeting = Id (`6`) or a fragment of its place, title or date
cli-help-meeting-set-arg-assignments = FIELD=VALUE pairs (date, place, kind, number, co_chairs, title, held, source); empty clears
cli-help-agreement = What the meetings agreed (поручения), tracked to their due dates: list, add, show, set, note
cli-help-agreement-list = List agreements, overdue ones first
cli-help-agreement-list-arg-overdue = Only the overdue ones: due before today, neither done nor dropped
cli-help-agreement-list-arg-due-before = Only those due before this date: their last day before its first
cli-help-agreement-list-arg-meeting = Only those of this meeting: its id or a fragment of its place or date
cli-help-agreement-list-arg-project = Only those linked to this project: its id or a fragment of its name
cli-help-agreement-list-arg-side = Only this side's: kz, uz or both
cli-help-agreement-list-arg-status = Only this status (repeatable): open, in_progress, done, dropped
cli-help-agreement-list-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-agreement-list-arg-output = Write to this file instead of standard output (never over a database)
cli-help-agreement-list-arg-force = Replace the output file if it exists
cli-help-agreement-add = Record what a meeting agreed: `ortaq agreement add khiva "TEXT" --due 2025-12 --side both`
cli-help-agreement-add-arg-meeting = The meeting: its id or a fragment of its place or date
cli-help-agreement-add-arg-text = What was agreed
cli-help-agreement-add-arg-due = By when, as the text gives it: 2025-12-31, "by the end of 2025", "до конца 2025 года"
cli-help-agreement-add-arg-side = kz, uz or both
cli-help-agreement-add-arg-responsible = The body responsible
cli-help-agreement-add-arg-project = A project it concerns (repeatable): its id or a fragment of its name
cli-help-agreement-add-arg-status = open (the default), in_progress, done or dropped
cli-help-agreement-add-arg-source = The source: its id or a fragment of its publisher or title
cli-help-agreement-show = Show an agreement: its fields, linked projects and updates
cli-help-agreement-show-arg-id = Its number (`3` or `#3`)
cli-help-agreement-show-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-agreement-show-arg-output = Write to this file instead of standard output (never over a database)
cli-help-agreement-show-arg-force = Replace the output file if it exists
cli-help-agreement-set = Change an agreement: `ortaq agreement set 3 status=done`
cli-help-agreement-set-arg-id = Its number (`3` or `#3`)
cli-help-agreement-set-arg-assignments = FIELD=VALUE pairs (meeting, text, side, responsible, due, status, source); empty clears
cli-help-agreement-set-arg-link = Link a project (repeatable)
cli-help-agreement-set-arg-unlink = Unlink a project (repeatable)
cli-help-agreement-note = Add a dated update on an agreement's progress
cli-help-agreement-note-arg-id = Its number (`3` or `#3`)
cli-help-agreement-note-arg-text = What happened
cli-help-agreement-note-arg-date = When, as precise as known (default: today)
cli-help-agreement-note-arg-source = The source: its id or a fragment of its publisher or title
cli-help-agenda = The pack for a meeting: agreements due by it (overdue first), what changed since the previous meeting, the summary with tracked against reported, the sources cited
cli-help-agenda-arg-meeting = The meeting it is for: its id or words of its place or date (default: the next planned one)
cli-help-agenda-arg-since = The previous meeting, or a day (2025-09-01, 30d), from which the digest runs (default: the last meeting held before it)
cli-help-agenda-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-agenda-arg-output = Write to this file instead of standard output (never over a database)
cli-help-agenda-arg-force = Replace the output file if it exists
tui-detail-agreements = { $count ->
    [one] { $count } agreement
   *[other] { $count } agreements
}
cli-help-meeting-history = The audit trail of a meeting: when, who, field, old -> new
cli-help-meeting-history-arg-meeting = Id (`6`) or a fragment of its place, title or date
cli-help-meeting-history-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-meeting-history-arg-output = Write to this file instead of standard output (never over a database)
cli-help-meeting-history-arg-force = Replace the output file if it exists
cli-help-agreement-history = The audit trail of an agreement: when, who, field, old -> new
cli-help-agreement-history-arg-id = Its number (`3` or `#3`)
cli-help-agreement-history-arg-format = The output format (xlsx: to a file with -o FILE, or redirected: > report.xlsx)
cli-help-agreement-history-arg-output = Write to this file instead of standard output (never over a database)
cli-help-agreement-history-arg-force = Replace the output file if it exists
report-meeting-history = History of meeting #{ $id }
report-agreement-history = History of agreement #{ $id }
report-history-count = { $count ->
    [one] { $count } change, newest first
   *[other] { $count } changes, newest first
}
report-col-old = Old
report-col-new = New
err-meeting-built-on-since = cannot undo adding meeting #{ $id }: { $by } has changed it or its agreements since, and their work would go with it; nothing was undone
err-agreement-built-on-since = cannot undo adding agreement #{ $id }: { $by } has changed it since, and their work would go with it; nothing was undone
err-meeting-held-before-its-date = a meeting of { $date } has not taken place yet, so it cannot be recorded as held; nothing was written

## A meeting's and an agreement's fields inside a sentence (`meeting set`, `agreement set`)
meeting-field-date = date
meeting-field-place = place
meeting-field-kind = kind
meeting-field-number = number
meeting-field-co-chairs = co_chairs
meeting-field-title = title
meeting-field-held = held
meeting-field-source = source
meeting-held-yes = yes
meeting-held-no = no
agreement-field-meeting = meeting
agreement-field-text = text
agreement-field-side = side
agreement-field-responsible = responsible
agreement-field-due = due
agreement-field-status = status
agreement-field-source = source
err-meeting-duplicate = this meeting is already recorded: { $meeting } (same kind, date and place); nothing was written. To change it: `ortaq meeting set { $id } FIELD=VALUE`
err-agreement-due-before-meeting = an agreement cannot be due { $due }, before the meeting that made it ({ $meeting }); nothing was written
err-meeting-after-agreements-due = the meeting cannot be dated { $date }: { $count ->
    [one] its agreement is
   *[other] its agreements are
} due before that ({ $agreements }); nothing was written. Change their due dates first, or give an earlier date
err-meeting-after-due-agreement = #{ $id } { $text }, due { $due }
err-agreement-note-before-meeting = an update on an agreement cannot be dated { $date }, before the meeting that made it ({ $meeting }); nothing was written
cli-agenda-since-after-meeting = --since { $since } is not before the meeting the agenda is for ({ $meeting }): give an earlier meeting or day, or leave --since out for the last one held before it
report-history-created = created
report-history-note = update
report-history-project = linked project
tui-key-meetings-add = add a meeting (on the meetings) or an agreement of the meeting
tui-commission-add-meeting = New meeting
tui-commission-add-agreement = New agreement of meeting #{ $meeting }
tui-commission-date = Date
tui-commission-place = Place
tui-commission-kind = Kind
tui-commission-number = Number
tui-commission-text = Text
tui-commission-due = Due
tui-commission-side = Side
tui-commission-responsible = Responsible
tui-commission-empty = { $field } cannot be empty
tui-commission-bad-kind = { $given } is not a kind of meeting: commission meeting, forum, talks or working group
tui-key-meetings-note = add a dated update on the agreement's progress
tui-key-meetings-edit = change the meeting's or the agreement's fields
tui-commission-status = Status
tui-commission-edit-meeting = Meeting #{ $id }
tui-commission-edit-agreement = Agreement #{ $id }
tui-commission-hint-kind = commission meeting, forum, talks or working group
tui-commission-hint-side = KZ, UZ or both (or empty)
tui-commission-hint-status = open, in progress, done or dropped
tui-commission-hint-number = its number in the series, a number alone: 22 for the 22nd
tui-commission-projects = Projects
tui-commission-hint-projects = the projects it concerns, by commas: an id (#6) or words of a name (central asia)
