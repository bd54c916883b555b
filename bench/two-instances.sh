#!/usr/bin/env bash
# Two Pimento instances behind one PostgreSQL and OpenSearch agree on visitors: an event sent to
# one is reflected by the other's very next placement request (docs/events.md).
#
#   bench/two-instances.sh
#
# Starts its own services (.data/two-instances, ports 55492 / 59292) and two instances of the
# packaged application (ports 18092 and 18093, the first loading the demo catalog), creates a
# behaviour segment and a channel token on the first, then 20 times: sends a view to one instance
# and asks the other for the session's home placement, alternating. Prints whether each answer saw
# the event (the segment matched) and the time from sending the event to the other's answer.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export PIMENTO_DATA_DIR=$ROOT/.data/two-instances PIMENTO_PG_PORT=55492 PIMENTO_OS_PORT=59292
unset PIMENTO_OS_TRANSPORT_PORT
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
bin/services start >&2
while IFS='=' read -r name value; do [ -n "$name" ] && export "$name=$value"; done < <(bin/services env)
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; wait 2>/dev/null || true; bin/services stop >/dev/null 2>&1 || true' EXIT
start() {
  QUARKUS_HTTP_PORT=$1 PIMENTO_DEMO_LOAD=$2 QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    java -Xmx768m -jar target/quarkus-app/quarkus-run.jar >"$PIMENTO_DATA_DIR/app-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 180); do curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null && return; sleep 1; done
  echo "instance on $1 did not start" >&2; tail -20 "$PIMENTO_DATA_DIR/app-$1.log" >&2; exit 1
}
start 18092 true
start 18093 false
A=http://127.0.0.1:18092/api/v1 B=http://127.0.0.1:18093/api/v1
CHANNEL=$(curl -sf -u admin:admin "$A/channels" | jq -r '.items[0].code')
until [ "$(curl -sf -u admin:admin "$A/feeds/$CHANNEL/products?limit=1" | jq -r '.items | length')" = 1 ]; do sleep 1; done
PRODUCT=$(curl -sf -u admin:admin "$A/feeds/$CHANNEL/products?limit=1" | jq -r '.items[0].identifier')
TOKEN=$(curl -sf -u admin:admin -H 'Content-Type: application/json' -d '{"name": "two-instances"}' "$A/channels/$CHANNEL/tokens" | jq -r .token)
SEGMENT=viewed_$RANDOM
curl -sf -u admin:admin -X PUT -H 'Content-Type: application/json' "$A/segments/$SEGMENT" -d "{\"code\": \"$SEGMENT\", \"name\": \"Viewed $PRODUCT\",
  \"condition\": {\"behavior\": \"viewed_product\", \"value\": \"$PRODUCT\", \"op\": \"gte\", \"count\": 1, \"within\": \"session\"}}" >/dev/null
seen=0
for i in $(seq 20); do
  if [ $((i % 2)) = 1 ]; then TO=$A FROM=$B; else TO=$B FROM=$A; fi
  session=two-$i-$RANDOM
  t0=$(date +%s.%N)
  curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$TO/events" -d "{\"events\": [{\"type\": \"view\",
    \"visitor\": \"$session\", \"session\": \"$session\", \"product\": \"$PRODUCT\", \"timestamp\": \"$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)\",
    \"consent\": {\"personalization\": true}}]}" >/dev/null
  segments=$(curl -sf -H "Authorization: Bearer $TOKEN" "$FROM/feeds/$CHANNEL/placements/home?visitor=$session&session=$session&limit=5" | jq -c .segments)
  ms=$(python3 -c "print(round(($(date +%s.%N)-$t0)*1000))")
  if grep -q "\"$SEGMENT\"" <<<"$segments"; then seen=$((seen + 1)); verdict=seen; else verdict=MISSED; fi
  echo "event to ${TO##*:}, placement from ${FROM##*:}: $verdict in $ms ms"
done
echo "$seen of 20 events were reflected by the other instance's next placement request"
[ "$seen" = 20 ]
