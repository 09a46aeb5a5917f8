# ortaq, по-русски: сообщения об ошибках. Каждое есть и в ../en/errors.ftl, с теми же переменными.
# Введённые значения ($input, $reference) приходят уже в кавычках «…».

## Отклонённое значение, с названием поля
err-in-field = { $field }: { $problem }

## Деньги
err-money-accepted = укажите сумму в долларах США, например 3400000000, 3 400 000 000, $3,4 млрд, 217 млн или 850 тыс.
err-money-empty = сумма не указана; { err-money-accepted }
err-money-negative = сумма не может быть отрицательной; { err-money-accepted }
err-money-ambiguous = { $input } читается двояко: { $grouped } (знак разделяет разряды, по-английски) или { $decimal } (десятичная запятая, по-русски); напишите { $grouped } или { $decimal }
err-money-ambiguous-not-whole = { $input } читается двояко: { $grouped } (знак разделяет разряды, по-английски) или { $decimal } (десятичная запятая, по-русски), но это не целое число долларов; если имелось в виду { $grouped }, так и напишите: { $grouped }
err-money-not-whole = сумма указывается в целых долларах; { err-money-accepted }
err-money-too-large = { $input } — больше { $ceiling } (100 млрд долларов США), больше любого отдельного проекта: проверьте, нет ли лишних нулей
err-money-not-a-number = { $input } — не денежная сумма; { err-money-accepted }
err-money-approximate = { $input } — приблизительное значение: укажите одну сумму, например 100 млн; «около», «более», «не менее», «до» бывают только у официально заявленных показателей, а у проекта записывается сама сумма

## Количества (рабочие места, проекты)
err-count-accepted = укажите целое число, например 14600 или 14 600
err-count-empty = число не указано; { err-count-accepted }
err-count-negative = число не может быть отрицательным; { err-count-accepted }
err-count-ambiguous = число { $input } читается двояко: { $grouped } (знак разделяет разряды, по-английски) или { $decimal } (десятичная запятая, по-русски); напишите { $grouped } или { $decimal }
err-count-ambiguous-not-whole = число { $input } читается двояко: { $grouped } (знак разделяет разряды, по-английски) или { $decimal } (десятичная запятая, по-русски), но число должно быть целым; если имелось в виду { $grouped }, так и напишите: { $grouped }
err-count-not-whole = число должно быть целым; { err-count-accepted }
err-count-too-large = { $input } — больше { $ceiling }, больше, чем бывает у отдельного проекта: проверьте, нет ли лишних нулей
err-count-not-a-number = { $input } — не число; { err-count-accepted }
err-count-approximate = число { $input } — приблизительное значение: укажите одно число, например 500; «около», «более», «не менее», «до» бывают только у официально заявленных показателей, а у проекта записывается само число

## Даты
err-date-accepted = укажите дату, например 12.07.2024, 07.2024, 2024, «сегодня», «осень 2024», «начало 2024», «I кв. 2024», «не ранее 09.2024», «около 2024» или 09.2024 – 12.2024
err-date-not-a-date = { $input } — не дата; { err-date-accepted }
err-date-impossible-year = в дате { $input } невозможный год; { err-date-accepted }
err-date-year-range = в дате { $input } год вне диапазона { $min }–{ $max }; { err-date-accepted }
err-date-no-such-month = в дате { $input } нет такого месяца; { err-date-accepted }
err-date-no-such-day = в дате { $input } нет такого дня; { err-date-accepted }
err-date-not-stored = { $input } — не дата в формате хранения (EDTF, например 2024, 2024-07, 2024-07-12, 2024-23, 2024-09/.., 2024~); { err-date-accepted }
err-date-unspecified = в дате { $input } есть неуказанные цифры; укажите год, сезон или интервал; { err-date-accepted }
err-date-time = в дате { $input } указано время суток; ortaq хранит только дату; { err-date-accepted }
err-date-set = { $input } — набор дат; укажите одну дату или интервал; { err-date-accepted }
err-date-grouping = { $input } — часть года, которую ortaq не называет (сезоны 21–24, кварталы 33–36, начало/середина/конец 37–39, полугодия 40–41); { err-date-accepted }
err-date-partly-qualified = в дате { $input } оговорка относится только к части даты; ставьте ?, ~ или % после всей даты; { err-date-accepted }
err-date-not-in-subset = { $input } — запись EDTF, которую ortaq не может сказать словами; { err-date-accepted }
err-date-end-before-start = { $input } кончается раньше, чем начинается; укажите сначала более раннюю дату
err-date-future = { $input } ещё не наступила: источник публикуется, показатель объявляется, а обновление записывается в уже прошедший день; проверьте год
err-date-not-calendar = { $input } — не день, месяц или год, а начало и завершение проекта хранятся только так: укажите 12.07.2024, 07.2024 или 2024
err-date-not-calendar-offer = { $input } — не день, месяц или год, а начало и завершение проекта хранятся только так: напишите то, что имеется в виду, например { $offered }
err-date-ambiguous-winter = { $input } читается двояко: зима, на которую приходятся январь и февраль этого года, или зима, которая начинается в его декабре; напишите { $first } или { $second }
err-date-ambiguous-day-or-month = { $input } читается двояко: сначала день или сначала месяц; напишите { $first } или { $second }
err-date-ambiguous-short-year = { $input }: год из двух цифр; напишите год полностью: { $first } или { $second }
err-date-ambiguous-up-to-year = { $input } читается двояко: до начала этого года или до его конца включительно; напишите { $first } или { $second }
err-date-ambiguous-by-start-or-end = { $input } читается двояко: к началу этого месяца или к его концу включительно; напишите { $first } или { $second }
err-date-ambiguous-up-to-day = { $input } читается двояко: до этого дня или по этот день включительно; напишите { $first } или { $second }
err-date-ambiguous-years-or-season = { $input } читается двояко: два года подряд или часть года в коде стандарта дат; напишите { $first } или { $second }
err-date-part-of-year = { $input } — часть года, не день, месяц или год, а начало и завершение проекта хранятся только так: напишите месяц, который имеется в виду, например { $month }, или год, { $year }

## Коды и названия
err-unknown-status = { $input } — нет такого статуса; укажите proposed, agreed, construction, operating, suspended или cancelled (или по-русски: в подготовке, соглашение подписано, строительство, действует, приостановлен, отменён)
err-ambiguous-status = { $input } не говорит, на какой стадии проект: это может быть { $choices }; укажите одно из них
err-unknown-country = { $input } — нет такой страны; укажите KZ (Казахстан), UZ (Узбекистан) или KZ+UZ (обе страны)
err-unknown-field = { $input } — нет такого поля; поля: { $fields }
err-unknown-metric = { $input } — нет такого вида показателя; укажите projects (проекты), investment (инвестиции), jobs_created (созданные рабочие места), jobs_planned (планируемые рабочие места), trade_contracts (торговые контракты) или trade_contracts_value (сумма торговых контрактов)
err-unknown-qualifier = { $input } — так текст цифру не даёт; укажите `exact` (точно), `over` (более), `at_least` (не менее), `about` (около) или `up_to` (до)
err-under-qualifier = { $input }: «менее» у официального показателя не хранится; если в тексте имеется в виду «до» этого числа (включительно), напишите «до» перед числом, иначе не вносите показатель
err-not-source-id = { $input } — не номер источника; см. `ortaq source list`

## Тексты
err-name-required = у проекта должно быть название; оно не может быть пустым
err-given-twice = поле { $field } указано дважды
err-source-of-unknown-figure = показатель неизвестен, и подтверждать источнику нечего; укажите показатель вместе с источником или не указывайте источник
err-too-long = { $count ->
    [one] { $length } символ
    [few] { $length } символа
    [many] { $length } символов
   *[other] { $length } символа
} — слишком длинно; сохраняется не больше { $limit }
err-note-empty = обновление: текст не может быть пустым
err-note-too-long = обновление: { $count ->
    [one] { $length } символ
    [few] { $length } символа
    [many] { $length } символов
   *[other] { $length } символа
} — слишком длинно; сохраняется не больше { $limit }
err-source-needs-publisher = у источника должен быть издатель
err-source-needs-title = у источника должно быть название
err-scope-required = у показателя должен быть охват, например portfolio или implemented
err-figure-negative = опубликованный показатель не может быть отрицательным
err-coordinate = { $input } — не координата; укажите градусы десятичной дробью от -{ $limit } до { $limit }, например 43,2386 или 43.2386, со знаком ~, если приблизительно (~41,05)
err-completed-before-started = { $completed } — раньше начала ({ $started }): проект завершается после того, как начался; проверьте годы

## Файл базы данных
err-not-sqlite = { $path }: это не база данных SQLite; ortaq её не тронул (укажите другой путь в --db)
err-empty-file = { $path }: файл пуст (0 байт) и не является базой ortaq; ortaq его не тронул (удалите его, чтобы начать заново, или укажите другой путь в --db)
err-foreign-database = { $path }: база данных SQLite, но не ortaq; ortaq её не тронул
err-corrupt = { $path }: база данных повреждена ({ $detail }); ortaq её не тронул (восстановите резервную копию, см. `ortaq backup`)
err-newer-schema = { $path }: база записана более новой версией ortaq (версия схемы { $found }, эта версия знает только до { $supported }); ortaq её не тронул — обновите ortaq
err-read-only = { $path }: эту базу вам можно только читать; ничего не записано
err-read-only-anywhere = эту базу вам можно только читать; ничего не записано
err-cannot-follow = { $path }: ortaq не может прочитать последние изменения: они ждут в файле -wal рядом с базой, а для их чтения нужен файл -shm, который вам нельзя там создать; попросите того, у кого есть право записи, один раз открыть базу (подойдёт любая команда ortaq) и попробуйте снова
err-read-only-needs-upgrade = { $path }: базу нужно обновить до версии схемы { $supported }, но вам её можно только читать; попросите владельца один раз запустить ortaq
err-busy = база данных занята: другой пользователь слишком долго записывает изменения; ничего не записано, попробуйте ещё раз
err-full = диск заполнен (или база достигла предельного размера); ничего не записано
err-totals-too-large = итоги слишком велики, чтобы сложить их в целых числах; ortaq не показывает итог, чтобы не показать неверный (`ortaq check` назовёт значения, которые могла записать другая программа)
err-file-exists = { $path }: файл уже существует; выберите другое имя
err-io = { $path }: не удалось { $action }: { $reason }
err-io-opening = открыть
err-io-opening-read-only = открыть для чтения
err-io-reading = прочитать
err-io-creating = создать
err-io-creating-directory = создать папку
err-io-creating-backup = создать резервную копию
err-io-backing-up = сделать резервную копию
err-io-removing-temporary = удалить временную копию
err-io-not-found = нет такого файла или папки
err-io-permission = нет прав доступа
err-io-exists = файл уже существует
err-io-is-directory = это папка, а не файл
err-io-not-directory = часть пути — не папка
err-io-full = диск заполнен
err-io-read-only-fs = файловая система доступна только для чтения
err-io-quota = превышена дисковая квота
err-io-too-large = файл слишком большой
err-io-busy = файл или устройство заняты
err-io-eof = файл обрывается раньше времени
err-io-timed-out = истекло время ожидания
err-io-broken-pipe = принимающая сторона закрыла канал
err-io-invalid-filename = недопустимое имя файла
err-io-directory-not-empty = папка не пуста
err-io-crosses-devices = путь ведёт на другую файловую систему
err-io-out-of-memory = не хватает памяти
err-io-other = системная ошибка ({ $detail })
err-refused = база данных отклонила значение ({ $context }: { $detail })
err-dangling-references = обновить этот файл нельзя: строк, ссылающихся на несуществующие строки (их записала другая программа): { $count }; ничего не изменено, а `ortaq check` прежней версии их назовёт
err-internal = внутренняя ошибка ortaq ({ $detail })
err-sqlite = ошибка базы данных ({ $context }: { $detail })

## Проекты и источники
err-conflict = проект №{ $project } изменён пользователем { $author } в { $at }{ $changes } после того, как вы начали; ничего не записано
err-conflict-unknown = проект №{ $project } изменён другим пользователем в { $at }{ $changes } после того, как вы начали; ничего не записано
err-no-such-version = у проекта №{ $project } нет версии { $given } (текущая версия — { $current }); ничего не записано
err-not-found = ни один проект не подходит под { $reference }
err-deleted = проект №{ $project } удалён
err-deleted-undo = проект №{ $project } удалён; его можно восстановить командой `ortaq undo`
err-ambiguous = под { $reference } { $count ->
    [one] подходит { $count } проект
    [few] подходят { $count } проекта
    [many] подходят { $count } проектов
   *[other] подходят { $count } проекта
}: { $candidates }; укажите номер или больше слов из названия
err-already-deleted = проект №{ $project } уже удалён
err-not-deleted = проект №{ $project } не удалён
err-no-such-source = источник: источника №{ $id } нет; см. `ortaq source list`
err-no-such-figure = официального показателя #{ $id } нет; номера показывает `ortaq indicator list`
err-figure-removed = официальный показатель #{ $id } уже удалён; его показывает `ortaq indicator list --all`
err-figure-exists = показатель с той же датой, охватом, видом и источником уже записан, поэтому ничего не записано: { $figure }; если он неверен, замените его: `ortaq indicator correct { $id } --value …`, или удалите: `ortaq indicator remove { $id }`
err-no-source-matches = источник: ни один источник не подходит под { $reference }; см. `ortaq source list`
err-source-ambiguous = источник: под { $reference } { $count ->
    [one] подходит { $count } источник
    [few] подходят { $count } источника
    [many] подходят { $count } источников
   *[other] подходят { $count } источника
} ({ $ids }); укажите номер
err-no-source-titled = источник: нет источника с названием { $title }
err-nothing-written = { $error }; ничего не записано

## Отмена и повтор
err-nothing-to-undo = у пользователя { $author } не осталось изменений, которые можно отменить
err-nothing-to-redo = у пользователя { $author } нет отменённых изменений, которые можно повторить
err-figure-write-last = { $cannot }: ваше последнее изменение — официальный показатель { $figure } ({ $at }), до которого отмена не достаёт, а в обход него отменилось бы более раннее изменение; исправьте показатель командой `ortaq indicator correct` или `ortaq indicator remove`
err-cannot-undo = отменить нельзя
err-cannot-redo = повторить нельзя
err-deleted-or-restored-since = проект №{ $project } с тех пор кто-то удалил или восстановил
err-deleted-since = { $cannot }: проект №{ $project } с тех пор удалён
err-changed-since = { $cannot }: поле «{ $field }» проекта №{ $project } с тех пор изменено пользователем { $author } в { $at }
err-changed-since-unknown = { $cannot }: поле «{ $field }» проекта №{ $project } с тех пор кем-то изменено
err-undo-not-stuck = ваше последнее изменение можно отменить: его отменяет `ortaq undo`; пропустить можно только изменение, которое отменить нельзя
err-your-change = ваше изменение от { $at } (№{ $project }: { $changes })
err-your-figure-change = ваше изменение официального показателя { $figure }
err-your-commission-change = ваше изменение: { $entity } №{ $id }
err-figure-changed-since = { $cannot }: официальный показатель { $figure } с тех пор кем-то удалён или возвращён, либо на его месте стоит показатель с той же датой, охватом, видом и источником
figure-undone-removed = официальный показатель удалён: { $figure }
figure-undone-restored = официальный показатель возвращён: { $figure }
err-creation-changed-since = нельзя отменить добавление проекта №{ $project }: его изменил пользователь { $author } в { $at }; если проект не нужен, удалите его
err-reverted-creation = №{ $project } «{ $name }» удалён (его добавление отменено)
err-reverted = №{ $project } «{ $name }»: { $changes }
err-reverted-import = { $count ->
    [one] удалён { $count } импортированный проект
    [few] удалено { $count } импортированных проекта
    [many] удалено { $count } импортированных проектов
   *[other] удалено { $count } импортированного проекта
} (№{ $project } и остальные из того же импорта; их добавление отменено)
err-reverted-many = { $count ->
    [one] возвращён { $count } проект
    [few] возвращено { $count } проекта
    [many] возвращено { $count } проектов
   *[other] возвращено { $count } проекта
} (№{ $project } и остальные из того же импорта)

## Одно изменение из журнала, в нескольких словах
err-change-skipped = отмена пропустила более раннее изменение, которое нельзя было отменить (правка №{ $edit })
err-change-created = создан: { $value }
err-change-deleted = удалён
err-change-restored = восстановлен
err-change-note = обновление: { $value }
err-change-note-removed = обновление удалено: { $value }
err-change-field = { $field }: { $old } → { $new }

## Импорт: где ошибка
err-import-at = { $place }: { $issue }
err-place-line = строка { $line }
err-place-record = запись { $index }
err-place-project = проект { $index }
err-place-source = источник { $index }
err-place-indicator = показатель { $index }
err-place-update = { $item }, обновление { $update }
err-place-cell = лист { $sheet }, строка { $row }, столбец { $column }
err-place-row = лист { $sheet }, строка { $row }
err-import-workbook = не удаётся прочитать файл как таблицу (xlsx, xls или ods): { $detail }
err-import-cell-error = в ячейке ошибка таблицы { $value }, а не значение

## Импорт: файлы, которые не являются текстом
err-not-text-empty = файл пуст
err-not-text-bom-only = в файле только метка порядка байтов { $encoding } и больше ничего
err-not-text-spreadsheet = это таблица Excel ({ $kind }), а не CSV: импортируйте её с --format xlsx или без --format
err-not-text-binary = в файле двоичные данные (управляющие байты), а не текст
err-not-text-utf16 = файл похож на текст в UTF-16 без метки порядка байтов; сохраните его в UTF-8 (или в UTF-16 с меткой порядка байтов)
err-not-text-invalid-declared = метка порядка байтов говорит, что файл в кодировке { $encoding }, но это неправильный текст в { $encoding }
err-not-text-invalid = текст не удаётся прочитать без ошибок: это не UTF-8 и не правильный { $encoding } (ближайшая догадка); сохраните файл в UTF-8

## Импорт: что не так
err-import-no-rows = в файле есть заголовок, но нет строк; импортировать нечего
err-import-nothing = в файле нет ни проектов, ни источников, ни показателей; импортировать нечего
err-import-header = не удаётся прочитать заголовок: { $detail }
err-import-row = не удаётся прочитать строку: { $detail }
err-import-column-twice = столбец { $field } встречается дважды
err-import-no-name-column = нет столбца name; в первой строке должны быть названия столбцов, например name,country,investment
err-import-unknown-column = столбец { $column } { $name } — не поле ortaq; читаются столбцы { $fields } (в любом регистре), а id, created_at и updated_at пропускаются
err-import-period-column = столбец { $column } { $name } — срок, а это может быть начало, завершение или и то и другое; ortaq не угадывает: назовите столбец { $started } или { $completed } либо разделите его на два
err-import-unknown-column-near = столбец { $column } { $name } — не поле ortaq; может быть, имелось в виду { $field }?
err-import-totals-skipped = строка итогов ({ $label }) пропущена: это не проект
err-import-note-column = столбец { $column } { $name } содержит примечания, а не поле; он не импортирован
err-import-millions = в столбце { $column } { $name } не указана единица, а все суммы в нём меньше 100 000 (наибольшая — { $largest }): слишком мало для инвестиций в проект в долларах. Это миллионы? Укажите единицу в заголовке (например, «Объём инвестиций, млн долл. США») или импортируйте с --unit millions (--unit dollars, если это доллары)
err-import-formula-no-result = формула { $formula } сохранена без результата (так их записывают программы), поэтому её значение неизвестно; откройте файл в Excel или LibreOffice и сохраните заново — тогда значение каждой формулы будет записано
err-import-no-such-sheet = в книге нет листа { $name }; её листы: { $sheets }
err-import-several-sheets = таблица проектов есть на нескольких листах: { $sheets }; укажите, какой читать, с помощью --sheet ИМЯ
err-import-encrypted = книга защищена паролем, и ortaq не может её открыть; сохраните копию без пароля (в LibreOffice: Файл → Свойства → Безопасность, в Excel: Файл → Сведения → Защитить книгу) и импортируйте её
err-import-text-named-workbook = это текстовый файл (CSV?), а не книга, хотя его имя оканчивается как у книги; импортируйте его с --format csv или переименуйте в .csv
err-import-not-an-id = {$value} — не номер проекта (нужно целое число: 12 или #12)
err-import-unnamed-cell = в столбце { $column } есть значение { $value }, но у столбца нет названия в заголовке
err-import-bare-number = источник: { $input } — просто число, а оно означает разные источники в разных базах; укажите название источника или #{ $number }, если имеется в виду источник №{ $number } этой базы
err-import-source = источник: { $detail }
err-import-not-json = это неправильный JSON: { $detail }
err-import-not-document = ожидался документ { $format } или массив объектов-проектов
err-import-not-document-format = ожидался документ { $format } (с "format": "{ $format }") или массив объектов-проектов
err-import-newer = файл записан более новой версией ortaq (версия выгрузки { $found }, эта читает версию { $supported }); обновите ortaq
err-import-needs-version = в документе должно быть "version": { $supported }
err-import-not-part = ключа { $key } нет в документе { $format }
err-import-expected-array = { $key }: ожидался массив
err-import-expected-fields = ожидался объект с полями
err-import-expected-object = ожидался объект
err-import-expected-scalar = { $field }: ожидался текст, число или null
err-import-not-a-key = ключа { $key } здесь нет; ключи: { $keys }
err-import-expected-text = { $key }: ожидался текст
err-import-date-needed = { $key }: нужна дата
err-import-whole-number = { $key }: ожидалось целое число
err-import-bool = { $key }: ожидалось true или false
err-import-figure-source = источник: у каждого показателя должен быть источник
err-import-source-expected = источник: ожидался объект (publisher, title, url, published), название или null
err-import-in-key = { $key }: { $issue }
err-import-too-large = файл больше { $limit } — больше, чем читает один импорт; разделите его на файлы поменьше
err-import-too-many-rows = в файле больше { $limit } строк — больше, чем принимает один импорт; разделите его на файлы поменьше
err-import-cell-too-large = значение размером { $size } слишком длинное: в одной ячейке может быть не больше { $limit }
err-import-unpacks-too-large = часть книги { $part } распаковывается больше чем в { $limit } — больше, чем распаковывает импорт; это не обычная таблица
err-size-mib = { $n } МиБ
err-size-kib = { $n } КиБ
err-size-bytes = { $n ->
    [one] { $n } байт
    [few] { $n } байта
    [many] { $n } байт
   *[other] { $n } байта
}

## People (ortaq access)
err-person-bad-name = «{ $name }» не может быть именем человека: укажите одно слово из букв, цифр, точек, дефисов или подчёркиваний
err-person-key-taken = этот ключ ({ $fingerprint }) уже принадлежит пользователю { $owner }; у каждого человека свой ключ
err-person-already-in = { $name } уже имеет доступ; роль меняется командой `ortaq access role`, а чтобы сменить ключ, сначала удалите доступ
err-no-longer-allowed = у вас больше нет доступа (администратор закрыл его после начала этого сеанса); ничего не сохранено
err-role-taken-away = ваша роль теперь — { $have ->
    [viewer] читатель
    [editor] редактор
   *[admin] администратор
  } (администратор изменил её после начала этого сеанса), а для этого нужен { $needed ->
    [editor] редактор
   *[admin] администратор
  }; ничего не сохранено
err-person-not-among = { $name } нет среди людей с доступом (см. `ortaq access list`)
err-person-not-plain = «{ $name }» записано символами совместимости (полноширинные буквы, лигатуры, надстрочные знаки), а так одно имя можно выдать за другое; напишите его как { $plain }
err-person-looks-like = «{ $name }» можно принять за { $existing }, у кого уже есть доступ (то же имя, только другой регистр, ширина или алфавит); выберите имя, которое читается иначе
err-person-last-admin = { $name } — последний администратор: без администраторов никто не сможет пускать людей и менять роли; сначала сделайте администратором кого-то другого (`ortaq access role ИМЯ admin`)

## Ошибки Excel, как их показывает русский Excel
excel-error-div0 = #ДЕЛ/0!
excel-error-na = #Н/Д
excel-error-name = #ИМЯ?
excel-error-null = #ПУСТО!
excel-error-num = #ЧИСЛО!
excel-error-ref = #ССЫЛКА!
excel-error-value = #ЗНАЧ!
excel-error-getting-data = #ПОЛУЧЕНИЕ_ДАННЫХ

## Причины, по которым JSON не читается (от serde_json)
json-at = { $reason } (строка { $line }, позиция { $column })
json-eof = файл обрывается на середине
json-expected-value = ожидалось значение
json-expected-colon = ожидалось `:`
json-expected-comma-or-bracket = ожидалось `,` или `]`
json-expected-comma-or-brace = ожидалось `,` или `{ "}" }`
json-key-not-string = ключ должен быть строкой в кавычках
json-trailing-characters = после конца документа есть ещё что-то
json-trailing-comma = запятая перед закрывающей скобкой
json-invalid-escape = недопустимая последовательность после `\`
json-invalid-number = недопустимое число
json-number-out-of-range = число вне допустимого диапазона
json-control-character = управляющий символ внутри строки
json-other = { $detail }
