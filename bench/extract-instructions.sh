#!/bin/bash
# Instructions the extractor executes in steady state (issue 13's speed, repeatable on a shared machine where wall
# time is not): callgrind counts MEASURE passes (2) over the 0.5 MB sample after WARM passes (8), on single-threaded,
# predictable V8. Two runs of one build agree within ~1 %. Needs Debian's valgrind.
# Usage: bench/extract-instructions.sh [WORKTREE]   (default: this checkout)
set -euo pipefail
ROOT=$(realpath "${1:-$(dirname "$0")/..}")
command -v valgrind >/dev/null || { echo "需要 valgrind（apt-get install valgrind）" >&2; exit 2; }
D=$(mktemp -d)
trap 'rm -rf "$D"; rm -f "$ROOT/node_modules/.extract-steady-$$.mjs"' EXIT
B="$ROOT/node_modules/.extract-steady-$$.mjs"
(cd "$ROOT" && npx esbuild bench/extract-steady.ts --bundle --platform=node --format=esm --outfile="$B" \
  --log-level=error --external:@node-rs/jieba \
  --banner:js="import {createRequire} from 'module';const require=createRequire(import.meta.url);")
STEADY_DIR=$D valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$D/cg.out" \
  node --predictable --predictable-gc-schedule --random-seed=1 --hash-seed=1 "$B" > "$D/out" 2> "$D/err" &
PID=$!
until [ -f "$D/start.ready" ]; do sleep 0.2; kill -0 $PID 2>/dev/null || { cat "$D/err" >&2; exit 1; }; done
# The wait between the switch and the go is counted too: the steady script sleeps between its looks (a few thousand instructions).
callgrind_control -i on $PID > /dev/null 2>&1 && touch "$D/start.go"
wait $PID
echo "{\"instructions\": $(awk '/^totals:/ {print $2}' "$D/cg.out"), \"passes\": ${MEASURE:-2}, \"result\": $(cat "$D/out")}"
