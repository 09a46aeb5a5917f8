# ortaq, по-русски: сообщения (cli). Каждое есть и в ../en/cli.ftl, с теми же переменными.

## Папки и файлы
cli-folder-created = создана папка { $folder }
cli-folder-not-created = { $folder }: не удалось создать папку

## Выгрузка
cli-export-geojson-unlocated = { $count ->
    [one] У { $count } проекта место неизвестно: на карту он не попал
   *[other] У { $count } проектов место неизвестно: на карту они не попали
}
cli-export-geojson-half-located = Известна только широта или только долгота у { $ids }: { $count ->
    [one] на карту проект не попал; укажите обе (ortaq set № lat=… lon=…)
   *[other] на карту проекты не попали; укажите обе (ortaq set № lat=… lon=…)
}
cli-export-unreadable = { $count ->
    [one] { $count } значение, которое ortaq не может прочитать (его записала другая программа), выгружено пустым; `ortaq check` его называет
    [few] { $count } значения, которые ortaq не может прочитать (их записала другая программа), выгружены пустыми; `ortaq check` их называет
   *[other] { $count } значений, которые ortaq не может прочитать (их записала другая программа), выгружены пустыми; `ortaq check` их называет
}
cli-exported = { $count ->
    [one] выгружен { $count } проект
    [few] выгружено { $count } проекта
    [many] выгружено { $count } проектов
   *[other] выгружено { $count } проекта
} в { $file }
cli-export-over-open-database = { $file }: это база данных, открытая ortaq; выгрузка никогда её не заменяет, выберите другой файл
cli-export-over-folder = { $file }: это папка; укажите имя файла для записи
cli-export-over-sqlite = { $file }: это база данных SQLite; выгрузка никогда не записывается поверх неё (удалите её сами, если хотите заменить)
cli-export-over-journal = { $file }: это журнал базы данных SQLite, лежащей рядом; выгрузка никогда не записывается поверх него, выберите другое имя
cli-export-exists = { $file }: файл уже есть; добавьте --force, чтобы заменить его, или выберите другое имя
cli-export-no-temp = { $file }: не удалось создать файл в папке { $folder }
cli-export-not-written = { $file }: не удалось записать (ничего не изменено)
cli-export-appeared = { $file }: файл тем временем появился; добавьте --force, чтобы заменить его

## Импорт
cli-import-unreadable = { $file }: не удалось прочитать
cli-import-problems = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
    [many] { $count } ошибок
   *[other] { $count } ошибки
} в { $file }; ничего не импортировано
cli-import-workbook-has-no-sources = . На листе проектов источник назван по заголовку: импортируйте книгу в базу, где эти источники есть, или выгрузите данные командой `ortaq export --format json`, которая переносит и источники
cli-import-csv-has-no-sources = . Файл CSV содержит только проекты, без их источников: импортируйте его в базу, где эти источники есть, или выгрузите данные командой `ortaq export --format json`, которая переносит и источники
cli-import-read-sheet = { $kind }, лист { $position } { $sheet }
cli-import-refused-sheet = ; прочитан лист { $position } { $sheet }
cli-import-read-as-delimited = { $encoding }, разделитель { $delimiter }
cli-imported = { $projects ->
    [one] импортирован { $projects } проект
    [few] импортировано { $projects } проекта
    [many] импортировано { $projects } проектов
   *[other] импортировано { $projects } проекта
}, { $updates ->
    [one] { $updates } обновление
    [few] { $updates } обновления
    [many] { $updates } обновлений
   *[other] { $updates } обновления
}, { $figures ->
    [one] { $figures } официальный показатель
    [few] { $figures } официальных показателя
    [many] { $figures } официальных показателей
   *[other] { $figures } официального показателя
} и { $sources ->
    [one] { $sources } новый источник
    [few] { $sources } новых источника
    [many] { $sources } новых источников
   *[other] { $sources } нового источника
} (уже были в базе: { $reused }) из { $file } (прочитан как { $how })
cli-import-duplicates = { $file }: { $count ->
    [one] { $count } проект уже есть
    [few] { $count } проекта уже есть
    [many] { $count } проектов уже есть
   *[other] { $count } проекта уже есть
} в базе или дважды в файле: { $names }; ничего не импортировано (добавьте --allow-duplicates, чтобы импортировать их всё равно)
cli-import-unknown-source = { $file }: строка ссылается на источник { $title } ({ $publisher }), которого нет ни среди источников файла, ни в базе; ничего не импортировано
cli-import-not-allowed = { $file }: записывать официальные показатели и добавлять источники может только администратор (как и выполнять `indicator add` и `source add`), а файл содержит { $what }; ничего не импортировано. Попросите администратора импортировать его или уберите их из файла
cli-import-not-allowed-figures = { $count ->
    [one] { $count } официальный показатель
    [few] { $count } официальных показателя
    [many] { $count } официальных показателей
   *[other] { $count } официального показателя
} ({ $list })
cli-import-not-allowed-sources = { $count ->
    [one] { $count } источник, которого нет в базе
    [few] { $count } источника, которых нет в базе
    [many] { $count } источников, которых нет в базе
   *[other] { $count } источника, которых нет в базе
} ({ $list })
cli-import-not-allowed-and = { $first } и { $second }
cli-import-and-more = { $list } и ещё { $more }
cli-import-source-ambiguous = источник: { $count ->
    [one] { $count } источник называется
    [few] { $count } источника называются
    [many] { $count } источников называются
   *[other] { $count } источника называются
} { $title } ({ $ids }); укажите #номер

## База данных
cli-no-data-directory = не удалось найти папку данных (нет домашней папки?); укажите базу данных: --db ПУТЬ
cli-created-database-empty = создана новая база данных { $path } (пустая)
cli-created-database-seeded = создана новая база данных { $path } (с начальным портфелем проектов)
cli-backed-up = резервная копия { $database } сохранена в { $file }
cli-stdout-failed = не удалось записать в стандартный вывод
cli-backup-temporary = не удалось сделать временную копию для стандартного вывода
cli-backup-to-terminal = копия — это файл базы данных, а не текст для терминала: перенаправьте вывод (`> copy.db`)

## Изменения
cli-added = добавлен проект #{ $id } { $name }
cli-added-same-name = обратите внимание: у проекта №{ $id } «{ $name }» то же название; если это один проект, удалите один из них (`ortaq delete`)
cli-set-unchanged = у #{ $id } уже были эти значения; ничего не изменено
# $count: сколько полей изменено; «изменено» согласуется с «поле», «изменены» с «поля».
cli-set = #{ $id } { $name }: { $count ->
        [one] изменено поле { $fields }
       *[other] изменены поля: { $fields }
    } (версия { $version })
cli-set-source-cleared = { $fields }: источник снят; укажите --source, чтобы его сохранить
cli-set-source-without-figure = --source указывает источник показателя; укажите с ним показатель (status, investment, jobs_planned или jobs_created)
cli-deleted = удалён проект #{ $id } { $name } (восстановить: `ortaq restore { $id }`)
cli-restored = восстановлен проект #{ $id } { $name }
cli-restore-needs-id = нужен номер удалённого проекта, например 12 (сводка изменений показывает удалённые проекты с номерами: `ortaq digest --since 30д`), а не название: «{ $given }» — не номер
cli-undone = отменено: { $change }
cli-undo-stuck = { $why }. Это { $change }: `ortaq undo --skip` пропустит его, и следующая отмена возьмёт ваше изменение перед ним
cli-skipped = пропущено { $change }: { $why }; теперь `ortaq undo` отменит ваше изменение перед ним
cli-redone = возвращено: { $change }
# Дата в скобках после «дата:»: «от осень 2024», «от начало 2024» были бы неграмотны.
cli-noted = добавлено обновление к #{ $id } { $name } (дата: { $date }; источник: { $source })
cli-source-added = добавлен источник { $source } (дата публикации: { $date })
cli-figure-added = записан показатель { $figure }
cli-figure-removed = удалён показатель { $figure } (запись сохранена: `ortaq indicator list --all`)
cli-figure-corrected = исправлено: { $old } теперь { $new }
cli-figure-replaces = (заменяет #{ $id })
cli-figure-removed-mark = [удалён { $at }, { $by }]
cli-figure-not-an-id = { $input } — не номер показателя; напишите его так, как показывает `indicator list`: 11 или #11
cli-figure-money-too-large = { $input } — больше { $ceiling }, больше, чем ortaq принимает для официального показателя: проверьте, нет ли лишних нулей
cli-figure-count-too-large = { $input } — больше { $ceiling }, больше, чем ortaq принимает для официального показателя: проверьте, нет ли лишних нулей

## Списки и сводки
cli-bad-sort = нельзя сортировать по { $key }; возможные ключи: { $keys }
cli-bad-group = нельзя группировать по { $name }; укажите status, country или sector
cli-group-twice = --by называет { $name } дважды
cli-group-too-many = --by принимает не больше двух из status, country и sector
cli-trend-with-filters = --trend показывает официальные показатели всего портфеля, их нельзя сузить через --status, --country и --sector; уберите эти фильтры или уберите --trend, чтобы суммировать показанные проекты
cli-no-such-sector = ни у одного проекта нет отрасли { $sector }; отрасли: { $sectors }
cli-completions-not-utf8 = сценарий дополнения команд не в UTF-8
cli-manpage-failed = не удалось построить страницу руководства
cli-manpage-not-utf8 = страница руководства не в UTF-8
cli-source-ref = источник #{ $id }
cli-metric-jobs-refused = не сказано, созданы эти рабочие места или только планируются (вид jobs оставлен для цифр, записанных до того, как ortaq стал их различать); укажите, какие это: --metric jobs_created или «созданные рабочие места» (уже созданы), --metric jobs_planned или «планируемые рабочие места» (будут созданы)
cli-over-and-qualifier = --over и --qualifier говорят одно и то же; укажите что-то одно
cli-qualifier-twice = в { $value } сказано «{ $worded }», а в параметре — «{ $given }»: укажите что-то одно

## Проверка
cli-check-rebuilt = поисковый индекс перестроен по проектам
cli-check-ok = в порядке
cli-check-counts = версия схемы { $schema }
    { $projects ->
        [one] { $projects } проект
        [few] { $projects } проекта
        [many] { $projects } проектов
       *[other] { $projects } проекта
    } (удалено: { $deleted }), { $updates ->
        [one] { $updates } обновление
        [few] { $updates } обновления
        [many] { $updates } обновлений
       *[other] { $updates } обновления
    }, { $changes ->
        [one] { $changes } запись журнала изменений
        [few] { $changes } записи журнала изменений
        [many] { $changes } записей журнала изменений
       *[other] { $changes } записи журнала изменений
    }
    целостность: { $integrity }
cli-check-index-ok = поисковый индекс: в порядке
cli-check-index-not-checked = поисковый индекс: не проверен (база открыта только для чтения)
cli-check-index-out-of-step = поисковый индекс: расходится с проектами ({ $problem }); поиск может пропускать проекты, пока `ortaq check --repair` его не перестроит
cli-check-unreadable = нечитаемое значение: проект #{ $id } { $field } = { $value } (ortaq такое не записывает; показано как неизвестное и не входит в суммы: задайте его заново командой `ortaq set { $id } { $field }=…`)
cli-check-unreadable-figure = нечитаемое значение: опубликованный показатель #{ $id }, значение = { $value } (ortaq такое не записывает; не входит в сводку и динамику)
cli-check-unreadable-figure-date = нечитаемая дата: опубликованный показатель #{ $id } на { $value } (ortaq такую дату не читает; показатель не входит в сводку и динамику)
cli-check-unreadable-source-date = нечитаемая дата: источник #{ $id } опубликован { $value } (ortaq такую дату не читает; показана как записана)
cli-check-unreadable-update-date = нечитаемая дата: обновление #{ $id } от { $value } (ortaq такую дату не читает; показано как записано и стоит последним, как самое старое)
cli-check-completed-before-start = проект #{ $id }: завершение { $completed } — раньше начала ({ $started }); исправьте даты командой `ortaq set { $id } started=… completed=…`
cli-check-foreign-key = внешний ключ: { $table }, строка { $row }, ссылается на отсутствующую запись в { $parent }
cli-check-failed = { $database }: в базе данных есть проблемы (см. выше)

## --help
cli-help-template = {"{before-help}{about-with-newline}"}
    Использование: {"{usage}"}

    {"{all-args}{after-help}"}
cli-help-commands = Команды
cli-help-command = КОМАНДА
cli-help-options = Параметры
cli-help-arguments = Аргументы
cli-help-flag-help = Показать справку
cli-help-flag-version = Показать версию
cli-help-help = Показать эту справку или справку по указанной команде
cli-help-default = по умолчанию: { $value }
cli-default-today = сегодня
cli-help-possible = варианты: { $values }
cli-help-env = или переменная окружения { $name }
cli-help = Трекер совместных промышленных проектов Казахстана и Узбекистана, с управлением с клавиатуры
cli-help-arg-db = Файл базы данных (по умолчанию ortaq.db в вашей папке данных)
cli-help-arg-empty = Если база создаётся сейчас, оставить её пустой, без начального портфеля проектов
cli-help-arg-lang = Язык интерфейса и печатного вывода: en или ru (по умолчанию: ORTAQ_LANG, затем локаль: LC_ALL / LC_MESSAGES / LANG). Машинные форматы (JSON, CSV) одинаковы на всех языках
cli-help-arg-read-only = Открыть базу данных только для чтения
cli-help-arg-mouse = Разрешить интерфейсу захват мыши (по умолчанию выключен, чтобы можно было выделять текст)
cli-help-arg-status = Только этот статус (можно повторять): в подготовке (proposed), соглашение подписано (agreed), строительство (construction), действует (operating), приостановлен (suspended), отменён (cancelled)
cli-help-arg-country = Только эта страна (можно повторять): Казахстан (KZ), Узбекистан (UZ), обе (KZ+UZ)
cli-help-arg-sector = Только эта отрасль (можно повторять)
cli-help-list = Список проектов: с фильтрами, поиском и сортировкой
cli-help-list-arg-search = Слова, которые должны встречаться в названии, регионе, отрасли или среди партнёров
cli-help-list-arg-sort = Сортировать по: name, location, sector, status, investment, jobs, updated, id
cli-help-list-arg-reverse = Обратный порядок
cli-help-show = Показать проект полностью: поля, обновления и источники
cli-help-show-arg-project = Номер (`12`) или однозначная часть названия
cli-help-arg-project = Номер (`12`) или однозначная часть названия
cli-help-import-arg-file = Файл, который прочитать: .csv, .json, .xlsx, .xls или .ods
cli-help-backup-arg-path = Файл, в который записать копию (`-`: стандартный вывод, единственный вариант по SSH)
cli-help-add = Добавить проект
cli-help-add-arg-investment = Доллары США: 3400000000, $3.4bn, 217 million, 850k, 217 млн
cli-help-add-arg-source = Источник цифр: его номер или часть названия издателя или заголовка
cli-help-set = Изменить поля проекта: `ortaq set angren investment=12.5m status=operating`
cli-help-set-arg-assignments = Пары ПОЛЕ=ЗНАЧЕНИЕ; пустое значение очищает поле
cli-help-set-arg-if-version = Отказать в изменении, если версия проекта уже не эта
cli-help-set-arg-source = Источник изменяемых показателей (статус, инвестиции, рабочие места): номер или часть названия или издателя. Показатель, изменённый без него, теряет прежний источник
cli-help-delete = Удалить проект (он остаётся в истории, его можно восстановить)
cli-help-restore = Восстановить удалённый проект
cli-help-restore-arg-id = Номер проекта (`12` или `#12`), как его показывают `history` и `list --format json`
cli-help-undo = Отменить ваше последнее изменение (берётся из журнала изменений, поэтому работает и после перезапуска)
cli-help-undo-arg-skip = Пропустить ваше последнее изменение, если его нельзя отменить (его с тех пор изменили, или проект удалили или восстановили): следующая отмена возьмёт изменение перед ним
cli-help-redo = Вернуть последнее отменённое изменение
cli-help-note = Добавить к проекту обновление с датой
cli-help-note-arg-text = Что произошло
cli-help-note-arg-date = Дата события с той точностью, с какой она известна: 12.07.2024, 07.2024, 2024, «осень 2024», «начало 2024», «I кв. 2024», «не ранее 09.2024», «около 2024», 09.2024–12.2024, «сегодня»
cli-help-note-arg-source = Источник: его номер или часть названия издателя или заголовка
cli-help-history = Показать журнал изменений проекта: время, автор, поле, было -> стало
cli-help-summary = Сводная таблица: учтённые цифры в сравнении с официальными
cli-help-summary-arg-by = Группировать по status, country или sector, или по двум из них: --by country,status
cli-help-summary-arg-ascii = Рисовать таблицу только символами ASCII
cli-help-summary-arg-as-of = Сравнить с официальными цифрами на эту дату: цифра учитывается, если самый ранний день, который может означать её дата, не позже последнего дня этой даты («начало 2024» учитывается на 01.01.2024)
cli-help-summary-arg-trend = Вместо этого показать официальные цифры во времени
cli-help-summary-arg-format = Формат вывода (xlsx: в файл через -o FILE или с перенаправлением: > report.xlsx)
cli-help-summary-arg-output = Записать в этот файл, а не в стандартный вывод (никогда поверх базы данных)
cli-help-summary-arg-force = Заменить файл, если он уже есть
cli-help-export = Выгрузить весь портфель в JSON (источники, проекты с обновлениями, официальные цифры), проекты в CSV, проекты и источники в книгу Excel (xlsx: через -o FILE или с перенаправлением) или проекты с известным местом в GeoJSON
cli-help-export-arg-output = Записать в этот файл, а не в стандартный вывод (никогда поверх базы данных)
cli-help-export-arg-force = Заменить файл, если он уже есть
cli-help-import = Добавить содержимое файла CSV, JSON или таблицы (xlsx, xls, ods: лист с проектами): всё целиком или ничего. С --update строки файла — исправления проектов, которые они называют
cli-help-import-arg-update = Считать строки исправлениями проектов, которые они называют (по столбцу id, а без него — по названию на любом из языков): изменённые ячейки записываются одной правкой каждого проекта, и одна `undo` отменяет весь импорт. CSV и книги Excel
cli-help-import-arg-dry-run = С --update: показать, что изменилось бы, ячейку за ячейкой, и ничего не записывать
cli-help-import-arg-force = С --update: применить и строки проектов, изменённых после того, как файл был записан (его столбец updated_at), поверх этих изменений
cli-help-import-arg-clear-empty = С --update: пустая ячейка стирает значение (без этого флага оставляет его как есть)
cli-help-import-arg-add-new = С --update: добавить строки, не называющие ни одного проекта, как новые проекты (без этого флага они перечисляются и пропускаются)
cli-help-import-arg-source = С --update: источник показателей, которые меняет файл (статус, инвестиции, рабочие места): его номер или часть названия издателя или заголовка. Показатель, изменённый без него, теряет прежний источник
cli-help-import-arg-format = Формат файла (по умолчанию по расширению); xlsx читает также xls и ods
cli-help-import-arg-allow-duplicates = Импортировать проекты, даже если в базе уже есть проект с таким названием или файл называет его дважды
cli-help-import-arg-sheet = Лист книги, который читать, по имени (нужен, когда проекты есть на нескольких листах; скрытый лист читается, только если назван)
cli-help-import-arg-unit = Единица сумм инвестиций, если в заголовке столбца её нет
cli-help-backup = Безопасно скопировать базу данных, пока с ней работают другие
cli-help-check = Проверить целостность базы данных, внешние ключи и поисковый индекс
cli-help-check-arg-repair = Перестроить поисковый индекс, если он расходится с проектами
cli-help-source = Список источников или добавление источника
cli-help-source-list = Список источников
cli-help-source-add = Добавить источник
cli-help-source-add-arg-published = С той точностью, с какой ее дает источник: 12.07.2024, 07.2024, 2024, «осень 2024», «не ранее 09.2024», «около 2024»
cli-help-source-add-arg-note = Как была получена дата или другие важные сведения
cli-help-source-add-arg-publisher = Кто опубликовал: министерство, ведомство, издание
cli-help-source-add-arg-title = Заголовок публикации
cli-help-source-add-arg-url = Где её можно прочитать: веб-адрес
cli-help-indicator-add-arg-note = Что ещё стоит знать об этой цифре
cli-help-indicator = Список, добавление, удаление или исправление официальных показателей портфеля
cli-help-indicator-list = Список официальных показателей, от самых ранних
cli-help-indicator-add = Записать официальный показатель
cli-help-indicator-add-arg-as-of = Дата, на которую он сообщён, с известной точностью: 12.07.2024, 2024, «начало 2024», «не ранее 09.2024»
cli-help-indicator-add-arg-scope = Что он считает: portfolio, implemented, ...
cli-help-indicator-add-arg-metric = projects (проекты), investment (инвестиции), jobs_created (созданные рабочие места), jobs_planned (планируемые рабочие места), trade_contracts (торговые контракты) или trade_contracts_value (их сумма)
cli-help-indicator-add-arg-value = Значение: 74, $3.4bn, 14 600
cli-help-indicator-add-arg-qualifier = Как текст даёт цифру: точно (exact), более или свыше (over), не менее или не меньше (at_least), около или порядка (about), до (up_to)
cli-help-indicator-add-arg-over = В тексте сказано «более» / «свыше»: то же, что --qualifier over
cli-help-indicator-add-arg-source = Источник: его номер или часть названия издателя или заголовка
cli-help-indicator-list-arg-all = Также удалённые показатели, с пометкой
cli-help-indicator-remove = Удалить ошибочно записанный показатель: запись сохраняется, но в списках и динамике его нет
cli-help-indicator-remove-arg-id = Номер показателя, как его показывает `indicator list` (#11 или 11)
cli-help-indicator-correct = Исправить показатель: прежний удаляется, записывается новый со ссылкой на него
cli-help-indicator-correct-arg-id = Номер показателя, как его показывает `indicator list` (#11 или 11)
cli-help-indicator-correct-arg-value = Верное значение: 74, $3.4bn, 14 600
cli-help-indicator-correct-arg-qualifier = Как текст даёт цифру: точно (exact), более или свыше (over), не менее или не меньше (at_least), около или порядка (about), до (up_to); если не указано, остаётся прежним
cli-help-indicator-correct-arg-note = Если не указано, остаётся прежним
cli-help-completions = Вывести скрипт автодополнения для оболочки: `source <(ortaq completions bash)`
cli-help-completions-arg-shell = bash, zsh, fish, powershell (или elvish)
cli-help-manpage = Вывести страницу руководства (roff): `ortaq manpage | man -l -`

## Имена значений в --help
cli-value-path = ПУТЬ
cli-value-lang = ЯЗЫК
cli-value-project = ПРОЕКТ
cli-value-text = ТЕКСТ
cli-value-id = НОМЕР
cli-value-file = ФАЙЛ
cli-value-date = ДАТА
cli-value-field-value = ПОЛЕ=ЗНАЧЕНИЕ
cli-value-n = ЧИСЛО
cli-value-shell = ОБОЛОЧКА
cli-value-format = ФОРМАТ
cli-value-status = СТАТУС
cli-value-country = СТРАНА
cli-value-sector = ОТРАСЛЬ
cli-value-search = СЛОВА
cli-value-sort = КЛЮЧ
cli-value-by = ГРУППА
cli-value-name = НАЗВАНИЕ
cli-value-name-ru = НАЗВАНИЕ
cli-value-region = РЕГИОН
cli-value-investment = СУММА
cli-value-jobs-planned = ЧИСЛО
cli-value-jobs-created = ЧИСЛО
cli-value-partners = ПАРТНЁРЫ
cli-value-started = ДАТА
cli-value-completed = ДАТА
cli-value-description = ОПИСАНИЕ
cli-value-source = ИСТОЧНИК
cli-value-publisher = ИЗДАТЕЛЬ
cli-value-title = ЗАГОЛОВОК
cli-value-url = АДРЕС
cli-value-co-chairs = СОПРЕДСЕДАТЕЛИ
cli-value-due = СРОК
cli-value-kind = ВИД
cli-value-last = ПОСЛЕДНИЕ
cli-value-link = ПРОЕКТ
cli-value-unlink = ПРОЕКТ
cli-value-meeting = ЗАСЕДАНИЕ
cli-value-number = НОМЕР
cli-value-place = МЕСТО
cli-value-responsible = ОТВЕТСТВЕННЫЙ
cli-value-role = РОЛЬ
cli-value-side = СТОРОНА
cli-value-since = С
cli-value-unit = ЕДИНИЦА
cli-value-when = КОГДА
cli-value-published = ДАТА
cli-value-note = ПРИМЕЧАНИЕ
cli-value-scope = ОХВАТ
cli-value-metric = ПОКАЗАТЕЛЬ
cli-value-qualifier = ФОРМУЛИРОВКА
cli-value-value = ЗНАЧЕНИЕ
cli-value-as-of = ДАТА

cli-help-usage-options = [ПАРАМЕТРЫ]
cli-help-arg-format = Формат вывода
cli-help-export-arg-format = Формат файла: JSON переносит всё, CSV — только проекты, xlsx — проекты и источники, GeoJSON (RFC 7946) — проекты с известным местом
cli-help-add-arg-name = Название проекта
cli-help-add-arg-name-ru = Его название на русском языке
cli-help-add-arg-country = Казахстан (KZ), Узбекистан (UZ) или обе (KZ+UZ)
cli-help-add-arg-region = Где он находится: область или город
cli-help-add-arg-sector = Отрасль
cli-help-add-arg-status = в подготовке (proposed), соглашение подписано (agreed), строительство (construction), действует (operating), приостановлен (suspended) или отменён (cancelled)
cli-help-add-arg-jobs-planned = Сколько рабочих мест проект планирует создать
cli-help-add-arg-jobs-created = Сколько рабочих мест уже создано
cli-help-add-arg-partners = Участвующие компании и ведомства
cli-help-add-arg-started = Начало работ: 2024-07-12, 12.07.2024, 2024-07, 2024
cli-help-add-arg-completed = Окончание работ, с известной точностью
cli-help-add-arg-description = Что проект производит или делает

## Сводная таблица
cli-dimension-status = Статус
cli-dimension-country = Страна
cli-dimension-sector = Отрасль
cli-country-kz = Казахстан
cli-country-uz = Узбекистан
cli-country-both = Казахстан и Узбекистан
cli-summary-projects = Проекты
cli-summary-investment = Инвестиции
cli-summary-investment-usd = Инвестиции (долл. США)
cli-summary-no-figure = Без суммы
cli-summary-no-figure-short =
    Без
    суммы
cli-summary-jobs-planned = Рабочих мест по плану
cli-summary-jobs-planned-short =
    Мест
    (план)
cli-summary-jobs-created = Рабочих мест создано
cli-summary-jobs-created-short =
    Мест
    создано
cli-summary-share = Доля
cli-summary-total = Итого
cli-summary-unknown = (неизвестно)
cli-summary-unreadable = { $count ->
    [one] У { $count } проекта есть цифры
   *[other] У { $count } проектов есть цифры
}, записанные другой программой, которые ortaq не может прочитать; они не входят в суммы (их называет `ortaq check`).
cli-summary-no-reported = Официальные показатели портфеля не записаны (см. `ortaq indicator add`).
# Дата в скобках: после предлога «на» или «до» многие формы дат неграмотны.
cli-summary-no-reported-by = Нет официальных показателей портфеля, датированных не позднее указанной даты ({ $date }).
cli-summary-comparison = Учтено и заявлено официально
cli-summary-comparison-filtered = Учтено (только показанные проекты) и заявлено официально (весь портфель)
cli-summary-portfolio = Портфель
cli-summary-tracked = Учтено
cli-summary-reported = Официально
cli-summary-coverage = Охват
cli-summary-as-of = На дату
cli-summary-source = Источник: { $source }
cli-trend-title = Официальные показатели портфеля во времени
cli-trend-jobs-created =
    Мест
    создано
cli-trend-jobs-planned =
    Мест
    (план)
cli-trend-jobs-unrecorded =
    Места (вид
    не указан)
cli-trend-contracts =
    Торговые
    контракты
cli-trend-contracts-value =
    Сумма
    контрактов
cli-trend-source = Источник

## show и history
cli-field-name = Название
cli-field-name-ru = Название (рус.)
cli-field-country = Страна
cli-field-region = Регион
cli-field-sector = Отрасль
cli-field-status = Статус
cli-field-investment = Инвестиции (долл. США)
cli-field-jobs-planned = Рабочих мест по плану
cli-field-jobs-created = Рабочих мест создано
cli-field-partners = Партнёры
cli-field-started = Начало
cli-field-completed = Завершение
cli-field-description = Описание
cli-field-source = Источник
cli-field-status-source = Источник статуса
cli-field-investment-source = Источник инвестиций
cli-field-jobs-planned-source = Источник (мест по плану)
cli-field-jobs-created-source = Источник (мест создано)
cli-field-latitude = Широта
cli-field-longitude = Долгота
cli-detail-updated = Изменён
cli-detail-version = версия { $version }, { $zone }
cli-detail-updates = Обновления ({ $count })
cli-detail-sources = Источники ({ $count })
cli-detail-source = источник { $source }
cli-detail-entered = { $author }, внесено { $time }
cli-history-title = История #{ $id } { $name } (время: { $zone })

## list
cli-list-id = №
cli-list-name = Название
cli-list-location = Место
cli-list-sector = Отрасль
cli-list-status = Статус
cli-list-investment = Инвестиции
cli-list-jobs = Рабочие места

## check: журнал
cli-journal-wal = журнал: упреждающая запись (WAL), как нужно для одновременной работы и репликации
cli-not-project-assignment = { $given } — не ПОЛЕ=ЗНАЧЕНИЕ (например investment=12.5m)
cli-journal-not-wal = предупреждение: режим журнала { $mode }, а не WAL: Litestream не может реплицировать этот файл, а читающие ждут пишущих; верните режим командой `sqlite3 FILE 'PRAGMA journal_mode=WAL'`, пока файл никто не открыл
cli-journal-overgrown = предупреждение: в файле -wal { $waiting } МБ изменений, ещё не перенесённых в базу данных (больше { $limit } МБ): что-то задерживает перенос, например остановленная репликация (Litestream) или незакрытый читатель; см. `systemctl status litestream`

## Ошибки в командной строке
cli-parse-error = ошибка: { $problem }
cli-parse-more = Подробнее: '--help'.
cli-parse-unknown-argument = неизвестный аргумент '{ $argument }'
cli-parse-unknown-command = неизвестная команда '{ $command }'
cli-parse-invalid-value = недопустимое значение '{ $value }' для '{ $argument }' (варианты: { $values })
cli-parse-missing = не указаны обязательные аргументы: { $arguments }
cli-parse-bad-argument = аргумент '{ $argument }' указан неверно
cli-parse-invalid-because = { $argument }: { $reason }
cli-parse-no-value = для '{ $argument }' нужно значение, но оно не указано
cli-parse-usage = Использование: { $usage }

## ortaq access and serve (issue 15)
cli-help-access = Кто может работать с этой базой по SSH и в какой роли: одна служебная учётная запись, у каждого свой ключ
cli-help-access-add = Дать человеку доступ по его открытому ключу SSH: `access add alice --role editor --key alice.pub`
cli-help-access-add-arg-name = Его имя: автор его изменений (буквы, цифры, `.`, `_`, `-`)
cli-help-access-add-arg-role = viewer (просмотр), editor (правка) или admin (администратор)
cli-help-access-remove-arg-name = Имя человека
cli-help-access-role-arg-name = Имя человека
cli-help-access-role-arg-role = Новая роль: viewer (просмотр), editor (правка) или admin (администратор)
cli-help-access-add-arg-key = Файл его открытого ключа (`-`: стандартный ввод)
cli-help-arg-authorized-keys = Какой файл authorized_keys записывать (по умолчанию ~/.ssh/authorized_keys учётной записи, от имени которой работает ortaq)
cli-help-access-list = Список людей с доступом: роли и отпечатки ключей
cli-help-access-remove = Лишить человека доступа (его прошлые изменения остаются за ним)
cli-help-access-role = Сменить роль человека: viewer, editor или admin
cli-help-access-sync = Заново записать файл authorized_keys по базе данных
cli-help-access-log = Журнал доступа: сеансы, отклонённые команды и откуда они пришли, изменения в списке людей
cli-help-access-log-arg-last = Сколько последних записей показать
cli-help-serve = Команда, которую запускает ключ каждого человека в authorized_keys (записывает `access`)
cli-help-serve-arg-authorized-keys = Файл authorized_keys, в котором строка этого человека (его переписывают команды `access` администраторов)
cli-help-serve-arg-key = Отпечаток ключа, для которого написана строка: вход открыт, только пока это ключ этого человека
cli-help-serve-arg-name = Человек: его роль и имя берутся из базы данных

## digest
cli-help-digest = Что внесено за период: портфель было и стало, новые, удалённые и восстановленные проекты, изменения статуса и показателей, новые обновления, авторы
cli-help-digest-arg-since = С какого времени: 2024-10-22, 22.10.2024, сегодня, 7д (7 дней), 2н (2 недели) или время RFC 3339
cli-help-digest-arg-until = По какое время (по умолчанию: сейчас), в тех же формах
cli-help-digest-arg-format = Формат вывода (xlsx: в файл через -o FILE или с перенаправлением: > report.xlsx)
cli-help-digest-arg-output = Записать в этот файл, а не в стандартный вывод (никогда поверх базы данных)
cli-help-digest-arg-force = Заменить файл, если он уже есть
cli-help-list-arg-format = Формат вывода (xlsx: в файл через -o FILE или с перенаправлением: > report.xlsx)
cli-help-list-arg-output = Записать в этот файл, а не в стандартный вывод (никогда поверх базы данных)
cli-help-list-arg-force = Заменить файл, если он уже есть

## Исправления (import --update)
cli-update-project = { $name } (#{ $id }, { $place }):
cli-update-forced = { $name } (#{ $id }, { $place }) изменён здесь после того, как файл был записан; применено поверх этого изменения, как просит --force:
cli-update-conflict = { $name } (#{ $id }, { $place }) изменён здесь после того, как файл был записан (в файле updated_at { $in_file }; последним изменил { $author }, { $at }); НЕ применено (--force применит поверх этого изменения):
cli-update-added = { $name } (#{ $id }, { $place }): новый проект
cli-update-cell = {"  "}{ $field }: { $old } → { $new }
cli-update-no-such = { $place }: нет действующего проекта с номером #{ $id }; строка пропущена
cli-update-new = { $place }: { $name } — название ни одного проекта; строка пропущена (--add-new добавит её как новый проект)
cli-update-ambiguous = { $place }: { $name } читается как название { $count ->
    [one] { $count } проекта
   *[other] { $count } проектов
} ({ $candidates }); строка пропущена: добавьте столбец id, чтобы указать, какого
cli-update-twice = { $place }: { $name } названо ещё раз ({ $other }); обе строки пропущены
cli-update-name-taken = { $place }: у { $name } нет номера, а это название проекта #{ $id } { $project }; строка пропущена: укажите его номер, чтобы исправить этот проект
cli-update-refused = { $count ->
    [one] { $count } строку
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
} из { $file } нельзя применить; ничего не записано
cli-update-json = { $file }: --update читает CSV и книги Excel; документ JSON приносит проекты целиком (импортируйте его без --update)
cli-update-no-updated-at = в { $file } нет столбца updated_at: ortaq не может отличить изменение, сделанное здесь после составления файла, от исправления и считает исправлением каждое различие
cli-update-rest = без изменений: { $unchanged }, конфликтов не применено: { $conflicts }, строк пропущено: { $skipped }
cli-update-dry-run = пробный прогон: { $changed ->
    [one] изменился бы { $changed } проект
    [few] изменились бы { $changed } проекта
    [many] изменились бы { $changed } проектов
   *[other] изменились бы { $changed } проекта
} и добавилось бы { $added } из { $file } (прочитан как { $how }); { $rest }; ничего не записано
cli-update-nothing = из { $file } ничего не записано (прочитан как { $how }): применять нечего; { $rest }
cli-update-done = { $changed ->
    [one] изменён { $changed } проект
    [few] изменены { $changed } проекта
    [many] изменено { $changed } проектов
   *[other] изменено { $changed } проекта
} и добавлено { $added } из { $file } (прочитан как { $how }) одним изменением (`ortaq undo` отменит его целиком); { $rest }
cli-update-source-unused = указан --source, но файл не меняет ни одного показателя (статус, инвестиции, рабочие места): источник ни к чему не привязан
cli-update-id-and-name = { $place }: номер #{ $id } указывает на один проект, а название { $name } — на другой (#{ $other } { $project }); строка пропущена: может быть, столбец id — это нумерация строк?
