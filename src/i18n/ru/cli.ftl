# ortaq, по-русски: сообщения (cli). Каждое есть и в ../en/cli.ftl, с теми же переменными.

## Папки и файлы
cli-folder-created = создана папка { $folder }
cli-folder-not-created = { $folder }: не удалось создать папку

## Выгрузка
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
cli-import-csv-has-no-sources = . Файл CSV содержит только проекты, без их источников: импортируйте его в базу, где эти источники есть, или выгрузите данные командой `ortaq export --format json`, которая переносит и источники
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

## Изменения
cli-added = добавлен проект #{ $id } { $name }
cli-set-unchanged = у #{ $id } уже были эти значения; ничего не изменено
cli-set = #{ $id } { $name }: изменено { $fields } (версия { $version })
cli-deleted = удалён проект #{ $id } { $name } (восстановить: `ortaq restore { $id }`)
cli-restored = восстановлен проект #{ $id } { $name }
cli-undone = отменено: { $change }
cli-redone = возвращено: { $change }
cli-noted = добавлено обновление от { $date } к #{ $id } { $name }
cli-source-added = добавлен источник #{ $id }
cli-figure-added = записан показатель #{ $id }

## Списки и сводки
cli-bad-sort = нельзя сортировать по { $key }; возможные ключи: { $keys }
cli-bad-group = нельзя группировать по { $name }; укажите status, country или sector
cli-group-twice = --by называет { $name } дважды
cli-group-too-many = --by принимает не больше двух из status, country и sector
cli-trend-with-filters = --trend показывает официальные показатели всего портфеля, их нельзя сузить через --status, --country и --sector; уберите эти фильтры или уберите --trend, чтобы суммировать показанные проекты
cli-over = более { $value }
cli-source-ref = источник #{ $id }
cli-metric-projects = проекты
cli-metric-investment = инвестиции
cli-metric-jobs = рабочие места

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
cli-check-foreign-key = внешний ключ: { $table }, строка { $row }, ссылается на отсутствующую запись в { $parent }
cli-check-failed = { $database }: в базе данных есть проблемы (см. выше)
