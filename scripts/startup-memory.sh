#!/usr/bin/env bash
# Startup time and resident memory under load (issue 15, target: start < 15 s, RSS < 700 MiB): one node of the built
# jar on PostgreSQL (scripts/drill-postgres.sh: a throwaway server under target/startup-memory-pg, or DRILL_DB_HOST…),
# timed from the JVM's start to readiness (/actuator/health/readiness), then loaded with feedback cases through REST
# (scripts/two-node-load.py against this one node: each case escalated, answered, published and rated) while its
# resident set (VmRSS) is read every half second. Prints the figures; fails only if the node or the load fails.
# MEASURE_NODES=2 starts a second node on the same database once the first is ready (port + 1) and sends the load
# through both, each next call of a case to the other node (the province's two-node figure).
#
# MEASURE_LAYOUT=cds runs the jar as the image does (scripts/cds-layout.sh: extracted, with a class data sharing
# archive; -Xshare:on, so a start without the archive fails instead of being measured); MEASURE_LAYOUT=extracted runs
# it extracted by Spring Boot's jar tools, without the archive.
#
# Needs: the built jar (mvn -DskipTests package), python3, PostgreSQL as for the drills. MEASURE_CASES (300),
# MEASURE_WORKERS (8), MEASURE_HTTP_PORT (18091), MEASURE_NODES (1), MEASURE_JAVA_OPTS (none: the JVM's defaults, as
# the README's java -jar runs it). About two minutes.
set -euo pipefail

cd "$(dirname "$0")/.."
. scripts/drill-postgres.sh
. scripts/drill-node.sh
drill_jar
command -v python3 >/dev/null || { echo "python3 is needed (the load)" >&2; exit 2; }

CASES=${MEASURE_CASES:-300} WORKERS=${MEASURE_WORKERS:-8} PORT=${MEASURE_HTTP_PORT:-18091} NODES=${MEASURE_NODES:-1}
JAVA_OPTS=${MEASURE_JAVA_OPTS:-} ADMIN_PASSWORD=measure-$$ OUT=target/startup-memory
case "${MEASURE_LAYOUT:-jar}" in
  cds)
    scripts/cds-layout.sh "$JAR" "$PWD/target/cds"
    JAR="$PWD/target/cds/$(basename "$JAR")" JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$PWD/target/cds/app.jsa -Xshare:on" ;;
  extracted)
    rm -rf target/extracted
    java -Djarmode=tools -jar "$JAR" extract --destination target/extracted
    JAR="$PWD/target/extracted/$(basename "$JAR")" ;;
  jar) ;;
  *) echo "MEASURE_LAYOUT is jar, extracted or cds, not ${MEASURE_LAYOUT}" >&2; exit 2 ;;
esac
drill_on_exit
rm -rf "$OUT"; mkdir -p "$OUT"
drill_postgres startup-memory 55452

rss_mib() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

BEGIN=$(date +%s%N)
drill_node "$OUT/node.log" "$PORT" WARD_PORTAL_LOOKUP_LIMIT=100000 WARD_CALENDAR_DIRECTORY="$OUT/calendar"
for _ in $(seq 1 1200); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  kill -0 "$NODE" 2>/dev/null || { echo "FAILED: the node died while starting; see $OUT/node.log" >&2; exit 1; }
  sleep 0.1
done
READY_MS=$(( ($(date +%s%N) - BEGIN) / 1000000 ))
RSS_READY=$(rss_mib "$NODE")
SPRING_SAYS=$(grep -o 'Started WardWorkflowApplication in [0-9.]* seconds' "$OUT/node.log" | head -1 || true)

( while kill -0 "$NODE" 2>/dev/null; do rss_mib "$NODE"; echo; sleep 0.5; done ) >"$OUT/rss" &
PIDS+=($!)
URLS=("http://127.0.0.1:$PORT") NODE1=$NODE
if [ "$NODES" = 2 ]; then
  drill_node "$OUT/node2.log" $((PORT + 1)) WARD_PORTAL_LOOKUP_LIMIT=100000 WARD_CALENDAR_DIRECTORY="$OUT/calendar" \
    WARD_NODE_NAME=measure-2
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$((PORT + 1))/actuator/health/readiness" >/dev/null && break
    kill -0 "$NODE" 2>/dev/null || { echo "FAILED: node 2 died while starting; see $OUT/node2.log" >&2; exit 1; }
    sleep 0.1
  done
  URLS+=("http://127.0.0.1:$((PORT + 1))")
fi
LOAD_BEGIN=$(date +%s)
python3 scripts/two-node-load.py "$CASES" "$WORKERS" 900 "$ADMIN_PASSWORD" "$OUT/started" \
  "${URLS[@]}" >"$OUT/load.log" 2>&1 || { cat "$OUT/load.log"; echo "FAILED: the load" >&2; exit 1; }
LOAD_SECONDS=$(( $(date +%s) - LOAD_BEGIN ))
RSS_END=$(rss_mib "$NODE1")
RSS_PEAK=$(sort -n "$OUT/rss" | tail -1)

echo "jar: $JAR; JVM options: ${JAVA_OPTS:-(defaults)}; $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB"
echo "ready (readiness UP) $READY_MS ms after the JVM started (${SPRING_SAYS:-no Started line in the log}); RSS then" \
  "$RSS_READY MiB"
echo "load: $CASES feedback cases (escalated, answered, published, rated) through $NODES node(s), $WORKERS client" \
  "threads, $LOAD_SECONDS s" \
  "($(python3 -c "print(round($CASES / max($LOAD_SECONDS, 1), 1))") cases/s)"
echo "resident memory of node 1 under load: peak $RSS_PEAK MiB, at the end $RSS_END MiB"
