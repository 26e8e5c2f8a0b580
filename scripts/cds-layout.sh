#!/usr/bin/env bash
# The jar laid out as the image runs it (Dockerfile; scripts/startup-memory.sh with MEASURE_LAYOUT=cds): extracted
# with Spring Boot's jar tools, and a class data sharing archive written by one training start of the application,
# so each start maps the classes the JVM would otherwise read from the nested jars and verify again (BENCHMARKS.md,
# "Startup and resident memory of the jar": about 30 % of the start).
#   scripts/cds-layout.sh JAR DIR     then: java -XX:SharedArchiveFile=DIR/app.jsa -jar DIR/<the jar's name>
# DIR must be an absolute path and the jar run from there: the archive is valid only for the class path it was
# written with. The training start runs on the embedded database in a throwaway directory and stops once started.
set -euo pipefail
JAR=$1 DIR=$2
case "$DIR" in /*) ;; *) echo "DIR must be absolute: $DIR" >&2; exit 2 ;; esac
rm -rf "$DIR"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR"
TRAINING=$(mktemp -d)
trap 'rm -rf "$TRAINING"' EXIT
( cd "$TRAINING" && WARD_ADMIN_PASSWORD=cds-training-only-$$ WARD_CALENDAR_DIRECTORY="$TRAINING/calendar" \
    java -XX:ArchiveClassesAtExit="$DIR/app.jsa" -Dspring.context.exit=onRefresh \
    -Dserver.port=0 -jar "$DIR/$(basename "$JAR")" >"$TRAINING/training.log" 2>&1 ) \
  || { cat "$TRAINING/training.log" >&2; echo "FAILED: the training start" >&2; exit 1; }
[ -s "$DIR/app.jsa" ] || { echo "FAILED: no archive written" >&2; exit 1; }
echo "$DIR: $(basename "$JAR") extracted, class data sharing archive app.jsa ($(du -m "$DIR/app.jsa" | cut -f1) MiB)"
