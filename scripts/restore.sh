#!/usr/bin/env bash
# Restore of a backup made by scripts/backup.sh into a FRESH database (issue 16, item 7): the database is created
# when it does not exist and refused when it holds tables, so a restore never mixes with live data.
#
#   PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE    the database to restore into (defaults: localhost 5432 ward ward)
#   WARD_CALENDAR_DIRECTORY                       where the calendar files go (default ./data/calendar; must be empty)
#   scripts/restore.sh <backup directory>         e.g. backups/ward-20261203-220000
#
# Then start the application on that database (and calendar directory) as usual.
set -euo pipefail

BACKUP=${1:?"usage: scripts/restore.sh <backup directory>"}
[ -f "$BACKUP/database.dump" ] || { echo "$BACKUP/database.dump not found" >&2; exit 2; }
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-ward} PGDATABASE=${PGDATABASE:-ward}
CALENDAR=${WARD_CALENDAR_DIRECTORY:-./data/calendar}
command -v pg_restore >/dev/null || { echo "pg_restore is needed (Debian: apt-get install postgresql-client)" >&2; exit 2; }

if ! psql -d postgres -tAc "select 1 from pg_database where datname = '$PGDATABASE'" | grep -q 1; then
  createdb "$PGDATABASE"
fi
TABLES=$(psql -tAc "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
[ "$TABLES" = 0 ] || { echo "database $PGDATABASE already has $TABLES tables: restore into a fresh one" >&2; exit 1; }
if [ -d "$BACKUP/calendar" ]; then
  if [ -d "$CALENDAR" ] && [ -n "$(ls -A "$CALENDAR")" ]; then
    echo "$CALENDAR is not empty: restore the calendar into a fresh directory" >&2; exit 1
  fi
  mkdir -p "$CALENDAR"
  cp -a "$BACKUP/calendar/." "$CALENDAR/"
fi
# one transaction: a restore that fails half-way leaves the database empty, not half-filled
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$PGDATABASE" "$BACKUP/database.dump"
echo "restored $BACKUP into $PGDATABASE on $PGHOST:$PGPORT$( [ -d "$BACKUP/calendar" ] && echo ", calendar into $CALENDAR")"
