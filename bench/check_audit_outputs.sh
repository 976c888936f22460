#!/usr/bin/env bash
# Differential check for work on findings and the audit sheet: writes what
# `check` (table, --explain, --format jsonl/json, --matches, --pairs) and
# `audit` (all six sheet formats) print over every cluster of corpus/clusters
# and corpus/checkdev, once with the roles of the cluster's manifest/gold and
# once after a plain ingest (role auto), into OUTDIR; `compare` runs it again
# and diffs byte for byte.
#
#   bash bench/check_audit_outputs.sh save    BIN OUTDIR
#   bash bench/check_audit_outputs.sh compare BIN OUTDIR   # OUTDIR from save
set -uo pipefail
MODE=${1:?save or compare}
BIN=$(readlink -f "${2:?claimcheck binary}")
DIR=${3:?output dir}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CLAIMCHECK_RULES="$ROOT/rules"
mkdir -p "$DIR"
DIR=$(readlink -f "$DIR")
OUT="$DIR/$MODE"
[ "$MODE" = save ] && OUT="$DIR/before"
rm -rf "$OUT"
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

roles() {  # roles CLUSTER_DIR -> "file role" lines
  if [ -f "$1/manifest.yaml" ]; then
    sed -n 's/.*{path: *\([^,]*\), *role: *\([a-z]*\)}.*/\1 \2/p' "$1/manifest.yaml"
  elif [ -f "$1/gold.yaml" ]; then
    awk '/^documents:/ {d=1; next} /^[a-z]/ {d=0} d && /- file:/ {f=$3} d && /role:/ {print f, $2}' "$1/gold.yaml"
  fi
}
cap() {  # cap KEY CMD...: stdout, stderr (the temporary folder's name replaced) and exit status
  local key=$1 rc; shift
  "$@" >"$OUT/$key.out" 2>"$OUT/$key.err.raw"; rc=$?
  sed "s|$WORK|WORK|g" "$OUT/$key.err.raw" >"$OUT/$key.err"; rm -f "$OUT/$key.err.raw"
  echo "exit $rc" >>"$OUT/$key.err"
}

for c in "$ROOT"/corpus/clusters/*/ "$ROOT"/corpus/checkdev/*/; do
  c=${c%/}
  name=$(basename "$(dirname "$c")")-$(basename "$c")
  rm -rf "$WORK/c"; mkdir -p "$WORK/c"; cp "$c"/*.txt "$c"/*.html "$c"/*.pdf "$WORK/c/" 2>/dev/null
  cd "$WORK/c" || exit 2
  for mode in roled plain; do
    db="$WORK/$mode.db"; rm -f "$db"*
    if [ $mode = roled ]; then
      while read -r f r; do [ -f "$f" ] && "$BIN" ingest --db "$db" --role "$r" "$f" >/dev/null 2>&1; done < <(roles "$c")
    else
      "$BIN" ingest --db "$db" . >/dev/null 2>&1
    fi
    k="$name.$mode"
    cap "$k.check-table" "$BIN" check --db "$db"
    cap "$k.check-explain" "$BIN" check --db "$db" --explain
    cap "$k.check-jsonl" "$BIN" check --db "$db" --format jsonl
    cap "$k.check-json" "$BIN" check --db "$db" --format json
    cap "$k.check-matches" "$BIN" check --db "$db" --format jsonl --matches
    cap "$k.check-pairs" "$BIN" check --db "$db" --pairs
    cap "$k.findings-table" sqlite3 "$db" "select f.type, f.severity, f.message, f.score, f.reasons, f.suggestion, c.seq, c.figure, c.record from findings f join finding_claims c on c.finding = f.id order by f.id, c.seq"
    # audit: every article against the cluster's sources (roled), or against
    # what it cites (plain), into a database of its own per mode
    adb="$WORK/audit-$mode.db"; rm -f "$adb"*
    [ $mode = plain ] && "$BIN" ingest --db "$adb" . >/dev/null 2>&1
    srcs=(); arts=()
    while read -r f r; do [ -f "$f" ] || continue; if [ "$r" = source ]; then srcs+=("$f"); else arts+=("$f"); fi; done < <(roles "$c")
    for a in "${arts[@]}"; do
      for ext in csv md html xlsx json jsonld; do
        sheet="$WORK/sheet.$ext"; rm -f "$sheet"
        if [ $mode = roled ]; then
          cap "$k.audit-$a.$ext" "$BIN" audit "$a" --sources "${srcs[@]}" --db "$adb" -o "$sheet" --org "Desk"
        else
          cap "$k.audit-$a.$ext" "$BIN" audit "$a" --db "$adb" -o "$sheet" --org "Desk"
        fi
        if [ $ext = xlsx ] && [ -f "$sheet" ]; then
          # the workbook's parts, unzipped (the zip's own timestamps aside)
          rm -rf "$WORK/x"; mkdir "$WORK/x"; (cd "$WORK/x" && unzip -q "$sheet") && \
            find "$WORK/x" -type f | sort | while read -r p; do echo "== ${p#$WORK/x/}"; cat "$p"; done >"$OUT/$k.audit-$a.$ext.sheet"
        elif [ -f "$sheet" ]; then cp "$sheet" "$OUT/$k.audit-$a.$ext.sheet"; fi
      done
    done
  done
  cd "$ROOT"
done
n=$(find "$OUT" -type f | wc -l)
if [ "$MODE" = save ]; then echo "saved $n files in $OUT"; exit 0; fi
# The sheets' generation time (generated_at, the workbook's created and
# modified) is the one thing that may differ between runs.
for d in before "$MODE"; do
  rm -rf "$DIR/norm-$d"; cp -r "$DIR/$d" "$DIR/norm-$d"
  find "$DIR/norm-$d" -type f -print0 |
    xargs -0 sed -i -E 's/20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z/TIMESTAMP/g'
done
if diff -r "$DIR/norm-before" "$DIR/norm-$MODE" >"$DIR/diff.txt"; then
  echo "byte-identical (generation times aside): $n files compared"
else
  echo "DIFFERENT (see $DIR/diff.txt):"; head -40 "$DIR/diff.txt"; exit 1
fi
