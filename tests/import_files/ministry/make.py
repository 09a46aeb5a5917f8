"""Makes the ministry-shaped workbooks of tests/import_files/ministry/ (issue 23).

Written the way clerks and scripts make them: openpyxl for the sheet's content, then
LibreOffice (`soffice --headless --convert-to`) re-saves the files a person would have
saved from an office program, so that formulas carry stored results, merged cells and
hidden sheets are written as LibreOffice writes them. Names and figures are invented for
tests (no project here is real). Run: python3 make.py OUTDIR [FUNCTION...] (only those named, when any are).
"""
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.styles import Font

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

# A private LibreOffice profile that recalculates formulas on load, so that the saved
# file carries their results as an office program's save does.
PROFILE = tempfile.mkdtemp(prefix="ortaq-lo-profile-")
os.makedirs(os.path.join(PROFILE, "user"))
with open(os.path.join(PROFILE, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
    f.write("""<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
""")

TITLE = "Перечень совместных казахстанско-узбекских промышленных проектов"
AS_OF = "по состоянию на 1 июля 2024 г."
HEADER = ["№ п/п", "Наименование проекта", "Страна реализации", "Отрасль", "Статус",
          "Объём инвестиций, млн долл. США", "Рабочие места (план)", "Примечание"]
ROWS = [
    [1, "Завод стеклянной тары «Пример»", "Республика Казахстан", "Стройматериалы", "Реализуется", 12.5, 300, "по данным МИД"],
    [2, "Текстильная фабрика «Образец»", "Республика Узбекистан", "Текстиль", "Функционирует", 217, 1200, None],
    [3, "Химический комплекс «Тест»", "Республика Казахстан", "Химия", "Проработка", 3400, 2500, "сумма уточняется"],
    [4, "Логистический центр «Проба»", "Казахстан и Узбекистан", "Логистика", "Реализуется", None, 150, None],
]


def title_block(ws, width):
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([AS_OF])
    ws.append([])


def totals(ws, first, last):
    row = ["", "Итого", None, None, None, f"=SUM(F{first}:F{last})", f"=SUM(G{first}:G{last})", None]
    ws.append(row)


def ministry_sheet(ws, rows=ROWS):
    title_block(ws, len(HEADER))
    ws.append(HEADER)
    first = ws.max_row + 1
    for r in rows:
        ws.append(r)
    totals(ws, first, ws.max_row)


def through_libreoffice(book, name, target="xlsx"):
    """Saves with openpyxl, then lets LibreOffice re-save it (stored formula results)."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw_" + name.rsplit(".", 1)[0] + ".xlsx")
        book.save(raw)
        made = os.path.join(tmp, "out", os.path.basename(raw).rsplit(".", 1)[0] + "." + target)
        for _attempt in range(3):
            subprocess.run(["soffice", "-env:UserInstallation=file://" + PROFILE, "--headless",
                            "--convert-to", target, "--outdir", os.path.join(tmp, "out"), raw],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if os.path.exists(made):
                break
        os.replace(made, os.path.join(OUT, name))


def title_and_totals():
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Проекты"
    ministry_sheet(ws)
    through_libreoffice(book, "title_totals.xlsx")
    through_libreoffice(book, "title_totals.ods", "ods")


def hidden_first():
    book = openpyxl.Workbook()
    old = book.active
    old.title = "Старое"
    ministry_sheet(old, [[1, "Устаревший проект", "Республика Казахстан", "Химия", "Проработка", 1, 1, None]])
    old.sheet_state = "hidden"
    ws = book.create_sheet("Проекты")
    ministry_sheet(ws)
    book.active = 1
    through_libreoffice(book, "hidden_first_sheet.xlsx")
    through_libreoffice(book, "hidden_first_sheet.ods", "ods")


def two_years():
    book = openpyxl.Workbook()
    y23 = book.active
    y23.title = "2023"
    ministry_sheet(y23, ROWS[:2])
    y24 = book.create_sheet("2024")
    ministry_sheet(y24)
    book.active = 1
    through_libreoffice(book, "two_year_sheets.xlsx")


def two_level_header():
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Проекты"
    title_block(ws, 7)
    ws.append(["№ п/п", "Наименование проекта", "Страна реализации", "Статус",
               "Инвестиции, млн долл. США", "Рабочие места", None])
    ws.append([None, None, None, None, None, "план", "создано"])
    for column in "ABCDE":
        ws.merge_cells(f"{column}4:{column}5")
    ws.merge_cells("F4:G4")
    ws.append([1, "Завод стеклянной тары «Пример»", "Республика Казахстан", "Реализуется", 12.5, 300, 120])
    ws.append([2, "Текстильная фабрика «Образец»", "Республика Узбекистан", "Функционирует", 217, 1200, 1200])
    ws.append([None, "Всего", None, None, "=SUM(E6:E7)", "=SUM(F6:F7)", "=SUM(G6:G7)"])
    through_libreoffice(book, "two_level_header.xlsx")


def script_formulas():
    """As a script writes them: formulas with no stored result (openpyxl never computes)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Проекты"
    ws.append(["Наименование проекта", "Статус", "Инвестиции, долл. США"])
    ws.append(["Завод стеклянной тары «Пример»", "Реализуется", "=12500000"])
    ws.append(["Текстильная фабрика «Образец»", "Функционирует", "=200000000+17000000"])
    book.save(os.path.join(OUT, "formulas_without_results.xlsx"))


def millions_without_unit():
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Проекты"
    ws.append(["Наименование проекта", "Статус", "Инвестиции"])
    ws.append(["Завод стеклянной тары «Пример»", "Реализуется", 12.5])
    ws.append(["Текстильная фабрика «Образец»", "Функционирует", 217])
    ws.append(["Химический комплекс «Тест»", "Проработка", 3400])
    through_libreoffice(book, "millions_without_unit.xlsx")


def stray_cell():
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["name", "status"])
    ws.append(["Завод стеклянной тары «Пример»", "construction"])
    ws["XFD1048576"] = "x"
    book.save(os.path.join(OUT, "stray_far_cell.xlsx"))


def csv_named_xlsx():
    with open(os.path.join(OUT, "csv_named.xlsx"), "w", encoding="utf-8") as f:
        f.write("name,status\nЗавод стеклянной тары,construction\n")


def password():
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["name", "status"])
    ws.append(["Завод стеклянной тары «Пример»", "construction"])
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "plain.xlsx")
        book.save(plain)
        subprocess.run(["msoffcrypto-tool", "-e", "-p", "пароль", plain, os.path.join(OUT, "password.xlsx")], check=True)


def mac_cyrillic():
    text = "name;status\nЗавод;operating\n"
    with open(os.path.join(OUT, "mac_cyrillic.csv"), "wb") as f:
        f.write(text.encode("mac_cyrillic"))


def lookalikes():
    # The seed's "Chevrolet Onix small-scale car production" with a Cyrillic С and о; and
    # one name twice, once with a non-breaking hyphen (U+2011).
    text = ("name,status\n\u0421hevr\u043elet Onix small-scale car production,construction\n"
            "Шымкент-Текстиль,construction\nШымкент\u2011Текстиль,construction\n")
    with open(os.path.join(OUT, "lookalike_names.csv"), "w", encoding="utf-8") as f:
        f.write(text)


def unknown_headers():
    """Three headers ortaq does not know, two of them misspelt: all named at once."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Проекты"
    title_block(ws, 5)
    ws.append(["Наименвание проекта", "Статус", "Ответственный орган", "Отросль", "Примечание"])
    ws.append(["Завод стеклянной тары «Пример»", "Реализуется", "Минпром", "Химия", None])
    through_libreoffice(book, "unknown_headers.xlsx")


def english_headers():
    """An English table as CSV: units in the header, a notes column, a Total row."""
    text = ("No.,Project name,Country,Status,\"Investment, USD mln\",Jobs created,Notes\n"
            "1,Glass container plant,Republic of Kazakhstan,Operating,12.5,300,per the ministry\n"
            "2,Textile mill,Kazakhstan and Uzbekistan,under construction,217,,\n"
            ",Total,,,229.5,300,\n")
    with open(os.path.join(OUT, "english_headers.csv"), "w", encoding="utf-8") as f:
        f.write(text)


def title_csv():
    """The ministry table saved by a Russian-locale Excel as CSV: `;`, Windows-1251, CRLF,
    the title and date lines padded with `;`, an empty row, the header, an «Итого» row."""
    width = len(HEADER)
    lines = [TITLE + ";" * (width - 1), AS_OF + ";" * (width - 1), ";" * (width - 1), ";".join(HEADER)]
    for row in ROWS:
        cells = ["" if c is None else str(c).replace(".", ",") for c in row]
        lines.append(";".join(cells))
    lines.append(";Итого;;;;3629,5;4150;")
    with open(os.path.join(OUT, "title_cp1251.csv"), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1251"))


def corrections_ru():
    """A ministry's corrections, sent back by name (no id column): a Russian header, a
    lookalike Cyrillic С in a seed project's name, a status as a ministry writes it
    («Реализуется»), millions by the header, a project ortaq does not have, a total."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Проекты"
    header = ["№ п/п", "Наименование проекта", "Статус", "Объём инвестиций, млн долл. США", "Примечание"]
    title_block(ws, len(header))
    ws.append(header)
    first = ws.max_row + 1
    ws.append([1, "Сhevrolet Onix small-scale car production", "Реализуется", None, "статус уточнён"])
    ws.append([2, "Household appliance factory", None, 12.5, None])
    ws.append([3, "Несуществующий завод", "Проработка", 5, "нет в перечне ortaq"])
    ws.append(["", "Итого", None, f"=SUM(D{first}:D{ws.max_row})", None])
    through_libreoffice(book, "corrections_ru.xlsx")


def month_dates():
    """Dates as Russian Excel keeps them: «03.2025» typed becomes the 1st of March shown
    as MM.YYYY, «2025» a date shown as YYYY; a day stays a day (dd.mm.yyyy). Saved by
    openpyxl alone, as the hostile pass made it (issue 23)."""
    import datetime
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Проекты"
    ws.append(["Наименование проекта", "Страна", "Начало реализации", "Срок завершения"])
    rows = [
        ("Завод «Месяц»", "Казахстан", datetime.date(2025, 3, 1), "MM.YYYY", datetime.date(2026, 12, 1), "mmm.yy"),
        ("Фабрика «Год»", "Узбекистан", datetime.date(2025, 1, 1), "YYYY", datetime.date(2027, 1, 1), "YYYY"),
        ("Комбинат «День»", "Казахстан", datetime.date(2024, 7, 12), "dd.mm.yyyy", datetime.date(2026, 5, 1), "mmmm yyyy"),
    ]
    for name, country, start, start_fmt, end, end_fmt in rows:
        ws.append([name, country, start, end])
        ws.cell(row=ws.max_row, column=3).number_format = start_fmt
        ws.cell(row=ws.max_row, column=4).number_format = end_fmt
    book.save(os.path.join(OUT, "month_dates.xlsx"))


def period_header():
    """«Срок реализации» (a period: the start, the completion or both), as the hostile
    pass wrote it with openpyxl (issue 23)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Проекты"
    ws.append(["Наименование проекта", "Страна", "Срок реализации"])
    ws.append(["Завод «Срок»", "Казахстан", "2024–2026"])
    book.save(os.path.join(OUT, "period_header.xlsx"))


for make in (period_header, month_dates, corrections_ru, title_csv, unknown_headers, english_headers, title_and_totals, hidden_first, two_years, two_level_header, script_formulas,
             millions_without_unit, stray_cell, csv_named_xlsx, password, mac_cyrillic, lookalikes):
    if len(sys.argv) < 3 or make.__name__ in sys.argv[2:]:
        make()
shutil.rmtree(PROFILE, ignore_errors=True)
print("made", sorted(os.listdir(OUT)))
