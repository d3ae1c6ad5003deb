# Shared by the load and fault scripts: the packaged application, started and stopped by hand.
# Expects REPO (repository root), DB_URL (JDBC URL of the MariaDB database) and OUT (a work folder).

: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
DB_NAME="${DB_URL##*/}"
DB_NAME="${DB_NAME%%\?*}"

sql() { mariadb -uroot -h127.0.0.1 -N -B "$DB_NAME" -e "$1"; }

packaged_jar() {
    local jar
    jar="$(ls "$REPO"/target/bluezone-portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)"
    [ -n "$jar" ] || { echo "no packaged application: run ./mvnw -DskipTests package first" >&2; exit 1; }
    echo "$jar"
}

# The test classpath, for running the benchmark clients without Maven in the way.
test_classpath() {
    if [ ! -s "$REPO/target/test-classpath.txt" ]; then
        (cd "$REPO" && ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
            -Dmdep.outputFile=target/test-classpath.txt >/dev/null)
    fi
    echo "$REPO/target/test-classes:$REPO/target/classes:$(cat "$REPO/target/test-classpath.txt")"
}

# start_app NAME PORT [extra arguments]: the packaged application on MariaDB, in the background.
start_app() {
    local name="$1" port="$2"
    shift 2
    SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= PORTAL_DEMO=false \
        "$JAVA" -Xmx1g -jar "$(packaged_jar)" --server.port="$port" "$@" >"$OUT/$name.log" 2>&1 &
    echo $! >"$OUT/$name.pid"
}

# wait_ready PORT: seconds (with decimals) until the login page answers 200, at most 120 s.
wait_ready() {
    local port="$1" start
    start="$(date +%s.%N)"
    for _ in $(seq 1 480); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = "200" ]; then
            echo "$(date +%s.%N) - $start" | bc
            return 0
        fi
        sleep 0.25
    done
    echo "the application on port $port did not answer within 120 s" >&2
    return 1
}

stop_app() {
    local name="$1"
    [ -f "$OUT/$name.pid" ] && kill "$(cat "$OUT/$name.pid")" 2>/dev/null || true
}

# wait_for_log NAME PATTERN: until the application's log shows the pattern, at most 180 s (the demo
# data is loaded after the server already answers).
wait_for_log() {
    for _ in $(seq 1 720); do
        grep -q "$2" "$OUT/$1.log" 2>/dev/null && return 0
        sleep 0.25
    done
    echo "no '$2' in $OUT/$1.log within 180 s" >&2
    return 1
}
