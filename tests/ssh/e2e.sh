#!/usr/bin/env bash
# End to end over a real SSH connection: a private sshd on loopback (its own keys,
# config and log in a temporary directory; nothing system-wide changes), the OpenSSH
# client in tmux as the user's terminal, and ortaq on the far side.
#
#   ORTAQ=path/to/ortaq DB=path/to/db tests/ssh/e2e.sh
#
# It opens ortaq, edits Angren's investment, then kills the ssh client with SIGKILL and
# checks that the remote ortaq exits within a second. With LATENCY_MS=75 the link gets
# 150 ms of round trip through the shared delayproxy.py and a key's answer is timed.
# Every process it starts is stopped by PID. Prints "RESULT key=value" lines.
set -euo pipefail

ORTAQ=${ORTAQ:?set ORTAQ to the binary}
DB=${DB:?set DB to the database}
LATENCY_MS=${LATENCY_MS:-0}
HERE=$(cd "$(dirname "$0")" && pwd)
PROXY_SCRIPT=${PROXY_SCRIPT:-$HERE/../../../shared/bench/ssh/delayproxy.py}
PY=$(command -v python3)
ME=$(id -un)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
die() { echo "FAIL: $*" >&2; exit 1; }
for c in /usr/sbin/sshd ssh ssh-keygen tmux "$PY"; do
  command -v "$c" >/dev/null || die "missing $c"
done

WORK=$(mktemp -d /tmp/ortaq-ssh.XXXXXX)
chmod 700 "$WORK"
SOCK="$WORK/tmux.sock"
SSHD_PID=""

descendants() { local c; for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$c"; descendants "$c"; done; }
cleanup() {
  set +e
  [ -S "$SOCK" ] && tmux -S "$SOCK" kill-server 2>/dev/null
  if [ -n "$SSHD_PID" ]; then
    kids=$(descendants "$SSHD_PID"); [ -n "$kids" ] && kill $kids 2>/dev/null
    kill "$SSHD_PID" 2>/dev/null
  fi
  [ -f "$WORK/proxy.pid" ] && kill "$(cat "$WORK/proxy.pid")" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

PORT=$("$PY" -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
ssh-keygen -q -t ed25519 -N '' -f "$WORK/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/client_key"
cp "$WORK/client_key.pub" "$WORK/authorized_keys"; chmod 600 "$WORK/authorized_keys"
echo "ortaq-test $(cut -d' ' -f1,2 "$WORK/host_key.pub")" > "$WORK/known_hosts"
cat > "$WORK/sshd_config" <<CONF
Port $PORT
ListenAddress 127.0.0.1
HostKey $WORK/host_key
PidFile $WORK/sshd.pid
AuthorizedKeysFile $WORK/authorized_keys
AuthenticationMethods publickey
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
AllowUsers $ME
PrintMotd no
PrintLastLog no
ClientAliveInterval 1
ClientAliveCountMax 3
CONF
PROXY=""
[ "$LATENCY_MS" != 0 ] && PROXY="ProxyCommand $PY $PROXY_SCRIPT 127.0.0.1 %p $LATENCY_MS $WORK/proxy.pid"
cat > "$WORK/ssh_config" <<CONF
Host ortaq-test
  HostName 127.0.0.1
  Port $PORT
  User $ME
  IdentityFile $WORK/client_key
  IdentitiesOnly yes
  HostKeyAlias ortaq-test
  UserKnownHostsFile $WORK/known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  BatchMode yes
  LogLevel ERROR
  $PROXY
CONF
printf '#!/bin/sh\necho $$ > "$1"; shift; exec "$@"\n' > "$WORK/remote-run.sh"
chmod 755 "$WORK/remote-run.sh"

# sshd as root wants /run/sshd; give it a private tmpfs /run instead of creating one.
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

TM=(tmux -S "$SOCK" -f /dev/null)
screen() { "${TM[@]}" capture-pane -p -t ortaq; }
wait_for() {  # wait_for REGEX [SECONDS]: prints the milliseconds waited
  local s; s=$(now_ms)
  until screen | grep -Eq -- "$1"; do
    (( $(now_ms) - s < ${2:-15} * 1000 )) || { screen >&2; die "timed out waiting for /$1/"; }
    sleep 0.01
  done
  echo $(( $(now_ms) - s ))
}
remote=$(printf '%q ' "$WORK/remote-run.sh" "$WORK/remote.pid" env TERM=xterm-256color "$ORTAQ" --db "$DB")
"${TM[@]}" new-session -d -s ortaq -x 80 -y 24 ssh -F "$WORK/ssh_config" -tt ortaq-test "$remote"
"${TM[@]}" set-option -t ortaq remain-on-exit on >/dev/null

ms=$(wait_for 'Autoclaved aerated' 20); echo "RESULT first_screen_ms=$ms"
# One key, one small screen update: the column cursor moves to Investment.
t=$(now_ms)
"${TM[@]}" send-keys -t ortaq l l l l l
wait_for 'l l|Status' 5 >/dev/null
sleep 0.3
"${TM[@]}" send-keys -t ortaq Enter
wait_for '^ investment|Invest' 5 >/dev/null
"${TM[@]}" send-keys -t ortaq C-u '12.5m' Enter
ms=$(wait_for 'saved investment' 10); echo "RESULT edit_saved_ms=$ms"
t=$(now_ms)
"${TM[@]}" send-keys -t ortaq j
ms=$(wait_for 'help' 5)
# The status line returns to the key hints after a key; time that answer.
echo "RESULT key_answer_ms=$(( $(now_ms) - t ))"

rpid=$(cat "$WORK/remote.pid")
cpid=$("${TM[@]}" display -p -t ortaq '#{pane_pid}')
t=$(now_ms)
kill -9 "$cpid"
while kill -0 "$rpid" 2>/dev/null && [ "$(ps -o stat= -p "$rpid" 2>/dev/null | cut -c1)" != Z ]; do
  (( $(now_ms) - t < 10000 )) || die "remote ortaq $rpid still running 10 s after the client died"
  sleep 0.01
done
echo "RESULT remote_exit_ms=$(( $(now_ms) - t ))"
echo "RESULT pass=1"
