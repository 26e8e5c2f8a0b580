#!/usr/bin/env bash
# Crash drill (issue 16): the node is killed with SIGKILL while asynchronous steps are being run — their jobs locked
# by it — then restarted; the jobs it held must have run within 60 s of the restart, every job within the limit,
# each case's step exactly once.
#
# Needs: the built jar (mvn -DskipTests package), python3, and PostgreSQL (scripts/drill-postgres.sh: a throwaway
# server of its own under target/crash-drill-pg on DRILL_DB_PORT, 55432, or an empty database named by DRILL_DB_HOST…);
#   DRILL_CASES (default 100), DRILL_HTTP_PORT (18080), DRILL_SMTP_PORT (12525), DRILL_SMTP_DELAY (0.3 s a message)
# It starts the "plan-escalation" cases in parallel through the REST API; their first step, the overdue notice, is
# asynchronous and e-mails three people through scripts/slow-smtp.py, which takes DRILL_SMTP_DELAY a message (sent
# after each job's commit, on the job executor's threads, so the jobs acquired meanwhile wait locked). The node is
# killed as soon as it holds locked jobs (ACT_RU_JOB.LOCK_OWNER_), restarted, and the drill waits for every case to
# reach its follow-up task.
set -euo pipefail

cd "$(dirname "$0")/.."
. scripts/drill-postgres.sh
. scripts/drill-node.sh
drill_jar
command -v python3 >/dev/null || { echo "python3 is needed (the drill's mail server)" >&2; exit 2; }

CASES=${DRILL_CASES:-100} PORT=${DRILL_HTTP_PORT:-18080} LIMIT=60
SMTP_PORT=${DRILL_SMTP_PORT:-12525} SMTP_DELAY=${DRILL_SMTP_DELAY:-0.3}
BASE=http://127.0.0.1:$PORT ADMIN_PASSWORD=drill-$$ LOG=target/crash-drill.log
drill_on_exit
drill_postgres crash-drill 55432

python3 scripts/slow-smtp.py "$SMTP_PORT" "$SMTP_DELAY" &
PIDS+=($!)

start_node() {
  drill_node "$LOG" "$PORT" SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT" WARD_NOTIFICATION_ENABLED=true
}

await_ready() {
  # up to 3 minutes: a loaded 2-core machine took 90–210 s to start a node (the two-node drill)
  for _ in $(seq 1 360); do
    curl -fs "$BASE/actuator/health/readiness" >/dev/null && return 0
    kill -0 "$NODE" 2>/dev/null || { echo "the node died; see $LOG" >&2; exit 1; }
    sleep 0.5
  done
  echo "the node did not get ready; see $LOG" >&2; exit 1
}

start_case() {
  curl -fs -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    "$BASE/engine-rest/process-definition/key/plan-escalation/start" -d "{\"businessKey\": \"DRILL-$1\", \"variables\": {
      \"taskLabel\": {\"value\": \"Nhiệm vụ $1\"}, \"taskTitle\": {\"value\": \"Diễn tập sự cố\"},
      \"leadUnit\": {\"value\": \"vp\"}, \"escalationReason\": {\"value\": \"Diễn tập sự cố: quá hạn\"}}}" >/dev/null
}
export -f start_case; export BASE ADMIN_PASSWORD

: >"$LOG"
start_node
await_ready
echo "node $NODE ready; starting $CASES cases, 8 at a time"
seq 1 "$CASES" | xargs -P 8 -I{} bash -c 'start_case {}'
# frozen (SIGSTOP) for each look, so what it holds cannot change between the look and the kill
for _ in $(seq 1 300); do
  kill -STOP "$NODE"
  [ "$(sql "select count(*) from act_ru_job where lock_owner_ is not null")" != 0 ] && break
  kill -CONT "$NODE"
  sleep 0.1
done
kill -9 "$NODE"
wait "$NODE" 2>/dev/null || true
LOCKED_IDS=$(sql "select string_agg(quote_literal(id_), ',') from act_ru_job where lock_owner_ is not null")
LOCKED=$(sql "select count(*) from act_ru_job where lock_owner_ is not null")
echo "killed with SIGKILL: $LOCKED jobs locked by the dead node, $(sql "select count(*) from act_ru_job") jobs waiting"
[ "$LOCKED" != 0 ] || { echo "FAILED: no job was locked at the kill, the drill proved nothing" >&2; exit 1; }

RESTART=$(date +%s)
start_node
await_ready
echo "restarted; ready after $(( $(date +%s) - RESTART )) s"
while [ "$(sql "select count(*) from act_ru_job where process_def_key_ = 'plan-escalation'")" != 0 ]; do
  if [ $(( $(date +%s) - RESTART )) -gt $LIMIT ]; then
    echo "FAILED: jobs still waiting $LIMIT s after the restart" >&2; exit 1
  fi
  sleep 1
done
ELAPSED=$(( $(date +%s) - RESTART ))
# job log timestamps are the node's local time (Asia/Ho_Chi_Minh); state 2 = the job ran successfully
LOCKED_RAN=$(sql "select ceil(extract(epoch from max(timestamp_) at time zone 'Asia/Ho_Chi_Minh')) - $RESTART
  from act_hi_job_log where job_state_ = 2 and job_id_ in ($LOCKED_IDS)")
LOCKED_DONE=$(sql "select count(distinct job_id_) from act_hi_job_log where job_state_ = 2 and job_id_ in ($LOCKED_IDS)")
STARTED=$(sql "select count(*) from act_hi_procinst where proc_def_key_ = 'plan-escalation' and business_key_ like 'DRILL-%'")
TASKS=$(sql "select count(*) from act_ru_task where task_def_key_ = 'followUpOverdueWork'")
DOUBLES=$(sql "select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ = 'sendOverdueNotice'
  and end_time_ is not null group by proc_inst_id_ having count(*) > 1) twice")
echo "the $LOCKED jobs the dead node held ran by $LOCKED_RAN s after the restart ($LOCKED_DONE of them); every job" \
  "ran within $ELAPSED s; $TASKS of $CASES cases ($STARTED started) at their follow-up task, $DOUBLES run twice"
[ "$STARTED" = "$CASES" ] && [ "$TASKS" = "$CASES" ] && [ "$DOUBLES" = 0 ] && [ "$LOCKED_DONE" = "$LOCKED" ] \
  && [ "$LOCKED_RAN" -le "$LIMIT" ] || { echo "FAILED" >&2; exit 1; }
echo "PASSED"
