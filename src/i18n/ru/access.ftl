# ortaq, по-русски: сообщения (доступ: люди, роли, вход по SSH). Каждое есть и в ../en/access.ftl, с теми же переменными.

access-added = { $name } теперь может входить как { $role ->
    [viewer] читатель
    [editor] редактор
   *[admin] администратор
  } с ключом { $fingerprint }
access-removed = { $name } больше не может входить; прежние правки остаются за ним
access-role-changed = { $name }: была роль { $old }, теперь { $role }
access-role-unknown = { $role } — не роль; укажите viewer, editor или admin
access-name-invalid = { $name } не годится как имя: от 1 до 32 букв или цифр, после первой можно . _ -
access-nobody = пока никого не пускают; добавьте первого администратора: `ortaq access add ИМЯ --role admin --key ФАЙЛ`
access-keys-written = { $count ->
    [one] ключ { $count } человека записан
   *[other] ключи { $count } человек записаны
  } в { $path }
access-keys-not-synced = база изменена, а файл authorized_keys — нет; устраните причину и выполните `ortaq access sync`
access-keys-markers = в файле строки-метки ortaq пропали, повторяются или стоят не по порядку, и ortaq не может отличить свои строки от чужих; ничего не записано. Поправьте файл так, чтобы перед строками ortaq (они кончаются на ortaq:ИМЯ) стояла одна строка «# ortaq begins…», а после них — одна «# ortaq ends», затем выполните `ortaq access sync`: она заново запишет строки между ними из базы
access-keys-stray = строку { $line } (ortaq:{ $name }) записал ortaq, но она стоит вне его строк-меток, и ortaq оставил бы её как есть, что бы ни было в базе, — её ключ по-прежнему пускал бы; ничего не записано (всего таких строк: { $count }). Удалите все строки с окончанием ortaq:ИМЯ вне «# ortaq begins…» и «# ortaq ends» (ortaq заново запишет строку каждого, кто допущен), затем выполните `ortaq access sync`
access-keys-unreadable = { $path }: не удаётся прочитать файл authorized_keys
access-keys-unwritable = { $path }: не удаётся записать файл authorized_keys (в нём ничего не изменено)
access-keys-no-home = не найден домашний каталог этой учётной записи; укажите файл: --authorized-keys ПУТЬ
access-key-missing = открытый ключ не найден: дайте файл .pub (одна строка, начинается с ssh-ed25519, ssh-rsa, ecdsa-sha2-…)
access-key-unreadable = это не открытый ключ OpenSSH ({ $reason }): нужен файл .pub, а не закрытый ключ
access-key-private = это закрытый ключ, а он не должен покидать компьютер владельца: пришлите файл .pub рядом с ним (то же имя с окончанием .pub); если закрытый ключ пересылали почтой или в чате, создайте новую пару
access-key-certificate = это сертификат, а не открытый ключ: пришлите файл .pub самого ключа (id_ed25519.pub, а не id_ed25519-cert.pub)
access-key-options = в этой строке перед ключом стоят параметры, как в файле authorized_keys: пришлите только строку из .pub, она начинается с типа ключа (ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa…)
access-key-algorithm = { $algorithm } — не тот тип ключа, который принимает ortaq: используйте ssh-ed25519 (лучше всего), ecdsa-sha2-nistp256, -nistp384 или -nistp521, ssh-rsa не короче 2048 бит или аппаратный ключ (sk-ssh-ed25519, sk-ecdsa-sha2-nistp256)
access-key-dsa = это ключ DSA (ssh-dss): DSA устарел и отключён в OpenSSH, sshd его всё равно не примет; создайте новый ключ командой `ssh-keygen -t ed25519` и пришлите его .pub
access-key-rsa-short = в этом ключе RSA { $bits } бит, для надёжности этого мало (нужно не меньше { $least }): создайте новый ключ командой `ssh-keygen -t ed25519` (или `ssh-keygen -t rsa -b 4096`) и пришлите его .pub
access-key-unreadable-file = { $path }: не удаётся прочитать открытый ключ
access-no-binary = не удаётся определить, где лежит программа ortaq, а строки authorized_keys должны её назвать
access-path-unusable = { $path }: путь с кавычками, обратной косой чертой или управляющими символами нельзя вписать в authorized_keys; перенесите файл по более простому пути
access-not-private = { $path }: не удаётся сделать его доступным только этой учётной записи (базу, открытую по SSH, читает и пишет только она)
access-refused = отказано: { $reason }
access-refused-role = ваша роль — { $have ->
    [viewer] читатель
    [editor] редактор
   *[admin] администратор
  }, а для этого нужен { $needed ->
    [editor] редактор
   *[admin] администратор
  }
access-refused-command = `{ $command }` по SSH недоступна
access-refused-argument = { $argument } у `{ $command }` по SSH недоступен: на сервере для вас ничего не пишется и не читается; то, что печатает ortaq, идёт в стандартный вывод (`ssh … > ФАЙЛ` на вашем компьютере), а файлы передаются через стандартный ввод (`-`)
access-refused-stdin = по SSH { $argument } может быть только `-`: передайте файл через стандартный ввод (`ssh … < ФАЙЛ`)
access-refused-stdout = по SSH { $argument } может быть только `-`: копия идёт в стандартный вывод (`ssh … > ФАЙЛ`)
access-refused-not-utf8 = команда — не текст в UTF-8
access-refused-too-long = команда длиннее { $limit } байт
access-refused-quoting = кавычка не закрыта (или команда кончается обратной косой чертой)
access-not-allowed = { $name } не допущен (больше не допущен); обратитесь к администратору
access-serve-old-line = эту строку authorized_keys записала старая версия ortaq, и в ней не указан ключ; администратор сервера должен выполнить `ortaq access sync` от имени служебной учётной записи
access-serve-no-hangup-watch = не удаётся следить за обрывом связи; если она оборвётся, конца этого сеанса в журнале доступа не будет
access-serve-needs-db = для serve нужна база: --db ПУТЬ (так её вписывает в authorized_keys `ortaq access`)
access-serve-no-database = { $path }: базы здесь нет; администратор должен создать её и добавить людей командой `ortaq access add`
access-serve-not-private = { $path } (права { $mode }) могут изменять не только учётная запись, которая её обслуживает, — а значит, действовать от чужого имени; обслуживание отклонено. Закройте доступ: chmod go-w, и владельцем должна быть эта учётная запись
access-serve-cannot-write = { $path }: эта учётная запись не может писать в базу, которую обслуживает

## Чем закончился сеанс или отказ, в `access log`
access-outcome-ok = успешно
access-outcome-failed = ошибка: { $error }
access-outcome-hangup = связь оборвалась (сигнал { $signal })
access-outcome-not-allowed-in = нет доступа
access-outcome-line-without-key = строка без ключа
access-outcome-not-this-persons-key = ключ не этого человека
