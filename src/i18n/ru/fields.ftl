## Поля проекта: подпись (документы, командная строка), `.short` где места мало (формы и
## меню интерфейса), `.word` внутри предложения

field-name = Название
    .short = Название
    .word = название

field-name-ru = Название (рус.)
    .short = Название по-русски
    .word = название по-русски

field-country = Страна
    .short = Страна
    .word = страна

field-region = Регион
    .short = Регион
    .word = регион

field-sector = Отрасль
    .short = Отрасль
    .word = отрасль

field-status = Статус
    .short = Статус
    .word = статус

field-investment = Инвестиции (долл. США)
    .short = Инвестиции, $
    .word = инвестиции

field-jobs-planned = Рабочих мест по плану
    .short = Раб. места (план)
    .word = рабочие места (план)

field-jobs-created = Рабочих мест создано
    .short = Раб. места (создано)
    .word = рабочие места (создано)

field-partners = Партнёры
    .short = Партнёры
    .word = партнёры

field-started = Начало
    .short = Начало
    .word = начало

field-completed = Завершение
    .short = Завершение
    .word = завершение

field-description = Описание
    .short = Описание
    .word = описание

field-source = Источник
    .short = Источник
    .word = источник

field-status-source = Источник статуса
    .short = Источник статуса
    .word = источник статуса

field-investment-source = Источник инвестиций
    .short = Источник инвестиций
    .word = источник инвестиций

field-jobs-planned-source = Источник (мест по плану)
    .short = Источник (мест по плану)
    .word = источник рабочих мест (план)

field-jobs-created-source = Источник (мест создано)
    .short = Источник (мест создано)
    .word = источник рабочих мест (создано)

field-latitude = Широта
    .short = Широта
    .word = широта

field-longitude = Долгота
    .short = Долгота
    .word = долгота
