#!/usr/bin/env bash
# The breach scan's cost with 100 due clocks among 10 000 and among 1 000 000 tickets.
#
# For each size it starts a throw-away PostgreSQL (bin/lib/throwaway-postgres.sh), lets the packaged production
# jar migrate it (Flyway, with the app's own scan switched off), loads N tickets and 2N SLA clocks with
# generate_series -- exactly 100 clocks due, the rest stopped, paused or due in the future -- and measures
#   (a) EXPLAIN (ANALYZE, BUFFERS) of the claim query (custom and generic plan of the prepared statement) and
#       of claim + update, in transactions that are rolled back; it fails if sla_clocks is read by a sequential
#       scan or the claim does not use sla_clocks_next_check_idx;
#   (b) with pgbench, after a warm-up, in slices that alternate between the sizes (so that whatever else the
#       machine does hits both alike), each after a VACUUM: BEGIN; claim (LIMIT 200 FOR UPDATE SKIP LOCKED) and
#       write every claimed clock back by key with its next check moved on; ROLLBACK -- latency and tps;
#   (c) the real Java path: one production jar per size, whose own scheduled scan (every second) checks the
#       100 due clocks; the bench re-arms them, alternating between the sizes, and times each scan from the
#       instant it took as "now" (stored on the events it fired) to its commit timestamp.
# It prints a table, writes it to docs/performance.md ("Breach scan cost") and exits non-zero when the latency
# of (b) with the largest size is 2x or more that with the smallest.
#
# Usage: bench/sla-scan.sh          (builds target/quarkus-app first if it is missing)
# Knobs: SLA_BENCH_SIZES ("10000 1000000"), SLA_BENCH_SECONDS (10 per size), SLA_BENCH_SLICES (10),
#        SLA_BENCH_WARMUP (3), SLA_BENCH_JAVA_ROUNDS (15), SLA_BENCH_DOC (docs/performance.md; "none": don't
#        write), SLA_BENCH_PG_SETTINGS (extra postgres settings, name=value ...).
# Needs a JDK, curl, psql, openssl and, for (b), pgbench (a psql loop stands in when it is missing).
# Plans, raw pgbench output and logs go to target/bench/sla-scan/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=../bin/lib/service.sh
. "$here/bin/lib/service.sh"
# shellcheck source=lib/doc-section.sh
. "$here/bench/lib/doc-section.sh"

sizes="${SLA_BENCH_SIZES:-10000 1000000}"
seconds="${SLA_BENCH_SECONDS:-10}"
slices="${SLA_BENCH_SLICES:-10}"
warmup="${SLA_BENCH_WARMUP:-3}"
java_rounds="${SLA_BENCH_JAVA_ROUNDS:-15}"
doc="${SLA_BENCH_DOC:-$here/docs/performance.md}"
out="$here/target/bench/sla-scan"
jar="$here/target/quarkus-app/quarkus-run.jar"
due=100

for tool in java curl psql openssl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
for n in $sizes; do
  [ $((n % 10000)) = 0 ] || { echo "sizes must be multiples of 10000, got $n" >&2; exit 1; }
done
if [ ! -f "$jar" ]; then
  echo "building the jar (./mvnw -B package -DskipTests)"
  (cd "$here" && ./mvnw -B -q package -DskipTests)
fi
rm -rf "$out" && mkdir -p "$out"

declare -A port app_pid now lat tps slice_lat hit rd exec_ms upd_buf idx_rows java_cold java_med load_s
tmp=$(mktemp -d)
chmod 711 "$tmp"   # the servers run as nobody when this runs as root
stop_app() {
  service_stop "${app_pid[$1]:-}"
  app_pid[$1]=""
}
cleanup() {
  local n
  for n in $sizes; do stop_app "$n"; throwaway_postgres_stop "$tmp/$n"; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

local_issuer "$tmp" bench

# psql against the server of size $db
db=""
sql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${port[$db]}" -U tierdesk -d postgres "$@"; }
value() { sql -At -c "$1"; }
timestamp() { value "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"; }

# Starts the production jar against the server of size $1; $2 is tierdesk.sla.scan-every, $3 the log.
start_app() {
  local n="$1" log="$3"
  service_start "$log" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:${port[$n]}/postgres" \
    "${issuer_env[@]}" TIERDESK_CURSOR_SECRET=bench-secret \
    TIERDESK_SLA_SCAN_EVERY="$2" TIERDESK_SLA_SCAN_DELAY=1s -- -Xmx256m
  app_pid[$n]=$service_pid
  service_wait_ready 120 && return 0
  tail -20 "$log" >&2; echo "the jar did not become ready" >&2; return 1
}

# N tickets (BUG, P1, tier critical, no team, one of 100 critical solutions), each with a first-response and a
# resolution clock under the seeded "Critical -- 24x7" policy (15 min / 4 h, warnings at 75 and 90 %); every
# first response was in time. 70 % of the tickets are closed (resolution clock stopped; 5 % of all breached)
# and 10 % wait on the requester (paused): those are created evenly over the two years before t0. 20 % are in
# progress, created up to 2.5 h before t0, so their next check (the 75 % warning) is 30 min to 3 h after it.
# 100, spread evenly through the table, were created 3.2 h before t0: 80 % of their target used, the 75 %
# warning 12 to 17 min overdue -- the due clocks.
load_sql() {
  cat <<'SQL'
SET synchronous_commit = off;
-- The rows are consistent by construction; skip the per-row foreign-key triggers while loading.
SET session_replication_role = replica;
SET work_mem = '256MB';

INSERT INTO solutions (id, name, kind, maker, tier_id, support_level, lifecycle_state, created_at, updated_at)
SELECT md5('solution-' || s)::uuid, 'Benchmark solution ' || s, 'CANVAS_APP', 'maker' || s || '@example.org',
       'critical', 'PLATFORM', 'IN_PRODUCTION', :'t0'::timestamptz - interval '800 days',
       :'t0'::timestamptz - interval '800 days'
FROM generate_series(1, 100) s;

CREATE TEMP TABLE spec AS
SELECT i, md5('ticket-' || i)::uuid AS id, kind, used,
       CASE WHEN kind IN ('due', 'open') THEN :'t0'::timestamptz - make_interval(secs => used)
            ELSE :'t0'::timestamptz - interval '730 days' * ((:n - i + 1)::float8 / :n) END AS created
FROM (
  SELECT i, kind,
         -- seconds of the 4 h resolution target used at t0 by the running clocks
         CASE kind WHEN 'due' THEN 11520 + 3 * (i / (:n / 100)) WHEN 'open' THEN (i::bigint * 7919) % 9000 END AS used
  FROM (SELECT i, CASE WHEN i % (:n / 100) = :n / 200 THEN 'due'
                       WHEN i % 100 < 5 THEN 'late'
                       WHEN i % 100 < 70 THEN 'closed'
                       WHEN i % 100 < 80 THEN 'waiting'
                       ELSE 'open' END AS kind
        FROM generate_series(1, :n) i) k
) u;

CREATE TEMP TABLE res AS
SELECT id, kind, created,
       CASE kind WHEN 'late' THEN least(created + interval '5 hours', :'t0')
                 WHEN 'closed' THEN least(created + interval '2 hours', :'t0') END AS stopped,
       CASE WHEN kind = 'waiting' THEN least(created + interval '1 hour', :'t0') END AS paused,
       CASE WHEN kind <> 'waiting' THEN created + interval '4 hours' END AS due_at,
       CASE WHEN kind IN ('due', 'open') THEN created + interval '3 hours' END AS next_check
FROM spec;

INSERT INTO tickets (id, requester, solution_id, category, priority, title, status, support_level, team_id, tier_id,
                     routing_reason, due_at, breached, created_at, first_responded_at, resolved_at, closed_at,
                     version, updated_at)
SELECT s.id, 'requester' || (s.i % 5000) || '@example.org', md5('solution-' || (s.i % 100 + 1))::uuid, 'BUG', 'P1',
       'Benchmark ticket ' || s.i,
       CASE r.kind WHEN 'waiting' THEN 'WAITING_ON_REQUESTER' WHEN 'late' THEN 'CLOSED' WHEN 'closed' THEN 'CLOSED'
                   ELSE 'IN_PROGRESS' END,
       'PLATFORM', NULL, 'critical', 'A ticket about a solution in tier critical goes to the platform team.',
       CASE WHEN r.kind IN ('due', 'open') THEN r.due_at END, r.kind = 'late', s.created,
       least(s.created + interval '10 minutes', :'t0'), r.stopped, r.stopped, 1,
       coalesce(r.stopped, r.paused, least(s.created + interval '10 minutes', :'t0'))
FROM spec s JOIN res r USING (id);

INSERT INTO sla_clocks (ticket_id, metric, policy_id, policy_version, calendar_id, started_at, target_seconds,
                        excluded_seconds, paused_since, stopped_at, last_changed_at, cycle, ever_breached,
                        breached_in_cycle, fired_warnings, warning_thresholds, escalate_on_breach, due_at,
                        next_check_at)
SELECT id, 'FIRST_RESPONSE', '00000000-0000-0000-0001-000000000002'::uuid, 1,
       '00000000-0000-0000-0000-000000000247'::uuid, created, 900, 0::bigint, NULL::timestamptz,
       least(created + interval '10 minutes', :'t0'), least(created + interval '10 minutes', :'t0'), 1, false, false,
       '{}'::int[], '{75,90}'::int[], true, created + interval '15 minutes', NULL::timestamptz
FROM spec
UNION ALL
SELECT id, 'RESOLUTION', '00000000-0000-0000-0001-000000000002', 1, '00000000-0000-0000-0000-000000000247',
       created, 14400, 0, paused, stopped, coalesce(stopped, paused, created), 1, kind = 'late', kind = 'late',
       CASE WHEN kind = 'late' THEN '{75,90}'::int[] ELSE '{}' END, '{75,90}', true, due_at, next_check
FROM res;

-- The due clocks as loaded, so that the Java path can re-arm them between scans.
CREATE TABLE bench_due AS SELECT * FROM sla_clocks WHERE next_check_at <= :'t0';
SQL
}

# A transaction as the scanner runs it, minus the Java in between: claim the due clocks exactly as
# SlaClockStore.claimDue does, and write each claimed clock back by its key with its next check moved on.
scan_sql() {
  cat <<'SQL'
BEGIN;
WITH claimed AS (
  SELECT ticket_id, metric FROM sla_clocks
  WHERE next_check_at <= CAST(:now AS timestamptz)
  ORDER BY next_check_at
  LIMIT 200
  FOR UPDATE SKIP LOCKED)
UPDATE sla_clocks c
SET next_check_at = CAST(:now AS timestamptz) + interval '24 minutes', fired_warnings = '{75}',
    last_changed_at = CAST(:now AS timestamptz)
FROM claimed
WHERE c.ticket_id = claimed.ticket_id AND c.metric = claimed.metric;
ROLLBACK;
SQL
}

explain_sql() {
  cat <<'SQL'
\echo '-- claim, custom plan (the first executions of the prepared statement)'
BEGIN;
PREPARE claim(timestamptz, int) AS
  SELECT ticket_id, metric FROM sla_clocks WHERE next_check_at <= $1 ORDER BY next_check_at LIMIT $2
  FOR UPDATE SKIP LOCKED;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE claim(:'now', 200);
ROLLBACK;
\echo '-- claim, generic plan (what the plan cache may settle on for the scanner''s prepared statement)'
BEGIN;
SET LOCAL plan_cache_mode = force_generic_plan;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE claim(:'now', 200);
ROLLBACK;
DEALLOCATE claim;
\echo '-- claim and move every claimed clock on, by key'
BEGIN;
EXPLAIN (ANALYZE, BUFFERS)
WITH claimed AS (
  SELECT ticket_id, metric FROM sla_clocks WHERE next_check_at <= :'now'::timestamptz ORDER BY next_check_at
  LIMIT 200 FOR UPDATE SKIP LOCKED)
UPDATE sla_clocks c
SET next_check_at = :'now'::timestamptz + interval '24 minutes', fired_warnings = '{75}', last_changed_at = :'now'
FROM claimed
WHERE c.ticket_id = claimed.ticket_id AND c.metric = claimed.metric;
ROLLBACK;
SQL
}


median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A server per size: migrated by the jar, loaded, and the plans checked right after loading.
prepare() {
  local n="$1" t0 started counts first
  db=$n
  # shellcheck disable=SC2086 # the extra settings are words
  throwaway_postgres_start "$tmp/$n" max_wal_size=4GB autovacuum=off track_commit_timestamp=on ${SLA_BENCH_PG_SETTINGS:-}
  port[$n]=$pg_port

  echo "[$n] migrating with the production jar"
  start_app "$n" off "$out/app-migrate-$n.log"
  stop_app "$n"
  [ "$(value "SELECT count(*) FROM flyway_schema_history WHERE success")" -ge 4 ] \
    || { echo "the schema was not migrated" >&2; return 1; }

  echo "[$n] loading $n tickets and $((2 * n)) clocks"
  t0=$(timestamp)
  started=$(date +%s.%N)
  load_sql | sql -v n="$n" -v t0="$t0"
  sql -c "VACUUM ANALYZE" -c "CHECKPOINT"
  load_s[$n]=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
  counts=$(value "SELECT (SELECT count(*) FROM tickets) || ' ' || (SELECT count(*) FROM sla_clocks) || ' '
    || (SELECT count(*) FROM sla_clocks WHERE next_check_at <= now()) || ' '
    || (SELECT count(*) FROM sla_clocks WHERE next_check_at IS NOT NULL)")
  read -r c_tickets c_clocks c_due c_indexed <<<"$counts"
  [ "$c_tickets" = "$n" ] && [ "$c_clocks" = $((2 * n)) ] && [ "$c_due" = "$due" ] \
    || { echo "unexpected data: $counts" >&2; return 1; }
  idx_rows[$n]=$c_indexed
  echo "[$n] loaded in ${load_s[$n]} s: $c_tickets tickets, $c_clocks clocks, $c_indexed with a next check, $c_due due"

  now[$n]=$(timestamp)
  explain_sql | sql -v now="${now[$n]}" > "$out/explain-$n.txt"
  if grep -q "Seq Scan on sla_clocks" "$out/explain-$n.txt"; then
    cat "$out/explain-$n.txt"; echo "FAIL: sla_clocks is read by a sequential scan with N=$n" >&2; return 1
  fi
  [ "$(grep -cE "(Index Scan using|Index Only Scan using|Bitmap Index Scan on) sla_clocks_next_check_idx" \
        "$out/explain-$n.txt")" -ge 3 ] \
    || { cat "$out/explain-$n.txt"; echo "FAIL: a claim does not use sla_clocks_next_check_idx" >&2; return 1; }
  # the first plan's top node: what the claim touched, right after loading
  first=$(sed -n '/custom plan/,/generic plan/p' "$out/explain-$n.txt")
  grep -m1 LockRows <<<"$first" | grep -q "rows=$due loops=1" \
    || { echo "$first"; echo "FAIL: the claim did not lock the $due due clocks" >&2; return 1; }
  hit[$n]=$(grep -m1 "Buffers:" <<<"$first" | sed -n 's/.*hit=\([0-9]*\).*/\1/p')
  rd[$n]=$(grep -m1 "Buffers:" <<<"$first" | sed -n 's/.*read=\([0-9]*\).*/\1/p')
  exec_ms[$n]=$(grep -m1 "Execution Time:" <<<"$first" | sed -n 's/.*: \([0-9.]*\) ms/\1/p')
  # the pages claim + update touched (its top node), shared hit + read
  upd_buf[$n]=$(sed -n '/claim and move/,$p' "$out/explain-$n.txt" | grep -m1 "Buffers:" \
    | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^(hit|read)=/) { split($i, kv, "="); t += kv[2] } } END { print t + 0 }')
}

# One timed run of the scan transaction against size $db for $1 seconds; prints "latency_ms tps".
timed_run() {
  local secs="$1" file="$2"
  if [ "$bench_tool" = pgbench ]; then
    pgbench -h 127.0.0.1 -p "${port[$db]}" -U tierdesk -n -M prepared -c 1 -j 1 -T "$secs" -r \
      -D "now=${now[$db]}" -f "$tmp/scan.sql" postgres > "$file" 2>&1 || { cat "$file" >&2; return 1; }
    echo "$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$file") $(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$file")"
  else
    # a psql loop: batches of 100 transactions in one session until the time is up
    local count=0 t_start t_end end
    sed "s/:now/'${now[$db]}'/g" "$tmp/scan.sql" > "$tmp/scan-$db.sql"
    for _ in $(seq 1 100); do cat "$tmp/scan-$db.sql"; done > "$tmp/batch-$db.sql"
    t_start=$(date +%s.%N); end=$(awk -v a="$t_start" -v d="$secs" 'BEGIN { printf "%.3f", a + d }')
    while awk -v e="$end" -v t="$(date +%s.%N)" 'BEGIN { exit !(t < e) }'; do
      sql -f "$tmp/batch-$db.sql" >/dev/null; count=$((count + 100))
    done
    t_end=$(date +%s.%N)
    awk -v a="$t_start" -v b="$t_end" -v c="$count" -v f="$file" 'BEGIN {
      printf "transactions: %d in %.3f s\nlatency average = %.3f ms\ntps = %.1f\n", c, b - a, (b - a) * 1000 / c, c / (b - a) > f
      printf "%.3f %.1f\n", (b - a) * 1000 / c, c / (b - a) }'
  fi
}

# Puts the due clocks of size $db back as they were loaded, and forgets what the scans fired.
rearm() {
  sql -c "BEGIN" -c "DELETE FROM sla_clock_events" \
    -c "UPDATE sla_clocks c SET fired_warnings = d.fired_warnings, next_check_at = d.next_check_at,
          last_changed_at = d.last_changed_at
        FROM bench_due d WHERE c.ticket_id = d.ticket_id AND c.metric = d.metric" -c "COMMIT"
}

# Waits for the jar of size $db to scan the due clocks; prints the scan's milliseconds from its "now" to its
# commit, having checked that one transaction claimed all of them.
scanned_ms() {
  local ms
  for _ in $(seq 1 300); do
    [ "$(value "SELECT (SELECT count(DISTINCT (ticket_id, metric)) FROM sla_clock_events) = $due
                 AND NOT EXISTS (SELECT 1 FROM sla_clocks WHERE next_check_at <= now())")" = t ] && break
    sleep 0.1
  done
  ms=$(value "SELECT CASE WHEN count(DISTINCT c.xmin::text) = 1
                AND (SELECT count(DISTINCT (ticket_id, metric)) FROM sla_clock_events) = $due
              THEN round((extract(epoch FROM max(pg_xact_commit_timestamp(c.xmin))
                          - (SELECT min(at) FROM sla_clock_events)) * 1000)::numeric, 1) END
              FROM sla_clocks c JOIN bench_due d USING (ticket_id, metric)")
  [ -n "$ms" ] || { tail -20 "$out/app-scan-$db.log" >&2
                    echo "FAIL: the jar's scan did not check the $due due clocks in one transaction (N=$db)" >&2
                    return 1; }
  echo "$ms"
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for n in $sizes; do prepare "$n"; done
pg_version=$(value "SHOW server_version")

# (b) the repeatable timing, alternating between the sizes
scan_sql > "$tmp/scan.sql"
if command -v pgbench >/dev/null && [ "${SLA_BENCH_NO_PGBENCH:-}" != 1 ]; then
  bench_tool=pgbench; bench_desc="pgbench $(pgbench --version | awk '{ print $3 }') (1 client, -M prepared)"
else
  bench_tool=psql; bench_desc="a psql loop (batches of 100 transactions in one session)"
fi
slice=$(awk -v s="$seconds" -v k="$slices" 'BEGIN { printf "%g", s / k }')
echo "claim + update with $bench_desc: ${warmup} s warm-up, then $slices x $slice s per size, alternating"
for n in $sizes; do db=$n; timed_run "$warmup" "$out/pgbench-warmup-$n.txt" >/dev/null; done
for s in $(seq 1 "$slices"); do
  for n in $sizes; do
    db=$n
    sql -c "VACUUM sla_clocks" -c "CHECKPOINT"
    read -r l t <<<"$(timed_run "$slice" "$out/pgbench-$n-$s.txt")"
    [ -n "$t" ] || { echo "no latency measured (N=$n)" >&2; exit 1; }
    slice_lat[$n]="${slice_lat[$n]:-} $l"; tps[$n]="${tps[$n]:-} $t"
  done
done
for n in $sizes; do
  db=$n
  [ "$(value "SELECT count(*) FROM sla_clocks WHERE next_check_at <= now()")" = "$due" ] \
    || { echo "the timing changed the data (N=$n)" >&2; exit 1; }
  lat[$n]=$(tr ' ' '\n' <<<"${slice_lat[$n]}" | grep . | median)
  tps[$n]=$(tr ' ' '\n' <<<"${tps[$n]}" | grep . | median)
  echo "[$n] claim + update: median latency ${lat[$n]} ms (slices:${slice_lat[$n]}), ${tps[$n]} tps"
done

# (c) the real Java path, alternating between the sizes
echo "the jar's scan: $((java_rounds + 1)) scans of the $due due clocks per size, alternating"
declare -A times
for n in $sizes; do start_app "$n" 1s "$out/app-scan-$n.log"; done
for n in $sizes; do db=$n; java_cold[$n]=$(scanned_ms); done
for r in $(seq 1 "$java_rounds"); do
  for n in $sizes; do db=$n; rearm; times[$n]="${times[$n]:-} $(scanned_ms)"; done
done
for n in $sizes; do
  stop_app "$n"
  java_med[$n]=$(tr ' ' '\n' <<<"${times[$n]}" | grep . | median)
  echo "${java_cold[$n]}${times[$n]}" | tr ' ' '\n' > "$out/java-scan-ms-$n.txt"
  echo "[$n] the jar's scan: first ${java_cold[$n]} ms, then median ${java_med[$n]} ms (${times[$n]# })"
  cp "$tmp/$n/postgres.log" "$out/postgres-$n.log" 2>/dev/null || true
done

set -- $sizes
small=$1; large=${!#}
ratio=$(awk -v a="${lat[$large]}" -v b="${lat[$small]}" 'BEGIN { printf "%.2f", a / b }')
java_ratio=$(awk -v a="${java_med[$large]}" -v b="${java_med[$small]}" 'BEGIN { printf "%.2f", a / b }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r < 2) ? "pass" : "FAIL" }')

table() {
  echo "| tickets | clocks | clocks with a next check | claim + update, latency | tps | claim + update, buffers | claim, buffers hit / read | claim, execution | Java scan of 100 clocks, median (first) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $sizes; do
    printf '| %s | %s | %s | %.3f ms | %.0f | %s | %s / %s | %s ms | %.1f ms (%.1f ms) |\n' "$n" $((2 * n)) "${idx_rows[$n]}" \
      "${lat[$n]}" "${tps[$n]}" "${upd_buf[$n]}" "${hit[$n]:-0}" "${rd[$n]:-0}" "${exec_ms[$n]}" "${java_med[$n]}" "${java_cold[$n]}"
  done
}

echo
table
echo
echo "latency($large) / latency($small) = $ratio (must be < 2): $verdict; the Java scan's ratio is $java_ratio"

if [ "$doc" != none ]; then
  mem=$(free -h | awk '/^Mem:/ { print $2 }')
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
  java_version=$(java -version 2>&1 | head -1 | tr -d '"')
  load_end=$(cut -d' ' -f1-3 /proc/loadavg)
  {
    echo "## Breach scan cost"
    echo
    echo "The breach scan (\`SlaScanner\`) claims due SLA clocks through the partial index on"
    echo "\`sla_clocks.next_check_at\`, so its cost should follow the number of due clocks, not the number of tickets."
    echo "\`bench/sla-scan.sh\` measures it with $due due clocks among $(sed 's/ / and among /g' <<<"$sizes") tickets,"
    echo "each size in its own throw-away PostgreSQL, migrated by the production jar and loaded with \`generate_series\`:"
    echo "BUG tickets, P1, tier critical, two clocks each under the seeded *Critical -- 24x7* policy (15 min / 4 h)."
    echo "70 % are closed (5 % breached) and 10 % wait on the requester (clock paused), created evenly over two years;"
    echo "20 % are in progress with their next check 30 min to 3 h ahead; $due, spread evenly through the table, are"
    echo "due (the 75 % warning 12 to 17 min overdue). Every first response was in time. Loading $large tickets"
    echo "and $((2 * large)) clocks took ${load_s[$large]} s, VACUUM ANALYZE included."
    echo
    echo "- **claim + update** -- $bench_desc, for ${seconds} s per size in $slices slices that alternate between the"
    echo "  sizes, each after a VACUUM and a CHECKPOINT, following a ${warmup} s warm-up:"
    echo "  \`BEGIN; WITH claimed AS (<the scanner's claim query, LIMIT 200 FOR UPDATE SKIP LOCKED>) UPDATE sla_clocks"
    echo "  SET next_check_at = ... FROM claimed WHERE <primary key>; ROLLBACK\`, the database work of a scan. The"
    echo "  latency and tps are the medians of the slices."
    echo "- **buffers**, **execution** -- from \`EXPLAIN (ANALYZE, BUFFERS)\` right after loading, in transactions"
    echo "  that are rolled back: the shared buffers (hit + read) claim + update touched, and the claim's first"
    echo "  execution. The bench fails if a plan reads \`sla_clocks\` sequentially or a claim does not use"
    echo "  \`sla_clocks_next_check_idx\` (custom and generic plan of the prepared claim, and claim + update)."
    echo "- **Java scan** -- the real path: a production jar per size runs its own scheduled scan every second; it"
    echo "  claims the $due clocks, loads each, fires the 75 % warning, writes clock and event, refreshes the ticket,"
    echo "  in one transaction. The bench re-arms the clocks ${java_rounds} times, alternating between the sizes, and"
    echo "  times each scan from its \"now\" (stored on the events it fired) to its commit timestamp. Median of those"
    echo "  scans; in parentheses the first, in a cold JVM. Reported, not asserted: it is mostly Java time."
    echo
    table
    echo
    echo "**latency($large) / latency($small) = $ratio**: $verdict (the bench fails at 2 or more)."
    echo "Java scan: median($large) / median($small) = $java_ratio."
    echo
    echo "Reproduce (a few minutes; builds \`target/quarkus-app\` first if it is missing):"
    echo
    echo '```bash'
    echo "bench/sla-scan.sh"
    echo '```'
    echo
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) CPUs${cpu:+ ($cpu)}, $mem RAM, $(uname -srm),"
    echo "load average $load_start before and $load_end after the run (the sizes alternate so that other work on"
    echo "the machine weighs on both alike);"
    echo "PostgreSQL $pg_version from the embedded binaries, defaults except \`max_wal_size=4GB\`, \`autovacuum=off\`"
    echo "and \`track_commit_timestamp=on\`; $java_version. Plans, pgbench output and logs are written to"
    echo "\`target/bench/sla-scan/\`. The claim among $large tickets, first executed right after loading:"
    echo
    echo '```'
    sed -n '/custom plan/,/generic plan/p' "$out/explain-$large.txt" | sed '1,3d;$d' | grep -v -e '^$' -e '^(.* rows)$'
    echo '```'
  } > "$tmp/section.md"
  replace_doc_section "$doc" "$tmp/section.md" "Breach scan cost"
  echo "wrote $doc"
fi

[ "$verdict" = pass ]
