#!/usr/bin/env bash
# Our gateway side by side with an off-the-shelf federation gateway on the same subgraphs, data
# and query: Hive Gateway 2.15.1 with the Hive Router runtime (its Rust query planner), installed
# from npm into gateway/bench/peer/ (ignored node_modules). See gateway/bench/README.md.
#
#   gateway/bench/compare.sh            # against the local run (./mvnw -B -pl platform/devstack exec:java)
#
# What it does, in order:
#   1. tokens of the demo users viewer and admin (DEMO ONLY) from the local Keycloak;
#   2. the 50-venture dataset through the gateway's public mutations with the admin token:
#      "Bench Venture 01".."50", each with 2 or 3 owners from the demo partners and 2 funding
#      phases; recognised by name, so a second run writes nothing;
#   3. the peer: npm ci (once), the supergraph composed from both services' `_service { sdl }`,
#      Hive Gateway started on 127.0.0.1:$PEER_PORT (--fork 1, in-flight deduplication off, the
#      client's Authorization header forwarded); the script checks that both gateways give the
#      same 50-venture dashboard (modulo key order and number spelling);
#   4. downstream requests per dashboard query for first: 5 and first: 50 (our gateway's counter
#      gateway_downstream_requests_total, and for both gateways the services' own
#      http_server_requests_seconds_count);
#   5. wrk at concurrency 1, 10 and 50, our gateway and the peer interleaved, ROUNDS times; for
#      each run the CPU (utime+stime from /proc/PID/stat) of the gateway under test, of both
#      services and of PostgreSQL (postmaster, its live children and the children it reaped);
#   6. a table: requests/s, p50/p99, error answers, requests per gateway CPU-second and CPU per
#      request of every process; then RSS. The peer is stopped on exit, whatever happens.
#
# Settings (environment): DURATION seconds per run (15), ROUNDS (2), CONCURRENCY ("1 10 50"),
# WARMUP seconds per gateway before the first round (60: the JVMs reach their steady CPU per request only after a minute or more of load), PEER_PORT (4000), GATEWAY_URL,
# VENTURES_URL, PARTNERS_URL, KEYCLOAK_URL (the local run's), PG_PORT (5433).
# Loopback only; every request loop is bounded by DURATION; total about
# 2 * WARMUP + ROUNDS * |CONCURRENCY| * 2 * (DURATION + 3) seconds plus the first install.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
peer_dir="$here/peer"

GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:8080}"
VENTURES_URL="${VENTURES_URL:-http://127.0.0.1:8081}"
PARTNERS_URL="${PARTNERS_URL:-http://127.0.0.1:8082}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8180}"
PG_PORT="${PG_PORT:-5433}"
PEER_PORT="${PEER_PORT:-4000}"
PEER_URL="http://127.0.0.1:$PEER_PORT"
DURATION="${DURATION:-15}"
ROUNDS="${ROUNDS:-2}"
CONCURRENCY="${CONCURRENCY:-1 10 50}"
WARMUP="${WARMUP:-60}"
VENTURES=50

# shellcheck source=lib.sh
source "$here/lib.sh"

for url in "$GATEWAY_URL" "$VENTURES_URL" "$PARTNERS_URL" "$KEYCLOAK_URL"; do
  case "$url" in
    http://127.*|http://localhost*|http://\[::1\]*) ;;
    *) die "refusing $url: loopback addresses only" ;;
  esac
done
port_of() { local p="${1##*:}"; echo "${p%%/*}"; }

# --- prerequisites --------------------------------------------------------------------------
# wrk and jq are Debian packages: installed here when missing and we are root (as on the dev
# machine); Node.js >= 20 with npm must be there (the machine has it; never used by the build).
for tool in wrk jq; do
  if ! command -v "$tool" >/dev/null; then
    [[ $(id -u) == 0 ]] || die "$tool is missing: apt-get install -y $tool"
    say "installing $tool (apt-get install -y $tool)"
    apt-get install -y -qq "$tool" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }
  fi
done
for tool in curl node npm ss awk; do
  command -v "$tool" >/dev/null || die "$tool is missing (see gateway/bench/README.md)"
done
node_major=$(node -p 'process.versions.node.split(".")[0]')
(( node_major >= 20 )) || die "Node.js >= 20 needed by Hive Gateway 2.15.1 (found $(node --version))"

work=$(mktemp -d)
peer_pid=""
cleanup() {
  if [[ -n "$peer_pid" ]] && kill -0 "$peer_pid" 2>/dev/null; then
    kill -- "-$peer_pid" 2>/dev/null || kill "$peer_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$peer_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 -- "-$peer_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tokens and GraphQL over curl -----------------------------------------------------------
token() {  # a demo user's access token (public client jv-cli, password grant: DEMO ONLY)
  local answer
  answer=$(curl -s -m 10 "$KEYCLOAK_URL/realms/jv/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=jv-cli -d username="$1" -d password="$1-demo") || die "Keycloak at $KEYCLOAK_URL does not answer"
  jq -er .access_token <<<"$answer" 2>/dev/null || die "no token for $1: $answer"
}

# gql URL TOKEN BODY: the answer; fails on transport errors, HTTP >= 400 or GraphQL errors.
gql() {
  local answer
  answer=$(curl -s -m 30 -H "Authorization: Bearer $2" -H 'Content-Type: application/json' --data-binary "$3" "$1") \
    || die "no answer from $1"
  if ! jq -e '(.errors // []) | length == 0' >/dev/null 2>&1 <<<"$answer"; then
    die "GraphQL errors from $1 for $3: $answer"
  fi
  printf '%s' "$answer"
}

viewer=$(token viewer)
admin=$(token admin)

# --- 1. the dataset, through the gateway's public mutations ---------------------------------
load_dataset() {
  local partners existing created=0 owned=0 phases=0
  partners=$(gql "$GATEWAY_URL/graphql" "$admin" '{"query":"{ partners(first: 100) { edges { node { id } } } }"}' \
    | jq -c '[.data.partners.edges[].node.id]')
  local count; count=$(jq length <<<"$partners")
  (( count >= 3 )) || die "the dataset needs at least 3 partners (the demo data has 6), found $count"
  existing=$(gql "$GATEWAY_URL/graphql" "$admin" \
    '{"query":"{ ventures(filter: {search: \"Bench Venture\"}, first: 100) { edges { node { id name ownership { ledgerVersion } fundingPhases { name } } } } }"}' \
    | jq -c '[.data.ventures.edges[].node] | map({(.name): .}) | add // {}')
  local countries=(NO GB US AE FI SE DE FR)
  for i in $(seq 1 $VENTURES); do
    local name id ledger have
    name=$(printf 'Bench Venture %02d' "$i")
    id=$(jq -r --arg n "$name" '.[$n].id // empty' <<<"$existing")
    ledger=$(jq -r --arg n "$name" '.[$n].ownership.ledgerVersion // 0' <<<"$existing")
    have=$(jq -c --arg n "$name" '[.[$n].fundingPhases // [] | .[].name]' <<<"$existing")
    local country=${countries[$(( i % ${#countries[@]} ))]}
    if [[ -z "$id" ]]; then
      id=$(gql "$GATEWAY_URL/graphql" "$admin" "$(jq -nc --arg name "$name" --arg c "$country" --argjson i "$i" '{
          query: "mutation($input: VentureInput!) { createVenture(input: $input) { id } }",
          variables: {input: {name: $name, jurisdiction: $c, status: (if $i % 3 == 0 then "ANNOUNCED" else "ACTIVE" end),
            program: "Bench", site: {name: "Site \($i)", region: "Region \($i % 5)", country: $c}}}}')" \
        | jq -r .data.createVenture.id)
      created=$((created + 1))
    fi
    if (( ledger == 0 )); then
      # 2 owners 50/50 for even i, 3 owners 40/35/25 for odd i, taken in turn from the partners.
      gql "$GATEWAY_URL/graphql" "$admin" "$(jq -nc --arg id "$id" --argjson p "$partners" --argjson i "$i" '
          ($p | length) as $n
          | (if $i % 2 == 0 then ["50", "50"] else ["40", "35", "25"] end) as $pct
          | {query: "mutation($id: ID!, $input: SetOwnershipInput!) { setOwnership(ventureId: $id, input: $input) { ledgerVersion } }",
             variables: {id: $id, input: {basedOnVersion: 0, effectiveDate: "2025-01-01", reason: "benchmark dataset",
               stakes: [range($pct | length) as $k | {partnerId: $p[($i + $k) % $n], percentage: $pct[$k]}]}}}')" >/dev/null
      owned=$((owned + 1))
    fi
    for ordinal in 1 2; do
      local phase="Phase $ordinal"
      if ! jq -e --arg ph "$phase" 'index($ph) != null' >/dev/null <<<"$have"; then
        gql "$GATEWAY_URL/graphql" "$admin" "$(jq -nc --arg id "$id" --arg ph "$phase" --argjson o "$ordinal" --argjson i "$i" '{
            query: "mutation($id: ID!, $input: FundingPhaseInput!) { addFundingPhase(ventureId: $id, input: $input) { id } }",
            variables: {id: $id, input: {name: $ph, ordinal: $o,
              kind: (if $o == 1 then "INITIAL" else "EXPANSION" end),
              status: (if $o == 1 then "COMMITTED" else "PLANNED" end),
              capacityMw: "\(50 * $o + $i)", committedCapital: {amount: "\((100 * $o + $i) * 1000000)", currency: "USD"}}}}')" >/dev/null
        phases=$((phases + 1))
      fi
    done
  done
  say "dataset: $VENTURES bench ventures ($created created, $owned cap tables set, $phases funding phases added now)"
}
load_dataset

# --- the two documents: the same dashboard, in each gateway's schema ------------------------
# Ours: the gateway's DASHBOARD (gateway tests, support/Queries.DASHBOARD; also dashboard.sh).
ours_doc='query Dashboard($filter: VentureFilter, $first: Int, $after: String) { ventures(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name program status jurisdiction site { name region country } ownership { ledgerVersion parity stakes { percentage partner { id name } } } fundingPhases { name ordinal kind status capacityMw committedCapital { amount currency } commitments { percentage amount { amount currency } partner { id name } } } totals { amount currency } } } } }'
# The peer serves the subgraphs' own schema: a page is ventures(limit) { totalCount items },
# no Relay cursors; every other field is the same.
peer_doc='query Dashboard($limit: Int) { ventures(limit: $limit) { totalCount items { id name program status jurisdiction site { name region country } ownership { ledgerVersion parity stakes { percentage partner { id name } } } fundingPhases { name ordinal kind status capacityMw committedCapital { amount currency } commitments { percentage amount { amount currency } partner { id name } } } totals { amount currency } } } }'
for n in 5 50; do
  jq -nc --arg q "$ours_doc" --argjson n "$n" '{query: $q, variables: {first: $n}}' > "$work/ours-$n.json"
  jq -nc --arg q "$peer_doc" --argjson n "$n" '{query: $q, variables: {limit: $n}}' > "$work/peer-$n.json"
done

# --- 2. the peer ---------------------------------------------------------------------------
if listening "$PEER_PORT"; then die "port $PEER_PORT is taken: set PEER_PORT"; fi
stamp="$peer_dir/node_modules/.compare-lock"
if ! cmp -s "$peer_dir/package-lock.json" "$stamp" 2>/dev/null; then
  say "installing the peer (npm ci in gateway/bench/peer)"
  (cd "$peer_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci failed in $peer_dir"
  cp "$peer_dir/package-lock.json" "$stamp"
fi
for service in ventures partners; do
  url_var="${service^^}_URL"
  gql "${!url_var}/graphql" "$viewer" '{"query":"{ _service { sdl } }"}' | jq -r .data._service.sdl > "$peer_dir/$service.sdl"
done
(cd "$peer_dir" && node compose.mjs "ventures=$VENTURES_URL/graphql=ventures.sdl" "partners=$PARTNERS_URL/graphql=partners.sdl" \
  > "$work/supergraph.graphql") || die "the subgraphs do not compose"
mv "$work/supergraph.graphql" "$peer_dir/supergraph.graphql"

# Its own process group (setsid), so that cleanup stops it and anything it started.
(cd "$peer_dir" && exec setsid node node_modules/@graphql-hive/gateway/dist/bin.js supergraph supergraph.graphql \
  --fork 1 --host 127.0.0.1 --port "$PEER_PORT" > "$work/peer.log" 2>&1) &
peer_pid=$!
for _ in $(seq 120); do
  curl -s -m 2 -o /dev/null "$PEER_URL/graphql?query=%7B__typename%7D" && break
  kill -0 "$peer_pid" 2>/dev/null || { cat "$work/peer.log" >&2; die "the peer did not start"; }
  sleep 0.5
done
curl -s -m 2 -o /dev/null "$PEER_URL/graphql?query=%7B__typename%7D" || { cat "$work/peer.log" >&2; die "the peer does not answer"; }

# --- the same answer from both ---------------------------------------------------------------
gql "$GATEWAY_URL/graphql" "$viewer" "@$work/ours-50.json" > "$work/ours-answer.json"
gql "$PEER_URL/graphql" "$viewer" "@$work/peer-50.json" > "$work/peer-answer.json"
grep -q hive_router_query_planner "/proc/$peer_pid/maps" || die "the peer did not load the Rust query planner"
node - "$work/ours-answer.json" "$work/peer-answer.json" "$VENTURES" <<'JS' || die "the two gateways give different dashboards"
const { readFileSync } = require('node:fs');
const [oursFile, peerFile, expected] = process.argv.slice(2);
const ours = JSON.parse(readFileSync(oursFile, 'utf8')).data.ventures;
const peer = JSON.parse(readFileSync(peerFile, 'utf8')).data.ventures;
// Our connection's edges[].node against the peer's items; JSON.parse makes 50 and 50.0000 equal.
const a = { totalCount: ours.totalCount, items: ours.edges.map((e) => e.node) };
const b = { totalCount: peer.totalCount, items: peer.items };
function diff(x, y, path) {
  if (typeof x !== typeof y || Array.isArray(x) !== Array.isArray(y) || (x === null) !== (y === null)) return path;
  if (x && typeof x === 'object') {
    const keys = Array.isArray(x) ? [...Array(Math.max(x.length, y.length)).keys()]
      : [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
    for (const k of keys) { const d = diff(x[k], y[k], `${path}.${k}`); if (d) return d; }
    return null;
  }
  return x === y ? null : path;
}
const where = diff(a, b, 'ventures');
if (where) {
  console.error(`first difference at ${where}`);
  process.exit(1);
}
const items = a.items.length;
const fields = JSON.stringify(a).match(/"[^"]+":/g).length;
console.error(`same dashboard from both gateways: ${items} ventures, ${fields} fields, totalCount ${a.totalCount}`);
if (items !== Number(expected)) { console.error(`expected ${expected} ventures on the page`); process.exit(1); }
JS

# --- CPU and counters ------------------------------------------------------------------------
gateway_pid=$(pid_on "$(port_of "$GATEWAY_URL")")
ventures_pid=$(pid_on "$(port_of "$VENTURES_URL")")
partners_pid=$(pid_on "$(port_of "$PARTNERS_URL")")
pg_pid=$(pid_on "$PG_PORT")
[[ -n "$gateway_pid" && -n "$ventures_pid" && -n "$partners_pid" && -n "$pg_pid" ]] \
  || die "no process found on one of the ports (ss -ltnp): gateway '$gateway_pid' ventures '$ventures_pid' partners '$partners_pid' postgres '$pg_pid'"
hz=$(getconf CLK_TCK)

# utime+stime of a process (all its threads), in clock ticks; fields after the ")" of comm.
ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
# PostgreSQL: the postmaster, its live children (backends, writers) and the children it reaped.
pg_ticks() {
  local total child
  total=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$pg_pid/stat")
  for child in $(cat /proc/"$pg_pid"/task/*/children 2>/dev/null); do
    total=$(( total + $(ticks "$child" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
pg_rss_mb() {
  local kb=0 pid
  for pid in "$pg_pid" $(cat /proc/"$pg_pid"/task/*/children 2>/dev/null); do
    kb=$(( kb + $(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0) ))
  done
  echo $(( kb / 1024 ))
}

# gateway_downstream_requests_total by service (health pings left out); ours only.
downstream() {
  curl -s -m 5 "$GATEWAY_URL/q/metrics" | awk -v svc="$1" '
    /^gateway_downstream_requests_total\{/ && index($0, "service=\"" svc "\"") && !index($0, "operation=\"Ping\"") { n += $2 }
    END { printf "%d", n }'
}
# The /graphql requests a service has answered (its own http_server_requests_seconds_count);
# a busy service may be slow to answer /q/metrics, hence the long timeout; fails when it gives none.
served() {
  curl -s -m 20 "$1/q/metrics" | awk '
    /^http_server_requests_seconds_count\{/ && index($0, "uri=\"/graphql\"") { n += $2; seen = 1 }
    END { if (!seen) exit 1; printf "%d", n }' || die "no http_server_requests_seconds_count from $1/q/metrics"
}

# Waits (15 s at most) until both services have stopped answering requests: after a run that
# overloaded them, work queued by the gateway under test must not be counted in the next run.
settle() {
  local before after
  for _ in $(seq 15); do
    before=$(( $(served "$VENTURES_URL") + $(served "$PARTNERS_URL") ))
    sleep 1
    after=$(( $(served "$VENTURES_URL") + $(served "$PARTNERS_URL") ))
    (( after == before )) && return 0
  done
  say "  (the services were still busy after 15 s)"
}

# --- 3. downstream requests per query ---------------------------------------------------------
say "counting downstream requests per query"
downstream_lines=()
for n in 5 50; do
  for gw in ours peer; do
    url="$GATEWAY_URL/graphql"; [[ $gw == peer ]] && url="$PEER_URL/graphql"
    v0=$(served "$VENTURES_URL"); p0=$(served "$PARTNERS_URL"); dv0=$(downstream ventures-service); dp0=$(downstream partners-service)
    gql "$url" "$viewer" "@$work/$gw-$n.json" >/dev/null
    sleep 0.5  # the services record a request when its answer is written
    v1=$(served "$VENTURES_URL"); p1=$(served "$PARTNERS_URL"); dv1=$(downstream ventures-service); dp1=$(downstream partners-service)
    line=$(printf '  first: %-3s %-5s at the services: ventures-service %d, partners-service %d' "$n" "$gw" $((v1 - v0)) $((p1 - p0)))
    [[ $gw == ours ]] && line+=$(printf '   gateway_downstream_requests_total: ventures-service %d, partners-service %d' $((dv1 - dv0)) $((dp1 - dp0)))
    downstream_lines+=("$line")
  done
done

# --- 4. the load runs --------------------------------------------------------------------------
# The whole machine's busy and total CPU ticks ("busy,total", /proc/stat): how busy the box was
# during a run, other engineers' work and wrk included; the figures mean little when it is high.
box() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy "," busy + $5 + $6 }' /proc/stat; }

# run GW CONCURRENCY SECONDS: prints "requests duration_us p50_us p99_us non2xx gqlerrors socket timeouts",
# the CPU ticks of gateway, ventures, partners, postgres spent meanwhile, the /graphql requests
# both services answered meanwhile, and the machine's busy percentage.
run() {
  local gw=$1 c=$2 seconds=$3 url="$GATEWAY_URL/graphql" pid=$gateway_pid threads out
  [[ $gw == peer ]] && { url="$PEER_URL/graphql"; pid=$peer_pid; }
  threads=$(( c < 2 ? c : 2 ))
  local g0 v0 p0 s0 g1 v1 p1 s1 d0 d1 b0 b1
  settle
  local tok; tok=$(token viewer)  # access tokens live 5 minutes: a fresh one for every run
  d0=$(( $(served "$VENTURES_URL") + $(served "$PARTNERS_URL") )); b0=$(box)
  g0=$(ticks "$pid"); v0=$(ticks "$ventures_pid"); p0=$(ticks "$partners_pid"); s0=$(pg_ticks)
  out=$(BENCH_BODY_FILE="$work/$gw-50.json" BENCH_TOKEN="$tok" timeout $(( seconds + 30 )) \
    wrk -t"$threads" -c"$c" -d"${seconds}s" --timeout 10s -s "$here/dashboard.lua" "$url") \
    || die "wrk failed against $url: $out"
  g1=$(ticks "$pid"); v1=$(ticks "$ventures_pid"); p1=$(ticks "$partners_pid"); s1=$(pg_ticks)
  b1=$(box); d1=$(( $(served "$VENTURES_URL") + $(served "$PARTNERS_URL") ))
  sed -nE 's/^RESULT requests=([0-9]+) duration_us=([0-9]+) p50_us=([0-9]+) p99_us=([0-9]+) non2xx=([0-9]+) gqlerrors=([0-9]+) socket_errors=([0-9]+) timeouts=([0-9]+)$/\1 \2 \3 \4 \5 \6 \7 \8/p' <<<"$out" \
    | tr '\n' ' '
  echo "$((g1 - g0)) $((v1 - v0)) $((p1 - p0)) $((s1 - s0)) $((d1 - d0)) $(awk -v a="$b0" -v b="$b1" 'BEGIN {
    split(a, x, ","); split(b, y, ","); t = y[2] - x[2]; printf "%d", (t > 0) ? 100 * (y[1] - x[1]) / t : 0 }')"
}

say ""
say "warm-up: ${WARMUP}s per gateway at concurrency 10 (not counted)"
run ours 10 "$WARMUP" > "$work/run.out"
run peer 10 "$WARMUP" > "$work/run.out"

rows=()
for round in $(seq 1 "$ROUNDS"); do
  for c in $CONCURRENCY; do
    for gw in ours peer; do
      say "round $round, concurrency $c, $gw: ${DURATION}s"
      run "$gw" "$c" "$DURATION" > "$work/run.out"
      read -r req dur p50 p99 non2xx gqlerr sock tmo g v p s d busy < "$work/run.out"
      [[ -n "$busy" ]] || die "no result from wrk: $(cat "$work/run.out")"
      rows+=("$round $c $gw $req $dur $p50 $p99 $non2xx $gqlerr $sock $tmo $g $v $p $s $d $busy")
    done
  done
done

peer_rss=$(rss_mb "$peer_pid")

# --- 5. the table ------------------------------------------------------------------------------
echo
echo "Machine: $(nproc) CPUs, load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
echo "Dashboard (first: $VENTURES, viewer token), ${DURATION}s per run, wrk; gateway = ours (port $(port_of "$GATEWAY_URL")) or the peer (Hive Gateway 2.15.1 + router-runtime, port $PEER_PORT)"
echo "errors = non-2xx + 2xx answers with GraphQL errors; sock = wrk socket errors + timeouts; CPU in ms per request (utime+stime, clock tick $((1000 / hz)) ms)"
echo "down/req = /graphql requests the two services answered per dashboard (a deduplicating peer would show fewer); box = the machine's busy CPU % meanwhile"
echo "req/gw-cpu-s counts every answer, error answers included (a gateway failing fast scores high); ok/gw-cpu-s counts complete answers only"
printf '%-5s %-4s %-5s %8s %8s %8s %8s %6s %5s %12s %11s %9s %11s %11s %9s %8s %4s\n' \
  round c gw req/s p50_ms p99_ms requests errors sock req/gw-cpu-s ok/gw-cpu-s gw-ms/req ventures-ms partners-ms pg-ms down/req box%
for row in "${rows[@]}"; do
  read -r round c gw req dur p50 p99 non2xx gqlerr sock tmo g v p s d busy <<<"$row"
  awk -v round="$round" -v c="$c" -v gw="$gw" -v req="$req" -v dur="$dur" -v p50="$p50" -v p99="$p99" \
      -v err=$((non2xx + gqlerr)) -v sock=$((sock + tmo)) -v g="$g" -v v="$v" -v p="$p" -v s="$s" -v d="$d" \
      -v busy="$busy" -v hz="$hz" 'BEGIN {
    ms = 1000 / hz
    per = (req > 0) ? ms / req : 0
    printf "%-5s %-4s %-5s %8.1f %8.1f %8.1f %8d %6d %5d %12s %11s %9.1f %11.1f %11.1f %9.1f %8.2f %4d\n",
      round, c, gw, req / (dur / 1e6), p50 / 1000, p99 / 1000, req, err, sock,
      (g > 0) ? sprintf("%.1f", req / (g / hz)) : "n/a", (g > 0) ? sprintf("%.1f", (req - err) / (g / hz)) : "n/a",
      g * per, v * per, p * per, s * per,
      (req > 0) ? d / req : 0, busy
  }'
done
echo
echo "Downstream requests for one dashboard query (counters before/after, no load meanwhile):"
printf '%s\n' "${downstream_lines[@]}"
echo
printf 'RSS after the runs (MB): gateway %s, peer %s, ventures-service %s, partners-service %s, postgres (all processes) %s\n' \
  "$(rss_mb "$gateway_pid")" "$peer_rss" "$(rss_mb "$ventures_pid")" "$(rss_mb "$partners_pid")" "$(pg_rss_mb)"
