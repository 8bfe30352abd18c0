# The packaged service for the scripts: started in a clean environment against a throw-away PostgreSQL, waited
# for until ready, stopped. Source it (it sources throwaway-postgres.sh), then:
#
#   local_issuer DIR NAME      # an RSA signing key in DIR; sets issuer (https://login.example.org/NAME),
#                              # issuer_key, public_key and issuer_env (the service's settings to trust that key)
#   token SUBJECT ROLE...      # a token of that issuer (bin/token; TOKEN_AUDIENCE etc. pass through)
#   service_start LOG [VAR=VALUE...] [-- JAVA_OPTION...]
#                              # starts the jar on a free port, logging to LOG; sets service_pid, service_port
#                              # and service_url. Database: the last throw-away server ($pg_port) unless a VAR
#                              # says otherwise; later settings win over the defaults.
#   service_wait_ready [SECONDS [PID [URL]]]
#                              # 0 once URL/q/health/ready answers 200, 1 when the process exited or SECONDS
#                              # (default 120) ran out; PID and URL default to the last service started
#   service_ready_or_fail LOG [SECONDS]   # the same for the last service, or the log's tail and exit 1
#   service_stop [PID]         # SIGTERM, up to 30 s for a graceful shutdown, then SIGKILL; an empty PID: nothing
#   service_kill [PID]         # SIGKILL, as a crash
#   service_command [VAR=VALUE...] [-- JAVA_OPTION...]
#                              # only builds the command line into the array service_cmd, to run it otherwise
#
# Knobs: SERVICE_JAR (default target/quarkus-app/quarkus-run.jar), SERVICE_JAVA_OPTS (default -Xmx96m, the
# production heap; JAVA_OPTIONs given after -- come later and win), service_poll (seconds between readiness
# polls, default 0.5). Expects $here to be the repository root. Needs java, curl, openssl.

# shellcheck source=throwaway-postgres.sh
. "$here/bin/lib/throwaway-postgres.sh"

service_jar="${SERVICE_JAR:-$here/target/quarkus-app/quarkus-run.jar}"
service_poll=0.5
service_pid=""
service_port=""
service_url=""
service_cmd=()
issuer=""
issuer_key=""
public_key=""
issuer_env=()

service_require_jar() {
  [ -f "$service_jar" ] || { echo "missing $service_jar: run ./mvnw package first" >&2; exit 1; }
}

local_issuer() {
  issuer_key="$1/issuer.pem"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$issuer_key" 2>/dev/null
  public_key=$(openssl pkey -in "$issuer_key" -pubout | grep -v -- ----- | tr -d '\n')
  issuer="https://login.example.org/$2"
  issuer_env=(QUARKUS_OIDC_PUBLIC_KEY="$public_key" QUARKUS_OIDC_TOKEN_ISSUER="$issuer"
    QUARKUS_OIDC_TOKEN_AUDIENCE=tierdesk-api)
}

token() { TOKEN_SIGNING_KEY="$issuer_key" TOKEN_ISSUER="$issuer" "$here/bin/token" "$@"; }

service_command() {
  local settings=() java_options=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do settings+=("$1"); shift; done
  [ "${1:-}" != -- ] || { shift; java_options=("$@"); }
  # shellcheck disable=SC2206 # SERVICE_JAVA_OPTS is a list of options
  service_cmd=(env -i PATH="$PATH" HOME="$HOME" QUARKUS_MANAGEMENT_PORT=0
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:${pg_port:-5432}/postgres"
    QUARKUS_DATASOURCE_USERNAME=tierdesk QUARKUS_DATASOURCE_PASSWORD=unused
    "${settings[@]}" java ${SERVICE_JAVA_OPTS:--Xmx96m} "${java_options[@]}" -jar "$service_jar")
}

service_start() {
  local log="$1"; shift
  service_require_jar
  service_port=$(free_port)
  service_url="http://127.0.0.1:$service_port"
  service_command QUARKUS_HTTP_PORT="$service_port" "$@"
  "${service_cmd[@]}" >> "$log" 2>&1 &
  service_pid=$!
}

service_wait_ready() {
  local seconds="${1:-120}" pid="${2:-$service_pid}" url="${3:-$service_url}" deadline
  deadline=$(( $(date +%s) + seconds ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    curl -fs -m 5 "$url/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep "$service_poll"
  done
  curl -fs -m 5 "$url/q/health/ready" >/dev/null 2>&1
}

service_ready_or_fail() {
  service_wait_ready "${2:-120}" && return 0
  tail -20 "$1" >&2
  if kill -0 "$service_pid" 2>/dev/null; then echo "FAIL: the service was not ready" >&2; else echo "FAIL: the jar exited" >&2; fi
  exit 1
}

service_stop() {
  local pid="${1-$service_pid}" _
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ "$pid" != "$service_pid" ] || service_pid=""
}

service_kill() {
  local pid="${1-$service_pid}"
  [ -n "$pid" ] || return 0
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ "$pid" != "$service_pid" ] || service_pid=""
}
