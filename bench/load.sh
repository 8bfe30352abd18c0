#!/usr/bin/env bash
# Load benchmark of the production jar on loopback, with its references measured in the same run.
#
#  1. A throw-away PostgreSQL (bin/lib/throwaway-postgres.sh), migrated by the jar, loaded with bench/generate.sql:
#     at BENCH_SCALE=1, 10 000 solutions, 1 000 000 tickets (with 1.5 M comments, 1 M history entries, 2 M SLA
#     clocks), 50 teams, 100 rotations over two years. VACUUM ANALYZE afterwards.
#  2. The jar restarted with BENCH_JAVA_OPTS (default -Xmx80m, SerialGC): startup-to-ready time and idle RSS.
#  3. One request of every scenario under auto_explain (EXPLAIN ANALYZE, BUFFERS of every statement it runs): the
#     statements per request and any sequential scan on tickets, comments, clocks or history are reported; a
#     sequential scan on tickets fails the run.
#  4. wrk with bench/wrk/requests.lua, real RS256 tokens of several subjects and roles: each scenario at 16 and 64
#     connections for BENCH_SECONDS after a warm-up, and the references: GET /ping (the HTTP ceiling), the reference
#     CRUD app of bench/reference (a Panache quickstart: GET by id, POST; built here, run with the same JVM flags
#     against the same PostgreSQL, its scenarios alternating with tierdesk's) and pgbench single-row insert and
#     primary-key select on the same PostgreSQL (the database ceiling). BENCH_ROUNDS rounds, medians reported.
#  5. A table with requests/s, p50 and p99 per scenario, the ratios to the targets, RSS before and after; written
#     to docs/performance.md ("Load benchmark") unless BENCH_DOC=none.
#
# Usage: bench/load.sh     (builds target/quarkus-app if missing; installs wrk with apt-get if missing and root)
# Knobs: BENCH_SCALE (1; 0.1 for a quick run), BENCH_SECONDS (15), BENCH_CONNECTIONS ("16 64"),
#        BENCH_WARMUP (80: 10 s per scenario, which brings the rows the scenarios read into PostgreSQL's cache),
#        BENCH_JAVA_OPTS, BENCH_POOL (20, the JDBC pool), BENCH_JAR (target/quarkus-app/quarkus-run.jar), BENCH_DOC (docs/performance.md or none),
#        BENCH_SCENARIOS (a subset of the scenarios, with BENCH_DOC=none), BENCH_ROUNDS (1: rounds of every
#        scenario, alternating tierdesk and the reference; the report takes each figure's median),
#        BENCH_JFR (set to 1: a JFR recording, settings=profile, of each tierdesk scenario's first measured run,
#        in target/bench/load/jfr-SCENARIO.jfr, summarised by bench/lib/jfr-top.py; figures of such a run are not
#        comparable: the recording costs CPU).
# Rate limits are lifted for the run: it measures capacity, not the limiter.
# Output: target/bench/load/ (plans, wrk output, logs, and statements-SCENARIO.txt: PostgreSQL's statement time per
# request of each tierdesk scenario's first measured run, from pg_stat_statements).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=../bin/lib/service.sh
. "$here/bin/lib/service.sh"
# shellcheck source=lib/doc-section.sh
. "$here/bench/lib/doc-section.sh"

scale="${BENCH_SCALE:-1}"
seconds="${BENCH_SECONDS:-15}"
warmup="${BENCH_WARMUP:-80}"
connections="${BENCH_CONNECTIONS:-16 64}"
rounds="${BENCH_ROUNDS:-1}"
java_opts="${BENCH_JAVA_OPTS:--Xmx80m -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+ExitOnOutOfMemoryError -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -XX:MetaspaceReclaimPolicy=aggressive -XX:CICompilerCount=1}"
malloc_arenas="${BENCH_MALLOC_ARENA_MAX:-2}"
pool="${BENCH_POOL:-20}"
doc="${BENCH_DOC:-$here/docs/performance.md}"
[ -z "${BENCH_SCENARIOS:-}" ] || [ "$doc" = none ] || { echo "BENCH_SCENARIOS needs BENCH_DOC=none" >&2; exit 1; }
out="$here/target/bench/load"
jar="${BENCH_JAR:-$here/target/quarkus-app/quarkus-run.jar}"
ref_jar="$here/bench/reference/target/quarkus-app/quarkus-run.jar"
service_jar="$jar"
service_poll=0.1   # the start-up time is a figure of the report

if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null 2>&1 || true; fi
for tool in java curl psql pgbench wrk openssl python3 jq; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
if [ ! -f "$jar" ]; then
  echo "building the jar (./mvnw -B package -DskipTests)"
  (cd "$here" && ./mvnw -B -q package -DskipTests)
fi
if [ ! -f "$ref_jar" ]; then
  echo "building the reference app (bench/reference)"
  (cd "$here" && ./mvnw -B -q -f bench/reference/pom.xml package -DskipTests)
fi
rm -rf "$out" && mkdir -p "$out"
n() { python3 -c "import sys; print(max(1, round(float(sys.argv[1]) * float(sys.argv[2]))))" "$1" "$scale"; }
solutions=$(n 10000); tickets=$(n 1000000); teams=50; rotations=100
[ "$tickets" -ge 20000 ] || { echo "BENCH_SCALE too small (at least 0.02)" >&2; exit 1; }

work=$(mktemp -d)
chmod 711 "$work"
app_pid=""
ref_pid=""
stop_app() { service_stop "$app_pid"; app_pid=""; }
stop_ref() { service_stop "$ref_pid"; ref_pid=""; }
cleanup() { stop_app; stop_ref; throwaway_postgres_stop; cp "$pg_log" "$out/postgres.log" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
trap 'echo "bench/load.sh: failed at line $LINENO" >&2' ERR
trap 'exit 130' INT TERM

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
throwaway_postgres_start "$work" max_wal_size=4GB shared_buffers=256MB max_connections=200 \
  shared_preload_libraries=auto_explain,pg_stat_statements auto_explain.log_analyze=on \
  auto_explain.log_buffers=on auto_explain.log_timing=off auto_explain.log_nested_statements=on
sql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U tierdesk -d postgres "$@"; }
value() { sql -At -c "$1"; }
value "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null

local_issuer "$work" bench

http_port=""
ref_port=""
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/${1:-$app_pid}/status"; }
jobs=on
start_app() { # start_app LOG JAVA-OPTS...; sets app_pid, http_port and ready_ms. Background jobs run unless jobs=off.
  local log="$1" t0 scheduler=true; shift
  [ "$jobs" = on ] || scheduler=false
  t0=$(date +%s%N)
  service_start "$log" "${issuer_env[@]}" \
    TIERDESK_CURSOR_SECRET=bench-secret TIERDESK_DB_POOL_MAX="$pool" MALLOC_ARENA_MAX="$malloc_arenas" \
    TIERDESK_RATE_LIMIT_PER_MINUTE=100000000 TIERDESK_RATE_LIMIT_INTEGRATION_PER_MINUTE=100000000 \
    TIERDESK_RATE_LIMIT_AUTOMATION_PER_MINUTE=100000000 QUARKUS_SCHEDULER_ENABLED="$scheduler" -- "$@"
  app_pid=$service_pid
  http_port=$service_port
  if service_wait_ready 120; then
    ready_ms=$(( ($(date +%s%N) - t0) / 1000000 )); return 0
  fi
  tail -20 "$log" >&2; echo "the jar did not become ready" >&2; return 1
}
start_ref() { # start_ref LOG JAVA-OPTS...: the reference app on its own database of the same server; sets ref_pid
  local log="$1"; shift
  ref_port=$(free_port)   # chosen now: a port chosen minutes earlier may have been taken by then
  # shellcheck disable=SC2086
  env -i PATH="$PATH" HOME="$HOME" QUARKUS_HTTP_PORT="$ref_port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/reference" \
    QUARKUS_DATASOURCE_USERNAME=tierdesk QUARKUS_DATASOURCE_PASSWORD=unused REFERENCE_DB_POOL_MAX="$pool" \
    MALLOC_ARENA_MAX="$malloc_arenas" java "$@" -jar "$ref_jar" > "$log" 2>&1 &
  ref_pid=$!
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$ref_port/fruits/1" >/dev/null 2>&1 && return 0
    kill -0 "$ref_pid" 2>/dev/null || { tail -20 "$log" >&2; echo "the reference exited" >&2; return 1; }
    sleep 0.1
  done
  echo "the reference did not become ready" >&2; return 1
}

# 1. schema and data
echo "migrating with the jar, then loading scale $scale: $solutions solutions, $tickets tickets"
start_app "$out/app-migrate.log" -Xmx256m
stop_app
t0=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_begin=$(date +%s)
sql -v t0="$t0" -v solutions="$solutions" -v tickets="$tickets" -v teams="$teams" -v rotations="$rotations" \
  -f "$here/bench/generate.sql"
sql -c "VACUUM ANALYZE"
load_s=$(( $(date +%s) - load_begin ))
echo "loaded in $load_s s: $(value "SELECT pg_size_pretty(pg_database_size('postgres'))")"

# 2. an instance without background jobs, so that the plans captured in step 3 are the requests' alone
jobs=off start_app "$out/app-plans.log" $java_opts

# Subjects and roles: a help-desk agent (sees every ticket), requesters (maker role, their own tickets), team
# members (maker role; their team's tickets), makers owning solutions, an admin.
tokens="$out/tokens.txt"
{
  token bench-helpdesk helpdesk                              # 1
  token bench-admin admin                                    # 2
  for u in 1 2 3 4 5 6 7 8; do token "bench-user-$u" maker; done          # 3..10: requesters
  for k in 3 4 5 6; do token "bench-agent-$k-2" maker; done                # 11..14: members of teams 3..6
  for m in 1 2 3 4 5 6 7 8; do token "bench-maker-$m" maker; done          # 15..22: makers of solutions
  token bench-agent-2-2 platform                             # 23: the platform team
} > "$tokens"
team() { value "SELECT md5('team-$1')::uuid"; }

# Request files. Tickets of requesters 1..8 (i % 20000 = u), read by their requester, the help desk, or a member
# of the ticket's team (tickets of team 3..6).
sql -At -F $'\t' -c "
  SELECT 'GET', '/api/v1/tickets/' || md5('ticket-' || i)::uuid, 2 + i % 20000 FROM generate_series(1, $tickets) i
  WHERE i % 20000 BETWEEN 1 AND 8 LIMIT 1000" > "$out/get-requester.tsv"
sql -At -F $'\t' -c "
  SELECT 'GET', '/api/v1/tickets/' || id, CASE WHEN row_number() OVER () % 2 = 0 THEN 1 ELSE 10 + (team_id = md5('team-3')::uuid)::int
    + 2 * (team_id = md5('team-4')::uuid)::int + 3 * (team_id = md5('team-5')::uuid)::int + 4 * (team_id = md5('team-6')::uuid)::int END
  FROM tickets WHERE team_id IN (md5('team-3')::uuid, md5('team-4')::uuid, md5('team-5')::uuid, md5('team-6')::uuid)
  ORDER BY md5(id::text) LIMIT 1000" > "$out/get-team.tsv"
sort -R "$out/get-requester.tsv" "$out/get-team.tsv" > "$out/get-ticket.tsv"

# Lists: a team's open tickets, soonest due first; members of teams 3..6 (maker role, visibility restricted to
# what they may see) and the help desk on the platform team (the largest queue).
: > "$out/list-first.tsv"; : > "$out/list-deep.tsv"
deep_pages=$(python3 -c "print(max(2, min(40, round(40 * $scale))))")
for spec in "3 11" "4 12" "5 13" "6 14" "2 1"; do
  set -- $spec
  tid=$(team "$1"); path="/api/v1/tickets?team_id=$tid&open=true&sort=due&limit=50"
  printf 'GET\t%s\t%s\n' "$path" "$2" >> "$out/list-first.tsv"
  tok=$(sed -n "${2}p" "$tokens"); cursor=""
  for _ in $(seq 1 "$deep_pages"); do
    next=$(curl -fsS -H "Authorization: Bearer $tok" "http://127.0.0.1:$http_port$path${cursor:+&cursor=$cursor}" | jq -r '.next_cursor // empty')
    [ -n "$next" ] || break
    cursor="$next"
  done
  [ -n "$cursor" ] && printf 'GET\t%s&cursor=%s\t%s\n' "$path" "$cursor" "$2" >> "$out/list-deep.tsv"
done

# Writes. Create: a bug about a solution of the maker (bench-maker-m owns solutions s with s % 2000 = m).
for m in 1 2 3 4 5 6 7 8; do
  for s in $(seq "$m" 2000 "$solutions" | head -20); do
    printf 'POST\t/api/v1/tickets\t%s\t{"category":"BUG","priority":"P3","title":"Bench: the form does not save","solution_id":"%s"}\n' \
      $((14 + m)) "$(value "SELECT md5('solution-$s')::uuid")"
  done
done > "$out/create-ticket.tsv"
# Comment: the help desk answers open tickets. Transition: the platform team moves its in-progress tickets
# between IN_PROGRESS and WAITING_ON_REQUESTER (each ticket in one wrk thread only, see requests.lua).
sql -At -F $'\t' -c "
  SELECT 'POST', '/api/v1/tickets/' || id || '/comments', 1, '{\"body\":\"Could you send a screenshot?\",\"visibility\":\"PUBLIC\"}'
  FROM tickets WHERE status = 'TRIAGED' ORDER BY md5(id::text) LIMIT 2000" > "$out/add-comment.tsv"
transition_file() { # written before every run: each ticket moves to the other status than the one it has now
  sql -At -F $'\t' -c "
    SELECT 'POST', '/api/v1/tickets/' || id || '/transitions', 23,
           'TOGGLE:' || CASE status WHEN 'IN_PROGRESS' THEN 'WAITING_ON_REQUESTER' ELSE 'IN_PROGRESS' END
    FROM tickets WHERE status IN ('IN_PROGRESS', 'WAITING_ON_REQUESTER') AND team_id = md5('team-2')::uuid
      AND title LIKE 'Benchmark ticket %'
    ORDER BY md5(id::text) LIMIT 4000" > "$out/transition.tsv"
}
transition_file
sql -At -F $'\t' -c "
  SELECT 'GET', '/api/v1/on-call?team_id=' || md5('team-' || k)::uuid, CASE WHEN k BETWEEN 3 AND 6 THEN 8 + k ELSE 1 END
  FROM generate_series(1, 50) k" \
  > "$out/on-call.tsv"
sql -At -F $'\t' -c "
  SELECT 'GET', '/api/v1/solutions/' || md5('solution-' || s)::uuid || '/compliance', CASE WHEN s % 2 = 0 THEN 2 ELSE 14 + s % 2000 END
  FROM generate_series(1, $solutions) s WHERE s % 2000 BETWEEN 1 AND 8 OR s % 97 = 0 ORDER BY s LIMIT 500" \
  | awk -F'\t' '$3 <= 23' > "$out/compliance.tsv"
printf 'GET\t/ping\t1\nGET\t/ping\t2\n' > "$out/ping.tsv"
# The fixed cost of an authenticated read: the tiers (one small table), by every kind of subject.
for t in 1 2 3 7 11 15 19 23; do printf 'GET\t/api/v1/tiers\t%s\n' "$t"; done > "$out/tiers.tsv"
# The reference app: GET one of its 10 000 rows by id, POST a new one (no token needed; the header is ignored).
python3 -c "import random; random.seed(1); [print(f'GET\t/fruits/{random.randint(1, 10000)}\t1') for _ in range(1000)]" \
  > "$out/ref-get.tsv"
printf 'POST\t/fruits\t1\t{"name":"Benchmark fruit"}\n%.0s' 1 2 > "$out/ref-post.tsv"

# The reference's scenarios come right before tierdesk's counterparts, so that the same noise weighs on both.
scenarios="${BENCH_SCENARIOS:-ping ref-get tiers get-ticket list-first list-deep ref-post create-ticket add-comment transition on-call compliance}"
declare -A label=(
  [ping]="GET /ping (HTTP ceiling)" [ref-get]="reference: GET by id" [ref-post]="reference: POST (1 insert)"
  [tiers]="GET /tiers (authenticated, 1 small table)" [get-ticket]="GET ticket by id" [list-first]="team's open tickets by due, first page"
  [list-deep]="same list, page $((deep_pages + 1)) (cursor)" [create-ticket]="create ticket" [add-comment]="add comment"
  [transition]="transition status" [on-call]="who is on call (team)" [compliance]="solution compliance")
for s in $scenarios; do
  [ -s "$out/$s.tsv" ] || { echo "no requests for $s" >&2; exit 1; }
done

# 3. plans: one request of each scenario under auto_explain (auto_explain.log_min_duration is off until then; it
# must not be set on the command line, which would win over ALTER SYSTEM)
curl_line() { # curl_line FILE LINE: sends that request once
  local method path tok body data=()
  IFS=$'\t' read -r method path tok body < <(sed -n "${2}p" "$1")
  body="${body#TOGGLE:}"
  case "$body" in IN_PROGRESS|WAITING_ON_REQUESTER) body="{\"to_status\":\"$body\"}" ;; esac
  [ -n "$body" ] && data=(-H 'Content-Type: application/json' --data "$body")
  curl -s -o /dev/null -w '%{http_code}' -X "$method" -H "Authorization: Bearer $(sed -n "${tok}p" "$tokens")" \
    "${data[@]}" "http://127.0.0.1:$http_port$path"
}
tierdesk_scenarios=$(tr ' ' '\n' <<<"$scenarios" | grep -v '^ref-' | tr '\n' ' ')
# Warm the caches of the first executions (and the service's caches of reference data) with the first ten requests
# of each scenario; the plans are of the eleventh, as in the steady state.
capture_line() { local n; n=$(wc -l < "$1"); echo $(( n > 10 ? 11 : n )); }
for s in $tierdesk_scenarios; do
  for i in $(seq 1 $(( $(capture_line "$out/$s.tsv") - 1 ))); do curl_line "$out/$s.tsv" "$i" >/dev/null; done
done
# Every subject has been seen, as in the steady state: a subject's first request also notes its roles.
while read -r token; do
  curl -s -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$http_port/api/v1/tiers"
done < "$tokens"
sql -c "ALTER SYSTEM SET auto_explain.log_min_duration = 0" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
: > "$out/plans.txt"
seq_fail=0
for s in $tierdesk_scenarios; do
  [ "$s" = ping ] && continue
  from=$(wc -l < "$pg_log")
  code=$(curl_line "$out/$s.tsv" "$(capture_line "$out/$s.tsv")")
  sleep 0.5
  tail -n +"$((from + 1))" "$pg_log" > "$out/plans-$s.txt"
  # The client's statements; PostgreSQL's own foreign-key checks (nested, "FOR KEY SHARE") are counted apart.
  statements=$( (grep 'Query Text:' "$out/plans-$s.txt" || true) | { grep -vc 'FOR KEY SHARE OF' || true; })
  fk_checks=$( (grep 'Query Text:' "$out/plans-$s.txt" || true) | { grep -c 'FOR KEY SHARE OF' || true; })
  seqs=$( (grep -oE 'Seq Scan on [a-z_]+' "$out/plans-$s.txt" || true) | { grep -v ' pg_' || true; } | sort | uniq -c \
    | awk '{ printf "%s%s x%s", sep, $5, $1; sep=", " }')
  printf '%s\tHTTP %s\t%s statements\t%s foreign-key checks\t%s\n' "$s" "$code" "$statements" "$fk_checks" \
    "${seqs:-no sequential scan}" | tee -a "$out/plans.txt"
  if grep -qE 'Seq Scan on tickets( |$)' "$out/plans-$s.txt"; then seq_fail=1; fi
done
sql -c "ALTER SYSTEM RESET auto_explain.log_min_duration" -c "SELECT pg_reload_conf()" >/dev/null
stop_app

# The measured instance, background jobs on as in production.
start_app "$out/app.log" $java_opts
sleep 5
idle_rss=$(rss_mb)
echo "ready in $ready_ms ms, idle RSS $idle_rss MB ($java_opts)"
# The reference, with the same flags, on its own database of the same server (its table made and filled by it).
sql -c "CREATE DATABASE reference" >/dev/null
start_ref "$out/ref.log" $java_opts
sleep 5
ref_idle_rss=$(rss_mb "$ref_pid")
# Loaded classes, idle: class metadata is most of the difference in idle RSS.
classes() { jcmd "$1" PerfCounter.print 2>/dev/null | awk -F= '/java.cls.loadedClasses=/ { l = $2 } /java.cls.unloadedClasses=/ { u = $2 }
  END { printf "%d", l - u }'; }
idle_classes=$(classes "$app_pid"); ref_idle_classes=$(classes "$ref_pid")
echo "idle: tierdesk $idle_classes classes, reference $ref_idle_classes classes"
echo "reference ready, idle RSS $ref_idle_rss MB"

# 4. load. Warm-up: every DB scenario, at 16 connections, BENCH_WARMUP seconds in total.
# CPU time (clock ticks) used so far by the service, and by the PostgreSQL server with all its backends: divided by
# the requests, what a request costs whatever else the machine is doing.
app_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
pg_ticks() {
  local postmaster
  postmaster=$(head -1 "$pg_data/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster" || true); do cat "/proc/$pid/stat" 2>/dev/null || true; done \
    | awk '{ sum += $14 + $15 } END { print sum }'
}
# What PostgreSQL spent its time on during a scenario's first measured run (pg_stat_statements, background jobs
# included): execution time per request of the scenario, by statement.
statement_profile() {
  sql -At -F $'\t' -v n="$1" <<'SQL'
SELECT round((sum(total_exec_time) / :n)::numeric, 3) || ' ms of statement execution per request, of which:'
FROM pg_stat_statements;
SELECT round((total_exec_time / :n)::numeric, 3) AS ms_per_request, round((calls::numeric / :n), 2) AS calls_per_request,
       round((100 * total_exec_time / sum(total_exec_time) OVER ())::numeric, 1) || ' %', left(regexp_replace(query, '\s+', ' ', 'g'), 160)
FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15;
SQL
}
ms_per_tick=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')
run_wrk() { # run_wrk SCENARIO CONNECTIONS SECONDS -> prints the RESULT line, with CPU ms per request
  local app0 pg0 result requests pid="$app_pid" port="$http_port"
  case "$1" in ref-*) pid="$ref_pid"; port="$ref_port" ;; esac
  [ "$1" = transition ] && transition_file
  local jfr=""
  if [ -n "${BENCH_JFR:-}" ] && [ "$pid" = "$app_pid" ] && [ "${4:-}" = record ] && [ ! -f "$out/jfr-$1.jfr" ]; then
    jfr="$out/jfr-$1.jfr"; jcmd "$pid" JFR.start name=bench settings=profile filename="$jfr" >/dev/null
  fi
  local statements=""
  if [ "$pid" = "$app_pid" ] && [ "${4:-}" = record ] && [ ! -f "$out/statements-$1.txt" ]; then
    statements="$out/statements-$1.txt"; value "SELECT pg_stat_statements_reset()" >/dev/null
  fi
  app0=$(app_ticks "$pid"); pg0=$(pg_ticks)
  result=$(wrk -t2 -c"$2" -d"$3"s --timeout 10s -s "$here/bench/wrk/requests.lua" "http://127.0.0.1:$port" \
    -- "$out/$1.tsv" "$tokens" 2 2>"$out/wrk-$1-$2.err" | tee "$out/wrk-$1-$2.txt" | grep '^RESULT')
  requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$result")
  if [ -n "$jfr" ]; then
    jcmd "$pid" JFR.stop name=bench >/dev/null
    python3 "$here/bench/lib/jfr-top.py" "$jfr" 25 "$requests" > "$out/jfr-$1.txt" 2>&1 || true
  fi
  [ -z "$statements" ] || statement_profile "$requests" > "$statements"
  awk -v r="$result" -v n="$requests" -v a=$(( $(app_ticks "$pid") - app0 )) -v p=$(( $(pg_ticks) - pg0 )) -v t="$ms_per_tick" \
    'BEGIN { printf "%s app_cpu_ms=%.3f pg_cpu_ms=%.3f\n", r, a * t / n, p * t / n }'
}
per=$(( warmup / 8 > 1 ? warmup / 8 : 2 ))
echo "warm-up: ${per} s per scenario"
for s in $scenarios; do run_wrk "$s" 16 "$per" >/dev/null; done
rss_before=$(rss_mb)
ref_rss_before=$(rss_mb "$ref_pid")

# Each round runs every scenario once, the reference's next to tierdesk's; a figure is the median of its rounds.
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A rps p50 p99 bad app_cpu pg_cpu all_rps all_p50 all_p99 all_app all_pg
for c in $connections; do
  for r in $(seq 1 "$rounds"); do
    for s in $scenarios; do
      line=$(run_wrk "$s" "$c" "$seconds" record)
      eval "$(sed -E 's/^RESULT //; s/([a-z0-9_]+)=/local_\1=/g' <<<"$line")"
      all_rps[$s,$c]+=" $(awk -v r="$local_requests" -v d="$local_duration_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')"
      all_p50[$s,$c]+=" $(awk -v v="$local_p50_us" 'BEGIN { printf "%.1f", v / 1000 }')"
      all_p99[$s,$c]+=" $(awk -v v="$local_p99_us" 'BEGIN { printf "%.1f", v / 1000 }')"
      bad[$s,$c]=$(( ${bad[$s,$c]:-0} + local_non2xx + local_socket_errors))
      all_app[$s,$c]+=" $local_app_cpu_ms"
      all_pg[$s,$c]+=" $local_pg_cpu_ms"
      printf '%-14s c=%-3s round %s %8s req/s  p50 %7s ms  p99 %7s ms  errors %s  CPU/request: service %s ms, PostgreSQL %s ms\n' \
        "$s" "$c" "$r" "${all_rps[$s,$c]##* }" "${all_p50[$s,$c]##* }" "${all_p99[$s,$c]##* }" "${bad[$s,$c]}" \
        "$local_app_cpu_ms" "$local_pg_cpu_ms"
    done
  done
  for s in $scenarios; do
    rps[$s,$c]=$(median <<<"${all_rps[$s,$c]}"); p50[$s,$c]=$(median <<<"${all_p50[$s,$c]}")
    p99[$s,$c]=$(median <<<"${all_p99[$s,$c]}"); app_cpu[$s,$c]=$(median <<<"${all_app[$s,$c]}")
    pg_cpu[$s,$c]=$(median <<<"${all_pg[$s,$c]}")
  done
done
rss_after=$(rss_mb)
peak_rss=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status")
ref_rss_after=$(rss_mb "$ref_pid")
ref_peak_rss=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$ref_pid/status")
echo "RSS after the load: tierdesk $rss_after MB (peak $peak_rss MB), reference $ref_rss_after MB (peak $ref_peak_rss MB)"
stop_app
stop_ref

# References on the same PostgreSQL: single-row insert and primary-key select, 16 clients.
sql -c "CREATE TABLE bench_ref (id bigserial PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL)"
pgbench -h 127.0.0.1 -p "$pg_port" -U tierdesk -i -s 10 -q postgres > "$out/pgbench-init.txt" 2>&1
echo "INSERT INTO bench_ref (payload, created_at) VALUES ('benchmark row', now());" > "$work/insert.sql"
printf '%s\n' '\set aid random(1, 1000000)' 'SELECT abalance FROM pgbench_accounts WHERE aid = :aid;' > "$work/select.sql"
pg_tps() { pgbench -h 127.0.0.1 -p "$pg_port" -U tierdesk -n -M prepared -c 16 -j 2 -T "$seconds" -f "$1" postgres \
  2>&1 | tee "$out/pgbench-$(basename "$1" .sql).txt" | awk '/^tps/ { printf "%.0f", $3 }'; }
pg_insert=$(pg_tps "$work/insert.sql")
pg_select=$(pg_tps "$work/select.sql")
echo "pgbench, 16 clients: insert $pg_insert tps, select by primary key $pg_select tps"
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

[ -z "${BENCH_SCENARIOS:-}" ] || exit "$seq_fail"   # a subset is not reported

# 5. report
c16=$(awk '{ print $1 }' <<<"$connections")
c64=$(awk '{ print $NF }' <<<"$connections")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", 100 * a / b }'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? v >= t : v <= t; print ok ? "met" : "missed" }'; }
# target_row LABEL VALUE TARGET OP SHOWN: one row of the targets table
target_row() { printf '| %s | %s | %s |\n' "$1" "$5" "$(verdict "$2" "$3" "$4")"; }
statements_of() { awk -F'\t' -v s="$1" '$1 == s { split($3, a, " "); print a[1] }' "$out/plans.txt"; }

report() {
  echo "| scenario | connections | requests/s | p50 | p99 | p99 / p50 | errors | service CPU per request | PostgreSQL CPU per request |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for c in $connections; do
    for s in $scenarios; do
      printf '| %s | %s | %s | %s ms | %s ms | %s | %s | %s ms | %s ms |\n' "${label[$s]}" "$c" "${rps[$s,$c]}" "${p50[$s,$c]}" \
        "${p99[$s,$c]}" "$(ratio "${p99[$s,$c]}" "${p50[$s,$c]}")" "${bad[$s,$c]}" "${app_cpu[$s,$c]}" "${pg_cpu[$s,$c]}"
    done
  done
  echo
  echo "| database ceiling, same server | value |"
  echo "|---|---:|"
  echo "| pgbench single-row insert, 16 clients | $pg_insert tps |"
  echo "| pgbench primary-key select, 16 clients | $pg_select tps |"
  echo
  local get="${rps[ref-get,$c16]:-}" post="${rps[ref-post,$c16]:-}"
  echo "| target (at $c16 connections unless said; ratios to the reference in this run) | measured | |"
  echo "|---|---:|---|"
  if [ -n "$get" ] && [ -n "$post" ]; then
    target_row "GET ticket by id ≥ 50 % of the reference's GET by id" "$(ratio "${rps[get-ticket,$c16]}" "$get")" 0.5 '>=' \
      "$(pct "${rps[get-ticket,$c16]}" "$get") (${rps[get-ticket,$c16]} vs $get req/s)"
    target_row "GET /tiers ≥ 70 % of the reference's GET by id" "$(ratio "${rps[tiers,$c16]}" "$get")" 0.7 '>=' \
      "$(pct "${rps[tiers,$c16]}" "$get") (${rps[tiers,$c16]} vs $get req/s)"
    for s in create-ticket transition add-comment; do
      target_row "${label[$s]} ≥ 33 % of the reference's POST" "$(ratio "${rps[$s,$c16]}" "$post")" 0.33 '>=' \
        "$(pct "${rps[$s,$c16]}" "$post") (${rps[$s,$c16]} vs $post req/s)"
    done
    target_row "create ticket ≥ 5 % of pgbench single-row inserts (reference POST: $(pct "$post" "$pg_insert"))" \
      "$(ratio "${rps[create-ticket,$c16]}" "$pg_insert")" 0.05 '>=' "$(pct "${rps[create-ticket,$c16]}" "$pg_insert")"
  fi
  target_row "create ticket ≤ 6 statements" "$(statements_of create-ticket)" 6 '<=' "$(statements_of create-ticket)"
  target_row "create ticket ≤ 0.5 ms of PostgreSQL CPU" "${pg_cpu[create-ticket,$c16]}" 0.5 '<=' "${pg_cpu[create-ticket,$c16]} ms"
  local worst="" worst_ratio=0 r
  for s in $scenarios; do
    case "$s" in ping|ref-*) continue ;; esac
    r=$(ratio "${p99[$s,$c64]}" "${p50[$s,$c64]}")
    if awk -v a="$r" -v b="$worst_ratio" 'BEGIN { exit !(a > b) }'; then worst_ratio=$r; worst="${label[$s]}"; fi
  done
  target_row "p99 ≤ 4 × p50 at $c64 connections, every scenario (worst shown)" "$worst_ratio" 4 '<=' "$worst_ratio × ($worst)"
  target_row "RSS under load ≤ 256 MB" "$peak_rss" 256 '<=' "$peak_rss MB (peak)"
  target_row "idle RSS within 60 MB of the reference's" "$((idle_rss - ref_idle_rss))" 60 '<=' \
    "$idle_rss vs $ref_idle_rss MB (+$((idle_rss - ref_idle_rss)) MB)"
  echo
  echo "| memory and start-up | tierdesk | reference |"
  echo "|---|---:|---:|"
  echo "| JVM options (both) | \`$java_opts\`, \`MALLOC_ARENA_MAX=$malloc_arenas\` | |"
  echo "| start-up to ready (loaded database) | $ready_ms ms | |"
  echo "| RSS idle, 5 s after ready | $idle_rss MB | $ref_idle_rss MB |"
  echo "| classes loaded, idle | $idle_classes | $ref_idle_classes |"
  echo "| RSS after warm-up, before the measured runs | $rss_before MB | $ref_rss_before MB |"
  echo "| RSS after the load | $rss_after MB (peak $peak_rss MB) | $ref_rss_after MB (peak $ref_peak_rss MB) |"
}
echo
report | tee "$out/report.md"
echo
cat "$out/plans.txt"

if [ "$doc" != none ]; then
  mem=$(free -h | awk '/^Mem:/ { print $2 }')
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
  {
    echo "## Load benchmark"
    echo
    echo "\`bench/load.sh\` (scale $scale): a throw-away PostgreSQL $(value "SHOW server_version") migrated by the production jar and"
    echo "loaded by \`bench/generate.sql\` with $solutions solutions, $tickets tickets (70 % closed, 10 % waiting, 20 % open)"
    echo "with $(value "SELECT count(*) FROM ticket_comments") comments, $(value "SELECT count(*) FROM ticket_history") history entries and $(value "SELECT count(*) FROM sla_clocks") SLA clocks, $teams teams and $rotations rotations"
    echo "over two years, in $load_s s ($(value "SELECT pg_size_pretty(pg_database_size('postgres'))")). The production jar then runs on loopback with"
    echo "\`$java_opts\`, a pool of $pool connections and JDBC batching (\`statement-batch-size=50\`). wrk (2 threads, the"
    echo "same machine) replays request files with real RS256 tokens of 23 subjects: a help-desk agent (sees every"
    echo "ticket), requesters and team members with the maker role (their own and their team's tickets: the"
    echo "visibility filter runs), makers of solutions, the platform team, an admin. Each scenario ran $seconds s per"
    echo "connection count after a ${warmup} s warm-up over all scenarios, in $rounds round(s) (medians shown); errors are non-2xx"
    echo "answers plus socket errors. The reference (\`bench/reference\`: the Panache CRUD quickstart cut to one entity, GET"
    echo "by id and POST, Quarkus $(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' "$here/pom.xml"), Jackson, no entity cache, no authentication) runs at the same time with the same"
    echo "flags against its own database on the same server; its scenarios alternate with tierdesk's. Background jobs"
    echo "(SLA scan, webhook dispatch) run in tierdesk as in production; their CPU is in tierdesk's figures."
    echo
    report
    echo
    echo "Statements per request (sent by the service; the foreign-key checks PostgreSQL runs for its inserts apart) and sequential scans, from \`auto_explain\` (EXPLAIN ANALYZE, BUFFERS of every"
    echo "statement; the plans are in \`target/bench/load/plans-*.txt\`):"
    echo
    echo '```'
    cat "$out/plans.txt"
    echo '```'
    echo
    echo "Reproduce: \`bench/load.sh\` (scale 1, about 15 minutes) or \`BENCH_SCALE=0.1 bench/load.sh\`."
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) CPUs${cpu:+ ($cpu)}, $mem RAM, $(uname -srm), with the load"
    echo "generator, PostgreSQL and the service on the same cores; load average $load_start before and $load_end after"
    echo "the run. $(java -version 2>&1 | head -1 | tr -d '"')."
  } > "$work/section.md"
  replace_doc_section "$doc" "$work/section.md" "Load benchmark"
  echo "wrote $doc"
fi
[ "$seq_fail" = 0 ] || { echo "FAIL: a scenario reads tickets sequentially (see $out/plans-*.txt)" >&2; exit 1; }
