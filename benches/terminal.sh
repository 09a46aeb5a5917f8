#!/usr/bin/env bash
# Terminal-level figures for ortaq and VisiData on the same generated databases, taken
# by the same harness in the same run, and `summary` against the sqlite3 shell:
#
#     benches/terminal.sh                 # 1,000 / 100,000 / 1,000,000 projects
#     SIZES="1000 100000" benches/terminal.sh
#
# Needs python3 with pyte and visidata (`pip install pyte visidata`) and the sqlite3
# shell; TUIBENCH points at tuibench.py (default ../shared/bench/tuibench.py). Results go
# to target/tuibench/ (JSON and screen dumps) and a table on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 100000 1000000"}
RUNS=${RUNS:-5}
TUIBENCH=${TUIBENCH:-../shared/bench/tuibench.py}
OUT=target/tuibench
DATA=target/bench-data
mkdir -p "$OUT" "$DATA"

cargo build --release --quiet --bin ortaq --example gen
for n in $SIZES; do
    [ -e "$DATA/gen-$n.db" ] || ./target/release/examples/gen --projects "$n" --out "$DATA/gen-$n.db"
done

bench() { # label, keys, extra tuibench options..., --, command
    local label=$1 keys=$2
    shift 2
    python3 "$TUIBENCH" -m 'Gen \d+' --regex --size 80x24 --runs "$RUNS" --keys "$keys" \
        --out-dir "$OUT" --label "$label" "$@" | sed -n '/^== /,/^exit/p'
}

for n in $SIZES; do
    db="$DATA/gen-$n.db"
    echo "### $n projects"
    # ortaq: row moves (the first 19 within the screen, the rest scroll), page moves.
    bench "ortaq-$n-rows" 'down*30' -- ./target/release/ortaq --db "$db"
    bench "ortaq-$n-pages" 'pgdn*10' -- ./target/release/ortaq --db "$db"
    # VisiData on the same table; it draws after a pause, so it gets a longer settle.
    bench "vd-$n-rows" 'down*30' --settle-ms 150 --quit 'g,q' -- vd "$db" +:projects::
    bench "vd-$n-pages" 'pgdn*10' --settle-ms 150 --quit 'g,q' -- vd "$db" +:projects::
done

# `summary` by status against the same GROUP BY in the sqlite3 shell, best of five.
best_of_five() {
    local best=""
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        local ms=$(((end - start) / 1000000))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    echo "$best"
}
for n in $SIZES; do
    db="$DATA/gen-$n.db"
    ours=$(best_of_five ./target/release/ortaq --db "$db" summary --by status)
    theirs=$(best_of_five sqlite3 "$db" "SELECT status, count(*), sum(investment), count(*) - count(investment),
        sum(jobs_planned), count(*) - count(jobs_planned), sum(jobs_created), count(*) - count(jobs_created)
        FROM projects WHERE deleted_at IS NULL GROUP BY status")
    echo "summary --by status, $n projects: ortaq ${ours} ms, sqlite3 shell ${theirs} ms"
done

# One Markdown table of the medians, ortaq and VisiData side by side, for BENCHMARKS.md.
python3 - "$OUT" $SIZES <<'PY'
import json, sys
out, sizes = sys.argv[1], sys.argv[2:]
def median(label, metric):
    with open(f"{out}/{label}.json") as f:
        return json.load(f)["sizes"]["80x24"]["summary"][metric]["median"]
rows = [
    ("first frame, ms", "rows", "time to first frame, ms", "{:.0f}"),
    ("bytes per row move", "rows", "bytes/key (mean)", "{:.0f}"),
    ("bytes per page move", "pages", "bytes/key (mean)", "{:.0f}"),
    ("row move, key to screen, ms (median)", "rows", "key->screen median, ms", "{:.1f}"),
    ("row move, key to last byte, ms (median)", "rows", "key->last byte median, ms", "{:.1f}"),
    ("page move, key to last byte, ms (median)", "pages", "key->last byte median, ms", "{:.1f}"),
    ("peak memory (VmHWM), MiB", "rows", "peak RSS VmHWM, MiB", "{:.1f}"),
]
print("| at 80x24 | " + " | ".join(f"ortaq {n} | vd {n}" for n in sizes) + " |")
print("|---|" + "---|---|" * len(sizes))
for name, keys, metric, form in rows:
    cells = []
    for n in sizes:
        for tool in ("ortaq", "vd"):
            cells.append(form.format(median(f"{tool}-{n}-{keys}", metric)))
    print(f"| {name} | " + " | ".join(cells) + " |")
PY
