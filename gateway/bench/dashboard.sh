#!/usr/bin/env bash
# Latency of the dashboard query (a page of ventures with owners, phases and each owner's
# commitment) against a running gateway, with `hey` (Debian package: apt-get install -y hey).
#
#   gateway/bench/dashboard.sh [gateway-url] [requests] [concurrency]
#
# Sends the demo viewer's token (DEMO ONLY), taken from the local run's Keycloak unless TOKEN is
# set; KEYCLOAK_URL (default http://127.0.0.1:8180) says where that Keycloak is.
#
# Loopback only, bounded: 2000 requests by default, 10 at a time, each with a 10 s timeout.
# Prints hey's summary and the p50/p99 lines.
set -euo pipefail

url="${1:-http://127.0.0.1:8080}"
requests="${2:-2000}"
concurrency="${3:-10}"

case "$url" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing to load $url: loopback addresses only" >&2; exit 2 ;;
esac
command -v hey >/dev/null || { echo "hey is missing: apt-get install -y hey" >&2; exit 2; }

keycloak="${KEYCLOAK_URL:-http://127.0.0.1:8180}"
if [[ -z "${TOKEN:-}" ]]; then
  TOKEN=$(curl -s -m 10 "$keycloak/realms/jv/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=jv-cli -d username=viewer -d password=viewer-demo | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
fi
auth="Authorization: Bearer $TOKEN"

body=$(mktemp)
trap 'rm -f "$body"' EXIT
# The same document as the gateway's DashboardTests (support/Queries.DASHBOARD), first page of 20.
cat > "$body" <<'JSON'
{"query":"query Dashboard($first: Int) { ventures(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name program status jurisdiction site { name region country } ownership { ledgerVersion parity stakes { percentage partner { id name } } } fundingPhases { name ordinal kind status capacityMw committedCapital { amount currency } commitments { percentage amount { amount currency } partner { id name } } } totals { amount currency } } } } }","variables":{"first":20}}
JSON

# One request first: fail loudly if the gateway is not there or answers with errors.
check=$(curl -s -m 10 -H "$auth" -H 'Content-Type: application/json' --data @"$body" "$url/graphql")
if [[ "$check" != *'"ventures"'* || "$check" == *'"errors"'* ]]; then
  echo "the dashboard query failed: $check" >&2
  exit 1
fi

# Warm-up (JIT, connection pools), then the measured run.
hey -n 200 -c "$concurrency" -t 10 -m POST -H "$auth" -T application/json -D "$body" "$url/graphql" >/dev/null
out=$(hey -n "$requests" -c "$concurrency" -t 10 -m POST -H "$auth" -T application/json -D "$body" "$url/graphql")
echo "$out"
echo "---"
echo "dashboard, $requests requests, concurrency $concurrency:"
echo "$out" | grep -E '^\s+(50|99)% in' | sed 's/^ */  p/'
