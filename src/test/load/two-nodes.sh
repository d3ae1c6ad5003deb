#!/usr/bin/env bash
# Two application nodes on one MariaDB behind nginx with sticky sessions, on loopback (issue 8):
# starts both, signs in through the proxy until each node holds a session, submits on one node and
# reads the report back on the other, and shows that the scheduled jobs wrote each message once.
#
#   ./mvnw -DskipTests package      # once: the jar
#   src/test/load/two-nodes.sh      # installs nginx from Debian if missing
#
# Uses a fresh database bluezone_nodes with the Long An demo data. Nodes on 8091 and 8092, the
# proxy on 8090; logs under target/two-nodes/. Production is described in docs/deployment.md.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
DB_URL="jdbc:mariadb://127.0.0.1:3306/bluezone_nodes"
OUT="$REPO/target/two-nodes"
PROXY=8090
mkdir -p "$OUT"
# shellcheck source=common.sh
. "$REPO/src/test/load/common.sh"

if ! command -v nginx >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx-light >/dev/null 2>&1 \
        || DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx >/dev/null
fi
# Debian starts its own nginx on port 80 when installing it; this script runs its own instance only
systemctl stop nginx 2>/dev/null || service nginx stop 2>/dev/null || true

mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS bluezone_nodes; CREATE DATABASE bluezone_nodes CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci"

cleanup() {
    stop_app node-a
    stop_app node-b
    [ -f "$OUT/nginx.pid" ] && kill "$(cat "$OUT/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# Sticky sessions with open-source nginx: a new browser is given a node at random in a cookie of
# the proxy's own (bznode), and every later request with that cookie goes to the same node.
mkdir -p "$OUT/nginx/logs"
cat >"$OUT/nginx.conf" <<NGINX
worker_processes 1;
pid $OUT/nginx.pid;
error_log $OUT/nginx/logs/error.log;
events { worker_connections 256; }
http {
    access_log $OUT/nginx/logs/access.log;
    upstream node_a { server 127.0.0.1:8091; }
    upstream node_b { server 127.0.0.1:8092; }
    split_clients "\${remote_addr}\${request_id}" \$new_node { 50% a; * b; }
    map \$cookie_bznode \$node { a a; b b; default \$new_node; }
    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    server {
        listen 127.0.0.1:$PROXY;
        location / {
            proxy_pass http://node_\$node;
            proxy_http_version 1.1;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_read_timeout 120s;
            add_header Set-Cookie "bznode=\$node; Path=/; HttpOnly; SameSite=Lax" always;
            add_header X-Portal-Node \$node always;
        }
    }
}
NGINX

# both nodes run the scheduled jobs often, and say so; reminders are due all day for the demo
JOBS=(--portal.demo.enabled=true --portal.mail.jobs-poll=PT5S --portal.mail.poll=PT5S --portal.mail.reminder-lead=PT23H
      --logging.level.vn.gov.bluezone.notification.CampaignMailJobs=debug --logging.level.net.javacrumbs.shedlock=debug)
start_app node-a 8091 "${JOBS[@]}"
echo "node a serving after $(wait_ready 8091) s"
wait_for_log node-a "Demo data: ready"
start_app node-b 8092 "${JOBS[@]}"
echo "node b serving after $(wait_ready 8092) s"
nginx -c "$OUT/nginx.conf" -p "$OUT/nginx"
sleep 1

CAMPAIGN="$(sql "select id from campaign where status = 'ACTIVE' order by id limit 1")"
TODAY="$(TZ=Asia/Ho_Chi_Minh date +%F)"
echo "demo campaign $CAMPAIGN, today in Vietnam $TODAY"

# sign in through the proxy as new clients until each node holds one of them
declare -A JAR_OF_NODE
for attempt in $(seq 1 20); do
    jar="$OUT/client-$attempt.cookies"
    node="$(curl -s -c "$jar" -b "$jar" -u xa.duclapha:Bluezone@2020 -o /dev/null -D - \
        "http://127.0.0.1:$PROXY/api/v1/reports?campaignId=$CAMPAIGN&date=$TODAY" | tr -d '\r' \
        | awk -F': ' 'tolower($1) == "x-portal-node" {print $2}')"
    [ -n "${JAR_OF_NODE[$node]:-}" ] || JAR_OF_NODE[$node]="$jar"
    [ -n "${JAR_OF_NODE[a]:-}" ] && [ -n "${JAR_OF_NODE[b]:-}" ] && break
done
[ -n "${JAR_OF_NODE[a]:-}" ] && [ -n "${JAR_OF_NODE[b]:-}" ] || { echo "FAILED: the proxy never used both nodes" >&2; exit 1; }
echo "signed in through the proxy on both nodes"

# the session cookie alone (no password) keeps working, on the same node
PREVIOUS="$(sql "select coalesce(max(cumulative_installs), 0) from daily_report r join administrative_unit u on u.id = r.unit_id where u.code = '27958' and r.campaign_id = $CAMPAIGN")"
BODY="{\"campaignId\":$CAMPAIGN,\"reportDate\":\"$TODAY\",\"cumulativeInstalls\":$((PREVIOUS + 25)),\"results\":\"Báo cáo qua hai nút\",\"signerName\":\"Phạm Thị Lập\",\"signerTitle\":\"Phó Chủ tịch UBND xã\",\"confirmAboveLimits\":true,\"confirmJump\":true}"
curl -s -b "${JAR_OF_NODE[a]}" -H 'Content-Type: application/json' -d "$BODY" -D "$OUT/submit.headers" \
    -o "$OUT/submit.json" "http://127.0.0.1:$PROXY/api/v1/reports"
echo "submitted on node $(awk -F': ' 'tolower($1) == "x-portal-node" {print $2}' "$OUT/submit.headers" | tr -d '\r'): $(head -c 200 "$OUT/submit.json")"
STATUS="$(curl -s -b "${JAR_OF_NODE[b]}" -o "$OUT/read.json" -D "$OUT/read.headers" -w '%{http_code}' \
    "http://127.0.0.1:$PROXY/api/v1/reports?campaignId=$CAMPAIGN&date=$TODAY")"
echo "read back on node $(awk -F': ' 'tolower($1) == "x-portal-node" {print $2}' "$OUT/read.headers" | tr -d '\r'): HTTP $STATUS $(head -c 120 "$OUT/read.json")"
[ "$STATUS" = "200" ] || { echo "FAILED: the other node does not see the report" >&2; exit 1; }

echo "letting the scheduled jobs of both nodes run for 70 s ..."
sleep 70
RAN_A="$(grep -c 'Campaign mail jobs ran on this node' "$OUT/node-a.log" || true)"
RAN_B="$(grep -c 'Campaign mail jobs ran on this node' "$OUT/node-b.log" || true)"
SKIPPED="$(cat "$OUT/node-a.log" "$OUT/node-b.log" | grep -c "Not executing 'campaign-mail'" || true)"
echo "campaign mail job runs: node a $RAN_A, node b $RAN_B; skipped because the other node held the lock: $SKIPPED"
mariadb -uroot -h127.0.0.1 -t bluezone_nodes -e "
    select name, lock_until, locked_at, locked_by from shedlock;
    select kind, count(*) as messages, count(distinct dedupe_key) as distinct_keys from outbox_message group by kind;
    select dedupe_key, count(*) from outbox_message where dedupe_key is not null group by dedupe_key having count(*) > 1;"
DUPLICATES="$(sql "select count(*) from (select dedupe_key from outbox_message where dedupe_key is not null group by dedupe_key having count(*) > 1) d")"
[ "$DUPLICATES" = "0" ] || { echo "FAILED: $DUPLICATES messages written twice" >&2; exit 1; }
echo "OK: one database, two nodes behind a sticky proxy; the report submitted on one node is read on the other; scheduled jobs ran $((RAN_A + RAN_B)) times in all, never twice for the same window, and no message was written twice"
