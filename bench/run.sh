#!/usr/bin/env bash
# The benchmarks (issue 7): `make bench` runs `bash bench/run.sh BUILD_DIR`.
#
# Builds claimcheck, gen_corpus and micro_bench, generates corpora under
# bench/data/ (gitignored), measures whole-process runs with /usr/bin/time
# (wall seconds, CPU seconds, peak RSS), runs the micro-benchmarks and the
# peer (Microsoft Recognizers-Text) on a slice of the same text, and writes
# bench/RESULTS.md. A command that fails is reported as "not available" with
# its error line, never as a number.
#
# Knobs (environment):
#   BENCH_BYTES    size of the text and HTML corpora and of the ingest corpus (default 100M; 1G works)
#   PDF_BYTES      size of the PDF corpus (default: BENCH_BYTES, at most 16M)
#   PEER_BYTES     slice given to the peer, which is slow: about 1-3 KB/s here (default 128K)
#   CHECK_SIZES    store sizes for `check`, in figures (default "10000 100000 1000000")
#   CHECK_BASELINE another claimcheck binary (say, a build of the commit before a change) also timed
#                  on the same stores, up to CHECK_BASELINE_MAX figures (default 100000), beside check_N
#   BENCH_ONLY     "check": build the check stores and run check only, then replace the store_ and
#                  check_ rows (and the check target) of the existing report, keeping the other rows
#   BENCH_TIMEOUT  seconds before one command is stopped (default 600)
#   BENCH_RESULTS  where to write the report (default bench/RESULTS.md)
set -uo pipefail

BUILD=${1:-build}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DATA=bench/data
mkdir -p "$DATA"
RESULTS=${BENCH_RESULTS:-bench/RESULTS.md}
TIMEOUT=${BENCH_TIMEOUT:-600}
CHECK_SIZES=${CHECK_SIZES:-"10000 100000 1000000"}
CHECK_BASELINE=${CHECK_BASELINE:-}
CHECK_BASELINE_MAX=${CHECK_BASELINE_MAX:-100000}
ONLY=${BENCH_ONLY:-}
if [ -n "$ONLY" ] && [ "$ONLY" != check ]; then echo "bench: BENCH_ONLY must be empty or check" >&2; exit 2; fi
JOBS=$(nproc)
started=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

to_bytes() { numfmt --from=iec "$1"; }
BENCH_BYTES_N=$(to_bytes "${BENCH_BYTES:-100M}") || { echo "bench: bad BENCH_BYTES" >&2; exit 2; }
PDF_DEFAULT=$((BENCH_BYTES_N < 16777216 ? BENCH_BYTES_N : 16777216))
PDF_BYTES_N=$(to_bytes "${PDF_BYTES:-$PDF_DEFAULT}") || { echo "bench: bad PDF_BYTES" >&2; exit 2; }
PEER_BYTES_N=$(to_bytes "${PEER_BYTES:-128K}") || { echo "bench: bad PEER_BYTES" >&2; exit 2; }
log() { echo "bench: $*" >&2; }

# ---------------------------------------------------------------- build
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
declare -A BUILD_ERR
for target in gen_corpus claimcheck micro_bench; do
  log "building $target"
  if ! cmake --build "$BUILD" -j "$JOBS" --target "$target" >"$DATA/build-$target.log" 2>&1; then
    BUILD_ERR[$target]=$(grep -m1 -E 'error|Error|No rule' "$DATA/build-$target.log" | cut -c1-200)
    log "build of $target failed: ${BUILD_ERR[$target]}"
  fi
done
CC_BIN=$(find "$BUILD" -maxdepth 1 -name claimcheck -type f -perm -u+x | head -1)
GEN=$(find "$BUILD" -name gen_corpus -type f -perm -u+x | head -1)
MICRO=$(find "$BUILD" -name micro_bench -type f -perm -u+x | head -1)
[ -n "${BUILD_ERR[claimcheck]:-}" ] && CC_BIN=""  # a stale binary would measure old code
[ -n "${BUILD_ERR[micro_bench]:-}" ] && MICRO=""
if [ -z "$GEN" ] || [ -n "${BUILD_ERR[gen_corpus]:-}" ]; then
  log "gen_corpus did not build; nothing to measure"
  exit 1
fi
BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")

# ---------------------------------------------------------------- corpora
# gen_corpus is deterministic, so a file made with the same arguments is reused.
gen() {  # gen OUTPUT_OR_DIR ARGS... ; records the summary line in OUTPUT.summary
  local target=$1; shift
  local key="$*"
  if [ -e "$target" ] && [ -f "$target.summary" ] && [ "$(head -1 "$target.summary")" = "$key" ]; then
    return 0
  fi
  rm -rf "$target"
  if [[ " $* " == *" --out "* ]]; then
    "$GEN" "$@" 2>"$target.err" || { cat "$target.err" >&2; return 1; }
  else
    "$GEN" "$@" --output "$target" 2>"$target.err" || { cat "$target.err" >&2; return 1; }
  fi
  printf '%s\n%s\n' "$key" "$(tail -1 "$target.err")" >"$target.summary"
}
planted() { sed -n 's/.* \([0-9]*\) planted figures/\1/p' "$1.summary" | tail -1; }

# Big corpora are cut into parts of at most 60 MiB: the readers refuse
# documents with more than 64 MiB of text (ReadOptions::max_text_bytes).
PART_MAX=$((60 << 20))
make_parts() {  # make_parts FORMAT EXT TOTAL_BYTES -> prints the part paths
  local format=$1 ext=$2 total=$3 parts i size
  parts=$(((total + PART_MAX - 1) / PART_MAX))
  for ((i = 1; i <= parts; i++)); do
    size=$((total / parts))
    local f="$DATA/$format-$total-part$i.$ext"
    gen "$f" --format "$format" --bytes "$size" --seed "$i" >&2 || return 1
    echo "$f"
  done
}
if [ "$ONLY" != check ]; then
log "generating corpora under $DATA"
mapfile -t TEXT_FILES < <(make_parts text txt "$BENCH_BYTES_N")
mapfile -t HTML_FILES < <(make_parts html html "$BENCH_BYTES_N")
mapfile -t PDF_FILES < <(make_parts pdf pdf "$PDF_BYTES_N")
PEER_FILE="$DATA/peer-slice-$PEER_BYTES_N.txt"
# Same seed as part 1 of the text corpus: the slice is that file's first paragraphs.
gen "$PEER_FILE" --format text --bytes "$PEER_BYTES_N" --seed 1
INGEST_DIR="$DATA/ingest-$BENCH_BYTES_N"
gen "$INGEST_DIR" --out "$INGEST_DIR" --format mixed --role source --bytes "$BENCH_BYTES_N" --seed 21
AUDIT_SOURCES="$DATA/audit-sources"
gen "$AUDIT_SOURCES" --out "$AUDIT_SOURCES" --format mixed --role source --docs 20 --doc-words 1500 --seed 31
AUDIT_ARTICLE_DIR="$DATA/audit-article"
gen "$AUDIT_ARTICLE_DIR" --out "$AUDIT_ARTICLE_DIR" --format text --role article --docs 1 --doc-words 5000 --seed 32
AUDIT_ARTICLE="$AUDIT_ARTICLE_DIR/article-000001.txt"
fi

# ---------------------------------------------------------------- measuring
# One row per measurement, tab-separated:
# name, input, bytes, wall s, cpu s, peak KiB, figures, note
ROWS="$DATA/rows.tsv"
: >"$ROWS"
declare -A WALL CPU RSS STATUS FIGS NOTE BYTES HELD
bytes_of() { local n=0 f; for f in "$@"; do n=$((n + $(stat -c %s "$f"))); done; echo "$n"; }
dir_bytes() { find "$1" -type f ! -name '*.summary' ! -name '*.err' -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }

# measure NAME INPUT_LABEL BYTES OK_CODES STDOUT_FILE CMD... ; OK_CODES like "0 1".
measure() {
  local name=$1 label=$2 bytes=$3 ok=$4 out=$5; shift 5
  local tf="$DATA/$name.time" err="$DATA/$name.stderr" rc
  log "measuring $name ($label)"
  /usr/bin/time -f '%e %U %S %M' -o "$tf" timeout "$TIMEOUT" "$@" >"$out" 2>"$err"
  rc=$?
  BYTES[$name]=$bytes
  if [ "$rc" -eq 124 ]; then
    STATUS[$name]="not available: timed out after ${TIMEOUT} s"
  elif [[ " $ok " != *" $rc "* ]]; then
    local line
    line=$(grep -v '^\s*$' "$err" | head -1 | cut -c1-160)
    STATUS[$name]="not available: ${line:-exit status $rc}"
  else
    STATUS[$name]=ok
    read -r WALL[$name] u s RSS[$name] < <(tail -1 "$tf")
    CPU[$name]=$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')
  fi
  printf '%s\t%s\t%s\n' "$name" "$label" "$bytes" >>"$ROWS"
}
unavailable() {  # unavailable NAME LABEL BYTES REASON
  BYTES[$1]=$3
  STATUS[$1]="not available: $4"
  printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$ROWS"
}
figures_in_db() {
  local n
  n=$(sqlite3 "$1" 'select count(*) from figures' 2>/dev/null) && echo "$n" || echo ""
}

CC_MISSING="claimcheck did not build: ${BUILD_ERR[claimcheck]:-binary missing}"

ingest_into() {  # ingest_into NAME LABEL DB DIR [ROLE]: into a fresh database
  local name=$1 label=$2 db=$3 dir=$4 role=${5:-source} b
  rm -f "$db" "$db-wal" "$db-shm"
  ingest_more "$@"
}
ingest_more() {  # ingest_more NAME LABEL DB DIR [ROLE]: into the database as it is
  local name=$1 label=$2 db=$3 dir=$4 role=${5:-source} b
  b=$(dir_bytes "$dir")
  if [ -z "$CC_BIN" ]; then unavailable "$name" "$label" "$b" "$CC_MISSING"; return; fi
  measure "$name" "$label" "$b" "0" /dev/null "$CC_BIN" ingest --db "$db" --role "$role" "$dir"
  if [ "${STATUS[$name]}" = ok ]; then FIGS[$name]=$(figures_in_db "$db"); fi
}

if [ "$ONLY" != check ]; then
# extract, three formats
for fmt in text html pdf; do
  case $fmt in
    text) files=("${TEXT_FILES[@]}") ;;
    html) files=("${HTML_FILES[@]}") ;;
    pdf) files=("${PDF_FILES[@]}") ;;
  esac
  name="extract_$fmt"
  b=$(bytes_of "${files[@]}")
  p=0; for f in "${files[@]}"; do p=$((p + $(planted "$f"))); done
  NOTE[$name]="planted $p"
  if [ -z "$CC_BIN" ]; then unavailable "$name" "$fmt, ${#files[@]} file(s)" "$b" "$CC_MISSING"; continue; fi
  measure "$name" "$fmt, ${#files[@]} file(s)" "$b" "0" "$DATA/$name.jsonl" \
    "$CC_BIN" extract --lang en --format jsonl "${files[@]}"
  [ "${STATUS[$name]}" = ok ] && FIGS[$name]=$(wc -l <"$DATA/$name.jsonl")
  rm -f "$DATA/$name.jsonl"  # hundreds of MB; only the count matters
done

# extract on exactly the peer's slice, for the same-text ratio
b=$(bytes_of "$PEER_FILE")
NOTE[extract_peer_slice]="planted $(planted "$PEER_FILE")"
if [ -n "$CC_BIN" ]; then
  measure extract_peer_slice "text, the peer's slice" "$b" "0" "$DATA/extract_peer_slice.jsonl" \
    "$CC_BIN" extract --lang en --format jsonl "$PEER_FILE"
  [ "${STATUS[extract_peer_slice]}" = ok ] && FIGS[extract_peer_slice]=$(wc -l <"$DATA/extract_peer_slice.jsonl")
else
  unavailable extract_peer_slice "text, the peer's slice" "$b" "$CC_MISSING"
fi

# ingest end to end into a fresh database; the largest single document alone
# is the reference for "memory bounded by the largest document"
ingest_into ingest "mixed text/HTML/PDF folder" "$DATA/ingest.db" "$INGEST_DIR"
NOTE[ingest]="$(find "$INGEST_DIR" -type f ! -name '*.summary' ! -name '*.err' | wc -l) documents, planted $(planted "$INGEST_DIR")"
LARGEST=$(find "$INGEST_DIR" -type f ! -name '*.summary' ! -name '*.err' -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
LARGEST_DIR="$DATA/ingest-largest"
rm -rf "$LARGEST_DIR" && mkdir -p "$LARGEST_DIR" && cp "$LARGEST" "$LARGEST_DIR/"
ingest_into ingest_largest "largest document alone" "$DATA/ingest-largest.db" "$LARGEST_DIR"

fi  # BENCH_ONLY

# check on stores of 10^4, 10^5, 10^6 figures: half of them in documents
# written as sources (ingest --role source), half in documents written as
# coverage (--role article), so check pairs every article figure with the
# sources, says what it finds, and compares the unsupported ones across
# articles. (A store of sources alone gives check nothing to do: it says so
# and stops.) The stores are built with ingest, timed too.
for n in $CHECK_SIZES; do
  half=$((n / 2))
  src="$DATA/store-$n-src"
  art="$DATA/store-$n-art"
  db="$DATA/store-$n.db"
  gen "$src" --out "$src" --format text --role source --figures "$half" --seed $((100 + ${#n}))
  gen "$art" --out "$art" --format text --role article --figures "$half" --seed $((300 + ${#n}))
  ingest_into "store_$n" "text folder, $half planted figures, --role source" "$db" "$src" source
  NOTE[store_$n]="planted $(planted "$src")"
  ingest_more "store_${n}_articles" "text folder, $half planted figures, --role article" "$db" "$art" article
  NOTE[store_${n}_articles]="planted $(planted "$art")"
  held=$(figures_in_db "$db")
  b=$(stat -c %s "$db" 2>/dev/null || echo 0)
  runs=("check_$n:$CC_BIN")
  if [ -n "$CHECK_BASELINE" ] && [ "$n" -le "$CHECK_BASELINE_MAX" ]; then runs+=("check_${n}_baseline:$CHECK_BASELINE"); fi
  for run in "${runs[@]}"; do
    name=${run%%:*}
    bin=${run#*:}
    if [ -z "$bin" ]; then unavailable "$name" "store of $n" "$b" "$CC_MISSING"; continue; fi
    if [ -z "$held" ]; then
      unavailable "$name" "store of $n" "$b" "no store (${STATUS[store_$n]#not available: })"
      continue
    fi
    measure "$name" "store holding $held figures" "$b" "0 1" "$DATA/$name.jsonl" \
      "$bin" check --db "$db" --format jsonl
    NOTE[$name]="store holds $held figures"
    HELD[$name]=$held
    [ "$name" != "check_$n" ] && NOTE[$name]+="; $bin ($("$bin" --version 2>/dev/null | head -1))"
    [ "${STATUS[$name]}" = ok ] && FIGS[$name]="$(wc -l <"$DATA/$name.jsonl") findings"
  done
  # The same findings from both binaries, or the ratio means nothing.
  if [ "${STATUS[check_${n}_baseline]:-}" = ok ] && [ "${STATUS[check_$n]}" = ok ]; then
    if cmp -s "$DATA/check_$n.jsonl" "$DATA/check_${n}_baseline.jsonl"; then
      NOTE[check_$n]+="; findings byte-identical to the baseline's; CPU $(awk -v a="${CPU[check_${n}_baseline]}" -v b="${CPU[check_$n]}" 'BEGIN {if (b > 0) printf "%.1f", a / b; else print "n/a"}')x less"
    else
      NOTE[check_$n]+="; findings DIFFER from the baseline's"
    fi
  fi
  rm -f "$DATA/check_${n}_baseline.jsonl"
done

if [ "$ONLY" != check ]; then
# audit: a 5,000-word article against 20 sources, into a fresh database
mapfile -t SOURCES < <(find "$AUDIT_SOURCES" -type f ! -name '*.summary' ! -name '*.err' | sort)
b=$(bytes_of "$AUDIT_ARTICLE" "${SOURCES[@]}")
rm -f "$DATA/audit.db"
if [ -n "$CC_BIN" ]; then
  measure audit "$(wc -w <"$AUDIT_ARTICLE")-word article, ${#SOURCES[@]} sources" "$b" "0 1" /dev/null \
    "$CC_BIN" audit "$AUDIT_ARTICLE" --sources "${SOURCES[@]}" --db "$DATA/audit.db" -o "$DATA/audit-sheet.md"
  [ "${STATUS[audit]}" = ok ] && FIGS[audit]="$(grep -c '^|' "$DATA/audit-sheet.md" 2>/dev/null || echo 0) sheet rows"
else
  unavailable audit "article + 20 sources" "$b" "$CC_MISSING"
fi

# ---------------------------------------------------------------- the peer
PEER_STATUS="not run"
PEER_JSON="$DATA/peer.json"
log "installing the peer (npm, into bench/node_modules)"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  PEER_STATUS="not available: node or npm missing (make deps: bash scripts/deps.sh bench)"
elif ! npm install --prefix bench --no-audit --no-fund --silent >"$DATA/npm.log" 2>&1; then
  PEER_STATUS="not available: npm install failed: $(grep -m1 -i err "$DATA/npm.log" | cut -c1-160)"
else
  log "running the peer on $PEER_BYTES_N bytes (slow)"
  if timeout "$TIMEOUT" node bench/peer_recognizers.js "$PEER_FILE" "$PEER_BYTES_N" >"$PEER_JSON" 2>"$DATA/peer.stderr"; then
    PEER_STATUS=ok
  else
    PEER_STATUS="not available: $(head -1 "$DATA/peer.stderr" | cut -c1-160)"
  fi
fi
PEER_VERSION=$(node -p "require('./bench/node_modules/@microsoft/recognizers-text-suite/package.json').version" 2>/dev/null || echo "?")

# ---------------------------------------------------------------- micro-benchmarks
MICRO_JSON="$DATA/micro.json"
MICRO_STATUS="not available: ${BUILD_ERR[micro_bench]:-micro_bench missing}"
if [ -n "$MICRO" ]; then
  log "running micro-benchmarks"
  # One process per benchmark: a crash in one stage (the tree changes under
  # us) is reported for that stage and does not lose the others.
  MICRO_STATUS=ok
  parts=()
  for b in $("$MICRO" --benchmark_list_tests 2>/dev/null); do
    out="$DATA/micro-${b//\//_}.json"
    if timeout "$TIMEOUT" "$MICRO" --benchmark_filter="^$b\$" --benchmark_min_time=0.5 \
        --benchmark_out="$out" --benchmark_out_format=json >/dev/null 2>"$DATA/micro.stderr"; then
      parts+=("$out")
    else
      rc=$?
      why=$(grep -v '^\s*$' "$DATA/micro.stderr" | head -1 | cut -c1-120)
      [ "$rc" -gt 128 ] && why="crashed with signal $((rc - 128))${why:+: $why}"
      [ "$rc" -eq 124 ] && why="timed out after ${TIMEOUT} s"
      jq -n --arg n "$b" --arg m "${why:-exit status $rc}" \
        '{benchmarks: [{name: $n, error_occurred: true, error_message: $m}]}' >"$out"
      parts+=("$out")
    fi
  done
  if [ ${#parts[@]} -gt 0 ]; then
    jq -s '{benchmarks: [.[].benchmarks[]]}' "${parts[@]}" >"$MICRO_JSON"
  else
    MICRO_STATUS="not available: micro_bench listed no benchmarks"
  fi
fi

# ---------------------------------------------------------------- profile
if [ "${PROFILE:-1}" = 1 ] && [ -n "$CC_BIN" ] && command -v valgrind >/dev/null; then
  log "profiling extract with callgrind (PROFILE=0 skips)"
  PROFILE_NO_BUILD=1 PROFILE_BYTES=${PROFILE_BYTES:-512K} bash bench/profile.sh "$BUILD" >/dev/null 2>"$DATA/profile.stderr" ||
    log "profile failed: $(head -1 "$DATA/profile.stderr")"
fi

fi  # BENCH_ONLY

# ---------------------------------------------------------------- report
mbs() { awk -v b="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", b / s / 1e6; else printf "n/a (under 0.01 s)" }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
num() { awk -v x="$1" 'BEGIN { printf "%.1f", x }'; }

REPORT=$RESULTS
if [ "$ONLY" = check ]; then
  # Only the store_ and check_ rows and the check target are kept from this
  # report (below); the sections of what did not run are written empty.
  REPORT="$DATA/report-check-only.md"
  set +u
fi
{
  echo "# claimcheck benchmark results"
  echo
  echo "Written by \`bench/run.sh\` (\`make bench\`); every number below comes from this run. Do not edit by hand."
  echo
  echo "## Machine and run"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| date (UTC) | $(date -u +%Y-%m-%dT%H:%M:%SZ) |"
  echo "| git commit | $(git rev-parse --short HEAD 2>/dev/null) ($(git status --porcelain 2>/dev/null | grep -vc '^??') tracked files modified in the working tree) |"
  echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores |"
  echo "| memory | $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) |"
  echo "| load average at start / end | ${LOAD_START:-$(cut -d' ' -f1-3 /proc/loadavg)} / $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared; other jobs slow wall times) |"
  echo "| compiler, build | $(c++ --version | head -1), CMAKE_BUILD_TYPE=${BUILD_TYPE:-unset} in \`$BUILD\` |"
  echo "| corpus | BENCH_BYTES=$BENCH_BYTES_N, PDF_BYTES=$PDF_BYTES_N, PEER_BYTES=$PEER_BYTES_N, generated by \`gen_corpus\` (bench/lexicon/en.lex) |"
  echo "| run time | $(( $(date +%s) - started )) s |"
  for t in gen_corpus claimcheck micro_bench; do
    [ -n "${BUILD_ERR[$t]:-}" ] && echo "| build of $t | **failed**: \`${BUILD_ERR[$t]}\` |"
  done
  echo
  echo "## Whole-process runs"
  echo
  echo "Measured with \`/usr/bin/time -f '%e %U %S %M'\`. MB = 10^6 bytes of input (the files as given,"
  echo "markup and PDF structure included). *MB/s per core* divides by CPU seconds (user + system), so it is"
  echo "the single-core figure even when a command uses several threads; *MB/s wall* divides by elapsed time."
  echo "*Figures* counts what the command produced (records, or rows in the store), beside what the"
  echo "generator planted: a fast run that finds nothing is not a result."
  echo
  echo "| measurement | input | input MB | wall s | CPU s | MB/s wall | MB/s per core | peak RSS MiB | figures | note |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---|---|"
  while IFS=$'\t' read -r name label bytes; do
    mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
    if [ "${STATUS[$name]}" = ok ]; then
      echo "| $name | $label | $mb | ${WALL[$name]} | ${CPU[$name]} | $(mbs "$bytes" "${WALL[$name]}") | $(mbs "$bytes" "${CPU[$name]}") | $(mib "${RSS[$name]}") | ${FIGS[$name]:-} | ${NOTE[$name]:-} |"
    else
      echo "| $name | $label | $mb | - | - | - | - | - | - | ${STATUS[$name]//|/\\|}${NOTE[$name]:+; ${NOTE[$name]}} |"
    fi
  done <"$ROWS"
  echo
  echo "## The peer: Microsoft Recognizers-Text"
  echo
  if [ "$PEER_STATUS" = ok ]; then
    pb=$(jq -r .bytes "$PEER_JSON")
    echo "\`@microsoft/recognizers-text-suite\` $PEER_VERSION on Node $(node --version), English culture,"
    echo "one paragraph per call, over the first $pb bytes of the text corpus (\`$PEER_FILE\`, the"
    echo "first paragraphs of text part 1, same seed). Model construction is timed apart (warm-up)."
    echo
    echo "| model | wall s | CPU s | results | warm-up s |"
    echo "|---|---:|---:|---:|---:|"
    for m in number percentage currency datetime; do
      echo "| recognize${m^} | $(jq -r ".seconds.$m" "$PEER_JSON" | xargs printf '%.2f') | $(jq -r ".cpu_seconds.$m" "$PEER_JSON" | xargs printf '%.2f') | $(jq -r ".results.$m" "$PEER_JSON") | $(jq -r ".warmup_seconds.$m" "$PEER_JSON" | xargs printf '%.2f') |"
    done
    PEER_BPS=$(jq -r .bytes_per_cpu_second "$PEER_JSON")
    echo "| **all four** | $(jq -r .total_seconds "$PEER_JSON" | xargs printf '%.2f') | $(jq -r .total_cpu_seconds "$PEER_JSON" | xargs printf '%.2f') | $(jq -r '[.results[]] | add' "$PEER_JSON") | |"
    echo
    echo "Peer throughput, all four dimensions: **$(awk -v x="$PEER_BPS" 'BEGIN {printf "%.0f", x}') bytes per CPU second** ($(awk -v x="$PEER_BPS" 'BEGIN {printf "%.4f", x / 1e6}') MB/s per core; Node runs these calls on one thread)."
    echo "The ratio below compares CPU time with CPU time, so load from other jobs on the machine does not favour either side."
  else
    echo "$PEER_STATUS"
  fi
  echo
  echo "## Micro-benchmarks (Google Benchmark, one core, in process)"
  echo
  if [ "$MICRO_STATUS" = ok ]; then
    echo "Inputs are generated in memory by the same generator (2 MiB of text; the floor uses 64 MiB, more than"
    echo "any cache). Rates divide by CPU time. Counters show what each stage found per KiB of text; each"
    echo "benchmark runs in its own process."
    echo
    echo "| benchmark | MB/s per core | CPU time per iteration | counters |"
    echo "|---|---:|---:|---|"
    jq -r '.benchmarks[] | [.name,
        (if .error_occurred then "not available: " + .error_message
         else ((.bytes_per_second // 0) / 1e6 | tostring) end),
        ((.cpu_time * 10 | round / 10 | tostring) + " " + .time_unit),
        ([to_entries[] | select(.key | test("_per_KiB$|^sentences$|^text_ratio$|_per_text_byte$")) | "\(.key)=\(.value)"] | join(", "))]
        | @tsv' "$MICRO_JSON" |
      while IFS=$'\t' read -r n rate t counters; do
        if [[ $rate == not* ]]; then
          echo "| $n | $rate | - | |"
        else
          echo "| $n | $(num "$rate") | $t | $counters |"
        fi
      done
  else
    echo "$MICRO_STATUS"
  fi
  echo
  echo "## Targets (issue 7)"
  echo
  echo "| target | measured | verdict |"
  echo "|---|---|---|"
  # extract >= 50 MB/s per core, and only if it finds figures
  if [ "${STATUS[extract_text]}" = ok ]; then
    rate=$(mbs "${BYTES[extract_text]}" "${CPU[extract_text]}")
    figs=${FIGS[extract_text]:-0}
    if [ "$figs" -eq 0 ]; then
      verdict="not met: found no figures (the recogniser is not doing its work yet), so the speed means nothing"
    elif awk -v r="$rate" 'BEGIN {exit !(r >= 50)}'; then verdict="met"; else verdict="not met"; fi
    echo "| extract, plain text: >= 50 MB/s per core | $rate MB/s per core, $figs figures (${NOTE[extract_text]}) | $verdict |"
  else
    echo "| extract, plain text: >= 50 MB/s per core | ${STATUS[extract_text]} | not met |"
  fi
  # peer ratio
  if [ "${STATUS[extract_text]}" = ok ] && [ "$PEER_STATUS" = ok ]; then
    cc_bps=$(awk -v b="${BYTES[extract_text]}" -v s="${CPU[extract_text]}" 'BEGIN {if (s > 0) print b / s; else print 0}')
    ratio=$(awk -v a="$cc_bps" -v b="$PEER_BPS" 'BEGIN {printf "%.0f", a / b}')
    slice=""
    if [ "${STATUS[extract_peer_slice]}" = ok ]; then
      sr=$(awk -v b="${BYTES[extract_peer_slice]}" -v s="${CPU[extract_peer_slice]}" -v p="$PEER_BPS" 'BEGIN {if (s > 0) printf "%.0f", b / s / p; else print "n/a"}')
      slice="; on the peer's own slice, whole process with start-up: ${sr}x (${FIGS[extract_peer_slice]:-0} figures against the peer's $(jq -r '[.results[]] | add' "$PEER_JSON") results)"
    fi
    if [ "${FIGS[extract_text]:-0}" -eq 0 ]; then
      verdict="not met: claimcheck found no figures"
    elif [ "$ratio" -ge 1000 ]; then verdict="met"; else verdict="not met"; fi
    echo "| extract: >= 1,000x Recognizers-Text | ${ratio}x (claimcheck per core on the full text corpus / peer on its slice)$slice | $verdict |"
  else
    echo "| extract: >= 1,000x Recognizers-Text | extract: ${STATUS[extract_text]}; peer: $PEER_STATUS | not met |"
  fi
  # ingest >= 20 MB/s, memory bounded by the largest document
  if [ "${STATUS[ingest]}" = ok ]; then
    rate=$(mbs "${BYTES[ingest]}" "${WALL[ingest]}")
    figs=${FIGS[ingest]:-}
    if [ -z "$figs" ] || [ "$figs" -eq 0 ]; then
      verdict="not met: the store holds ${figs:-no readable} figures"
    elif awk -v r="$rate" 'BEGIN {exit !(r >= 20)}'; then verdict="met"; else verdict="not met"; fi
    echo "| ingest: >= 20 MB/s end to end | $rate MB/s wall, $(mbs "${BYTES[ingest]}" "${CPU[ingest]}") MB/s per core; store holds ${figs:-?} figures | $verdict |"
    if [ "${STATUS[ingest_largest]}" = ok ]; then
      # Bounded: the corpus run may hold one largest document per core, plus 64 MiB for SQLite's cache.
      bound=$(( RSS[ingest_largest] * JOBS + 65536 ))
      if [ "${RSS[ingest]}" -le "$bound" ]; then verdict="met"; else verdict="not met"; fi
      echo "| ingest: memory bounded by the largest document | corpus $(mib "${RSS[ingest]}") MiB vs largest document alone $(mib "${RSS[ingest_largest]}") MiB (bound: $JOBS x that + 64 MiB = $(mib "$bound") MiB) | $verdict |"
    else
      echo "| ingest: memory bounded by the largest document | reference run: ${STATUS[ingest_largest]} | not met |"
    fi
  else
    echo "| ingest: >= 20 MB/s end to end | ${STATUS[ingest]} | not met |"
    echo "| ingest: memory bounded by the largest document | ${STATUS[ingest]} | not met |"
  fi
  # check on 10^6 figures
  big=$(echo "$CHECK_SIZES" | tr ' ' '\n' | sort -n | tail -1)
  if [ "${STATUS[check_$big]:-}" = ok ]; then
    held=${HELD[check_$big]}
    rss_mib=$(mib "${RSS[check_$big]}")
    if [ "$held" -lt $((big * 9 / 10)) ]; then
      verdict="not met: the store holds only $held figures, not $big"
    elif awk -v w="${WALL[check_$big]}" -v m="$rss_mib" 'BEGIN {exit !(w < 30 && m < 2048)}'; then verdict="met"
    else verdict="not met"; fi
    echo "| check on $big figures: < 30 s and < 2 GiB | ${WALL[check_$big]} s, $rss_mib MiB, store holds $held figures | $verdict |"
  else
    echo "| check on $big figures: < 30 s and < 2 GiB | ${STATUS[check_$big]:-not run} | not met |"
  fi
  echo
  echo "## Where the time goes"
  echo
  echo "\`bash bench/profile.sh $BUILD\` runs callgrind on \`claimcheck extract\` over a slice of the text corpus"
  echo "(PROFILE_BYTES, default 2M; this run used 512K) and prints the functions with the most instructions,"
  echo "inclusive and exclusive. Read it beside any target above that is not met."
  if [ -f "$DATA/profile.txt" ] && [ "$DATA/profile.txt" -nt "$ROWS" ]; then
    echo
    echo "This run's profile:"
    echo
    echo '```'
    head -60 "$DATA/profile.txt"
    echo '```'
  fi
  # The analysis of the targets not met is kept by hand beside this script.
  if [ -f bench/NOT_MET.md ]; then
    echo
    cat bench/NOT_MET.md
  fi
} >"$REPORT"

if [ "$ONLY" = check ]; then
  # Splice this run's store_ and check_ rows, its check target and a line on
  # when they were measured into the existing report; the other rows stay as
  # their own run measured them.
  if [ ! -f "$RESULTS" ]; then cp "$REPORT" "$RESULTS"; log "wrote $RESULTS"; exit 0; fi
  when="$(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null) ($(git status --porcelain 2>/dev/null | grep -vc '^??') tracked files modified), load average at start / end ${LOAD_START} / $(cut -d' ' -f1-3 /proc/loadavg), $(( $(date +%s) - started )) s"
  awk -v when="$when" -v newfile="$REPORT" '
    BEGIN {
      while ((getline line < newfile) > 0) {
        if (line ~ /^\| (store|check)_[0-9]/) rows = rows line "\n"
        else if (line ~ /^\| check on /) target = line
      }
    }
    /^\| check rows / { next }
    /^\| (store|check)_[0-9]/ { if (!done) { printf "%s", rows; done = 1 } next }
    /^\| audit \|/ && !done { printf "%s", rows; done = 1 }
    /^\| check on / && target != "" { print target; next }
    { print }
    /^\| run time \|/ { print "| check rows | measured apart (BENCH_ONLY=check): " when " |" }
  ' "$RESULTS" >"$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
fi
log "wrote $RESULTS in $(( $(date +%s) - started )) s"
