#!/usr/bin/env bash
# Measures the local start as a newcomer meets it, from a fresh clone of the committed tree:
#   1. the README's run command (./mvnw -Plocal quarkus:dev) until its first authenticated 200;
#   2. a live reload: a one-line change to a resource, then the time until the next authenticated 200;
#   3. the command stopped and run again in the same clone, after those changes (a cold start of both JVMs,
#      nothing recompiled);
# and the resident memory of every process involved (Maven, the dev JVM, PostgreSQL), at its peak.
#
# Usage: bench/local-start.sh [--reloads N] [--write]
#   --write   rewrites the "Measured start" section of docs/local-development.md with the figures.
# It measures the committed tree (HEAD), not uncommitted changes.
# Needs the Maven repository populated (run ./mvnw -Plocal quarkus:dev, or bin/run-local, once).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib/doc-section.sh"

reloads=3
write=false
while [ $# -gt 0 ]; do
  case "$1" in
    --reloads) reloads="$2"; shift 2 ;;
    --write) write=true; shift ;;
    *) echo "usage: $0 [--reloads N] [--write]" >&2; exit 2 ;;
  esac
done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.1f}')"; }

work="$(mktemp -d /tmp/tierdesk-start.XXXXXX)"
chmod a+rx "$work"   # the embedded PostgreSQL runs as nobody when started by root
clone="$work/tierdesk"
git clone -q "$here" "$clone"
port=$(free_port)
token=$("$here/bin/token" bench-newcomer maker)
peak_kb=0
peak_split="0 0 0 0"
dev_pid=""
run=0

# The processes of the local run: the session of the command (Maven and the dev JVM it forks) plus the embedded
# PostgreSQL server and its backends (pg_ctl starts them in a session of their own).
run_pids() {
  local postmaster
  ps -e -o sid=,pid= | awk -v sid="$1" '$1 == sid { print $2 }'
  postmaster=$(head -1 "$clone/.tierdesk/postgres/postmaster.pid" 2>/dev/null || true)
  if [[ "$postmaster" =~ ^[0-9]+$ ]] && kill -0 "$postmaster" 2>/dev/null; then
    echo "$postmaster"; ps -o pid= --ppid "$postmaster"
  fi
}

# Resident memory of the run, in kB: "total maven dev-jvm postgres".
run_rss() {
  local pid cmd rss maven=0 dev=0 pg=0 other=0
  for pid in $(run_pids "$1"); do
    rss=$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' '); [ -n "$rss" ] || continue
    cmd=$(cat "/proc/$pid/cmdline" 2>/dev/null | tr '\0' ' ' || true)
    case "$cmd" in
      *plexus-classworlds*) maven=$((maven + rss)) ;;
      *java*) dev=$((dev + rss)) ;;
      *postgres*) pg=$((pg + rss)) ;;
      *) other=$((other + rss)) ;;
    esac
  done
  echo "$((maven + dev + pg + other)) $maven $dev $pg"
}

# CPU seconds (user + system) the run's processes have used so far, children they reaped included.
run_cpu() {
  local pid total=0 ticks
  ticks=$(getconf CLK_TCK)
  for pid in $(run_pids "$1"); do
    total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  python3 -c "print(f'{$total / $ticks:.0f}')"
}

stop_dev() {
  if [ -n "$dev_pid" ] && kill -0 "$dev_pid" 2>/dev/null; then
    kill -TERM -- "-$dev_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$dev_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$dev_pid" 2>/dev/null || true
  fi
  # The embedded server stops with the JVM; make sure of it before the clone goes.
  local postmaster
  postmaster=$(head -1 "$clone/.tierdesk/postgres/postmaster.pid" 2>/dev/null || true)
  if [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null; then
    kill -INT "$postmaster" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.5; done
  fi
  dev_pid=""
}
trap 'stop_dev; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

# Polls the first authenticated call until it answers 200, tracking the session's peak memory.
wait_for_200() {
  local status
  for _ in $(seq 1 1200); do
    status=$(curl -s -o /dev/null -m 60 -w '%{http_code}' -H "Authorization: Bearer $token" \
      "http://localhost:$port/api/v1/tiers" || true)
    local rss; rss=$(run_rss "$dev_pid")
    if [ "${rss%% *}" -gt "$peak_kb" ]; then peak_kb=${rss%% *}; peak_split=$rss; fi
    [ "$status" = 200 ] && return 0
    kill -0 "$dev_pid" 2>/dev/null || { echo "dev mode exited:" >&2; tail -30 "$work/dev-$run.log" >&2; return 1; }
    sleep 0.5
  done
  echo "no 200 after 10 minutes" >&2
  return 1
}

start_dev() {
  run=$((run + 1))
  (cd "$clone" && exec setsid ./mvnw -B -Plocal quarkus:dev -Dquarkus.http.port="$port" -Ddebug=false \
    -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
    >"$work/dev-$run.log" 2>&1 </dev/null) &
  dev_pid=$!
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
t0=$(now); start_dev; wait_for_200; first_call=$(elapsed "$t0" "$(now)")
first_cpu=$(run_cpu "$dev_pid")
echo "first authenticated 200 after ${first_call} s (${first_cpu} CPU seconds)"
sleep 5
idle_split=$(run_rss "$dev_pid")

resource="$clone/src/main/java/io/tierdesk/tier/TierResource.java"
reload_times=()
for i in $(seq 1 "$reloads"); do
  echo "// one-line change $i" >>"$resource"
  t0=$(now); wait_for_200; reload_times+=("$(elapsed "$t0" "$(now)")")
  echo "live reload $i: ${reload_times[-1]} s"
done
stop_dev

t0=$(now); start_dev; wait_for_200; second_start=$(elapsed "$t0" "$(now)")
second_cpu=$(run_cpu "$dev_pid")
echo "second start: ${second_start} s (${second_cpu} CPU seconds)"
stop_dev
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

reload_median=$(printf '%s\n' "${reload_times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
mb() { echo $(($1 / 1024)); }
read -r peak maven_peak dev_peak pg_peak <<<"$peak_split"
read -r idle maven_idle dev_idle pg_idle <<<"$idle_split"
echo "memory, peak: $(mb "$peak") MB (Maven $(mb "$maven_peak"), dev JVM $(mb "$dev_peak"), PostgreSQL $(mb "$pg_peak"))"
echo "memory, idle after the first call: $(mb "$idle") MB (Maven $(mb "$maven_idle"), dev JVM $(mb "$dev_idle"), PostgreSQL $(mb "$pg_idle"))"

if $write; then
  section="$work/section.md"
  cat >"$section" <<EOF
## Measured start

Measured by \`bench/local-start.sh --write\` on $(date -u +%Y-%m-%d) ($(nproc) cores, JDK $(java -version 2>&1 | head -1 | cut -d'"' -f2),
load average before ${load_before}, after ${load_after}), from a fresh
clone with the Maven repository already populated:

| what | figure |
|---|---|
| \`./mvnw -Plocal quarkus:dev\` to the first authenticated 200 | ${first_call} s (${first_cpu} CPU seconds) |
| restart after a one-line change: dev mode recompiles the file and restarts the application in place (\`Restarting quarkus due to changes in ...\`), to the next 200 (median of ${reloads}: ${reload_times[*]}) | ${reload_median} s |
| the command stopped and run again after those changes (cold JVMs, nothing recompiled) | ${second_start} s (${second_cpu} CPU seconds) |
| memory, all processes, peak RSS | $(mb "$peak") MB (Maven $(mb "$maven_peak"), dev JVM $(mb "$dev_peak"), PostgreSQL $(mb "$pg_peak")) |
| memory, all processes, idle after the first call | $(mb "$idle") MB (Maven $(mb "$maven_idle"), dev JVM $(mb "$dev_idle"), PostgreSQL $(mb "$pg_idle")) |

RSS counts shared pages once per process, so the sum overstates the real footprint a little. CPU seconds are
the user plus system time of those processes: unlike wall time they hardly depend on how busy the machine is.
On an idle two-core machine the wall time lies between half of them (both cores busy) and all of them (one).
EOF
  replace_doc_section "$here/docs/local-development.md" "$section" "Measured start"
  echo "wrote docs/local-development.md"
fi
