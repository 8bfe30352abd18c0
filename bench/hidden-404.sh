#!/usr/bin/env bash
# Does a 404 tell an existing-but-hidden object from a missing one by its response time? Starts the production jar
# on a throw-away PostgreSQL, has one maker raise a ticket and register a solution, and lets another maker ask for
# them (hidden: 404) and for random ids (missing: 404). wrk, one connection, alternates the cases in rounds so that
# other work on the machine weighs on both alike; reports the median of the rounds' p50 latencies per case and
# their difference. Fails when a hidden object's median differs from a missing one's by more than
# BENCH_TOLERANCE_PCT percent (default 10) and BENCH_TOLERANCE_US microseconds (default 50) at once.
# Usage: bench/hidden-404.sh     Knobs: BENCH_ROUNDS (7), BENCH_SECONDS (5 per case and round), BENCH_WARMUP (10 s
#        per case before the rounds), BENCH_JAR (another build's jar, e.g. to see the difference before a change).
# Output: target/bench/hidden-404/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=../bin/lib/service.sh
. "$here/bin/lib/service.sh"
rounds="${BENCH_ROUNDS:-7}"
warmup="${BENCH_WARMUP:-10}"
seconds="${BENCH_SECONDS:-5}"
tolerance_pct="${BENCH_TOLERANCE_PCT:-10}"
tolerance_us="${BENCH_TOLERANCE_US:-50}"
jar="${BENCH_JAR:-$service_jar}"
service_jar="$jar"
out="$here/target/bench/hidden-404"
if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null 2>&1 || true; fi
for tool in java curl wrk jq openssl; do command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done
[ -f "$jar" ] || (cd "$here" && ./mvnw -B -q package -DskipTests)
rm -rf "$out" && mkdir -p "$out"

work=$(mktemp -d)
chmod 711 "$work"
cleanup() { service_stop; throwaway_postgres_stop; rm -rf "$work"; }
trap cleanup EXIT
throwaway_postgres_start "$work"

local_issuer "$work" hidden-404
service_start "$out/app.log" "${issuer_env[@]}" TIERDESK_CURSOR_SECRET=bench TIERDESK_RATE_LIMIT_PER_MINUTE=100000000 \
  -- -Xmx128m
service_ready_or_fail "$out/app.log"
port=$service_port
api="http://127.0.0.1:$port/api/v1"
owner=$(token bench-owner maker)
other=$(token bench-other maker)
post() { curl -fsS -H "Authorization: Bearer $owner" -H 'Content-Type: application/json' -d "$2" "$api$1" | jq -er .id; }
solution=$(post /solutions '{"name":"Hidden app","kind":"CANVAS_APP"}')
ticket=$(post /tickets "{\"category\":\"BUG\",\"title\":\"Hidden ticket\",\"solution_id\":\"$solution\"}")

declare -A paths=(
  [ticket-hidden]="/tickets/$ticket" [ticket-missing]="/tickets/$(cat /proc/sys/kernel/random/uuid)"
  [solution-hidden]="/solutions/$solution" [solution-missing]="/solutions/$(cat /proc/sys/kernel/random/uuid)"
)
cases=(ticket-hidden ticket-missing solution-hidden solution-missing)
for c in "${cases[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $other" "$api${paths[$c]}")
  [ "$code" = 404 ] || { echo "FAIL: $c answered $code, not 404" >&2; exit 1; }
  wrk -t1 -c1 -d"${warmup}s" -H "Authorization: Bearer $other" "$api${paths[$c]}" >/dev/null   # JIT warm-up
done

p50_us() { # wrk --latency output -> p50 in microseconds
  awk '$1 == "50%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); print v } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v * 1000 } else { sub(/s$/, "", v); print v * 1000000 } }'
}
declare -A samples
for round in $(seq 1 "$rounds"); do
  for c in "${cases[@]}"; do
    wrk -t1 -c1 -d"${seconds}s" --latency -H "Authorization: Bearer $other" "$api${paths[$c]}" > "$out/$c-$round.txt"
    samples[$c]="${samples[$c]:-} $(p50_us < "$out/$c-$round.txt")"
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
failed=0
echo "| resource | hidden p50 (µs) | missing p50 (µs) | difference | verdict |"
echo "|---|---:|---:|---:|---|"
for resource in ticket solution; do
  hidden=$(median <<<"${samples[$resource-hidden]}")
  missing=$(median <<<"${samples[$resource-missing]}")
  verdict=$(awk -v hidden="$hidden" -v missing="$missing" -v pct="$tolerance_pct" -v us="$tolerance_us" 'BEGIN {
    diff = hidden - missing; size = diff < 0 ? -diff : diff
    bad = size > us && size > missing * pct / 100
    printf "%+.0f µs (%+.1f %%)|%s\n", diff, diff / missing * 100, bad ? "FAIL" : "same" }')
  echo "| $resource | $hidden | $missing | ${verdict%|*} | ${verdict#*|} |"
  [ "${verdict#*|}" = same ] || failed=1
done
echo
echo "$rounds rounds of ${seconds} s per case, one connection; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)."
[ "$failed" = 0 ] || { echo "FAIL: a hidden object's 404 is told apart by its timing" >&2; exit 1; }
