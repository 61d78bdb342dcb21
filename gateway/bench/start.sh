#!/usr/bin/env bash
# Start time of each part of the local run: from a JVM's launch to its /q/health/ready answering 200.
#
#   gateway/bench/start.sh                                  # each part 3 times, as the local run starts it
#   RUNS=5 gateway/bench/start.sh -XX:TieredStopAtLevel=1   # with extra JVM options (they win over the local run's)
#
# For each part (gateway 8080, ventures-service 8081, partners-service 8082; PORTS to choose) the
# script reads the command line, environment and directory of the running JVM from /proc, and launches
# that same command again on a free port beside it, RUNS times, one JVM at a time: the same jar, class-data
# archive, JVM options, database and Keycloak, with the rest of the stack running and idle. Each measured
# JVM is stopped (SIGTERM) before the next one starts; the local run's own JVMs are never touched.
# Prints one line per start (ms to ready, and Quarkus' own "started in") and then the range per part.
set -euo pipefail

PORTS="${PORTS:-8080 8081 8082}"
RUNS="${RUNS:-3}"
READY_TIMEOUT_S="${READY_TIMEOUT_S:-60}"

# shellcheck source=lib.sh
source "$(cd "$(dirname "$0")" && pwd)/lib.sh"
for tool in curl ss awk; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a whole number of starts, 1 or more (got '$RUNS')"
[[ "$READY_TIMEOUT_S" =~ ^[1-9][0-9]*$ ]] || die "READY_TIMEOUT_S must be whole seconds, 1 or more (got '$READY_TIMEOUT_S')"
for port in $PORTS; do
  [[ "$port" =~ ^[0-9]+$ ]] && (( port > 0 && port < 65536 )) || die "PORTS holds '$port', not a port"
done
for option in "$@"; do
  [[ "$option" == -* ]] || die "'$option' is not a JVM option (extra arguments are JVM options, such as -XX:TieredStopAtLevel=1)"
done
free_port() {
  local port=18000
  while listening "$port"; do port=$((port + 1)); done
  echo "$port"
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

work=$(mktemp -d)
measured=""
cleanup() {
  if [[ -n "$measured" ]] && kill -0 "$measured" 2>/dev/null; then
    kill "$measured" 2>/dev/null || true
    wait "$measured" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

summary=()
for port in $PORTS; do
  pid=$(pid_on "$port")
  [[ -n "$pid" ]] || die "nothing listens on 127.0.0.1:$port: start the local run first (./mvnw -B -pl platform/devstack exec:java)"
  mapfile -d '' -t command < "/proc/$pid/cmdline"
  mapfile -d '' -t environment < "/proc/$pid/environ"
  directory=$(readlink "/proc/$pid/cwd")
  if printf '%s\n' "${command[@]}" | grep -q -- '-XX:ArchiveClassesAtExit'; then
    die "the JVM on $port is recording its class-data archive (the first start after a build): stop the local run, start it again, then measure"
  fi
  printf '%s\n' "${command[@]}" | grep -qx -- "-Dquarkus.http.port=$port" \
    || die "the JVM on $port was not started with -Dquarkus.http.port=$port (not the local run's?)"
  printf '%s\n' "${command[@]}" | grep -qx -- "-jar" || die "the JVM on $port was not started with -jar (not the local run's?)"
  part=$(basename "$(dirname "$(dirname "$directory")")")  # <module>/target/quarkus-app
  times=()
  for run in $(seq 1 "$RUNS"); do
    beside=$(free_port)
    # The extra options go last before -jar: of two values of one JVM option the later wins, so an
    # extra -Xmx or -XX:ReservedCodeCacheSize replaces the local run's instead of being overridden.
    relaunch=("${command[0]}")
    for arg in "${command[@]:1}"; do
      [[ "$arg" == "-jar" ]] && relaunch+=("$@")
      [[ "$arg" == "-Dquarkus.http.port=$port" ]] && arg="-Dquarkus.http.port=$beside"
      relaunch+=("$arg")
    done
    log="$work/$part-$run.log"
    started=$(now_ms)
    (cd "$directory" && exec env -i "${environment[@]}" "${relaunch[@]}") > "$log" 2>&1 &
    measured=$!
    until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$beside/q/health/ready"; do
      kill -0 "$measured" 2>/dev/null || { tail -5 "$log" >&2; die "$part exited before it was ready"; }
      (( $(now_ms) - started < READY_TIMEOUT_S * 1000 )) || die "$part was not ready within ${READY_TIMEOUT_S}s"
      sleep 0.02
    done
    ready=$(( $(now_ms) - started ))
    quarkus=$(sed -nE 's/.*started in ([0-9.]+s).*/\1/p' "$log" | head -1)
    printf '%-17s run %d: ready %5d ms (Quarkus: started in %s)\n' "$part" "$run" "$ready" "${quarkus:-?}"
    kill "$measured"
    wait "$measured" 2>/dev/null || true
    measured=""
    times+=("$ready")
  done
  range=$(printf '%s\n' "${times[@]}" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f s", lo / 1000, hi / 1000 }')
  summary+=("$(printf '%-17s %s' "$part" "$range")")
done

echo
echo "Ready after launch, $RUNS starts each, $(nproc) CPUs, extra JVM options: ${*:-none}"
printf '%s\n' "${summary[@]}"
