# ortaq, по-русски: сообщения (tui). Каждое есть и в ../en/tui.ftl, с теми же переменными.

## Клавиши (справка и подсказки внизу); названия клавиш — как на клавиатуре
tui-key-next-project = следующий проект
tui-key-previous-project = предыдущий проект
tui-key-first-project = первый проект
tui-key-last-project = последний проект
tui-key-page-down = страница вниз
tui-key-page-up = страница вверх
tui-key-half-a-page-down = полстраницы вниз
tui-key-half-a-page-up = полстраницы вверх
tui-key-next-column = следующий столбец
tui-key-previous-column = предыдущий столбец
tui-key-edit-the-cell = изменить ячейку
tui-key-open-the-detail = открыть карточку проекта
tui-key-search = поиск
tui-key-filter-by-status-country-sector = фильтр по статусу, стране, отрасли
tui-key-sort-by-this-column-again-reverse = сортировать по столбцу (повторно — обратно)
tui-key-add-a-project = добавить проект
tui-key-add-an-update = добавить запись о ходе проекта
tui-key-delete-the-project = удалить проект
tui-key-summary-totals-charts-reported-figures = сводка: итоги, диаграммы, официальные данные
tui-key-undo-your-last-change = отменить своё последнее изменение
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
tui-help-form = Формы (новый проект, запись о ходе)
tui-help-picker = Выбор статуса и страны
tui-help-filter = Фильтр
tui-help-confirm = Подтверждение удаления
tui-help-help = Эта справка
tui-help-layout = В русской раскладке буквы работают как латинские: о = j
