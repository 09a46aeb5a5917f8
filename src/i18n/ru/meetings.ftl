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

# $number: порядковый номер заседания, «none» если не указан.
cli-meeting-added = Добавлено заседание №{ $id }: { $kind }{ $number ->
    [none] {""}
   *[other] {" "}№{ $number }
}, { $place }, { $date } ({ $state })
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
cli-bad-side = { $given } — не сторона: РК (kz), РУз (uz) или обе стороны (both)
cli-ambiguous-agreement-status = { $given } читается по-разному: { $statuses }; укажите одно из них
cli-bad-agreement-status = { $given } — не состояние поручения: { $statuses }
cli-bad-number = { $given } — не номер заседания: укажите одно число (22 для 22-го)
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
report-agenda-subtitle-since = { $state }. С { $since }
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
tui-meetings-heading = Заседания, сначала новые
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

# --help команд meeting, agreement и agenda.
cli-help-meeting = Заседания комиссии: list, add, show, set
cli-help-meeting-list = Заседания, сначала новые; запланированные и непроведённые по записям — с пометкой
cli-help-meeting-list-arg-format = Формат вывода (xlsx — в файл через -o ФАЙЛ или перенаправлением: > отчёт.xlsx)
cli-help-meeting-list-arg-output = Записать в этот файл, а не на стандартный вывод (никогда поверх базы данных)
cli-help-meeting-list-arg-force = Заменить файл, если он уже есть
cli-help-meeting-add = Добавить заседание
cli-help-meeting-add-arg-date = Насколько точно известно: 2025-10-22, 22.10.2025–23.10.2025, 2025-10, осень 2025
cli-help-meeting-add-arg-place = Где: город
cli-help-meeting-add-arg-kind = заседание Межправкомиссии (commission), форум (forum), переговоры (talks) или рабочая группа (working_group)
cli-help-meeting-add-arg-number = Порядковый номер (21 для 21-го)
cli-help-meeting-add-arg-co-chairs = Сопредседатели
cli-help-meeting-add-arg-title = Как его называет источник
cli-help-meeting-add-arg-held = Источник сообщает, что заседание состоялось (иначе оно только объявлено)
cli-help-meeting-add-arg-source = Источник: его номер или часть издателя или названия
cli-help-meeting-show = Показать заседание и его поручения
cli-help-meeting-show-arg-meeting = Номер (`6`) или часть места, названия или даты (`khiva 2025`)
cli-help-meeting-show-arg-format = Формат вывода (xlsx — в файл через -o ФАЙЛ или перенаправлением: > отчёт.xlsx)
cli-help-meeting-show-arg-output = Записать в этот файл, а не на стандартный вывод (никогда поверх базы данных)
cli-help-meeting-show-arg-force = Заменить файл, если он уже есть
cli-help-meeting-set = Изменить поля заседания: `ortaq meeting set 6 held=yes`
cli-help-meeting-set-arg-meeting = Номер (`6`) или часть места, названия или даты
cli-help-meeting-set-arg-assignments = Пары ПОЛЕ=ЗНАЧЕНИЕ (date, place, kind, number, co_chairs, title, held, source); пустое значение очищает поле
cli-help-agreement = Поручения заседаний и их сроки: list, add, show, set, note
cli-help-agreement-list = Поручения, сначала просроченные
cli-help-agreement-list-arg-overdue = Только просроченные: срок прошёл, не выполнены и не сняты
cli-help-agreement-list-arg-due-before = Только со сроком до этой даты: последний день срока раньше её первого дня
cli-help-agreement-list-arg-meeting = Только этого заседания: его номер или часть места или даты
cli-help-agreement-list-arg-project = Только связанные с этим проектом: его номер или часть названия
cli-help-agreement-list-arg-side = Только этой стороны: РК (kz), РУз (uz) или обе стороны (both)
cli-help-agreement-list-arg-status = Только в этом состоянии (можно повторять): открыто (open), выполняется (in_progress), выполнено (done), снято (dropped)
cli-help-agreement-list-arg-format = Формат вывода (xlsx — в файл через -o ФАЙЛ или перенаправлением: > отчёт.xlsx)
cli-help-agreement-list-arg-output = Записать в этот файл, а не на стандартный вывод (никогда поверх базы данных)
cli-help-agreement-list-arg-force = Заменить файл, если он уже есть
cli-help-agreement-add = Записать поручение заседания: `ortaq agreement add khiva "ТЕКСТ" --due 2025-12 --side both`
cli-help-agreement-add-arg-meeting = Заседание: его номер или часть места или даты
cli-help-agreement-add-arg-text = Что поручено
cli-help-agreement-add-arg-due = Срок, как в тексте: 2025-12-31, "до конца 2025 года", "by the end of 2025"
cli-help-agreement-add-arg-side = РК (kz), РУз (uz) или обе стороны (both)
cli-help-agreement-add-arg-responsible = Ответственный орган
cli-help-agreement-add-arg-project = Проект, которого касается поручение (можно повторять): номер или часть названия
cli-help-agreement-add-arg-status = открыто (open, по умолчанию), выполняется (in_progress), выполнено (done) или снято (dropped)
cli-help-agreement-add-arg-source = Источник: его номер или часть издателя или названия
cli-help-agreement-show = Показать поручение: поля, связанные проекты и обновления
cli-help-agreement-show-arg-id = Номер поручения (`3` или `#3`)
cli-help-agreement-show-arg-format = Формат вывода (xlsx — в файл через -o ФАЙЛ или перенаправлением: > отчёт.xlsx)
cli-help-agreement-show-arg-output = Записать в этот файл, а не на стандартный вывод (никогда поверх базы данных)
cli-help-agreement-show-arg-force = Заменить файл, если он уже есть
cli-help-agreement-set = Изменить поручение: `ortaq agreement set 3 status=done`
cli-help-agreement-set-arg-id = Номер поручения (`3` или `#3`)
cli-help-agreement-set-arg-assignments = Пары ПОЛЕ=ЗНАЧЕНИЕ (meeting, text, side, responsible, due, status, source); пустое значение очищает поле
cli-help-agreement-set-arg-link = Связать с проектом (можно повторять)
cli-help-agreement-set-arg-unlink = Убрать связь с проектом (можно повторять)
cli-help-agreement-note = Добавить датированное обновление о ходе поручения
cli-help-agreement-note-arg-id = Номер поручения (`3` или `#3`)
cli-help-agreement-note-arg-text = Что произошло
cli-help-agreement-note-arg-date = Когда, насколько точно известно (по умолчанию сегодня)
cli-help-agreement-note-arg-source = Источник: его номер или часть издателя или названия
cli-help-agenda = Материалы к заседанию: поручения со сроком к нему (сначала просроченные), что изменилось с предыдущего заседания, сводка «учтено и заявлено», использованные источники
cli-help-agenda-arg-meeting = Заседание, к которому готовятся: номер или часть места или даты (по умолчанию ближайшее запланированное)
cli-help-agenda-arg-since = Предыдущее заседание или день (01.09.2025, 30d), с которого считаются изменения (по умолчанию последнее состоявшееся заседание до него)
cli-help-agenda-arg-format = Формат вывода (xlsx — в файл через -o ФАЙЛ или перенаправлением: > отчёт.xlsx)
cli-help-agenda-arg-output = Записать в этот файл, а не на стандартный вывод (никогда поверх базы данных)
cli-help-agenda-arg-force = Заменить файл, если он уже есть
tui-detail-agreements = { $count ->
    [one] { $count } поручение
    [few] { $count } поручения
   *[many] { $count } поручений
}
cli-help-meeting-history = Журнал изменений заседания: когда, кто, поле, было -> стало
cli-help-meeting-history-arg-meeting = Номер (`6`) или часть места, названия или даты
cli-help-meeting-history-arg-format = Формат вывода (xlsx — в файл через -o ФАЙЛ или перенаправлением: > отчёт.xlsx)
cli-help-meeting-history-arg-output = Записать в этот файл, а не на стандартный вывод (никогда поверх базы данных)
cli-help-meeting-history-arg-force = Заменить файл, если он уже есть
cli-help-agreement-history = Журнал изменений поручения: когда, кто, поле, было -> стало
cli-help-agreement-history-arg-id = Номер поручения (`3` или `#3`)
cli-help-agreement-history-arg-format = Формат вывода (xlsx — в файл через -o ФАЙЛ или перенаправлением: > отчёт.xlsx)
cli-help-agreement-history-arg-output = Записать в этот файл, а не на стандартный вывод (никогда поверх базы данных)
cli-help-agreement-history-arg-force = Заменить файл, если он уже есть
report-meeting-history = Журнал заседания №{ $id }
report-agreement-history = Журнал поручения №{ $id }
report-history-count = { $count ->
    [one] { $count } изменение, сначала новые
    [few] { $count } изменения, сначала новые
   *[many] { $count } изменений, сначала новые
}
report-col-old = Было
report-col-new = Стало
err-meeting-built-on-since = нельзя отменить добавление заседания №{ $id }: с тех пор его или его поручения изменял пользователь { $by }, и его работа пропала бы; ничего не отменено
err-agreement-built-on-since = нельзя отменить добавление поручения №{ $id }: с тех пор его изменял пользователь { $by }, и его работа пропала бы; ничего не отменено
err-meeting-held-before-its-date = заседание { $date } ещё не прошло, отметить его как состоявшееся нельзя; ничего не записано

## Поля заседания и поручения внутри фразы (`meeting set`, `agreement set`)
meeting-field-date = дата
meeting-field-place = место
meeting-field-kind = вид
meeting-field-number = номер
meeting-field-co-chairs = сопредседатели
meeting-field-title = название
meeting-field-held = состоялось
meeting-field-source = источник
meeting-held-yes = да
meeting-held-no = нет
agreement-field-meeting = заседание
agreement-field-text = текст
agreement-field-side = сторона
agreement-field-responsible = ответственный
agreement-field-due = срок
agreement-field-status = статус
agreement-field-source = источник
err-meeting-duplicate = это заседание уже записано: { $meeting } (тот же вид, дата и место); ничего не записано. Изменить его: `ortaq meeting set { $id } ПОЛЕ=ЗНАЧЕНИЕ`
err-agreement-due-before-meeting = срок поручения «{ $due }» раньше заседания, на котором оно дано ({ $meeting }); ничего не записано
err-meeting-after-agreements-due = дата заседания не может быть «{ $date }»: { $count ->
    [one] срок его поручения
   *[other] сроки его поручений
} раньше ({ $agreements }); ничего не записано. Сначала измените сроки или укажите более раннюю дату
err-meeting-after-due-agreement = №{ $id } { $text }, срок { $due }
err-agreement-note-before-meeting = обновление по поручению не может быть датировано «{ $date }», раньше заседания, на котором оно дано ({ $meeting }); ничего не записано
cli-agenda-since-after-meeting = --since { $since } не раньше заседания, для которого повестка ({ $meeting }): укажите более раннее заседание или день либо не указывайте --since (тогда берётся последнее состоявшееся до него)
report-history-created = создано
report-history-note = обновление
report-history-project = связанный проект
tui-key-meetings-add = добавить заседание (в списке заседаний) или поручение заседания
tui-commission-add-meeting = Новое заседание
tui-commission-add-agreement = Новое поручение заседания №{ $meeting }
tui-commission-date = Дата
tui-commission-place = Место
tui-commission-kind = Вид
tui-commission-number = Номер
tui-commission-text = Текст
tui-commission-due = Срок
tui-commission-side = Сторона
tui-commission-responsible = Ответственный
tui-commission-empty = поле «{ $field }» не может быть пустым
tui-commission-bad-kind = { $given } — не вид заседания: заседание Межправкомиссии, форум, переговоры или рабочая группа
tui-key-meetings-note = добавить датированное обновление о ходе поручения
tui-key-meetings-edit = изменить поля заседания или поручения
tui-commission-status = Статус
tui-commission-edit-meeting = Заседание №{ $id }
tui-commission-edit-agreement = Поручение №{ $id }
tui-commission-hint-kind = заседание Межправкомиссии, форум, переговоры или рабочая группа
tui-commission-hint-side = РК, РУз или обе стороны (или пусто)
tui-commission-hint-status = открыто, выполняется, выполнено или снято
tui-commission-hint-number = порядковый номер, одно число: 22 для 22-го
tui-commission-projects = Проекты
tui-commission-hint-projects = проекты, которых оно касается, через запятую: номер (#6) или слова названия (центр)
