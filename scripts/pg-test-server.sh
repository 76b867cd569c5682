#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite, on loopback only.
#
#   eval "$(bash scripts/pg-test-server.sh start)"   # prints TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/console_test
#   bash scripts/pg-test-server.sh url               # prints the same line again while it runs
#   bash scripts/pg-test-server.sh stop              # stops it and removes its directory
#
# `start` is idempotent: a server already started from this checkout is reused. Only the TEST_DATABASE_URL line goes
# to stdout (it is meant for eval); progress and errors go to stderr. Trust authentication is safe here because the
# cluster listens on 127.0.0.1 only, has a unix socket inside its own 0700 directory, and holds nothing but test data.
#
# Environment: PG_TEST_PORT (first port to try, default 54329), PG_BIN (directory holding initdb/pg_ctl).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# One state file per checkout, so parallel worktrees get their own servers.
STATE="${TMPDIR:-/tmp}/console-pg-test-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1).state"
DB_NAME=console_test

log() { printf 'pg-test-server: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

find_bin() {
  local dir
  for dir in "${PG_BIN:-}" /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

install_postgres() {
  [ "$(id -u)" = 0 ] || die "PostgreSQL binaries not found; install postgresql-15 (or set PG_BIN)."
  log "installing PostgreSQL with apt-get (binaries not found)"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-cache policy postgresql-15 2>/dev/null | grep -q 'Candidate: [0-9]'; then apt-get update -qq >&2; fi
  # The Debian package would also create and start a system cluster; policy-rc.d 101 keeps services stopped.
  local own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
  fi
  apt-get install -y -qq postgresql-15 >&2 || apt-get install -y -qq postgresql >&2
  [ "$own_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  return 0
}

# initdb and postgres refuse to run as root, so as root everything runs as the postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

print_url() { echo "TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$1/$DB_NAME"; }

read_state() {
  [ -f "$STATE" ] || return 1
  DIR="$(sed -n 's/^dir=//p' "$STATE")"
  PORT="$(sed -n 's/^port=//p' "$STATE")"
  BIN="$(sed -n 's/^bin=//p' "$STATE")"
  [ -n "$DIR" ] && [ -n "$PORT" ] && [ -n "$BIN" ]
}

# Asks the server itself: `pg_ctl status` only checks the pid, and where PID 1 does not reap children (some
# containers) a killed postmaster lingers as a zombie that still "exists".
running() {
  read_state && [ -f "$DIR/data/postmaster.pid" ] && "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 2 >/dev/null 2>&1
}

cmd_stop() {
  if read_state; then
    local pid state
    pid="$(head -n 1 "$DIR/data/postmaster.pid" 2>/dev/null || true)"
    state="$( [ -n "$pid" ] && ps -o stat= -p "$pid" 2>/dev/null || true)"
    # A live postmaster is stopped properly; a zombie (see running) or a vanished one only needs its files removed.
    if [ -n "$state" ] && [ "${state#Z}" = "$state" ]; then
      as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
    fi
    case "$DIR" in */console-pg-test.*) rm -rf "$DIR" ;; esac
  fi
  rm -f "$STATE"
}

cmd_start() {
  if running; then
    print_url "$PORT"
    return 0
  fi
  cmd_stop # a state file from a crashed run: clean it up first
  BIN="$(find_bin)" || { install_postgres; BIN="$(find_bin)" || die "PostgreSQL binaries still missing after install"; }

  DIR="$(mktemp -d "${TMPDIR:-/tmp}/console-pg-test.XXXXXX")"
  [ "$(id -u)" = 0 ] && { as_owner true; chown postgres: "$DIR"; }
  # -N skips fsync during initdb: this cluster is disposable.
  as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 -N >/dev/null ||
    as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --no-locale -N >/dev/null ||
    { rm -rf "$DIR"; die "initdb failed"; }
  # Loopback-only trust for the test cluster; no other entries.
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$DIR/data/pg_hba.conf"

  PORT="${PG_TEST_PORT:-54329}"
  local tries=0
  while :; do
    while port_busy "$PORT"; do PORT=$((PORT + 1)); done
    if as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 20 -o \
      "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off \
       -c full_page_writes=off -c max_connections=100 -c shared_buffers=32MB" start >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    # Another process may have taken the port between the probe and the bind; try the next one a few times.
    [ "$tries" -lt 5 ] || { tail -n 20 "$DIR/server.log" >&2 || true; rm -rf "$DIR"; die "postgres did not start"; }
    PORT=$((PORT + 1))
  done
  printf 'dir=%s\nport=%s\nbin=%s\n' "$DIR" "$PORT" "$BIN" >"$STATE"

  as_owner "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE $DB_NAME" >/dev/null || { cmd_stop; die "could not create database $DB_NAME"; }
  log "started PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data in $DIR)"
  print_url "$PORT"
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
url) if running; then print_url "$PORT"; else die "not running"; fi ;;
*) die "usage: $0 start|stop|url" ;;
esac
