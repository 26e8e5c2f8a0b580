# Sourced by the drills (crash-drill.sh, two-node-drill.sh) and startup-memory.sh, after scripts/drill-postgres.sh:
# the built jar run as a node on the drill's database, and what to stop on exit.
#   drill_jar                          sets JAR, or stops saying how to build it
#   drill_node LOG PORT [VAR=value …]  starts the jar on 127.0.0.1:PORT with the drill's database, the administrator
#                                      'admin' with $ADMIN_PASSWORD and the demo staff, VAR=value … added, $JAVA_OPTS
#                                      as JVM options; appends its output to LOG and sets NODE to its pid
#   drill_on_exit                      on exit, stops every pid in PIDS and the drill's database

PIDS=()

drill_jar() {
  JAR=$(ls target/ward-workflow-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [ -n "$JAR" ] || { echo "build the jar first: mvn -DskipTests package" >&2; exit 2; }
}

drill_node() {
  local log=$1 port=$2
  shift 2
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  env SPRING_PROFILES_ACTIVE=postgres SERVER_PORT="$port" SERVER_ADDRESS=127.0.0.1 \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$HOST:$DBPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" WARD_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    WARD_MEMBERS=classpath:organization/demo-members.csv "$@" \
    java ${JAVA_OPTS:-} -Duser.timezone=Asia/Ho_Chi_Minh -jar "$JAR" >>"$log" 2>&1 &
  NODE=$!
  PIDS+=("$NODE")
}

drill_on_exit() {
  trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; drill_postgres_stop' EXIT
}
