# Sourced by the drills (crash-drill.sh, two-node-drill.sh): the PostgreSQL database they run on.
#   - by default a throwaway server of its own under target/<name>-pg (the PostgreSQL server programs, e.g. Debian's
#     "postgresql" package; as root it runs them as the user "postgres"), on DRILL_DB_PORT (the caller's default);
#   - or an EMPTY database the drill may fill, when DRILL_DB_HOST is set:
#     DRILL_DB_HOST DRILL_DB_PORT DRILL_DB_NAME DRILL_DB_USER DRILL_DB_PASSWORD   (5432 ward_drill ward -)
# Usage: drill_postgres NAME DEFAULT_PORT. Sets HOST DBPORT DB PGUSER PGPASSWORD and defines sql "<query>";
# the caller's EXIT trap calls drill_postgres_stop.

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

drill_postgres() {
  if [ -n "${DRILL_DB_HOST:-}" ]; then
    HOST=$DRILL_DB_HOST DBPORT=${DRILL_DB_PORT:-5432} DB=${DRILL_DB_NAME:-ward_drill}
    export PGUSER=${DRILL_DB_USER:-ward} PGPASSWORD=${DRILL_DB_PASSWORD:-}
    return
  fi
  PGBIN=$( (pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin 2>/dev/null) | tail -1)
  [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL's server programs are needed (initdb), or set DRILL_DB_HOST" >&2; exit 2; }
  HOST=127.0.0.1 DBPORT=${DRILL_DB_PORT:-$2} DB=ward_drill PGDATA_DIR=$PWD/target/$1-pg
  export PGUSER=ward PGPASSWORD=ward
  rm -rf "$PGDATA_DIR"; mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
  printf 'ward' >"$PGDATA_DIR.pw"; chmod 644 "$PGDATA_DIR.pw"
  as_postgres "$PGBIN/initdb" -D "$PGDATA_DIR" -U ward --pwfile="$PGDATA_DIR.pw" -A scram-sha-256 >/dev/null
  rm -f "$PGDATA_DIR.pw"
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
    -o "-p $DBPORT -c listen_addresses=127.0.0.1 -k $PGDATA_DIR" start >/dev/null
  psql -h "$HOST" -p "$DBPORT" -d postgres -qc "create database $DB" >/dev/null
}

drill_postgres_stop() {
  [ -n "${PGDATA_DIR:-}" ] && as_postgres "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m immediate stop >/dev/null 2>&1 || true
}

sql() { psql -h "$HOST" -p "$DBPORT" -d "$DB" -tAc "$1"; }
