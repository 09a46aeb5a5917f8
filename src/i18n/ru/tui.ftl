# ortaq, по-русски: сообщения (tui). Каждое есть и в ../en/tui.ftl, с теми же переменными.

## Клавиши (справка и подсказки внизу); названия клавиш — как на клавиатуре
tui-key-next-project = следующий проект
tui-key-previous-project = предыдущий проект
tui-key-first-project = первый проект
tui-key-last-project = последний проект
tui-key-page-down = страница вниз
tui-key-page-up = страница вверх
tui-key-top = в начало
tui-key-end = в конец
tui-key-half-a-page-down = полстраницы вниз
tui-key-half-a-page-up = полстраницы вверх
tui-key-next-column = следующий столбец
tui-key-previous-column = предыдущий столбец
tui-key-edit-the-cell = изменить ячейку
tui-key-edit-any-field = изменить любое поле (даты, партнёры…)
tui-fields-menu-title = какое поле изменить
tui-key-open-the-detail = открыть карточку проекта
tui-key-search = поиск
tui-key-filter-by-status-country-sector = фильтр по статусу, стране, отрасли
tui-key-sort-by-this-column-again-reverse = сортировать по столбцу (повторно — обратно)
tui-key-add-a-project = добавить проект
tui-key-add-an-update = добавить обновление
tui-key-delete-the-project = удалить проект
tui-key-summary-totals-charts-reported-figures = сводка: итоги, диаграммы, официальные данные
tui-key-undo-your-last-change = отменить своё последнее изменение
tui-key-attach-a-source = указать источник показателя
tui-key-redo = вернуть отменённое
tui-key-clear-search-and-filters = сбросить поиск и фильтры
tui-key-help-the-keys-of-this-screen = справка: клавиши этого экрана
tui-key-quit = выход
tui-key-scroll-down = прокрутить вниз
tui-key-scroll-up = прокрутить вверх
tui-key-back-to-the-table = назад к таблице
tui-key-next-group = следующая группа
tui-key-previous-group = предыдущая группа
tui-key-group-by-status-country-sector = группировать по статусу / стране / отрасли
tui-key-the-projects-of-this-group = проекты этой группы
tui-key-save = сохранить
tui-key-cancel = отмена
tui-key-help = справка
tui-key-next-field = следующее поле
tui-key-previous-field = предыдущее поле
tui-key-next-field-save-on-the-last = следующее поле (на последнем — сохранить)
tui-key-next-choice = следующий вариант
tui-key-previous-choice = предыдущий вариант
tui-key-first-choice = первый вариант
tui-key-last-choice = последний вариант
tui-key-letter-name = буква, 1–9
tui-key-jump-to-letter = первый вариант на эту букву (источник — по номеру или издателю)
tui-key-choose = выбрать
tui-key-next-option = следующий пункт
tui-key-previous-option = предыдущий пункт
tui-key-tick-untick = отметить / снять отметку
tui-key-clear-all = снять все
tui-key-close = закрыть
tui-key-yes = да
tui-key-no = нет
tui-key-close-help = закрыть справку

## Разделы справки
tui-help-table = Таблица проектов
tui-help-detail = Карточка проекта
tui-help-summary = Сводка
tui-help-input = Правка ячейки и поиск
tui-help-form = Формы (новый проект, обновление)
tui-help-picker = Выбор статуса, страны и источника
tui-help-filter = Фильтр
tui-help-confirm = Подтверждение (удаление, пропуск)
tui-help-help = Эта справка
tui-help-layout = В русской раскладке буквы работают как латинские: о = j

## Строка состояния
tui-waiting = ждём, пока другой пользователь сохранит изменения… Esc — отмена
tui-not-typed = не введено: { $waiting }
tui-not-pasted = не вставлено: { $waiting }
tui-still-busy = база данных всё ещё занята: другой пользователь слишком долго записывает изменения; ничего не записано, попробуйте ещё раз
tui-save-cancelled-retry = сохранение отменено; ничего не записано (Enter — попробовать снова, Esc — закрыть)
tui-save-cancelled = отменено; ничего не записано
tui-waiting-before-quit = изменение ещё ждёт, пока другой пользователь сохранит свои; Esc отменяет его, после этого можно выйти
tui-already-waiting = одно изменение уже ждёт, пока другой пользователь сохранит свои; Esc отменяет его
tui-no-change = без изменений: значение уже было таким
# $stored: «инвестиции = 12 500 000 $»; $source: «; источник: №2 …» или ничего.
tui-saved = сохранено: { $stored }{ $source } в №{ $id } { $name } (версия { $version })
tui-saved-value = { $field } = { $value }
tui-saved-cleared = (очищено)
tui-saved-source = ; источник: { $source }
tui-source-cleared = { $saved }; источник снят: { $key } — указать источник
tui-not-a-figure = перейдите к показателю (статус, инвестиции, рабочие места), чтобы указать его источник
tui-no-source = без источника
tui-added = добавлен №{ $id } { $name }
tui-added-with-source = добавлен №{ $id } { $name }; источник проекта и введённых показателей: { $source }
tui-deleted = удалён №{ $id } { $name } (вернуть: ortaq restore { $id })
tui-undone = отменено: { $summary }
tui-redone = возвращено: { $summary }
tui-left-the-list = №{ $id } больше нет в списке; изменение поля «{ $field }» не сохранено
tui-edit-elsewhere = №{ $gone } больше нет в списке; курсор теперь на №{ $id } { $name }: нажмите Enter ещё раз, чтобы изменить его
tui-discard-ask = введённое не сохранено: ещё раз Esc — выбросить его; любая другая клавиша — продолжить
tui-database-created = создана новая база данных: { $path } (если вы имели в виду существующую, проверьте путь; q — выход)
tui-needs-terminal = интерфейсу нужен терминал (`ssh -t` его даёт); в сценариях пользуйтесь командами, например `ortaq list` или `ortaq summary`
tui-terminal-setup-failed = не удалось подготовить терминал для интерфейса
tui-gone-deleted-by = пока вы правили поле «{ $field }», { $by } удалил(а) №{ $id } { $name }; ничего не записано (вы ввели «{ $typed }»)
tui-gone-deleted = пока вы правили поле «{ $field }», №{ $id } { $name } был удалён; ничего не записано (вы ввели «{ $typed }»)
tui-gone-changed = пока вы правили поле «{ $field }», другой пользователь изменил №{ $id } { $name }, и проект больше не подходит под поиск или фильтры; ничего не записано; Enter снова откроет вашу правку с «{ $typed }»
tui-conflict = { $author } изменил(а) { $changes } в { $at }; Enter — записать ваше значение поверх, Esc — отказаться от него
tui-read-only-refused = у вас доступ к базе только для чтения: изменить ничего нельзя
tui-no-project-to-edit = нет проекта для правки
tui-no-project-for-update = не выбран проект, к которому добавить запись
tui-showing-every = показаны все проекты
tui-sorted-ascending = сортировка: { $key }, по возрастанию
tui-sorted-descending = сортировка: { $key }, по убыванию
tui-edit-cancelled = правка отменена; ничего не записано
tui-nothing-added = ничего не добавлено
tui-nothing-deleted = ничего не удалено
tui-group-shown = { $count ->
    [one] { $count } проект этой группы
    [few] { $count } проекта этой группы
    [many] { $count } проектов этой группы
   *[other] { $count } проекта этой группы
}
tui-problem-no-such-source = источник: источника №{ $id } нет
tui-problem-no-source-matches = источник: «{ $wanted }» не подходит ни к одному источнику; укажите номер источника или часть названия издателя
tui-problem-source-ambiguous = источник: «{ $wanted }» подходит к нескольким источникам ({ $count }: { $ids }); укажите номер

## Поля: подписи (карточка, формы) и в тексте сообщений

## Сортировка и группировка сводки
tui-sort-name = название
tui-sort-location = место
tui-sort-sector = отрасль
tui-sort-status = статус
tui-sort-investment = инвестиции
tui-sort-jobs = рабочие места
tui-sort-updated = время изменения
tui-sort-id = номер
tui-by-status = По статусу
tui-by-country = По стране
tui-by-sector = По отрасли

## Записи истории
tui-problem-date = дата: { $problem }

## Выбор, фильтр, подтверждение, заголовки справки
tui-unknown = неизвестно
tui-both-countries = обе (трансграничный)
tui-filter-status = статус: { $values }
tui-filter-country = страна: { $values }
tui-filter-sector = отрасль: { $values }
tui-filter-title = Фильтр: { $tick } — отметить, { $close } — закрыть
tui-skip-title = Отмена застряла
tui-skip-question = Это { $change }. Пропустить его, чтобы следующая отмена взяла ваше изменение перед ним?
tui-skip-yes = пропустить
tui-skip-no = оставить
tui-skipped = пропущено { $change }; теперь u отменит ваше изменение перед ним
tui-nothing-skipped = ничего не пропущено: отмена по-прежнему останавливается на этом изменении
tui-confirm-title = Удаление
tui-confirm-question = Удалить №{ $id } { $name }?
tui-confirm-restorable = Проект останется в истории, его можно восстановить.
tui-confirm-delete = удалить
tui-confirm-keep = оставить
tui-help-title = Клавиши ({ $close } — закрыть)
tui-help-title-scroll = Клавиши ({ $down }/{ $up } — прокрутка, { $close } — закрыть)

## Заголовок, итоги внизу и подсказки
tui-too-small = окно слишком мало: ortaq нужно { $width }x{ $height }
tui-read-only = [только чтение]
tui-search = поиск: { $text }
tui-counting = подсчёт… · { $sort }
tui-footer-sort = сорт.: { $key } { $arrow }
tui-footer = { $projects } · { $investment } (без суммы: { $unknown }) · места { $made } факт / { $planned } план · { $sort }
tui-hint-help = справка
tui-hint-edit = правка
tui-hint-search = поиск
tui-hint-filter = фильтр
tui-hint-sort = сорт.
tui-hint-add = новый
tui-hint-detail = карточка
tui-hint-quit = выход
tui-hint-grouping = группы
tui-hint-projects = проекты
tui-hint-back = назад
tui-hint-scroll = прокрутка
tui-hint-next = следующий
tui-hint-update = запись
tui-hint-save = сохранить
tui-hint-cancel = отмена
tui-hint-next-field = след. поле
tui-hint-down = вниз
tui-hint-choose = выбрать
tui-hint-tick = отметить
tui-hint-clear = сбросить
tui-hint-close = закрыть
tui-hint-yes = да
tui-hint-no = нет
tui-hint-page = страница

## Таблица (заголовки столбцов короткие: столбцы узкие)
tui-col-name = Название
tui-col-location = Место
tui-col-sector = Отрасль
tui-col-status = Статус
tui-col-investment = Инвест.
tui-col-jobs = Места ф/п
tui-col-jobs-spelled-out = Места факт/план
tui-no-projects = проектов пока нет: a — добавить проект
tui-nothing-matches = ничего не найдено: Esc сбрасывает поиск и фильтры
# Статусы в столбце таблицы: те же слова, что и полные названия (длинные обрезаются с «…»)
tui-status-proposed = в подготовке
tui-status-agreed = соглашение
tui-status-construction = строительство
tui-status-operating = действует
tui-status-suspended = приостановлен
tui-status-cancelled = отменён

## Карточка проекта
tui-detail-title = Карточка
tui-detail-none = проект не выбран
tui-detail-version = версия { $version } · изменён { $at }
tui-detail-updates = Обновления ({ $count })
tui-detail-entered = { $author } · внесено { $at }
tui-detail-entered-source = { $author } · внесено { $at } · источник №{ $source }
tui-detail-history = История ({ $count })
tui-detail-older = … ещё { $count ->
    [one] { $count } более ранняя запись
    [few] { $count } более ранние записи
   *[many] { $count } более ранних записей
}: ortaq history { $id }

## Формы
tui-form-add-project = Новый проект
tui-form-update-of = Новое обновление: { $name }
tui-form-date-hint = 12.07.2024, 07.2024, 2024, осень 2024, начало 2024, I кв. 2024, не ранее 09.2024, около 2024, 2024?
tui-form-date = Дата
tui-form-text = Текст
tui-form-source = Источник

## Сводка (короткие заголовки, когда окно уже 76 столбцов)
tui-adding-up = подсчёт…
tui-total = Итого
tui-unknown-group = (неизвестно)
tui-sum-projects = Проекты
tui-sum-projects-short = Проекты
tui-sum-investment = Инвестиции
tui-sum-investment-short = Инвест.
tui-sum-no-figure = Без суммы
tui-sum-no-figure-short = Без $
tui-sum-jobs-planned = Места план
tui-sum-jobs-planned-short = План
tui-sum-jobs-created = Места факт
tui-sum-jobs-created-short = Факт
tui-sum-share = Доля
tui-sum-share-short = Доля
tui-of = из
tui-unreadable = { $count ->
    [one] { $count } проект содержит числа, записанные другой программой, которые ortaq не может прочесть; они не вошли в суммы (их называет ortaq check)
    [few] { $count } проекта содержат числа, записанные другой программой, которые ortaq не может прочесть; они не вошли в суммы (их называет ortaq check)
   *[many] { $count } проектов содержат числа, записанные другой программой, которые ortaq не может прочесть; они не вошли в суммы (их называет ortaq check)
}
tui-trend-title = Официальные данные по времени
tui-trend-title-part = Официальные данные: { $shown } из { $count }{ $kinds ->
    [0] {""}
   *[other] , не показано видов: { $kinds }
} · все: ortaq summary --trend
tui-trend-as-of = на дату
tui-trend-source = источник

## Журнал изменений: что внесено за последние дни
tui-help-activity = Журнал изменений
tui-key-activity-what-was-entered-lately = журнал: что внесено за последние дни
tui-key-next-entry = следующая запись
tui-key-previous-entry = предыдущая запись
tui-key-newest-entry = самая новая запись
tui-key-oldest-entry = самая старая запись
tui-key-look-back-7-30-90-days = за 7, 30 или 90 дней
tui-key-open-the-project = открыть проект в таблице
tui-hint-window = период
tui-hint-project = проект
tui-activity-heading = Внесено за { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} (с { $since }): { $entries }
tui-activity-reading = Читаю журнал за { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} (с { $since })…
tui-activity-entries = { $count ->
    [one] { $count } запись
    [few] { $count } записи
   *[many] { $count } записей
}
tui-activity-none = За эти дни ничего не внесено; { $key } — за больший срок.
tui-activity-created = новый проект
tui-activity-deleted = удалён
tui-activity-restored = восстановлен
tui-activity-note = обновление (дата: { $date }): { $text }
tui-activity-then-now = { $projects_then } → { $projects_now } · { $investment_then } → { $investment_now } · места: план { $planned_then } → { $planned_now }, факт { $created_then } → { $created_now }

## Карта (L)
tui-key-map-where-the-projects-stand = карта: где находятся проекты
tui-help-map = Карта
tui-key-next-place = следующее место (к югу)
tui-key-previous-place = предыдущее место (к северу)
tui-key-northernmost-place = самое северное место
tui-key-southernmost-place = самое южное место
tui-map-reading = Карта: читаю, где находятся проекты…
tui-map-heading = Карта: место известно у { $located } из { $shown ->
    [one] { $shown } проекта
   *[other] { $shown } проектов
} (с учётом поиска и фильтров)
tui-map-heading-located = Карта: проектов с известным местом — { $located }
tui-map-none = Ни у одного из показанных проектов место не указано: задайте широту и долготу (E или ortaq set ID lat=… lon=…)
tui-map-status-unknown = статус неизвестен
tui-map-together = здесь { $count }
tui-map-outside = за пределами карты
tui-map-position = { $number } из { $count }
tui-map-coordinates = { $latitude }° с. ш., { $longitude }° в. д.

## Динамика опубликованных показателей графиком (t в сводке)
tui-key-trend-chart-or-table = динамика графиком или таблицей
tui-hint-chart = график
tui-trend-chart-title = Опубликовано за время, % от первого сообщения по каждому показателю ({ $key }: таблица)
tui-trend-chart-none = Ни один показатель пока не публиковался дважды: динамики нет.
