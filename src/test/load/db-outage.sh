#!/usr/bin/env bash
# Database outage (issue 8): the packaged application on MariaDB, a commune signed in to the report
# API and a browser-like page request; MariaDB is stopped for 30 s while they keep working, then
# started again. Shows what users get during the outage (a clear message, no stack trace) and that
# the application recovers by itself, without a restart.
#
#   ./mvnw -DskipTests package      # once: the jar
#   src/test/load/db-outage.sh      # needs to stop and start this machine's MariaDB (root)
#
# Uses a fresh database bluezone_outage with the Long An demo data; logs under target/db-outage/.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
DB_URL="jdbc:mariadb://127.0.0.1:3306/bluezone_outage"
OUT="$REPO/target/db-outage"
PORT=8094
OUTAGE="${OUTAGE:-30}"
mkdir -p "$OUT"
# shellcheck source=common.sh
. "$REPO/src/test/load/common.sh"

start_mariadb() {
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    until mariadb -uroot -h127.0.0.1 -e 'select 1' >/dev/null 2>&1; do sleep 0.5; done
}
stop_mariadb() {
    start-stop-daemon --stop --oknodo --retry 30 --exec /usr/sbin/mariadbd >/dev/null
}
trap 'start_mariadb; stop_app app' EXIT

mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS bluezone_outage; CREATE DATABASE bluezone_outage CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci"
start_app app "$PORT" --portal.demo.enabled=true
echo "serving after $(wait_ready "$PORT") s"
wait_for_log app "Demo data: ready"
CAMPAIGN="$(sql "select id from campaign where status = 'ACTIVE' order by id limit 1")"
TODAY="$(TZ=Asia/Ho_Chi_Minh date +%F)"
API="http://127.0.0.1:$PORT/api/v1/reports?campaignId=$CAMPAIGN&date=$TODAY"
JAR="$OUT/cookies"
rm -f "$JAR"
# signed in before the outage: the session lives in the application, not in the database
curl -s -o /dev/null -c "$JAR" -b "$JAR" -u xa.duclapha:Bluezone@2020 "$API"

probe() {   # prints: HTTP status, seconds, and the start of the body
    curl -s -m 20 -b "$JAR" -o "$OUT/probe.body" -w '%{http_code} %{time_total}s' "$1" || echo "no-answer"
    printf ' %s\n' "$(head -c 160 "$OUT/probe.body" 2>/dev/null | tr '\n' ' ')"
    rm -f "$OUT/probe.body"
}

echo "before the outage: $(probe "$API")"
stop_mariadb
STOPPED=$(date +%s)
echo "MariaDB stopped"
for i in 1 2 3; do
    echo "during the outage, report API: $(probe "$API")"
    sleep 5
done
echo "during the outage, login page: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")"
echo "log lines 'Database unavailable': $(grep -c 'Database unavailable' "$OUT/app.log" || true)"
echo "scheduled job runs skipped (one line each): $(grep -c 'Scheduled job skipped' "$OUT/app.log" || true)"
echo "stack traces in the log so far: $(grep -c '^[[:space:]]*at ' "$OUT/app.log" || true)"
sleep $((OUTAGE - ($(date +%s) - STOPPED) > 0 ? OUTAGE - ($(date +%s) - STOPPED) : 0))
start_mariadb
STARTED=$(date +%s)
echo "MariaDB started again after $((STARTED - STOPPED)) s"
for i in $(seq 1 60); do
    STATUS="$(curl -s -m 20 -b "$JAR" -o "$OUT/probe.body" -w '%{http_code}' "$API" || true)"
    if [ "$STATUS" = "200" ] || [ "$STATUS" = "404" ]; then
        echo "recovered without a restart, $(( $(date +%s) - STARTED )) s after the database came back: HTTP $STATUS $(head -c 120 "$OUT/probe.body")"
        exit 0
    fi
    sleep 1
done
echo "FAILED: no recovery within 60 s of the database coming back (last HTTP $STATUS)" >&2
exit 1
