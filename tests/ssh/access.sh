#!/usr/bin/env bash
# Access over a real SSH connection (issue 15): a private sshd on loopback whose
# authorized_keys is written by `ortaq access`, as a service account's would be. The
# account is the user running the test; the people are keys made here.
#
#   ORTAQ=path/to/ortaq tests/ssh/access.sh
#
# Checks, and dies at the first failure: an editor's `set` and edit in the interface
# are credited to them; a viewer's are refused; an unknown key never reaches ortaq;
# shell syntax runs nothing; -W and -L are refused; an admin adds a person over SSH who
# can then read; an ECDSA key logs in and reads; an RSA key of 1024 bits and a name
# that would pass for another's are refused; the last admin cannot demote themselves;
# the access log shows it all. Prints "RESULT pass=1" at the end.
set -euo pipefail

ORTAQ=${ORTAQ:?set ORTAQ to the binary}
PY=$(command -v python3)
ME=$(id -un)
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
die() { echo "FAIL: $*" >&2; exit 1; }
for c in /usr/sbin/sshd ssh ssh-keygen tmux "$PY"; do
  command -v "$c" >/dev/null || die "missing $c"
done

WORK=$(mktemp -d /tmp/ortaq-access.XXXXXX)
chmod 700 "$WORK"
SOCK="$WORK/tmux.sock"
SSHD_PID=""
FWD_PID=""
descendants() { local c; for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$c"; descendants "$c"; done; }
cleanup() {
  set +e
  [ -S "$SOCK" ] && tmux -S "$SOCK" kill-server 2>/dev/null
  [ -n "$FWD_PID" ] && kill "$FWD_PID" 2>/dev/null
  if [ -n "$SSHD_PID" ]; then
    kids=$(descendants "$SSHD_PID"); [ -n "$kids" ] && kill $kids 2>/dev/null
    kill "$SSHD_PID" 2>/dev/null
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

DB="$WORK/data/ortaq.db"
KEYS="$WORK/authorized_keys"
mkdir -m 700 "$WORK/data"
"$ORTAQ" --db "$DB" list >/dev/null 2>&1
for who in admin editor viewer newbie stranger lookalike; do
  ssh-keygen -q -t ed25519 -N '' -C "$who@laptop" -f "$WORK/$who"
done
ssh-keygen -q -t ecdsa -b 384 -N '' -C "ecdsa@laptop" -f "$WORK/ecdsa"
ssh-keygen -q -t rsa -b 1024 -N '' -C "weak@laptop" -f "$WORK/weak"
printf 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIForeignLineKeptAsItIs0000000000000000000 someone-else\n' > "$KEYS"
# The first admin, from the server (the README's step); then the others.
"$ORTAQ" --db "$DB" access add boss --role admin --key "$WORK/admin.pub" --authorized-keys "$KEYS" 2>/dev/null
"$ORTAQ" --db "$DB" access add aigerim --role editor --key - --authorized-keys "$KEYS" < "$WORK/editor.pub" 2>/dev/null
"$ORTAQ" --db "$DB" access add dilnoza --role viewer --key "$WORK/viewer.pub" --authorized-keys "$KEYS" 2>/dev/null
"$ORTAQ" --db "$DB" access add erlan --role viewer --key "$WORK/ecdsa.pub" --authorized-keys "$KEYS" 2>/dev/null \
  || die "an ECDSA key was refused"
grep -q 'someone-else' "$KEYS" || die "the foreign line was dropped"
[ "$(stat -c %a "$DB")" = 600 ] || die "the database is not private: $(stat -c %a "$DB")"

PORT=$("$PY" -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
ssh-keygen -q -t ed25519 -N '' -f "$WORK/host_key"
echo "ortaq-test $(cut -d' ' -f1,2 "$WORK/host_key.pub")" > "$WORK/known_hosts"
cat > "$WORK/sshd_config" <<CONF
Port $PORT
ListenAddress 127.0.0.1
HostKey $WORK/host_key
PidFile $WORK/sshd.pid
AuthorizedKeysFile $KEYS
AuthenticationMethods publickey
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
AllowUsers $ME
AcceptEnv LANG LC_*
PrintMotd no
PrintLastLog no
CONF
cat > "$WORK/ssh_config" <<CONF
Host ortaq-*
  HostName 127.0.0.1
  Port $PORT
  User $ME
  IdentitiesOnly yes
  HostKeyAlias ortaq-test
  UserKnownHostsFile $WORK/known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
  LogLevel ERROR
  SendEnv LANG
Host ortaq-admin
  IdentityFile $WORK/admin
Host ortaq-editor
  IdentityFile $WORK/editor
Host ortaq-viewer
  IdentityFile $WORK/viewer
Host ortaq-newbie
  IdentityFile $WORK/newbie
Host ortaq-stranger
  IdentityFile $WORK/stranger
Host ortaq-ecdsa
  IdentityFile $WORK/ecdsa
CONF
WRAP=()
if [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ]; then
  WRAP=(unshare --mount --propagation private -- sh -c \
        'mount -t tmpfs -o mode=0755,size=1m ortaq-run /run && mkdir -m 0755 /run/sshd && exec "$@"' sh)
fi
"${WRAP[@]}" /usr/sbin/sshd -D -e -f "$WORK/sshd_config" 2>"$WORK/sshd.log" &
SSHD_PID=$!
t=$(now_ms)
until [ -s "$WORK/sshd.pid" ]; do
  kill -0 "$SSHD_PID" 2>/dev/null || { cat "$WORK/sshd.log" >&2; die "sshd exited"; }
  (( $(now_ms) - t < 5000 )) || die "sshd did not start"
  sleep 0.02
done

S() { local host=$1; shift; LANG=C.UTF-8 ssh -F "$WORK/ssh_config" "ortaq-$host" "$@"; }
expect_ok() { local out; out=$("$@" 2>&1) || die "should succeed: $* -> $out"; echo "$out"; }
expect_refused() { local out; if out=$("$@" 2>&1); then die "should be refused: $* -> $out"; fi; echo "$out"; }

# Commands.
expect_ok S editor set angren investment=12.5m >/dev/null
S viewer history angren | grep 'aigerim' >/dev/null || die "the edit over ssh is not credited to aigerim"
out=$(expect_refused S viewer set angren investment=1)
echo "$out" | grep 'refused' >/dev/null || die "the viewer's refusal does not say so: $out"
expect_ok S viewer summary --format markdown | grep '|' >/dev/null || die "the viewer cannot read the summary"
# Undo is the editor's own: the viewer cannot, the editor can (and redo it back).
expect_refused S viewer undo >/dev/null
expect_ok S editor undo >/dev/null
expect_ok S editor redo >/dev/null
# An unknown key never reaches ortaq.
out=$(expect_refused S stranger list)
echo "$out" | grep -i 'permission denied' >/dev/null || die "the stranger was not refused by sshd: $out"
# Shell syntax runs nothing.
for attempt in "list; touch $WORK/pwned" "list && touch $WORK/pwned" "list \$(touch $WORK/pwned)" \
               "list \`touch $WORK/pwned\`" "list | touch $WORK/pwned" "show '\$(touch $WORK/pwned)'"; do
  S editor "$attempt" >/dev/null 2>&1 || true
done
[ ! -e "$WORK/pwned" ] || die "an injection attempt ran a command"
# Another database, a path on the server: refused.
expect_refused S admin --db "$WORK/other.db" list >/dev/null
[ ! -e "$WORK/other.db" ] || die "--db over ssh created a file"
expect_refused S admin export -o "$WORK/out.json" >/dev/null
expect_refused S admin import /etc/passwd >/dev/null
# No one writes a file on the server (issue 20): the summary's -o was a viewer's way to
# replace authorized_keys with a line of their own. Every output option is refused, for
# every role; data comes back on standard output instead.
keys_before=$(sha256sum "$KEYS")
for who in viewer editor admin; do
  out=$(expect_refused S "$who" summary --by sector --format csv -o "$KEYS" --force)
  echo "$out" | grep -q -- '--output' || die "the refusal does not name --output: $out"
  expect_refused S "$who" list -o "$WORK/out.txt" >/dev/null
  expect_refused S "$who" digest --since 7d -o "$WORK/out.html" >/dev/null
  expect_refused S "$who" backup "$WORK/copy.db" >/dev/null
  expect_refused S "$who" access sync --authorized-keys "$WORK/k2" >/dev/null
done
[ "$(sha256sum "$KEYS")" = "$keys_before" ] || die "authorized_keys was changed"
expect_refused S editor backup - >/dev/null
S admin backup - > "$WORK/copy-from-stdout.db" || die "the admin's backup to standard output failed"
head -c 15 "$WORK/copy-from-stdout.db" | grep -q 'SQLite format 3' || die "the backup on standard output is not a database"
"$ORTAQ" --db "$WORK/copy-from-stdout.db" --read-only list | grep -q 'Autoclaved aerated' || die "the copy does not open"
rm -f "$WORK/copy-from-stdout.db"
# What Excel users and shells need comes over SSH.
S viewer summary --format xlsx > "$WORK/summary.xlsx" || die "xlsx over ssh failed"
head -c 4 "$WORK/summary.xlsx" | od -c | grep -q 'P   K' || die "the xlsx over ssh is not a workbook"
rm -f "$WORK/summary.xlsx"
[ "$(S viewer completions bash | wc -c)" -gt 1000 ] || die "completions over ssh are empty"
S viewer manpage | grep -q '^.TH' || die "the manual page over ssh is empty"
out=$(expect_refused S viewer summary --bogus --lang ru)
echo "$out" | grep -q 'отказано: .*неизвестный аргумент' || die "a refusal in Russian is not in Russian: $out"
[ ! -e "$WORK/out.json" ] && [ ! -e "$WORK/out.txt" ] && [ ! -e "$WORK/out.html" ] && [ ! -e "$WORK/copy.db" ] && [ ! -e "$WORK/k2" ] || die "a path on the server was written"
# Forwarding: -W and -L are refused.
expect_refused S editor -W "127.0.0.1:$PORT" </dev/null >/dev/null
LPORT=$("$PY" -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
LANG=C.UTF-8 ssh -F "$WORK/ssh_config" -N -L "$LPORT:127.0.0.1:$PORT" ortaq-editor 2>/dev/null &
FWD_PID=$!
banner=""
for _ in $(seq 100); do
  banner=$("$PY" - "$LPORT" <<'PY' 2>/dev/null || true
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=3)
s.settimeout(3)
try:
    print(s.recv(64).decode(errors="replace").strip() or "closed")
except OSError:
    print("closed")
PY
)
  [ -n "$banner" ] && break
  sleep 0.05
done
[ "$banner" = closed ] || die "-L forwarded a connection: $banner"
kill "$FWD_PID" 2>/dev/null; FWD_PID=""
# An admin adds a person over SSH, who can then read; the role and log are the admin's to see.
S admin access add nodira --role viewer --key - < "$WORK/newbie.pub" 2>/dev/null || die "the admin could not add a person"
expect_ok S newbie list | grep 'Autoclaved aerated' >/dev/null || die "the new person cannot read"
expect_refused S editor access log >/dev/null
grep -q 'someone-else' "$KEYS" || die "the admin's rewrite dropped the foreign line"
# An ECDSA key logs in and reads.
expect_ok S ecdsa list | grep 'Autoclaved aerated' >/dev/null || die "the ECDSA key's person cannot read"
# A short RSA key and a lookalike name are refused, saying why; the last admin stays one.
out=$(expect_refused S admin access add weak --role viewer --key - < "$WORK/weak.pub")
echo "$out" | grep '1024 bits' >/dev/null || die "the RSA-1024 refusal does not say its size: $out"
out=$(expect_refused S admin access add "b$(printf '\xd0\xbe')ss" --role admin --key - < "$WORK/lookalike.pub")
echo "$out" | grep 'would pass for boss' >/dev/null || die "the lookalike name was not refused naming boss: $out"
out=$(expect_refused S admin access add BOSS --role admin --key - < "$WORK/lookalike.pub")
echo "$out" | grep 'would pass for boss' >/dev/null || die "BOSS was not refused beside boss: $out"
out=$(expect_refused S admin access role boss viewer)
echo "$out" | grep 'last admin' >/dev/null || die "the last admin's demotion was not refused in a sentence: $out"
expect_refused S admin access remove boss >/dev/null
expect_ok S admin access list | grep -E '^boss +admin' >/dev/null || die "boss is no longer an admin"
grep -q 'ortaq:weak\|ortaq:BOSS' "$KEYS" && die "a refused person's key was written"

# The interface: the editor's edit is theirs, the viewer's is refused.
TM=(tmux -S "$SOCK" -f /dev/null)
screen() { "${TM[@]}" capture-pane -p -t "$1"; }
wait_for() {
  local s; s=$(now_ms)
  until screen "$1" | grep -Eq -- "$2"; do
    (( $(now_ms) - s < ${3:-15} * 1000 )) || { screen "$1" >&2; die "timed out waiting for /$2/ in $1"; }
    sleep 0.02
  done
}
edit_investment() {  # SESSION HOST VALUE
  "${TM[@]}" new-session -d -s "$1" -x 100 -y 30 env LANG=C.UTF-8 ssh -F "$WORK/ssh_config" -tt "ortaq-$2"
  "${TM[@]}" set-option -t "$1" remain-on-exit on >/dev/null
  wait_for "$1" 'Autoclaved aerated' 20
  "${TM[@]}" send-keys -t "$1" / aerated Enter
  sleep 0.3
  "${TM[@]}" send-keys -t "$1" l l l l l
  sleep 0.3
  "${TM[@]}" send-keys -t "$1" Enter
  sleep 0.3
  "${TM[@]}" send-keys -t "$1" C-u "$3" Enter
}
edit_investment tui-editor editor 14m
wait_for tui-editor 'saved investment' 10
"${TM[@]}" send-keys -t tui-editor q
edit_investment tui-viewer viewer 99m
wait_for tui-viewer 'read-only for you' 10
"${TM[@]}" send-keys -t tui-viewer Escape
sleep 0.3
"${TM[@]}" send-keys -t tui-viewer q
sleep 1
S viewer show angren | grep '14,000,000' >/dev/null || die "the editor's edit in the interface was not saved"
S viewer show angren | grep -q '99,000,000' && die "the viewer's edit in the interface was saved"
S viewer history angren | grep 'aigerim' >/dev/null || die "history lacks aigerim"

# A role taken away reaches an interface opened before it (issue 20): the demoted editor's
# edit is refused, in the write's own transaction. Then the link drops: the log ends it.
"${TM[@]}" new-session -d -s tui-late -x 100 -y 30 env LANG=C.UTF-8 ssh -F "$WORK/ssh_config" -tt ortaq-editor
"${TM[@]}" set-option -t tui-late remain-on-exit on >/dev/null
wait_for tui-late 'Autoclaved aerated' 20
S admin access role aigerim viewer >/dev/null 2>&1 || die "the admin could not demote aigerim"
"${TM[@]}" send-keys -t tui-late / aerated Enter
sleep 0.3
"${TM[@]}" send-keys -t tui-late l l l l l
sleep 0.3
"${TM[@]}" send-keys -t tui-late Enter
sleep 0.3
"${TM[@]}" send-keys -t tui-late C-u 15m Enter
wait_for tui-late 'your role is now viewer' 10
S viewer show angren | grep -q '15,000,000' && die "the demoted editor's open interface saved an edit"
pkill -HUP -f "ssh -F $WORK/ssh_config -tt ortaq-editor" || die "no ssh client to hang up"
sleep 1.5
S admin access role aigerim editor >/dev/null 2>&1 || die "the admin could not restore aigerim"

# An editor's import is held to an editor's rights (issue 20): official figures and new
# sources in a file are refused, whole, naming them; nothing is written.
cat > "$WORK/forged.json" <<'JSON'
{"format": "ortaq-export", "version": 1,
 "sources": [{"publisher": "Forged Ministry", "title": "Totally official", "published": "2026"}],
 "projects": [{"name": "Harmless plant", "country": "KZ"}],
 "indicators": [{"as_of": "2026-11-01", "scope": "portfolio", "metric": "investment", "value": 99000000000,
                 "source": {"publisher": "Forged Ministry", "title": "Totally official", "published": "2026"}}]}
JSON
out=$(expect_refused S editor import --format json - < "$WORK/forged.json")
echo "$out" | grep -q 'Forged Ministry' || die "the refusal does not name the source: $out"
S viewer indicator list | grep -qE '99(,000){3}|\$99' && die "the editor's forged figure was recorded"
S viewer list | grep -q 'Harmless plant' && die "part of a refused import was written"

# A large import over SSH holds no one up (issue 20): while 30,000 rows go in through
# `import -`, another person's saves land. Their times are printed, not asserted.
"$PY" - "$WORK/big.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("name,country,sector,investment\n")
    for i in range(30000):
        f.write(f"Generated plant {i:06d},KZ,textiles,{1000000 + i}\n")
PY
S editor import - < "$WORK/big.csv" > "$WORK/big.out" 2>&1 &
IMPORT_PID=$!
sleep 1
slowest=0
for i in 1 2 3 4 5; do
  t=$(now_ms)
  S admin set angren "jobs_created=$((100 + i))" >/dev/null 2>&1 || die "a save failed during the import (try $i)"
  took=$(( $(now_ms) - t )); (( took > slowest )) && slowest=$took
  kill -0 "$IMPORT_PID" 2>/dev/null || break
done
wait "$IMPORT_PID" || { cat "$WORK/big.out" >&2; die "the large import failed"; }
S viewer history angren | grep -qE 'jobs_created: .* -> 10[1-5]' || die "the saves during the import are not there"
echo "RESULT save_during_import_slowest_ms=$slowest"

# The access log shows it all (admins only).
log=$(expect_ok S admin access log --last 200)
for want in 'session-start +aigerim' 'refused +dilnoza' 'person-added +nodira .* boss' 'session-start +nodira' \
            'refused +aigerim .*touch' '127\.0\.0\.1:' '\(interface\) \[ok\]' 'session-end +dilnoza .*\(interface\)' \
            'refused +boss .*import /etc/passwd' 'session-end +aigerim .*hangup' 'refused +dilnoza .*-o'; do
  echo "$log" | grep -E -- "$want" >/dev/null || { echo "$log" >&2; die "the access log lacks /$want/"; }
done
echo "$log" | sed "s/^/LOG /"
echo "RESULT log_lines=$(echo "$log" | wc -l)"
echo "RESULT pass=1"
