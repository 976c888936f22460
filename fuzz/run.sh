#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets with clang (ASan + UBSan) and runs
# each for FUZZ_SECONDS (default 600), seeded from corpus/. New crashing inputs
# land in fuzz/artifacts/<target>/; copy them to corpus/regression/<target>/
# after fixing, where tests/fuzz replays them in every test run.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-600}
TARGETS=${FUZZ_TARGETS:-"html pdf text markdown recognize rules check audit"}
BUILD=build-fuzz
CC=clang CXX=clang++ cmake -S . -B $BUILD -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMCHECK_FUZZ=ON >/dev/null
cmake --build $BUILD -j "$(nproc)" --target $(for t in $TARGETS; do printf 'fuzz_%s ' "$t"; done)

seed_dir() {  # target -> folder of seed inputs taken from corpus/
  local t=$1 d=$BUILD/seeds/$1
  mkdir -p "$d"
  case $t in
    html) find corpus -name '*.html' -size -512k -exec cp {} "$d/" \; ;;
    pdf) find corpus -name '*.pdf' -size -1M -exec cp {} "$d/" \; ;;
    text) find corpus -name '*.txt' -size -512k -exec cp {} "$d/" \; ;;
    markdown) find corpus -name '*.md' -size -512k -exec cp {} "$d/" \; ;;
    recognize) find corpus/figures -name '*.yaml' -exec grep -h '^  - text:' {} + 2>/dev/null |
                 sed 's/^  - text: //' | split -l 1 - "$d/s" || true ;;
    check|audit) printf 'seed-%s' "$t" >"$d/seed" ;;  # structure comes from the bytes themselves
    rules) find rules -name '*.yaml' -exec sh -c 'printf "\000" | cat - "$1" > "$2/$(basename "$1")"' _ {} "$d" \; ;;
  esac
  [ -d corpus/regression/$t ] && cp corpus/regression/$t/* "$d/" 2>/dev/null || true
  echo "$d"
}

# Targets run FUZZ_JOBS at a time (default: the number of cores).
JOBS=${FUZZ_JOBS:-$(nproc)}
run_one() {
  local t=$1 seeds log rc execs
  seeds=$(seed_dir "$t")
  mkdir -p fuzz/artifacts/$t $BUILD/corpus_$t
  log=$BUILD/fuzz_$t.log
  echo "fuzz_$t: ${SECONDS_EACH}s" >&2
  ASAN_OPTIONS=detect_leaks=1 $BUILD/fuzz/fuzz_$t -max_total_time="$SECONDS_EACH" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix=fuzz/artifacts/$t/ \
    $BUILD/corpus_$t "$seeds" >"$log" 2>&1 && rc=0 || rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "fuzz_$t: exit $rc, ${execs:-?} executions in ${SECONDS_EACH}s" >"$BUILD/fuzz_$t.summary"
}
running=0
for t in $TARGETS; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true
for t in $TARGETS; do cat "$BUILD/fuzz_$t.summary"; done | tee $BUILD/fuzz_summary.txt
