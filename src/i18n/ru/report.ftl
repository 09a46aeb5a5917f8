## Отчёты: сводка изменений и документы (HTML, xlsx)

report-digest-title = Что изменилось
report-digest-window = Внесено с { $since } по { $until } ({ $zone })
report-digest-portfolio = Портфель: было и стало
report-digest-created = Новые проекты
report-digest-deleted = Удалённые проекты
report-digest-restored = Восстановленные проекты
report-digest-status = Изменения статуса
report-digest-figures = Изменения показателей
report-digest-notes = Новые обновления
report-digest-figures-recorded = Внесённые официальные показатели
report-digest-figures-removed = Удалённые официальные показатели (ошибочные или исправленные)
report-digest-authors = Кто вносил изменения
report-none = Нет.
report-col-id = №
report-col-project = Проект
report-col-name-ru = Название (рус.)
report-col-project-deleted = Удалён
report-project-deleted = { $name } (удалён)
report-col-metric = Показатель
report-col-then = Было
report-col-now = Стало
report-col-field = Поле
report-col-from = Было
report-col-to = Стало
report-col-date = Дата
report-col-text = Сообщение
report-col-source = Источник
report-col-author = Автор
report-col-entered = Внесено ({ $zone })
report-col-figure-id = № показателя
report-col-as-of = На дату
report-col-scope = Охват
report-col-qualifier = Как указано
report-col-value = Значение
report-col-edits = Правок
report-col-first = Первая ({ $zone })
report-col-last = Последняя ({ $zone })
report-metric-projects = Проекты
report-metric-investment = Инвестиции (долл. США)
report-metric-jobs-planned = Рабочих мест по плану
report-metric-jobs-created = Рабочих мест создано
report-metric-status = Статус
report-bad-when = не удалось прочитать { $when } как время: укажите дату (2024-10-22, 22.10.2024, сегодня), срок назад от сейчас (7д — 7 дней, 2н — 2 недели) или время RFC 3339 (2024-10-22T09:00:00+05:00)
report-binary-to-terminal = формат { $format } — это файл, а не текст для терминала: перенаправьте вывод (`> report.{ $format }`) или укажите файл через -o FILE
report-written = Записано в { $file }.
report-list-title = Проекты
report-list-count = { $count ->
    [one] { $count } проект
    [few] { $count } проекта
    [many] { $count } проектов
   *[other] { $count } проекта
}
report-list-projects = Проекты
report-sources = Источники
report-total = Итого
report-col-country = Страна
report-col-region = Регион
report-col-sector = Отрасль
report-col-publisher = Издатель
report-col-title = Заголовок
report-col-url = Адрес
report-summary-title = Сводка по портфелю
report-summary-groups = Итоги по группам
report-summary-over-column = Формулировка
report-trend-contracts-value-usd = Сумма торговых контрактов (долл. США)
# The trend workbook's column that places each report on the chart's time axis.
report-trend-first-day = С (первый день даты)
report-export-title = Выгрузка портфеля
report-trend-count = { $count ->
    [one] { $count } отчёт
    [few] { $count } отчёта
    [many] { $count } отчётов
   *[other] { $count } отчёта
}
