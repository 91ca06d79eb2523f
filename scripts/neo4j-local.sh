#!/usr/bin/env bash
# A real Neo4j Community server without Docker, for the tests, the benchmarks and anyone
# without a container engine: jars from Maven Central (scripts/neo4j/pom.xml), a minimal
# config (loopback only, auth on with a generated password, small memory), started with
# plain `java`, stopped with SIGTERM.
#
#   eval "$(scripts/neo4j-local.sh start)"   # prints export KG_NEO4J_URI=… lines
#   scripts/neo4j-local.sh status | env | stop | reset
#
# Settings: KG_NEO4J_HOME (where jars, data and logs go; default .neo4j in the repo),
# NEO4J_VERSION (default: the pom's, the 5.26 LTS line on Java 17; 2025.x and later need
# Java 21+, looked for in JAVA_HOME and /usr/lib/jvm), NEO4J_HEAP (default 512m).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
home="${KG_NEO4J_HOME:-$here/../.neo4j}"
mkdir -p "$home"
home="$(cd "$home" && pwd)"
pom="$here/neo4j/pom.xml"
version="${NEO4J_VERSION:-$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$pom")}"
lib="$home/lib-$version"
pidfile="$home/run/kg-neo4j.pid"
envfile="$home/env"

say() { echo "neo4j-local: $*" >&2; }
die() { say "error: $*"; exit 1; }

major() { # the major version of a java binary
    "$1" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

pick_java() {
    local need=17 entry=org.neo4j.server.CommunityEntryPoint candidate
    if [[ "$version" != 5.* ]]; then need=21 entry=org.neo4j.server.Neo4jCommunity; fi
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
        [[ -x "$candidate" ]] || continue
        if (( $(major "$candidate" || echo 0) >= need )); then
            java_bin="$candidate" entry_class="$entry"
            return
        fi
    done
    die "Neo4j $version needs Java $need or later; none found (set JAVA_HOME)"
}

fetch() {
    [[ -f "$lib/.complete" ]] && return
    command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Neo4j's jars: apt-get install maven"
    say "fetching Neo4j $version jars from Maven Central into $lib"
    rm -rf "$lib"
    mkdir -p "$home/logs"
    mvn -B -q -f "$pom" -Dneo4j.version="$version" -Dmaven.repo.local="$home/m2" \
        dependency:copy-dependencies -DoutputDirectory="$lib" -DincludeScope=runtime \
        >"$home/logs/maven.log" 2>&1 ||
        die "Maven could not fetch org.neo4j:neo4j:$version: $(tail -5 "$home/logs/maven.log")"
    touch "$lib/.complete"
}

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

configure() {
    local port="$1"
    mkdir -p "$home/conf" "$home/data" "$home/logs" "$home/run" "$home/plugins" "$home/import"
    cat >"$home/conf/neo4j.conf" <<EOF
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$port
server.bolt.advertised_address=127.0.0.1:$port
server.http.enabled=false
server.https.enabled=false
server.directories.data=$home/data
server.directories.logs=$home/logs
server.directories.run=$home/run
server.directories.plugins=$home/plugins
server.directories.import=$home/import
server.memory.pagecache.size=256m
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
db.tx_log.preallocate=false
db.tx_log.rotation.size=16M
db.tx_log.rotation.retention_policy=1 files
internal.dbms.bolt.netty_server_shutdown_quiet_period=0
EOF
}

set_password() {
    [[ -f "$home/data/dbms/auth.ini" ]] && return
    python3 -c 'import secrets; print(secrets.token_urlsafe(24))' >"$home/password"
    chmod 600 "$home/password"
    NEO4J_HOME="$home" NEO4J_CONF="$home/conf" "$java_bin" -cp "$lib/*" org.neo4j.cli.AdminTool \
        dbms set-initial-password "$(cat "$home/password")" >"$home/logs/admin.log" 2>&1 ||
        die "setting the initial password failed: $(tail -3 "$home/logs/admin.log")"
}

write_env() {
    local port="$1"
    umask 077
    cat >"$envfile" <<EOF
export KG_NEO4J_URI=bolt://127.0.0.1:$port
export KG_NEO4J_USER=neo4j
export KG_NEO4J_PASSWORD=$(cat "$home/password")
export KG_NEO4J_DATABASE=neo4j
EOF
}

wait_for_bolt() {
    local port="$1" pid="$2" deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-180}))
    until grep -q "Started\." "$home/logs/console.log" 2>/dev/null &&
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || die "Neo4j exited during start: $(tail -5 "$home/logs/console.log")"
        (( SECONDS < deadline )) || { kill "$pid"; die "Bolt did not answer on port $port in time"; }
        sleep 0.5
    done
}

start() {
    if running; then
        say "already running (pid $(cat "$pidfile"))"
        cat "$envfile"
        return
    fi
    pick_java
    fetch
    local port
    port="$(free_port)"
    configure "$port"
    set_password
    say "starting Neo4j $version on 127.0.0.1:$port with $java_bin"
    : >"$home/logs/console.log"
    setsid "$java_bin" -Xms"${NEO4J_HEAP:-512m}" -Xmx"${NEO4J_HEAP:-512m}" \
        --add-opens=java.base/java.nio=ALL-UNNAMED \
        --add-opens=java.base/java.io=ALL-UNNAMED \
        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
        -cp "$lib/*" "$entry_class" --home-dir="$home" --config-dir="$home/conf" --console-mode \
        </dev/null >>"$home/logs/console.log" 2>&1 &
    local pid=$!
    echo "$pid" >"$pidfile"
    wait_for_bolt "$port" "$pid"
    write_env "$port"
    say "ready (pid $pid)"
    cat "$envfile"
}

stop() {
    running || { say "not running"; return; }
    local pid deadline=$((SECONDS + 60))
    pid="$(cat "$pidfile")"
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do
        (( SECONDS < deadline )) || { kill -KILL "$pid"; break; }
        sleep 0.2
    done
    rm -f "$pidfile" "$envfile"
    say "stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) if running; then say "running (pid $(cat "$pidfile"))"; else say "not running"; exit 3; fi ;;
    env) running && cat "$envfile" || die "not running" ;;
    reset) stop; rm -rf "$home/data" "$home/password"; say "data removed" ;;
    *) echo "usage: $0 start|stop|status|env|reset" >&2; exit 2 ;;
esac
