#!/usr/bin/env bash
# Differential check for work on `check` alone (faster than
# check_audit_outputs.sh, which also ingests twice and writes every audit
# sheet): every cluster of corpus/clusters and corpus/checkdev is ingested
# once per mode (the roles of its manifest/gold, and plain ingest, role
# auto) by BIN_A, and both binaries check a copy of the same database:
# `check --format json`, `check --format jsonl --matches`, `check --pairs`
# and the stored findings table. Prints how many outputs were compared and
# every one that differs; exit 1 when any differs.
#
#   bash bench/check_outputs_ab.sh BIN_A BIN_B
set -uo pipefail
A=$(readlink -f "${1:?claimcheck binary A}")
B=$(readlink -f "${2:?claimcheck binary B}")
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CLAIMCHECK_RULES="$ROOT/rules"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
roles() {  # roles CLUSTER_DIR -> "file role" lines (as check_audit_outputs.sh)
  if [ -f "$1/manifest.yaml" ]; then
    sed -n 's/.*{path: *\([^,]*\), *role: *\([a-z]*\)}.*/\1 \2/p' "$1/manifest.yaml"
  elif [ -f "$1/gold.yaml" ]; then
    awk '/^documents:/ {d=1; next} /^[a-z]/ {d=0} d && /- file:/ {f=$3} d && /role:/ {print f, $2}' "$1/gold.yaml"
  fi
}
run() {  # run BIN DB OUT: every output of one binary on a copy of DB
  local bin=$1 db=$2 out=$3
  mkdir -p "$out"
  cp "$db" "$out/db"
  "$bin" check --db "$out/db" --format json >"$out/json" 2>"$out/json.err"; echo "exit $?" >>"$out/json.err"
  "$bin" check --db "$out/db" --format jsonl --matches >"$out/matches" 2>"$out/matches.err"; echo "exit $?" >>"$out/matches.err"
  "$bin" check --db "$out/db" --pairs >"$out/pairs" 2>"$out/pairs.err"; echo "exit $?" >>"$out/pairs.err"
  "$bin" check --db "$out/db" >"$out/table" 2>"$out/table.err"; echo "exit $?" >>"$out/table.err"
  sed -i "s|$out/db|DB|g" "$out"/*.err  # the database's path differs between the two runs
  sqlite3 "$out/db" "select f.type, f.severity, f.message, f.score, f.reasons, f.suggestion, c.seq, c.figure, c.record from findings f join finding_claims c on c.finding = f.id order by f.id, c.seq" >"$out/stored"
  rm -f "$out/db" "$out/db-wal" "$out/db-shm"
}
compared=0 differ=0
for c in "$ROOT"/corpus/clusters/*/ "$ROOT"/corpus/checkdev/*/; do
  c=${c%/}
  name=$(basename "$(dirname "$c")")-$(basename "$c")
  rm -rf "$WORK/c"; mkdir -p "$WORK/c"; cp "$c"/*.txt "$c"/*.html "$c"/*.pdf "$WORK/c/" 2>/dev/null
  for mode in roled plain; do
    db="$WORK/$mode.db"; rm -f "$db"*
    if [ $mode = roled ]; then
      (cd "$WORK/c" && while read -r f r; do [ -f "$f" ] && "$A" ingest --db "$db" --role "$r" "$f" >/dev/null 2>&1; done < <(roles "$c"))
    else
      (cd "$WORK/c" && "$A" ingest --db "$db" . >/dev/null 2>&1)
    fi
    "$A" --version >/dev/null 2>&1
    sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null 2>&1
    rm -rf "$WORK/a" "$WORK/b"
    (cd "$WORK/c" && run "$A" "$db" "$WORK/a" && run "$B" "$db" "$WORK/b")
    for f in "$WORK"/a/*; do
      k=$(basename "$f")
      compared=$((compared + 1))
      if ! cmp -s "$f" "$WORK/b/$k"; then
        differ=$((differ + 1))
        echo "DIFFERS: $name $mode $k"
      fi
    done
  done
done
echo "compared $compared outputs; $differ differ"
[ "$differ" -eq 0 ]
