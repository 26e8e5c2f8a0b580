#!/usr/bin/env bash
# Crash drill (issue 16): the node is killed with SIGKILL while asynchronous steps are queued and being run, then
# restarted; every job must have run within 60 s of the restart, each case exactly once.
#
# Needs: the built jar (mvn -DskipTests package), psql, and an EMPTY PostgreSQL database the drill may fill:
#   DRILL_DB_HOST DRILL_DB_PORT DRILL_DB_NAME DRILL_DB_USER DRILL_DB_PASSWORD   (defaults: localhost 5432 ward_drill ward -)
#   DRILL_CASES (default 200), DRILL_HTTP_PORT (default 18080)
# It starts N "plan-escalation" cases (their first step, the overdue notice, is asynchronous) through the REST API,
# kills the node with kill -9 at once, counts the jobs still locked by the dead node, restarts it and waits for every
# case to reach its follow-up task.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=$(ls target/ward-workflow-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$JAR" ] || { echo "build the jar first: mvn -DskipTests package" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is needed" >&2; exit 2; }

HOST=${DRILL_DB_HOST:-localhost} DBPORT=${DRILL_DB_PORT:-5432} DB=${DRILL_DB_NAME:-ward_drill}
export PGUSER=${DRILL_DB_USER:-ward} PGPASSWORD=${DRILL_DB_PASSWORD:-}
CASES=${DRILL_CASES:-200} PORT=${DRILL_HTTP_PORT:-18080} LIMIT=60
BASE=http://127.0.0.1:$PORT ADMIN_PASSWORD=drill-$$ LOG=target/crash-drill.log
sql() { psql -h "$HOST" -p "$DBPORT" -d "$DB" -tAc "$1"; }

start_node() {
  SPRING_PROFILES_ACTIVE=postgres SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$HOST:$DBPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" WARD_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  WARD_MEMBERS=classpath:organization/demo-members.csv \
    java -Duser.timezone=Asia/Ho_Chi_Minh -jar "$JAR" >>"$LOG" 2>&1 &
  NODE=$!
}

await_ready() {
  for _ in $(seq 1 240); do
    curl -fs "$BASE/actuator/health/readiness" >/dev/null && return 0
    kill -0 "$NODE" 2>/dev/null || { echo "the node died; see $LOG" >&2; exit 1; }
    sleep 0.5
  done
  echo "the node did not get ready; see $LOG" >&2; exit 1
}

: >"$LOG"
start_node
await_ready
echo "node $NODE ready; starting $CASES cases"
for i in $(seq 1 "$CASES"); do
  curl -fs -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    "$BASE/engine-rest/process-definition/key/plan-escalation/start" -d "{\"businessKey\": \"DRILL-$i\", \"variables\": {
      \"taskLabel\": {\"value\": \"Nhiệm vụ $i\"}, \"taskTitle\": {\"value\": \"Diễn tập sự cố\"},
      \"leadUnit\": {\"value\": \"vp\"}, \"escalationReason\": {\"value\": \"Diễn tập sự cố: quá hạn\"}}}" >/dev/null
done
kill -9 "$NODE"
wait "$NODE" 2>/dev/null || true
echo "killed with SIGKILL: $(sql "select count(*) from act_ru_job where lock_owner_ is not null") jobs locked by the" \
  "dead node, $(sql "select count(*) from act_ru_job") jobs waiting"

RESTART=$(date +%s)
start_node
await_ready
echo "restarted; ready after $(( $(date +%s) - RESTART )) s"
while [ "$(sql "select count(*) from act_ru_job where process_def_key_ = 'plan-escalation'")" != 0 ]; do
  if [ $(( $(date +%s) - RESTART )) -gt $LIMIT ]; then
    echo "FAILED: jobs still waiting $LIMIT s after the restart" >&2; kill "$NODE"; exit 1
  fi
  sleep 1
done
ELAPSED=$(( $(date +%s) - RESTART ))
TASKS=$(sql "select count(*) from act_ru_task where task_def_key_ = 'followUpOverdueWork'")
DOUBLES=$(sql "select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ = 'sendOverdueNotice'
  and end_time_ is not null group by proc_inst_id_ having count(*) > 1) twice")
kill "$NODE"; wait "$NODE" 2>/dev/null || true
echo "every job ran within $ELAPSED s of the restart; $TASKS of $CASES cases at their follow-up task, $DOUBLES run twice"
[ "$TASKS" = "$CASES" ] && [ "$DOUBLES" = 0 ] || { echo "FAILED" >&2; exit 1; }
echo "PASSED"
