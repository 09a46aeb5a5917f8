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

cli-meeting-added = Added meeting #{ $id }: { $kind }, { $place }, { $date } ({ $state })
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
cli-bad-side = { $given } is not a side: kz, uz or both
cli-bad-agreement-status = { $given } is not an agreement status: { $statuses }
cli-bad-number = { $given } is not a meeting number (1, 2, 21 …)
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
tui-meetings-heading = { $count ->
    [one] { $count } meeting, newest first
   *[other] { $count } meetings, newest first
}
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
