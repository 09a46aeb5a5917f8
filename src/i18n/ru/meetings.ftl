# Заседания и поручения (issue 24).
meeting-kind-commission = заседание Межправкомиссии
meeting-kind-forum = форум
meeting-kind-talks = переговоры
meeting-kind-working-group = рабочая группа
meeting-state-held = состоялось
meeting-state-planned = запланировано
meeting-state-not-recorded = объявлено; проведение не отмечено
agreement-side-kz = РК
agreement-side-uz = РУз
agreement-side-both = обе стороны
agreement-status-open = открыто
agreement-status-in-progress = выполняется
agreement-status-done = выполнено
agreement-status-dropped = снято
agreement-status-overdue = ПРОСРОЧЕНО ({ $status })

err-no-meeting = ни одно заседание не подходит под { $reference }; список: `ortaq meeting list`
err-meeting-ambiguous = под { $reference } { $count ->
    [one] подходит { $count } заседание
    [few] подходят { $count } заседания
   *[many] подходят { $count } заседаний
}: { $candidates }; укажите номер или точнее место или дату
err-no-agreement = поручения №{ $id } нет; список: `ortaq agreement list`
err-meeting-changed-since = заседание №{ $id }: поле { $field } с тех пор изменено; ничего не отменено
err-agreement-changed-since = поручение №{ $id }: поле { $field } с тех пор изменено; ничего не отменено
err-commission-unreadable-edit = правку { $edit } в журнале заседаний не удаётся прочитать

cli-meeting-added = Добавлено заседание №{ $id }: { $kind }, { $place }, { $date } ({ $state })
cli-meeting-set = Заседание №{ $id } ({ $place }, { $date }): изменено { $fields }
cli-meeting-unchanged = Заседание №{ $id }: менять нечего, значения уже такие
cli-agreement-added = Добавлено поручение №{ $id } заседания №{ $meeting } ({ $place }, { $date }): { $text }{ $due }
cli-agreement-due = ; срок { $date }
cli-agreement-set = Поручение №{ $id }: изменено { $fields }
cli-agreement-linked = Поручение №{ $id }: связано с { $projects }
cli-agreement-unlinked = Поручение №{ $id }: больше не связано с { $projects }
cli-agreement-unchanged = Поручение №{ $id }: менять нечего, значения уже такие
cli-agreement-noted = Обновление к поручению №{ $id } ({ $date }): { $text }
cli-agreements-overdue = { $count ->
    [one] { $count } поручение просрочено
    [few] { $count } поручения просрочены
   *[many] { $count } поручений просрочено
}
cli-bad-meeting-field = { $given } — не поле заседания: { $fields }
cli-bad-agreement-field = { $given } — не поле поручения: { $fields }
cli-bad-kind = { $given } — не вид заседания: { $kinds }
cli-bad-side = { $given } — не сторона: kz, uz или both
cli-bad-agreement-status = { $given } — не состояние поручения: { $statuses }
cli-bad-number = { $given } — не номер заседания (1, 2, 21 …)
cli-bad-held = { $given } — ни yes, ни no
cli-bad-agreement-id = { $given } — не номер поручения (№3 или 3)
cli-not-assignment = { $given } — не ПОЛЕ=ЗНАЧЕНИЕ (например status=done)
entity-meeting = заседание
entity-agreement = поручение

report-meetings-title = Заседания
report-meetings-subtitle = Сначала новые; на { $today }
report-agreement-title = Поручение №{ $id }
report-agreements-title = Поручения
report-agreements-subtitle = На { $today }; просрочено — срок прошёл, а поручение не выполнено и не снято
report-col-place = Место
report-col-kind = Вид
report-col-number = Порядк. №
report-col-co-chairs = Сопредседатели
report-col-state = Состояние
report-col-meeting = Заседание
report-col-agreement = Поручение
report-col-side = Сторона
report-col-responsible = Ответственный
report-col-due = Срок
report-col-agreement-status = Состояние
report-col-projects = Проекты
report-meeting-agreements = Поручения этого заседания
report-agreement-notes = Обновления
report-agreement-projects = Связанные проекты
report-project-agreements = Поручения

report-agenda-title = Повестка: { $meeting }
report-agenda-subtitle = { $state }. С предыдущего заседания: { $previous }
report-agenda-no-previous = не отмечено
report-agenda-due = Поручения со сроком к этому заседанию (сначала просроченные)
report-agenda-open = Другие открытые поручения
report-agenda-sources = Использованные источники
cli-empty-value = { $option } не может быть пустым
report-agenda-title-none = Повестка
report-agenda-no-meeting = Заседание не запланировано: поручения со сроком по сегодняшний день
commission-reverted = { $entity } №{ $id } ({ $count ->
    [one] { $count } изменение
    [few] { $count } изменения
   *[many] { $count } изменений
})

# Экран заседаний.
tui-key-meetings-and-agreements = заседания и поручения
tui-key-first-entry = первая запись
tui-key-last-entry = последняя запись
tui-key-meetings-open = открыть: поручения заседания, поручение, связанный проект
tui-key-meetings-back = назад (из заседаний — к таблице)
tui-help-meetings = Заседания
tui-hint-meetings-open = открыть
tui-meetings-reading = Читаю заседания…
tui-meetings-heading = { $count ->
    [one] { $count } заседание, сначала новые
    [few] { $count } заседания, сначала новые
   *[many] { $count } заседаний, сначала новые
}
tui-meetings-none = Заседаний нет: добавить — `ortaq meeting add`.
tui-meetings-no-agreements = У этого заседания поручений нет.
tui-meetings-agreements = { $count ->
    [one] { $count } поручение
    [few] { $count } поручения
   *[many] { $count } поручений
}{ $overdue ->
    [0] {""}
   *[other] , просрочено: { $overdue }
}
tui-meetings-due = срок { $date }
tui-meetings-footer = { $meetings ->
    [one] { $meetings } заседание
    [few] { $meetings } заседания
   *[many] { $meetings } заседаний
} · { $agreements ->
    [one] { $agreements } поручение
    [few] { $agreements } поручения
   *[many] { $agreements } поручений
} · просрочено: { $overdue }
tui-meetings-planned = запланировано
tui-meetings-not-recorded = не отмечено
report-digest-agreements = Поручения: добавлены, выполнены, сняты, просрочены за период
report-agreement-added = добавлено
report-agreement-done = выполнено
report-agreement-dropped = снято
report-agreement-newly-overdue = просрочено за период
report-col-event = Что
