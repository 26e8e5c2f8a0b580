#!/usr/bin/env bash
# Backup of the ward's system (issue 16, item 7): the PostgreSQL database (pg_dump, custom format) and the files the
# application keeps outside it: the official holidays notices of the calendar directory (ward.calendar.directory).
#
#   PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE    the database, as for psql (defaults: localhost 5432 ward ward)
#   WARD_CALENDAR_DIRECTORY                       the calendar directory (default ./data/calendar)
#   scripts/backup.sh [backup directory]          default ./backups; writes <dir>/ward-<date-time>/ and prints its path
#
# The dump is consistent while the application runs (one snapshot); restore it with scripts/restore.sh.
set -euo pipefail

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-ward} PGDATABASE=${PGDATABASE:-ward}
CALENDAR=${WARD_CALENDAR_DIRECTORY:-./data/calendar}
command -v pg_dump >/dev/null || { echo "pg_dump is needed (Debian: apt-get install postgresql-client)" >&2; exit 2; }

TARGET=${1:-./backups}/ward-$(date +%Y%m%d-%H%M%S)
mkdir -p "$TARGET"
pg_dump --format=custom --no-owner --file="$TARGET/database.dump"
if [ -d "$CALENDAR" ]; then
  cp -a "$CALENDAR" "$TARGET/calendar"
fi
{
  echo "made: $(date -Is)"
  echo "database: $PGDATABASE on $PGHOST:$PGPORT ($(pg_dump --version))"
  echo "calendar directory: $CALENDAR ($( [ -d "$TARGET/calendar" ] && ls "$TARGET/calendar" | wc -l || echo 0) files)"
} >"$TARGET/MANIFEST"
# a dump that pg_restore cannot list is no backup
pg_restore --list "$TARGET/database.dump" >/dev/null
echo "$TARGET"
