#!/usr/bin/env bash
# Cold start (issue 17): the packaged application on its embedded default (H2 under ./data, demo
# data loaded on first start), each run from a fresh temporary directory. Polls the login page every
# 100 ms and records the time to its first 200, then signs in as a demo account over the report
# API's HTTP Basic until that is not refused (401 = the account is not there yet), and reads the
# demo loading time from the log.
#
#   ./mvnw -DskipTests package      # once: the jar
#   src/test/load/cold-start.sh [runs] [extra JVM options...]   # JAR=... for another jar, PORT=... (8097)
#
# Prints one line per run and the medians. Logs stay in target/cold-start/.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
RUNS="${1:-3}"
shift || true
PORT="${PORT:-8097}"
OUT="$REPO/target/cold-start"
mkdir -p "$OUT"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="${JAR:-$(ls "$REPO"/target/bluezone-portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}"
[ -n "$JAR" ] || { echo "no packaged application: run ./mvnw -DskipTests package first" >&2; exit 1; }
# a demo commune officer; any answer but 401 means the account exists and the password matched
USER_PASS="xa.duclapha:Bluezone@2020"
API="http://127.0.0.1:$PORT/api/v1/reports?campaignId=1&date=2020-08-13"

now() { date +%s%N; }
ms() { echo $(( ($1 - $2) / 1000000 )); }
# milliseconds since the epoch of a log line's leading ISO time stamp
log_ms() { date -d "$(echo "$1" | awk '{print $1}')" +%s%3N; }

APP_PID=""
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true' EXIT
printf '%-4s %10s %12s %12s %8s\n' run login_ms signin_ms demo_ms load1
LOGINS=(); SIGNINS=(); DEMOS=()
for run in $(seq 1 "$RUNS"); do
    DIR="$(mktemp -d)"
    # the machine's load when the run starts: on shared cores, figures move with it
    load1="$(cut -d' ' -f1 /proc/loadavg)"
    LOG="$OUT/run-$run.log"
    start="$(now)"
    (cd "$DIR" && exec "$JAVA_HOME/bin/java" "$@" -jar "$JAR" --server.port="$PORT" >"$LOG" 2>&1) &
    APP_PID=$!
    login=""; signin=""
    for _ in $(seq 1 1200); do
        if [ -z "$login" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = "200" ]; then
            login="$(ms "$(now)" "$start")"
        fi
        if [ -n "$login" ]; then
            code="$(curl -s -o /dev/null -w '%{http_code}' -u "$USER_PASS" "$API" || true)"
            if [ "$code" != "401" ] && [ "$code" != "000" ]; then
                signin="$(ms "$(now)" "$start")"
                break
            fi
        fi
        sleep 0.1
    done
    # the demo loading: "Demo data: ready in N ms" when the loader says so, else from the log's
    # time stamps (the loader ran after "Started ...")
    for _ in $(seq 1 600); do grep -q "Demo data: ready" "$LOG" && break; sleep 0.1; done
    demo="$(grep -o 'Demo data: ready in [0-9]* ms' "$LOG" | grep -o '[0-9]*' | head -n 1 || true)"
    if [ -z "$demo" ]; then
        started="$(grep -m1 'Started .* in ' "$LOG" || true)"
        ready="$(grep -m1 'Demo data: ready' "$LOG" || true)"
        demo=$(( $(log_ms "$ready") - $(log_ms "$started") ))
    fi
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    rm -rf "$DIR"
    printf '%-4s %10s %12s %12s %8s\n' "$run" "${login:-?}" "${signin:-?}" "$demo" "$load1"
    grep 'Demo data: .* ms' "$LOG" | sed 's/.*Demo data: /     /' || true
    LOGINS+=("${login:-0}"); SIGNINS+=("${signin:-0}"); DEMOS+=("$demo")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-4s %10s %12s %12s\n' med "$(median "${LOGINS[@]}")" "$(median "${SIGNINS[@]}")" "$(median "${DEMOS[@]}")"
