#!/usr/bin/env bash
# Differential check for performance work: an optimisation must not change a
# single byte of what `claimcheck extract --format jsonl` writes.
#
#   bash bench/same_output.sh save  BUILD_DIR [DIR]   # record the reference
#   bash bench/same_output.sh check BUILD_DIR [DIR]   # compare with it
#
# Inputs: a copy of every file under corpus/ (documents, seed, clusters, audit, the
# figure and segment cases, the bad documents: their error lines and exit
# codes count too), plus generated news text, HTML from
# gen_corpus (a few MB, many more figures than the hand-written corpus), one
# long single-paragraph document, and the seed article repeated.
# DIR defaults to bench/data/same_output (gitignored); delete it to start over.
# BUILD_DIR may differ between save and check (a build of the commit before).
set -uo pipefail
MODE=${1:?save or check}
BUILD=${2:?build dir}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DIR=${3:-bench/data/same_output}
BIN="$BUILD/claimcheck"
GEN="$BUILD/bench/gen_corpus"
INPUTS="$DIR/inputs"
mkdir -p "$INPUTS"

# Inputs are made once and kept, so save and check read the same bytes even
# while others edit corpus/ and rules/ in the shared tree: the corpus and the
# rules are copied, and the copy of the rules is the one both runs use.
if [ ! -f "$INPUTS/.done" ]; then
  cp -r corpus "$INPUTS/corpus"
  cp -r rules "$DIR/rules"
  "$GEN" --format text --bytes 3M --seed 7 --output "$INPUTS/news.txt" 2>/dev/null
  "$GEN" --format html --bytes 1M --seed 8 --output "$INPUTS/news.html" 2>/dev/null
  "$GEN" --format text --role source --bytes 1M --seed 10 --output "$INPUTS/report.txt" 2>/dev/null
  # One paragraph of ~1 MB: every block separator removed (attacher on long paragraphs).
  head -c 1000000 "$INPUTS/news.txt" | tr '\n' ' ' >"$INPUTS/one-paragraph.txt"
  for _ in $(seq 50); do cat corpus/seed/cep-facebook-article.txt; echo; done >"$INPUTS/seed-x50.txt"
  # The seed's quotations, credits and lead-ins in one long paragraph.
  for _ in $(seq 20); do tr '\n' ' ' <corpus/seed/cep-facebook-article.txt; done >"$INPUTS/seed-one-paragraph.txt"
  # Astral characters (UTF-16 surrogate pairs), accents and quotes around breaks.
  printf 'The \xf0\x9f\x98\x80 group said 45%% of 1,200 users \xf0\x9f\x98\x80 left. Then \xc3\xa9 \xf0\x9d\x92\xb3 another 3 came! Dr. Smith counted 7 cases in the U.S. last year. \xe2\x80\x9cWe found 12 cases,\xe2\x80\x9d he said. \xf0\x9f\x98\x80 The rest, 40 percent, stayed.\n\nNext \xf0\x9d\x92\xb3 10 items? Yes 5 more.\n' >"$INPUTS/astral.txt"
  touch "$INPUTS/.done"
fi

export CLAIMCHECK_RULES="$ROOT/$DIR/rules"
OUT="$DIR/$MODE"
rm -rf "$OUT"
mkdir -p "$OUT"
n=0
while IFS= read -r -d '' f; do
  key=$(printf '%s' "$f" | tr '/' '_')
  "$BIN" extract --format jsonl "$f" >"$OUT/$key.jsonl" 2>"$OUT/$key.err"
  echo "exit $?" >>"$OUT/$key.err"
  n=$((n + 1))
done < <(find "$INPUTS" -type f ! -name .done -print0 | sort -z)

if [ "$MODE" = save ]; then
  echo "saved $n outputs in $OUT"
  exit 0
fi
if diff -rq "$DIR/save" "$OUT" >"$DIR/diff.txt"; then
  echo "same output: $n inputs byte for byte"
else
  echo "DIFFERENT output:" >&2
  cat "$DIR/diff.txt" >&2
  exit 1
fi
