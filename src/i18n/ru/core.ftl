# ortaq, по-русски. Каждое сообщение есть и в en.ftl, с теми же переменными.
# Числа ($count) выбирают форму множественного числа и выводятся с группами разрядов.

## Plurals
count-projects = { $count ->
    [one] { $count } проект
    [few] { $count } проекта
    [many] { $count } проектов
   *[other] { $count } проекта
}

## Statuses
status-proposed = в подготовке
status-agreed = соглашение подписано
status-construction = строительство
status-operating = действует
status-suspended = приостановлен
status-cancelled = отменён

## Countries
country-kz = Казахстан
country-uz = Узбекистан
country-both = Казахстан и Узбекистан

## Reported figures
metric-projects = Проекты
metric-investment = Инвестиции
metric-jobs = Рабочие места (вид не указан)
metric-jobs-created = Создано рабочих мест
metric-jobs-planned = Планируется рабочих мест
metric-trade-contracts = Торговые контракты
metric-trade-contracts-value = Сумма торговых контрактов

## Как текст даёт цифру (точная — без слова)
qualified-over = более { $value }
qualified-at-least = не менее { $value }
qualified-about = около { $value }
qualified-up-to = до { $value }
qualifier-over = более
qualifier-at-least = не менее
qualifier-about = около
qualifier-up-to = до

## Известные ortaq охваты официальных показателей (прочие — как записаны)
scope-portfolio = портфель
scope-implemented = реализованные
scope-promising = перспективные
scope-in-preparation = в проработке
scope-planned-in-kz = планируемые в Казахстане
scope-implemented-in-kz = реализованные в Казахстане
scope-implemented-in-uz = реализованные в Узбекистане

## Даты так, как их дает источник ($year пишется как есть, без разделения разрядов)
date-season = { $season ->
    [spring] весна
    [summer] лето
    [autumn] осень
   *[winter] зима
} { $year }
date-third = { $part ->
    [early] начало
    [mid] середина
   *[late] конец
} { $year }
# Родительный падеж после «не ранее», «не позднее» и «около»: «не ранее осени 2024».
date-season-of = { $season ->
    [spring] весны
    [summer] лета
    [autumn] осени
   *[winter] зимы
} { $year }
date-third-of = { $part ->
    [early] начала
    [mid] середины
   *[late] конца
} { $year }
date-half-of = { $half }-го полугодия { $year }
date-quarter = { $quarter ->
    [1] I
    [2] II
    [3] III
   *[4] IV
} кв. { $year }
date-half = { $half }-е полугодие { $year }
date-not-before = не ранее { $date }
date-not-after = не позднее { $date }
date-between = { $start } – { $end }
date-approximate = около { $date }
date-uncertain = { $date }?

## Отрасли: хранится код, показывается название
sector-agriculture = сельское хозяйство
sector-automotive = автомобилестроение
sector-chemicals = химическая промышленность
sector-construction-materials = стройматериалы
sector-electrical = электротехника
sector-energy = энергетика
sector-food = пищевая промышленность
sector-household-appliances = бытовая техника
sector-industrial-zone = промышленная зона
sector-logistics = логистика
sector-machinery = машиностроение
sector-metallurgy = металлургия
sector-mining = горнодобывающая промышленность
sector-pharmaceuticals = фармацевтика
sector-textiles = текстиль
sector-trade = торговля
sector-transport = транспорт

## A latitude or longitude the sources give only roughly
core-coordinate-approximate = ≈ { $value } (приблизительно)
