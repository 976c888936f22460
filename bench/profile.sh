#!/usr/bin/env bash
# Where does extract spend its time? Runs `claimcheck extract` under
# callgrind on a slice of generated text and prints the top functions by
# instructions, inclusive (with callees) and exclusive (self). Also saved to
# bench/data/profile.txt, which bench/run.sh puts into RESULTS.md.
#
#   bash bench/profile.sh [BUILD_DIR]     PROFILE_BYTES=2M by default
set -euo pipefail
BUILD=${1:-build}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DATA=bench/data
mkdir -p "$DATA"
BYTES=$(numfmt --from=iec "${PROFILE_BYTES:-2M}")
command -v valgrind >/dev/null || { echo "profile: valgrind missing (bash scripts/deps.sh bench)" >&2; exit 2; }
# run.sh sets PROFILE_NO_BUILD=1 so the profile is of the binary it measured.
if [ "${PROFILE_NO_BUILD:-0}" != 1 ]; then
  cmake --build "$BUILD" --target claimcheck gen_corpus >"$DATA/profile-build.log" 2>&1 ||
    { echo "profile: build failed: $(grep -m1 -E 'error' "$DATA/profile-build.log")" >&2; exit 1; }
fi
BIN="$BUILD/claimcheck"
GEN=$(find "$BUILD" -name gen_corpus -type f -perm -u+x | head -1)
SLICE="$DATA/profile-slice-$BYTES.txt"
[ -f "$SLICE" ] || "$GEN" --format text --bytes "$BYTES" --seed 1 --output "$SLICE" 2>/dev/null
OUT="$DATA/callgrind.out"
rm -f "$OUT"
if ! valgrind --tool=callgrind --callgrind-out-file="$OUT" "$BIN" extract --lang en --format jsonl "$SLICE" \
  >/dev/null 2>"$DATA/callgrind.log"; then
  echo "profile: extract failed: $(grep -v '^==' "$DATA/callgrind.log" | head -1)" >&2
  exit 1
fi
# callgrind_annotate prints full signatures; keep the columns readable.
# (head closes the pipe early; that is not a failure.)
set +o pipefail
{
  echo "callgrind, claimcheck extract on $(stat -c %s "$SLICE") bytes of text ($(git rev-parse --short HEAD))"
  grep -m1 'Collected' "$DATA/callgrind.log" | sed 's/^==[0-9]*== //'
  echo
  echo "-- top 20 by inclusive instructions (the function and everything it calls)"
  callgrind_annotate --inclusive=yes "$OUT" 2>/dev/null | grep -E '^ *[0-9,]+ ' | head -21 | cut -c1-150
  echo
  echo "-- top 20 by exclusive instructions (the function's own code)"
  callgrind_annotate "$OUT" 2>/dev/null | grep -E '^ *[0-9,]+ ' | head -21 | cut -c1-150
} | tee "$DATA/profile.txt"
