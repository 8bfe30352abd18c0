#!/usr/bin/env bash
# The plans of ticket search (GET /tickets?q=) at a million tickets, as in docs/performance.md.
#
# A throw-away PostgreSQL (bin/lib/throwaway-postgres.sh) migrated up to V19 from the migration files, loaded
# with bench/generate.sql at scale 1 (1 000 000 tickets, 1.5 M comments), then migrated with V22 (which adds the
# search document to the loaded tickets, as in an existing deployment: its time is reported), VACUUM ANALYZE, and
# EXPLAIN (ANALYZE, BUFFERS) of the list statement Hibernate sends for a search, for several callers and words.
# Takes 10 to 40 minutes, most of it loading and V22. Output: markdown on stdout; the server is stopped at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=../bin/lib/throwaway-postgres.sh
. "$here/bin/lib/throwaway-postgres.sh"
dir=$(mktemp -d)
trap 'throwaway_postgres_stop "$dir"; rm -rf "$dir"' EXIT
throwaway_postgres_start "$dir" shared_buffers=256MB work_mem=64MB maintenance_work_mem=512MB
sql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U tierdesk -d postgres "$@"; }
migrations="$here/src/main/resources/db/migration"
for f in $(find "$migrations" -name 'V*.sql' -printf '%f\n' | sort -t V -k2 -n); do
  [ "${f%%__*}" = V22 ] && break
  sql -f "$migrations/$f" >/dev/null
done
start=$(date +%s)
sql -v t0="$(date -u +%Y-%m-%dT%H:%M:%SZ)" -v solutions=10000 -v tickets=1000000 -v teams=50 -v rotations=100 \
  -f "$here/bench/generate.sql" >/dev/null
echo "Loaded in $(( $(date +%s) - start )) s."
start=$(date +%s)
sql -f "$migrations"/V22__*.sql >/dev/null
echo "V22 on the loaded database in $(( $(date +%s) - start )) s."
sql -c "VACUUM ANALYZE" >/dev/null
echo

q() { psql -X -h 127.0.0.1 -p "$pg_port" -U tierdesk -d postgres -At "$@"; }
match() { echo "cast((t1_0.search_vector @@ (websearch_to_tsquery('english', '$1') || websearch_to_tsquery('spanish', '$1'))) as boolean)"; }
plan() { # LABEL MATCH [MORE-CONDITIONS]
  echo "#### $1"; echo; echo '```'
  q -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT t1_0.id, t1_0.title, t1_0.status, t1_0.created_at
FROM tickets t1_0 WHERE 1=1 AND ($2) ${3:-} ORDER BY t1_0.created_at DESC, t1_0.id DESC FETCH FIRST 51 ROWS ONLY"
  echo '```'; echo
}
one=$(q -c "SELECT id FROM tickets WHERE title = 'Benchmark ticket 123457'")
plan "Help desk, a rare word (one ticket's number): q=123457" "$(match 123457)"
plan "Help desk, two words, about 100 matches: q=solution 4242" "$(match 'solution 4242')"
plan "Help desk, a word in every ticket: q=expected" "$(match expected)"
plan "Help desk, a ticket's id (the text match OR the id list)" "$(match "$one") OR t1_0.id IN ('$one')"
plan "Requester (50 tickets), a word in every ticket: q=expected" "$(match expected)" "AND (t1_0.requester = 'bench-user-42')"
plan "Requester, another's ticket number: q=123457" "$(match 123457)" "AND (t1_0.requester = 'bench-user-42')"
plan "Help desk, about 100 matches, a later page (keyset)" "$(match 'solution 4242')" \
  "AND (t1_0.created_at, t1_0.id) < (now() - interval '300 days', 'ffffffff-ffff-ffff-ffff-ffffffffffff')"
