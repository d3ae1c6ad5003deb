#!/usr/bin/env bash
# Crash test (issue 8): the packaged application on MariaDB takes the 15:00 burst through its report
# API; midway it is killed with SIGKILL and started again. Checks that every submission a client saw
# confirmed (201) is in the database exactly once, and that the application serves again within 60 s.
#
#   ./mvnw -DskipTests package      # once: the jar
#   src/test/load/crash-test.sh [JDBC URL] [communes] [clients] [confirmed before the kill]
#
# The database is one made by ScaleDataGenerator (docs/benchmarks.md); its last day is emptied and
# becomes the burst day. Figures go to the terminal; logs to target/crash-test/.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
DB_URL="${1:-jdbc:mariadb://127.0.0.1:3306/bluezone_bench}"
COMMUNES="${2:-2000}"
CLIENTS="${3:-16}"
KILL_AT="${4:-300}"
PORT="${PORT:-8093}"
OUT="$REPO/target/crash-test"
mkdir -p "$OUT"
rm -f "$OUT"/confirmed.csv
# shellcheck source=common.sh
. "$REPO/src/test/load/common.sh"
trap 'stop_app app; [ -n "${CLIENT_PID:-}" ] && kill "$CLIENT_PID" 2>/dev/null || true' EXIT

CP="$(test_classpath)"
start_app app "$PORT"
echo "first start: serving after $(wait_ready "$PORT") s"

"$JAVA" -cp "$CP" vn.gov.bluezone.bench.BurstBenchmark "$DB_URL" remote "http://127.0.0.1:$PORT" "$CLIENTS" \
    "$COMMUNES" "$OUT/confirmed.csv" >"$OUT/clients.log" 2>&1 &
CLIENT_PID=$!

# let the submissions run until KILL_AT of them are confirmed, then pull the plug
until [ -f "$OUT/confirmed.csv" ] && [ "$(wc -l <"$OUT/confirmed.csv")" -ge "$KILL_AT" ]; do
    kill -0 "$CLIENT_PID" 2>/dev/null || { echo "the clients stopped early:" >&2; cat "$OUT/clients.log" >&2; exit 1; }
    sleep 0.1
done
kill -9 "$(cat "$OUT/app.pid")"
wait "$(cat "$OUT/app.pid")" 2>/dev/null || true
CONFIRMED_AT_KILL="$(wc -l <"$OUT/confirmed.csv")"
echo "killed with SIGKILL after $CONFIRMED_AT_KILL confirmed submissions"

mv "$OUT/app.log" "$OUT/app-before-kill.log"
start_app app "$PORT"
RESTART="$(wait_ready "$PORT")"
echo "restarted: serving again after $RESTART s"

CLIENTS_RC=0
wait "$CLIENT_PID" || CLIENTS_RC=$?
CLIENT_PID=
[ "$CLIENTS_RC" = "0" ] || { echo "FAILED: the clients ended with exit code $CLIENTS_RC" >&2; tail -20 "$OUT/clients.log" >&2; exit 1; }
grep -E "^(burst day|accepted|retried|stored)" "$OUT/clients.log"

# every confirmed submission, looked up by id, campaign, day and the commune of its officer
{
    echo "create temporary table confirmed (username varchar(50), campaign_id bigint, report_date date, id bigint);"
    awk -F, '{printf "insert into confirmed values (\x27%s\x27, %s, \x27%s\x27, %s);\n", $1, $2, $3, $4}' "$OUT/confirmed.csv"
    cat <<'SQL'
select count(*) as confirmed,
       sum((select count(*) from daily_report r join user_account a on a.unit_id = r.unit_id
            where a.username = c.username and r.campaign_id = c.campaign_id and r.report_date = c.report_date
              and r.id = c.id and r.submitted) = 1) as found_exactly_once,
       sum((select count(*) from daily_report r where r.id = c.id) = 0) as missing
from confirmed c;
select count(*) as reports_of_the_day, count(distinct campaign_id, unit_id) as distinct_communes
from daily_report where report_date = (select max(report_date) from confirmed);
SQL
} >"$OUT/check.sql"
mariadb -uroot -h127.0.0.1 -t "$DB_NAME" <"$OUT/check.sql" | tee "$OUT/check.txt"

TOTAL="$(wc -l <"$OUT/confirmed.csv")"
FOUND="$(sed -n '4p' "$OUT/check.txt" | awk -F'|' '{gsub(/ /, "", $3); print $3}')"
if [ "$FOUND" != "$TOTAL" ]; then
    echo "FAILED: $TOTAL confirmed, $FOUND found exactly once" >&2
    exit 1
fi
if [ "$(echo "$RESTART > 60" | bc)" = "1" ]; then
    echo "FAILED: restart took $RESTART s (over 60 s)" >&2
    exit 1
fi
echo "OK: $TOTAL confirmed submissions ($CONFIRMED_AT_KILL before the kill), each in the database exactly once; serving again $RESTART s after the restart"
