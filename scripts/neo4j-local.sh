#!/usr/bin/env bash
# A real Neo4j Community server without Docker, for the tests, the benchmarks and anyone
# without a container engine: jars from Maven Central (scripts/neo4j/pom.xml), a minimal
# config (loopback only, auth on with a generated password, small memory), started with
# plain `java`, stopped with SIGTERM.
#
#   eval "$(scripts/neo4j-local.sh start)"         # prints export KG_NEO4J_URI=… lines
#   eval "$(scripts/neo4j-local.sh start --test)"  # KG_TEST_NEO4J_…: the tests may empty it
#   scripts/neo4j-local.sh status | env [--test] | stop | reset
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

prefix=KG_NEO4J_
[[ "${2:-}" == "--test" ]] && prefix=KG_TEST_NEO4J_

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

running() { # our server is up: the pid file names a live java started with this home
    local pid
    [[ -f "$pidfile" ]] || return 1
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null && grep -qF -- "--home-dir=$home" "/proc/$pid/cmdline" 2>/dev/null; then
        return 0
    fi
    rm -f "$pidfile" "$envfile" # stale: that process is gone, or the pid was reused
    return 1
}

print_env() { sed "s/KG_NEO4J_/$prefix/" "$envfile"; }

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
    if [[ -f "$home/data/dbms/auth.ini" ]]; then
        [[ -s "$home/password" ]] || die "$home/data has a password but $home/password is gone; run: $0 reset"
        return
    fi
    # Hex: a password starting with '-' (1 in 64 of token_urlsafe) is read as an option.
    (umask 077 && python3 -c 'import secrets; print(secrets.token_hex(24))' >"$home/password")
    # The admin tool takes the password as an argument only: visible to `ps` for about a
    # second, on a server that listens on loopback only.
    NEO4J_HOME="$home" NEO4J_CONF="$home/conf" "$java_bin" -cp "$lib/*" org.neo4j.cli.AdminTool \
        dbms set-initial-password "$(cat "$home/password")" >"$home/logs/admin.log" 2>&1 ||
        die "setting the initial password failed: $(tail -3 "$home/logs/admin.log")"
}

write_env() {
    local port="$1"
    (umask 077 && cat >"$envfile") <<EOF
export KG_NEO4J_URI=bolt://127.0.0.1:$port
export KG_NEO4J_USER=neo4j
export KG_NEO4J_PASSWORD=$(cat "$home/password")
export KG_NEO4J_DATABASE=neo4j
EOF
}

wait_for_bolt() { # 0 when Bolt answers, 1 when java exited, 2 on time-out
    local port="$1" pid="$2" deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-180}))
    until grep -q "Started\." "$home/logs/console.log" 2>/dev/null &&
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || return 1
        (( SECONDS < deadline )) || return 2
        sleep 0.5
    done
}

launch() { # start java on a port and wait for Bolt; returns as wait_for_bolt does
    local port="$1"
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
    launched=$!
    echo "$launched" >"$pidfile"
    wait_for_bolt "$port" "$launched"
}

start() {
    if running; then
        say "already running (pid $(cat "$pidfile"))"
        print_env
        return
    fi
    pick_java
    fetch
    local port attempt status
    for attempt in 1 2 3; do
        port="$(free_port)"
        status=0
        launch "$port" || status=$?
        (( status == 0 )) && break
        if (( status == 2 )); then
            kill "$launched" 2>/dev/null || true
            die "Bolt did not answer on port $port in time: $(tail -3 "$home/logs/console.log")"
        fi
        rm -f "$pidfile"
        # Another process may take the free port between our look and Neo4j's bind.
        grep -q "Address already in use" "$home/logs/console.log" && (( attempt < 3 )) && continue
        die "Neo4j exited during start: $(tail -5 "$home/logs/console.log")"
    done
    write_env "$port"
    say "ready (pid $launched)"
    print_env
}

stop() {
    running || { say "not running"; return; }
    local pid deadline=$((SECONDS + 60))
    pid="$(cat "$pidfile")"
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do
        (( SECONDS < deadline )) || { kill -KILL "$pid" 2>/dev/null || true; break; }
        sleep 0.2
    done
    rm -f "$pidfile" "$envfile"
    say "stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) if running; then say "running (pid $(cat "$pidfile"))"; else say "not running"; exit 3; fi ;;
    env) if running; then print_env; else die "not running"; fi ;;
    reset) stop; rm -rf "$home/data" "$home/password"; say "data removed" ;;
    *) echo "usage: $0 start|stop|status|env|reset" >&2; exit 2 ;;
esac
