#!/usr/bin/env bash
# make demo: ingests the bundled corpus (three clusters of a report and the
# articles that cite it), runs the checker over everything, and writes the
# claim audit sheet of one article in every format, printing the Markdown one.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/claimcheck}
OUT=out/demo
rm -rf "$OUT"
mkdir -p "$OUT"
DB=$OUT/claims.db

say() { printf '\n== %s\n' "$*"; }

say "ingest: corpus/clusters/* into $DB"
for cluster in corpus/clusters/*/; do
  # manifest.yaml lists each document with its role (source or article).
  while read -r path role; do
    "$BIN" ingest --db "$DB" --role "$role" "$cluster$path"
  done < <(sed -n 's/.*{path: *\([^,]*\), *role: *\([a-z]*\)}.*/\1 \2/p' "$cluster/manifest.yaml")
done
"$BIN" ingest --db "$DB" --role article corpus/seed/cep-facebook-article.txt

say "claims: $(sqlite3 "$DB" 'select count(*) from figures') figures in $(sqlite3 "$DB" 'select count(*) from documents') documents"

say "check: where the sources disagree"
set +e
"$BIN" check --db "$DB" --format table
echo "(check exit status $?: 1 means warnings or errors were found)"
set -e

ARTICLE=corpus/clusters/cep-facebook/daily-ledger.txt
SOURCE=corpus/clusters/cep-facebook/report.txt
say "audit: $ARTICLE against $SOURCE"
say "review: an editor marks the 69-countries row incorrect (claimcheck review)"
"$BIN" review "$ARTICLE" --db "$DB"
ROW=$("$BIN" review "$ARTICLE" --db "$DB" | awk '$6 == "69" {print $2; exit}')
"$BIN" review "$ARTICLE" "$ROW" --db "$DB" --verdict incorrect --by JM --correction "96 countries"
for ext in csv md html xlsx json; do
  "$BIN" audit "$ARTICLE" --sources "$SOURCE" --db "$DB" -o "$OUT/audit.$ext" || [ $? -eq 1 ]
done
# ClaimReview: one per reviewed claim, published under the desk's name and address.
"$BIN" audit "$ARTICLE" --sources "$SOURCE" --db "$DB" -o "$OUT/audit.jsonld" \
  --org "Example Fact Desk" --url https://factdesk.example.org/checks/cep-facebook || [ $? -eq 1 ]
ls -l "$OUT"
say "the audit sheet ($OUT/audit.md)"
cat "$OUT/audit.md"
