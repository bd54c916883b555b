#!/usr/bin/env bash
# Fault drills, run before a release (too slow for every build): what happens to a 50,000-row
# import and to API traffic when a part of the system dies. Each scenario prints PASS or FAIL
# with its figures; the script exits non-zero if any failed.
#
#   bench/faults.sh [--products 50000] [--only opensearch|app|postgres]
#
#   opensearch  OpenSearch is killed (SIGKILL) in the middle of a products import and started
#               again 15 s later: the import completes, and afterwards every product is searchable,
#               none lost, none twice.
#   app         Pimento is killed (SIGKILL) in the middle of a products import and started again:
#               the job then says it was interrupted and how many rows it had saved; importing the
#               file again completes it with no duplicate, and a third import finds every product
#               unchanged (no half-written product).
#   postgres    PostgreSQL is stopped for 10 s under API load (reads and writes from 4 clients):
#               while it is away requests fail cleanly (503 with a problem body, never a 500), and
#               the application serves again by itself once it is back.
#
# It builds the app if needed (target/quarkus-app), runs its own PostgreSQL and OpenSearch under
# .data/faults (ports PIMENTO_FAULTS_PG_PORT / PIMENTO_FAULTS_OS_PORT, default 55495 / 59295) and
# the app on PIMENTO_FAULTS_APP_PORT (18095). The catalog is bench/generate_catalog.py's.
# The in-suite counterparts are SearchOutageTest and DatabaseOutageTest (a few seconds each).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PRODUCTS=50000 ONLY=
while [ $# -gt 0 ]; do
  case $1 in
    --products) PRODUCTS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
PG_PORT=${PIMENTO_FAULTS_PG_PORT:-55495}
OS_PORT=${PIMENTO_FAULTS_OS_PORT:-59295}
APP_PORT=${PIMENTO_FAULTS_APP_PORT:-18095}
WORK=$ROOT/.data/faults
DATA=${PIMENTO_BENCH_DATA:-$ROOT/.data/bench/catalog-$PRODUCTS}
export PIMENTO_DATA_DIR=$WORK/services PIMENTO_PG_PORT=$PG_PORT PIMENTO_OS_PORT=$OS_PORT
API=http://127.0.0.1:$APP_PORT/api/v1
AUTH=admin:admin
export PGPASSWORD=pimento
PSQL=(psql -q -X -h 127.0.0.1 -p "$PG_PORT" -U pimento -d pimento -v ON_ERROR_STOP=1)
mkdir -p "$WORK"

log() { echo "[faults] $*" >&2; }
FAILED=0
verdict() { if [ "$1" = PASS ]; then log "PASS: $2"; else log "FAIL: $2"; FAILED=1; fi; }

[ -f "$DATA/products.csv" ] || { log "generating $PRODUCTS products into $DATA"; python3 bench/generate_catalog.py --products "$PRODUCTS" --out "$DATA" >&2; }
[ -f target/quarkus-app/quarkus-run.jar ] || { log "building the app"; ./mvnw -B -q package -DskipTests >&2; }
bin/services start >&2
# the services' credentials (and addresses): the application has none of its own outside dev and tests
while IFS='=' read -r name value; do [ -n "$name" ] && export "$name=$value"; done < <(bin/services env)

APP_PID=
start_app() {
  QUARKUS_HTTP_PORT=$APP_PORT \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pimento" \
  QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS="127.0.0.1:$OS_PORT" \
  PIMENTO_MEDIA_DIR="$WORK/media" PIMENTO_IMPORTS_WORK_DIR="$WORK/imports" \
  PIMENTO_IMPORTS_STALE_AFTER=10s \
    java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$APP_PORT/q/health/live" >/dev/null && return 0; sleep 1; done
  tail -50 "$WORK/app.log"; exit 1
}
stop_app() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
trap stop_app EXIT
: >"$WORK/app.log"
start_app

upload() {
  curl -sf -u $AUTH -D - -o /dev/null -F "type=$1" -F "file=@$2" "$API/imports" | awk 'tolower($1)=="location:"{print $2}' | tr -d '\r' | sed 's#.*/##'
}
job() { curl -sf -u $AUTH "$API/imports/$1"; }
wait_job() {
  local j
  while true; do
    j=$(job "$1") || { sleep 1; continue; }
    case $(jq -r .status <<<"$j") in completed|failed|cancelled) echo "$j"; return ;; esac
    sleep 0.5
  done
}
sql() { "${PSQL[@]}" -tAc "$1"; }
outbox() { sql "select count(*) from search_outbox"; }
searchable() {
  curl -sf "http://127.0.0.1:$OS_PORT/products-read/_count" | jq -r '.count // 0' 2>/dev/null || echo 0
}
# an empty catalog of products and an empty index (rebuilt by the application)
reset_products() {
  for _ in $(seq 600); do [ "$(outbox)" = 0 ] && break; sleep 0.5; done
  sql "truncate product, change_history, search_outbox restart identity cascade" >/dev/null
  curl -sf -u $AUTH -X POST "$API/search/reindex" >/dev/null
  until [ "$(curl -sf -u $AUTH "$API/search/reindex" | jq -r .status)" = done ]; do sleep 0.5; done
}
# waits until the running import $1 has written at least $2 rows
wait_rows() {
  while [ "$(job "$1" | jq -r '.created + .updated')" -lt "$2" ]; do sleep 0.1; done
}

if [ "$(sql "select count(*) from family")" = 0 ]; then
  log "importing the structure"
  for kind in currencies locales categories channels attribute_groups attributes attribute_options families; do
    j=$(wait_job "$(upload "$kind" "$DATA/$kind.csv")")
    [ "$(jq -r '.status + "/" + (.rejected|tostring)' <<<"$j")" = "completed/0" ] || { echo "$j"; exit 1; }
  done
fi
ROWS=$(( $(wc -l <"$DATA/products.csv") - 1 ))

if [ -z "$ONLY" ] || [ "$ONLY" = opensearch ]; then
  log "opensearch: import $ROWS products, kill OpenSearch at 20% and start it 15 s later"
  reset_products
  id=$(upload products "$DATA/products.csv")
  wait_rows "$id" $(( ROWS / 5 ))
  kill -9 "$(cat "$PIMENTO_DATA_DIR/opensearch/opensearch.pid")"
  killed_at=$(job "$id" | jq -r '.created + .updated')
  log "opensearch killed with $killed_at rows written"
  sleep 15
  bin/services start-opensearch >&2
  j=$(wait_job "$id")
  for _ in $(seq 1200); do [ "$(outbox)" = 0 ] && [ "$(searchable)" -ge "$ROWS" ] && break; sleep 0.5; done
  curl -sf -X POST "http://127.0.0.1:$OS_PORT/products-read/_refresh" >/dev/null || true
  products=$(sql "select count(*) from product")
  found=$(searchable)
  log "job $(jq -c '{status,created,rejected}' <<<"$j"); $products products in PostgreSQL, $found documents searchable, $(outbox) outbox rows left"
  [ "$(jq -r .status <<<"$j")" = completed ] && [ "$products" = "$ROWS" ] && [ "$found" = "$ROWS" ] \
    && verdict PASS "opensearch: every product searchable after the outage ($found of $ROWS)" \
    || verdict FAIL "opensearch: $found of $ROWS searchable, job $(jq -r .status <<<"$j")"
fi

if [ -z "$ONLY" ] || [ "$ONLY" = app ]; then
  log "app: import $ROWS products, kill Pimento at 30% and start it again"
  reset_products
  id=$(upload products "$DATA/products.csv")
  wait_rows "$id" $(( ROWS * 3 / 10 ))
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
  saved=$(sql "select count(*) from product")
  log "Pimento killed; $saved products in PostgreSQL"
  start_app
  j=
  for _ in $(seq 120); do
    j=$(job "$id"); [ "$(jq -r .status <<<"$j")" = failed ] && break; sleep 1
  done
  message=$(jq -r .message <<<"$j")
  log "job after the restart: $(jq -r .status <<<"$j"): $message"
  said=$(grep -oE 'the [0-9]+ row' <<<"$message" | grep -oE '[0-9]+' || echo -1)
  again=$(wait_job "$(upload products "$DATA/products.csv")")
  log "imported again: $(jq -c '{status,created,updated,unchanged,rejected}' <<<"$again")"
  third=$(wait_job "$(upload products "$DATA/products.csv")")
  log "and a third time: $(jq -c '{status,created,updated,unchanged,rejected}' <<<"$third")"
  products=$(sql "select count(*) from product")
  distinct=$(sql "select count(distinct lower(identifier)) from product")
  if [ "$(jq -r .status <<<"$j")" = failed ] && grep -q interrupted <<<"$message" && [ "$said" -ge 0 ] && [ "$said" -le "$saved" ] \
     && [ "$(jq -r .status <<<"$again")" = completed ] && [ "$(jq -r .rejected <<<"$again")" = 0 ] \
     && [ "$(jq -r '.created + .unchanged + .updated' <<<"$again")" = "$ROWS" ] \
     && [ "$(jq -r .unchanged <<<"$third")" = "$ROWS" ] && [ "$products" = "$ROWS" ] && [ "$distinct" = "$ROWS" ]; then
    verdict PASS "app: interrupted job reported ($said rows said saved, $saved in PostgreSQL); the second import completed it; the third found all $ROWS unchanged"
  else
    verdict FAIL "app: status $(jq -r .status <<<"$j"), said $said saved of $saved; again $(jq -c . <<<"$again" | head -c 300); third unchanged $(jq -r .unchanged <<<"$third"); $products products, $distinct distinct"
  fi
fi

if [ -z "$ONLY" ] || [ "$ONLY" = postgres ]; then
  log "postgres: 4 clients read and write for 40 s; PostgreSQL stopped at 10 s for 10 s"
  sku=$(sql "select identifier from product order by id limit 1")
  [ -n "$sku" ] || { j=$(wait_job "$(upload products "$DATA/products.csv")"); sku=$(sql "select identifier from product order by id limit 1"); }
  : >"$WORK/load.log"
  end=$(( $(date +%s) + 40 ))
  workers=()
  for worker in 1 2 3 4; do
    (
      while [ "$(date +%s)" -lt "$end" ]; do
        if [ $(( RANDOM % 4 )) = 0 ]; then
          code=$(curl -s -o "$WORK/body.$worker" -w '%{http_code}' -u $AUTH -X PATCH -H 'content-type: application/json' \
            -d "{\"enabled\": $([ $(( RANDOM % 2 )) = 0 ] && echo true || echo false)}" "$API/products/$sku")
        else
          code=$(curl -s -o "$WORK/body.$worker" -w '%{http_code}' -u $AUTH "$API/products/$sku")
        fi
        problem=$(jq -r '.status // empty' "$WORK/body.$worker" 2>/dev/null || true)
        echo "$(date +%s) $code ${problem:--}" >>"$WORK/load.log"
        sleep 0.05
      done
    ) &
    workers+=($!)
  done
  sleep 10
  bin/services stop-postgres >&2
  down_at=$(date +%s)
  sleep 10
  bin/services start-postgres >&2
  up_at=$(date +%s)
  wait "${workers[@]}"
  total=$(wc -l <"$WORK/load.log")
  errors500=$(awk '$2 >= 500 && $2 != 503' "$WORK/load.log" | wc -l)
  unclean=$(awk '$2 == 503 && $3 != 503' "$WORK/load.log" | wc -l)
  failed_while_down=$(awk -v d="$down_at" -v u="$up_at" '$1 >= d && $1 < u && $2 == 503' "$WORK/load.log" | wc -l)
  # 409: two clients patched the same product at once (optimistic locking), an answer, not a failure
  last_failure=$(awk '$2 >= 500' "$WORK/load.log" | tail -1 | awk '{print $1}')
  recovered_in=$(( ${last_failure:-$up_at} - up_at ))
  tail_ok=$(awk -v u="$up_at" '$1 >= u + 10 && $2 >= 500' "$WORK/load.log" | wc -l)
  log "$total requests: codes $(awk '{print $2}' "$WORK/load.log" | sort | uniq -c | tr -s ' ' | tr '\n' ',')"
  log "503 while down: $failed_while_down; other 5xx: $errors500; 503 without a problem body: $unclean; last failure ${recovered_in}s after PostgreSQL was back"
  [ "$errors500" = 0 ] && [ "$unclean" = 0 ] && [ "$failed_while_down" -gt 0 ] && [ "$tail_ok" = 0 ] \
    && verdict PASS "postgres: clean 503s while it was away, serving again ${recovered_in}s after it was back, no restart" \
    || verdict FAIL "postgres: $errors500 other 5xx, $unclean unclean 503, $tail_ok failures 10 s after it was back"
fi

exit $FAILED
