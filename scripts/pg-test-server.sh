#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite (TEST_DATABASE_URL), bound to 127.0.0.1 only.
#
#   scripts/pg-test-server.sh start    # prints the TEST_DATABASE_URL on stdout (everything else goes to stderr)
#   scripts/pg-test-server.sh stop
#   scripts/pg-test-server.sh status
#
# Idempotent: start reuses a running or existing cluster, stop is a no-op when it is not running.
# Installs PostgreSQL from Debian when no /usr/lib/postgresql/*/bin/initdb is found (needs root).
# The cluster trades durability for speed (fsync off): it holds nothing but test databases.
#
# Environment: USEIT_PG_DIR (default /tmp/useit-pg), USEIT_PG_PORT (default 54329).
set -euo pipefail

root_dir="${USEIT_PG_DIR:-/tmp/useit-pg}"
port="${USEIT_PG_PORT:-54329}"
data_dir="$root_dir/data"
socket_dir="$root_dir/socket"
log_file="$root_dir/postgres.log"
url="postgres://useit:useit@127.0.0.1:$port/postgres"

say() { printf 'pg-test-server: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

find_bin_dir() {
  local initdb
  initdb="$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$initdb" ]] && dirname "$initdb"
}

install_postgres() {
  [[ "$(id -u)" -eq 0 ]] || die "PostgreSQL is not installed and this is not root: apt-get install -y postgresql"
  say "installing PostgreSQL from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2 </dev/null
}

# Runs a command as the cluster's owner: postgres when we are root, otherwise ourselves.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin_dir=""
resolve_bin_dir() {
  bin_dir="$(find_bin_dir || true)"
  if [[ -z "$bin_dir" ]]; then
    install_postgres
    bin_dir="$(find_bin_dir || true)"
    [[ -n "$bin_dir" ]] || die "initdb still not found under /usr/lib/postgresql/*/bin after installing"
  fi
}

is_running() {
  [[ -f "$data_dir/PG_VERSION" ]] && as_owner "$bin_dir/pg_ctl" -D "$data_dir" status >/dev/null 2>&1
}

init_cluster() {
  mkdir -p "$root_dir"
  if [[ "$(id -u)" -eq 0 ]]; then chown postgres:postgres "$root_dir"; fi
  chmod 700 "$root_dir"
  as_owner mkdir -p "$socket_dir"
  if [[ -f "$data_dir/PG_VERSION" ]]; then return; fi
  say "initdb into $data_dir"
  if ! as_owner "$bin_dir/initdb" -D "$data_dir" -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
    --auth-local=trust --auth-host=scram-sha-256 >"$root_dir/initdb.log" 2>&1; then
    cat "$root_dir/initdb.log" >&2
    die "initdb failed"
  fi
  as_owner tee -a "$data_dir/postgresql.conf" >/dev/null <<EOF
# --- scripts/pg-test-server.sh: a test-only server ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$socket_dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

ensure_role() {
  as_owner "$bin_dir/psql" -h "$socket_dir" -p "$port" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 >&2 <<'SQL'
do $$
begin
  if not exists (select from pg_roles where rolname = 'useit') then
    create role useit login createdb password 'useit';
  else
    alter role useit login createdb password 'useit';
  end if;
end
$$;
-- lets a test file's teardown end its own database's stray connections (drop database ... with (force))
grant pg_signal_backend to useit;
SQL
}

start() {
  resolve_bin_dir
  init_cluster
  if is_running; then
    say "already running on 127.0.0.1:$port"
  else
    say "starting $("$bin_dir/postgres" --version) on 127.0.0.1:$port (log: $log_file)"
    if ! as_owner "$bin_dir/pg_ctl" -D "$data_dir" -l "$log_file" -w -t 60 start >&2; then
      tail -n 20 "$log_file" >&2 || true
      die "PostgreSQL did not start (is port $port taken?)"
    fi
  fi
  ensure_role
  printf '%s\n' "$url"
}

stop() {
  bin_dir="$(find_bin_dir || true)"
  if [[ -z "$bin_dir" ]] || ! is_running; then
    say "not running"
    return
  fi
  as_owner "$bin_dir/pg_ctl" -D "$data_dir" -m fast -w -t 60 stop >&2
}

status() {
  bin_dir="$(find_bin_dir || true)"
  if [[ -n "$bin_dir" ]] && is_running; then
    say "running on 127.0.0.1:$port"
    printf '%s\n' "$url"
  else
    say "not running"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
