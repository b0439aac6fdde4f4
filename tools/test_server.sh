#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests that run on both engines (tests/server_tests.py).
#
#   eval "$(tools/test_server.sh start)"   # prints: export SANGKIEN_TEST_POSTGRES=…; export PGWORK=…
#   tools/test_server.sh stop "$PGWORK"
#
# Installs Debian's postgresql package when no server binaries are found (as root), makes a
# cluster in a temporary folder with initdb (as user postgres when run as root: the server
# refuses to run as root), starts it with pg_ctl on a free local port, password login over
# TCP (scram-sha-256) so the tests can try a wrong password, and stops it and removes the
# folder on "stop". Only 127.0.0.1 is listened on.
set -euo pipefail

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
  return 1
}

as_owner() {  # runs a command as the cluster's owner
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

start() {
  local bin
  if ! bin=$(find_bin); then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing PostgreSQL (Debian package postgresql)..." >&2
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
      bin=$(find_bin)
    else
      echo "No PostgreSQL server binaries (initdb, pg_ctl); install the postgresql package." >&2
      return 1
    fi
  fi
  local work port password
  work=$(mktemp -d /tmp/sangkien-pg.XXXXXX)
  password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  echo "$password" > "$work/pw"
  [ "$(id -u)" = "0" ] && chown -R postgres "$work"
  for port in $(seq 54320 54399); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  done
  as_owner "'$bin/initdb' -D '$work/data' -U postgres --pwfile='$work/pw' -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256" >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; return 1; }
  # fsync off: a test server's data is thrown away, and the runs are much faster without it.
  as_owner "'$bin/pg_ctl' -D '$work/data' -l '$work/server.log' -w -t 60 \
    -o \"-p $port -k '$work' -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off\" start" \
    >&2 || { cat "$work/server.log" >&2; return 1; }
  echo "export PGWORK='$work'"
  echo "export PGBIN='$bin'"
  echo "export SANGKIEN_TEST_POSTGRES='postgresql://postgres:$password@127.0.0.1:$port/postgres'"
}

stop() {
  local work=${1:-${PGWORK:-}} bin
  [ -n "$work" ] && [ -d "$work" ] || return 0
  bin=$(find_bin) || return 0
  as_owner "'$bin/pg_ctl' -D '$work/data' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop PGWORK" >&2; exit 2 ;;
esac
