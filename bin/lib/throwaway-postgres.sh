# A throw-away PostgreSQL server from the embedded binaries in the local Maven repository (the version the
# pom pins), for scripts that need a real server without installing one. Source it, then:
#
#   throwaway_postgres_start DIR [postgres -c settings...]   # unpacks, initdbs and starts a server in DIR
#   ... connect to 127.0.0.1:$pg_port as user tierdesk (trust), database postgres ...
#   throwaway_postgres_stop [DIR]                            # stops it; the caller removes DIR
#   throwaway_postgres_restart                               # starts the last one again, same data and port
#
# Sets pg_ctl, pg_data, pg_port and pg_log (of the last server started; several may run at once). Runs the
# server as nobody when invoked as root, so DIR's parents must be searchable by nobody.
# Expects $here to be the repository root.

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
# A port nothing listens on, below the kernel's range for outgoing connections (32768 and up).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
}

pg_ctl=""
pg_data=""
pg_port=""
pg_log=""
pg_options=""

throwaway_postgres_start() {
  local dir="$1"; shift
  local arch txz version binaries settings=""
  case "$(uname -m)" in x86_64) arch=amd64; txz=x86_64 ;; aarch64) arch=arm64v8; txz=arm_64 ;; *) echo "unsupported arch" >&2; return 1 ;; esac
  version=$(sed -n 's:.*<postgres-binaries.version>\(.*\)</postgres-binaries.version>.*:\1:p' "$here/pom.xml")
  binaries=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-$arch/$version" -name '*.jar' 2>/dev/null | head -1)
  [ -n "$binaries" ] || { echo "PostgreSQL binaries $version not in the local Maven repository (run ./mvnw verify first)" >&2; return 1; }
  mkdir -p "$dir/pg" && (cd "$dir/pg" && unzip -q "$binaries" "postgres-linux-$txz.txz" && tar xJf "postgres-linux-$txz.txz")
  chmod -R a+rX "$dir" && chmod a+rwx "$dir"
  pg_ctl="$dir/pg/bin/pg_ctl"
  pg_data="$dir/data"
  pg_log="$dir/postgres.log"
  pg_port=$(free_port)
  for setting in "$@"; do settings="$settings -c $setting"; done
  as_pg "$dir/pg/bin/initdb" -D "$pg_data" -U tierdesk --auth=trust >/dev/null
  pg_options="-p $pg_port -k $dir -c listen_addresses=127.0.0.1$settings"
  as_pg "$pg_ctl" -D "$pg_data" -l "$pg_log" -o "$pg_options" -w start >/dev/null \
    || { tail -5 "$pg_log" >&2; return 1; }
}

throwaway_postgres_restart() {
  as_pg "$pg_ctl" -D "$pg_data" -l "$pg_log" -o "$pg_options" -w start >/dev/null \
    || { tail -5 "$pg_log" >&2; return 1; }
}

# Stops the server started in DIR, or the last one started.
throwaway_postgres_stop() {
  local ctl="$pg_ctl" data="$pg_data"
  if [ -n "${1:-}" ]; then ctl="$1/pg/bin/pg_ctl"; data="$1/data"; fi
  if [ -n "$ctl" ] && [ -x "$ctl" ] && [ -f "$data/postmaster.pid" ]; then
    as_pg "$ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
  fi
  return 0
}
