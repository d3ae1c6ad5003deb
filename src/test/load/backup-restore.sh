#!/usr/bin/env bash
# Backup and restore (issue 19): the packaged application on MariaDB takes the 15:00 burst through
# its report API; while submissions continue, an online consistent backup is taken with
# `mariadb-dump --single-transaction` (one InnoDB snapshot, no table locks: the clients are not held
# up). The dump is restored into a fresh database, the application is started on the copy, and every
# submission a client saw confirmed (201) before the dump started must be in the copy exactly once:
# same commune, campaign, day, report id and figure, with its revision row.
#
#   ./mvnw -DskipTests package      # once: the jar
#   src/test/load/backup-restore.sh [JDBC URL] [communes] [clients] [confirmed before the backup]
#
# The source database is one made by ScaleDataGenerator (docs/benchmarks.md, default backup_src);
# the clients empty its last day, which becomes the burst day. The copy is RESTORED_DB (default
# backup_restored; dropped and made again on each run, left in place afterwards). Needs the MariaDB
# client tools (`mariadb`, `mariadb-dump`; Debian package mariadb-client), gzip, curl and bc.
# Figures go to the terminal; logs, the dump and the lists of confirmations to target/backup-restore/.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
DB_URL="${1:-jdbc:mariadb://127.0.0.1:3306/backup_src}"
COMMUNES="${2:-2000}"
CLIENTS="${3:-8}"
BACKUP_AT="${4:-300}"
RESTORED_DB="${RESTORED_DB:-backup_restored}"
PORT="${PORT:-8101}"
RESTORED_PORT="${RESTORED_PORT:-8102}"
OUT="$REPO/target/backup-restore"
mkdir -p "$OUT"
rm -f "$OUT"/confirmed.csv "$OUT"/backup.sql.gz "$OUT"/*.log "$OUT"/*.pid
# shellcheck source=common.sh
. "$REPO/src/test/load/common.sh"
SOURCE_DB="$DB_NAME"
trap 'stop_app app; stop_app restored; [ -n "${CLIENT_PID:-}" ] && kill "$CLIENT_PID" 2>/dev/null || true' EXIT

for tool in mariadb mariadb-dump gzip curl bc; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (Debian: apt-get install mariadb-client gzip curl bc)" >&2; exit 1; }
done
[[ "$RESTORED_DB" =~ ^[A-Za-z0-9_]+$ ]] && [ "$RESTORED_DB" != "$SOURCE_DB" ] \
    || { echo "RESTORED_DB must be a plain name other than the source's ($SOURCE_DB)" >&2; exit 1; }
db() { mariadb -uroot -h127.0.0.1 -N -B "$@"; }
now() { date +%s.%N; }
elapsed() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }

CP="$(test_classpath)"
start_app app "$PORT"
echo "source application ($SOURCE_DB): serving after $(printf '%.1f' "$(wait_ready "$PORT")") s"

"$JAVA" -cp "$CP" vn.gov.bluezone.bench.BurstBenchmark "$DB_URL" remote "http://127.0.0.1:$PORT" "$CLIENTS" \
    "$COMMUNES" "$OUT/confirmed.csv" >"$OUT/clients.log" 2>&1 &
CLIENT_PID=$!

# let the submissions run until BACKUP_AT of them are confirmed; they go on during the backup
until [ -f "$OUT/confirmed.csv" ] && [ "$(wc -l <"$OUT/confirmed.csv")" -ge "$BACKUP_AT" ]; do
    kill -0 "$CLIENT_PID" 2>/dev/null || { echo "the clients stopped early:" >&2; cat "$OUT/clients.log" >&2; exit 1; }
    sleep 0.1
done

# The backup point. confirmed.csv gets one complete line (flushed) per 201, and the server answers
# 201 only after the submission's transaction has committed; so every line counted here is a commit
# made before mariadb-dump opens its snapshot (START TRANSACTION WITH CONSISTENT SNAPSHOT, right
# after it connects) and must be in the dump. Lines written later may or may not be in it.
POINT="$(wc -l <"$OUT/confirmed.csv")"
POINT_AT="$(date -u +%FT%T.%3NZ)"
DUMP_START="$(now)"
mariadb-dump -uroot -h127.0.0.1 --single-transaction --quick --routines --triggers --events --hex-blob \
    --default-character-set=utf8mb4 "$SOURCE_DB" 2>"$OUT/dump.log" | gzip >"$OUT/backup.sql.gz"
DUMP_TIME="$(elapsed "$DUMP_START")"
AFTER_DUMP="$(wc -l <"$OUT/confirmed.csv")"
LAST_BEFORE="$(sed -n "${POINT}p" "$OUT/confirmed.csv" | cut -d, -f6)"
printf 'backup point %s: %d confirmed before it (the last at %s); %d more confirmed while the dump ran\n' \
    "$POINT_AT" "$POINT" "$LAST_BEFORE" "$((AFTER_DUMP - POINT))" | tee "$OUT/backup-point.txt"
[ "$AFTER_DUMP" -gt "$POINT" ] || echo "WARNING: no submission was confirmed while the dump ran (the burst was" \
    "over or held up): more communes or an earlier backup point make the test meaningful" >&2
DUMP_BYTES="$(stat -c %s "$OUT/backup.sql.gz")"
RAW_BYTES="$(gzip -dc "$OUT/backup.sql.gz" | wc -c)"
echo "dump (and gzip): $DUMP_TIME s, $(numfmt --to=iec "$DUMP_BYTES")B gzipped ($(numfmt --to=iec "$RAW_BYTES")B of SQL)"

CLIENTS_RC=0
wait "$CLIENT_PID" || CLIENTS_RC=$?
CLIENT_PID=
[ "$CLIENTS_RC" = "0" ] || { echo "FAILED: the clients ended with exit code $CLIENTS_RC" >&2; tail -20 "$OUT/clients.log" >&2; exit 1; }
grep -E "^(burst day|accepted|stored)" "$OUT/clients.log"
stop_app app
wait "$(cat "$OUT/app.pid")" 2>/dev/null || true

# restore into a fresh database with the source's character set and collation
read -r CHARSET COLLATION < <(db -e "select default_character_set_name, default_collation_name
    from information_schema.schemata where schema_name = '$SOURCE_DB'")
db -e "drop database if exists $RESTORED_DB; create database $RESTORED_DB character set $CHARSET collate $COLLATION"
RESTORE_START="$(now)"
gzip -dc "$OUT/backup.sql.gz" | mariadb -uroot -h127.0.0.1 "$RESTORED_DB"
RESTORE_TIME="$(elapsed "$RESTORE_START")"
echo "restore into $RESTORED_DB: $RESTORE_TIME s"

# the application on the copy (its scheduled jobs off: a copy must not send the province's mail)
DB_URL="jdbc:mariadb://127.0.0.1:3306/$RESTORED_DB"
DB_NAME="$RESTORED_DB"
start_app restored "$RESTORED_PORT" --portal.scheduling.enabled=false
RESTORED_START="$(wait_ready "$RESTORED_PORT")" || {
    echo "FAILED: the application does not start on the restored database" >&2; tail -30 "$OUT/restored.log" >&2; exit 1; }
RESTORED_START="$(printf '%.1f' "$RESTORED_START")"
echo "application on $RESTORED_DB: serving after $RESTORED_START s ($(grep -o 'Successfully validated [0-9]* migrations' \
    "$OUT/restored.log" || echo 'no Flyway validation line'))"

# the last submission confirmed before the point, read back through the restored application's API
IFS=, read -r USERNAME CAMPAIGN DAY ID FIGURE _ < <(sed -n "${POINT}p" "$OUT/confirmed.csv")
ANSWER="$(curl -s -u "$USERNAME:Bench@2020-burst" -w ' %{http_code}' \
    "http://127.0.0.1:$RESTORED_PORT/api/v1/reports?campaignId=$CAMPAIGN&date=$DAY")"
API_OK=no
[[ "$ANSWER" == *" 200" && "$ANSWER" == *"\"id\":$ID,"* && "$ANSWER" == *"\"cumulativeInstalls\":$FIGURE,"* ]] && API_OK=yes
echo "API of the restored application, report $ID of $USERNAME for $DAY: HTTP ${ANSWER##* } (id and figure as confirmed: $API_OK)"

# every confirmation, numbered in the order received; those numbered up to POINT came before the backup
{
    echo "create temporary table confirmed (seq int primary key, username varchar(50), campaign_id bigint,"
    echo "    report_date date, id bigint, cumulative bigint);"
    awk -F, '{printf "insert into confirmed values (%d, \x27%s\x27, %s, \x27%s\x27, %s, %s);\n", NR, $1, $2, $3, $4, $5}' \
        "$OUT/confirmed.csv"
    cat <<SQL
create temporary table checked as
select c.seq,
       (select count(*) from daily_report r where r.unit_id = a.unit_id and r.campaign_id = c.campaign_id
          and r.report_date = c.report_date) as copies,
       (select count(*) from daily_report r where r.id = c.id and r.unit_id = a.unit_id
          and r.campaign_id = c.campaign_id and r.report_date = c.report_date and r.cumulative_installs = c.cumulative
          and r.submitted and exists (select 1 from daily_report_revision v where v.report_id = r.id)) as matching
from confirmed c left join user_account a on a.username = c.username;
select sum(seq <= $POINT), sum(seq <= $POINT and copies = 1 and matching = 1), sum(seq <= $POINT and copies = 0),
       sum(seq <= $POINT and copies > 0 and not (copies = 1 and matching = 1)),
       sum(seq > $POINT), sum(seq > $POINT and copies = 1 and matching = 1),
       (select count(*) from daily_report where report_date = (select max(report_date) from confirmed)),
       (select count(*) from daily_report r where r.report_date = (select max(report_date) from confirmed)
          and not exists (select 1 from daily_report_revision v where v.report_id = r.id)),
       (select count(*) from daily_report_revision v where not exists (select 1 from daily_report r where r.id = v.report_id))
from checked;
SQL
} >"$OUT/check.sql"
read -r BEFORE FOUND MISSING WRONG AFTER AFTER_FOUND DAY_ROWS NO_REVISION ORPHANS < <(db "$RESTORED_DB" <"$OUT/check.sql")
cat <<EOF | tee "$OUT/check.txt"
confirmed before the backup point:            $BEFORE
  in the restored database exactly once:      $FOUND
  missing:                                    $MISSING
  present but different (figure, id, twice):  $WRONG
confirmed after the point (the dump may or may not have them): $AFTER, in the copy: $AFTER_FOUND
reports of the burst day in the copy: $DAY_ROWS; without their revision: $NO_REVISION; revisions without their report: $ORPHANS
dump $DUMP_TIME s ($(numfmt --to=iec "$DUMP_BYTES")B gzipped), restore $RESTORE_TIME s, application on the copy serving after $RESTORED_START s
EOF

if [ "$BEFORE" != "$POINT" ] || [ "$FOUND" != "$POINT" ] || [ "$MISSING" != "0" ] || [ "$WRONG" != "0" ]; then
    echo "FAILED: $POINT confirmed before the backup, $FOUND found exactly once in the copy, $MISSING missing" >&2
    exit 1
fi
if [ "$NO_REVISION" != "0" ] || [ "$ORPHANS" != "0" ] || [ "$API_OK" != "yes" ]; then
    echo "FAILED: the copy is not consistent (reports without revisions, orphan revisions) or the API does not serve it" >&2
    exit 1
fi
echo "OK: all $POINT submissions confirmed before the backup point are in the restored copy exactly once;" \
    "the application serves the copy"
