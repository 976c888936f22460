#!/usr/bin/env bash
# The shape benchmark (issue 15): extract, ingest and audit on hostile input
# shapes, each against the same bytes of ordinary prose, with wall time and
# peak RSS from /usr/bin/time. Run by `make bench` (after bench/run.sh) or
# alone: `bash bench/shapes.sh BUILD_DIR [--quick]`. Writes the "Shape
# benchmark" section of bench/RESULTS.md (replacing an earlier one).
#
# Full size: a 30 MB single-sentence document, 10^6 one-line paragraphs, a
# 10^5-row HTML table, a 10,000-level nested list, a 5,000-page PDF and 10^6
# figures in one document. --quick (or SHAPES_SCALE=10) divides every size
# and count by 10 for iteration.
#
# Aims: each shape within 3x the prose's time, and peak memory within 2x the
# document's text plus 64 MiB.
set -uo pipefail

BUILD=${1:-build}
SCALE=${SHAPES_SCALE:-1}
[ "${2:-}" = "--quick" ] && SCALE=10
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DATA=bench/data/shapes
mkdir -p "$DATA"
RESULTS=${BENCH_RESULTS:-bench/RESULTS.md}
TIMEOUT=${BENCH_TIMEOUT:-1200}
log() { echo "shapes: $*" >&2; }

for target in gen_corpus gen_shapes claimcheck; do
  cmake --build "$BUILD" -j "$(nproc)" --target "$target" >"$DATA/build-$target.log" 2>&1 ||
    { log "build of $target failed (see $DATA/build-$target.log)"; exit 1; }
done
CC=$BUILD/claimcheck
GEN=$(find "$BUILD" -name gen_corpus -type f -perm -u+x | head -1)
SHAPE=$(find "$BUILD" -name gen_shapes -type f -perm -u+x | head -1)

# A shape's own divisor: SHAPES_SCALE_<NAME>=N (e.g. SHAPES_SCALE_FIGURES=2)
# overrides the run's scale for that shape, so the shapes a shared machine
# cannot run at full size in reasonable time run at the largest size that
# fits while the others run at full size. The table says each row's scale.
scale_of() { local v="SHAPES_SCALE_${1^^}"; echo "${!v:-$SCALE}"; }
MB30=$((30 * 1000 * 1000 / $(scale_of sentence)))
LINES=$((1000000 / $(scale_of lines)))
LINES_MB=$((30 * 1000 * 1000 / $(scale_of lines)))
ROWS=$((100000 / $(scale_of table)))
ROWS_MB=$((30 * 1000 * 1000 / $(scale_of table)))
LEVELS=$((10000 / $(scale_of nested)))
NEST_MB=$((3 * 1000 * 1000 / $(scale_of nested)))
PAGES=$((5000 / $(scale_of pdf)))
FIGS=$((1000000 / $(scale_of figures)))

# A small fixed source for audit, so the checker has something to pair with.
SOURCE=corpus/documents/lead-schools.txt

# make NAME: writes $DATA/NAME.{shape file} and $DATA/NAME.prose.txt with the
# same text bytes as the shape's extracted text.
text_bytes() { "$CC" text --max-file-mb 512 --max-text-mb 512 --max-pdf-pages 100000 "$1" | wc -c; }
prose_of() {  # prose_of BYTES OUT
  "$GEN" --format text --bytes "$1" --seed 7 --output "$2" 2>/dev/null
}
make_shape() {  # make_shape NAME EXT SHAPE COUNT BASE_BYTES
  local name=$1 ext=$2 shape=$3 count=$4 base=$5 f="$DATA/$1.$2"
  if [ ! -s "$f" ] || [ "$(cat "$f.key" 2>/dev/null)" != "$shape $count $base" ]; then
    prose_of "$base" "$DATA/$name.base.txt"
    "$SHAPE" --shape "$shape" --prose "$DATA/$name.base.txt" --count "$count" --output "$f" 2>/dev/null ||
      { log "gen_shapes $shape failed"; return 1; }
    echo "$shape $count $base" >"$f.key"
    # The prose of the same text size (the shape's text as the reader sees it).
    local tb
    tb=$(text_bytes "$f")
    prose_of "$tb" "$DATA/$name.prose.txt"
    echo "$tb" >"$f.textbytes"
  fi
  echo "$f"
}

ROWS_TSV="$DATA/rows.tsv"
# SHAPES_ONLY="figures pdf" re-measures those shapes and keeps the other rows
# of the previous run at the same scale.
ONLY=${SHAPES_ONLY:-}
if [ -n "$ONLY" ] && [ -f "$ROWS_TSV" ] && [ "$(cat "$DATA/scale" 2>/dev/null)" = "$SCALE" ]; then
  awk -F'\t' -v only=" $ONLY " 'index(only, " " $1 " ") == 0' "$ROWS_TSV" >"$ROWS_TSV.keep"
  mv "$ROWS_TSV.keep" "$ROWS_TSV"
else
  ONLY=""
  : >"$ROWS_TSV"
fi
echo "$SCALE" >"$DATA/scale"
wanted() { [ -z "$ONLY" ] || [[ " $ONLY " == *" $1 "* ]]; }
LIMITS=(--max-file-mb 512 --max-text-mb 512 --max-pdf-pages 100000)
# run LABEL CMD... -> "wall rss_kib status" on stdout
run() {
  local tf="$DATA/time.$$" rc
  /usr/bin/time -f '%e %M' -o "$tf" timeout "$TIMEOUT" "$@" >/dev/null 2>"$DATA/last.stderr"
  rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "- - exit$rc"
  else
    echo "$(tail -1 "$tf") ok"
  fi
  rm -f "$tf"
}
measure() {  # measure NAME FILE
  local name=$1 f=$2 prose="$DATA/$1.prose.txt" tb db
  tb=$(cat "$f.textbytes")
  for cmd in extract ingest audit; do
    for which in shape prose; do
      local input=$f
      [ "$which" = prose ] && input=$prose
      db="$DATA/$name-$which-$cmd.db"
      rm -f "$db" "$db-wal" "$db-shm" "$DATA/sheet.csv"
      log "$name: $cmd on the $which"
      case $cmd in
        extract) r=$(run "$CC" extract --lang en --format jsonl "${LIMITS[@]}" "$input") ;;
        ingest) r=$(run "$CC" ingest --db "$db" --lang en "${LIMITS[@]}" "$input") ;;
        audit) r=$(run "$CC" audit "$input" --sources "$SOURCE" --db "$db" --lang en -q \
                     -o "$DATA/sheet.csv" "${LIMITS[@]}") ;;
      esac
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$cmd" "$which" "$tb" "$r" "$(scale_of "$name")" >>"$ROWS_TSV"
      rm -f "$db" "$db-wal" "$db-shm"
    done
  done
}

log "scale 1/$SCALE: generating shapes under $DATA"
F_SENT=$(make_shape sentence txt sentence 1 "$MB30") || exit 1
F_LINES=$(make_shape lines txt lines "$LINES" "$LINES_MB") || exit 1
F_TABLE=$(make_shape table html table "$ROWS" "$ROWS_MB") || exit 1
F_NEST=$(make_shape nested html nested "$LEVELS" "$NEST_MB") || exit 1
F_PDF=$(make_shape pdf pdf pdf "$PAGES" $((PAGES * 3000))) || exit 1
F_FIGS=$(make_shape figures txt figures "$FIGS" 0) || exit 1

wanted sentence && measure sentence "$F_SENT"
wanted lines && measure lines "$F_LINES"
wanted table && measure table "$F_TABLE"
wanted nested && measure nested "$F_NEST"
wanted pdf && measure pdf "$F_PDF"
wanted figures && measure figures "$F_FIGS"

# ------------------------------------------------------------------ report
section=$(mktemp)
{
  echo "## Shape benchmark (issue 15)"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)),"
  echo "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM, load $(cut -d' ' -f1-3 /proc/loadavg) at the end; scale 1/$SCALE"
  echo "($( [ "$SCALE" = 1 ] && echo "full size" || echo "sizes and counts divided by $SCALE")). \`$(env | grep '^SHAPES_SCALE_' | sort | tr '\n' ' ')bash bench/shapes.sh $BUILD$( [ "$SCALE" = 10 ] && echo " --quick")\`"
  echo "(the scale column: full size, or the shape's sizes divided as shown)."
  echo "Each shape is measured against ordinary prose (gen_corpus) of the same extracted-text size."
  echo "Aims: time within 3x the prose's; peak RSS within 2x the text + 64 MiB. Audit uses"
  echo "corpus/documents/lead-schools.txt as its one source."
  echo
  echo "| shape | scale | command | text MB | shape s | prose s | time ratio | shape peak MiB | prose peak MiB | memory aim MiB | aims |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
  awk -F'\t' '
    { key = $1 "\t" $2; split($5, r, " ");
      if ($3 == "shape") { sw[key] = r[1]; sm[key] = r[2]; ss[key] = r[3]; tb[key] = $4; sc[key] = ($6 == "" || $6 == 1) ? "full" : "1/" $6; order[++n] = key }
      else { pw[key] = r[1]; pm[key] = r[2]; ps[key] = r[3] } }
    END {
      for (i = 1; i <= n; i++) {
        k = order[i]; split(k, p, "\t");
        aim = 2 * tb[k] / 1048576 + 64;
        if (ss[k] != "ok" || ps[k] != "ok") {
          printf "| %s | %s | %s | %.1f | %s | %s | - | - | - | %.0f | not run: shape %s, prose %s |\n", p[1], sc[k], p[2], tb[k] / 1e6, sw[k], pw[k], aim, ss[k], ps[k]; continue }
        ratio = pw[k] > 0 ? sw[k] / pw[k] : 0;
        smm = sm[k] / 1024; pmm = pm[k] / 1024;
        verdict = (ratio <= 3 ? "time ok" : "TIME NOT MET") ", " (smm <= aim ? "memory ok" : "MEMORY NOT MET");
        printf "| %s | %s | %s | %.1f | %.2f | %.2f | %.2f | %.0f | %.0f | %.0f | %s |\n", p[1], sc[k], p[2], tb[k] / 1e6, sw[k], pw[k], ratio, smm, pmm, aim, verdict
      }
    }' "$ROWS_TSV"
  echo
  if [ -f bench/SHAPES_NOTES.md ]; then cat bench/SHAPES_NOTES.md; fi
} >"$section"

# Replace the section in RESULTS.md (it runs to the next "## " heading or the end).
if [ -f "$RESULTS" ] && grep -q '^## Shape benchmark' "$RESULTS"; then
  awk -v f="$section" '
    /^## Shape benchmark/ { while ((getline line < f) > 0) print line; skip = 1; next }
    skip && /^## / { skip = 0 }
    !skip { print }' "$RESULTS" >"$RESULTS.new" && mv "$RESULTS.new" "$RESULTS"
else
  { [ -f "$RESULTS" ] && cat "$RESULTS" && echo; cat "$section"; } >"$RESULTS.new" && mv "$RESULTS.new" "$RESULTS"
fi
rm -f "$section"
log "wrote the shape section of $RESULTS"
cat "$ROWS_TSV" >&2
