#!/usr/bin/env bash
# Import benchmark: generates a catalog, imports it end to end into a running Pimento (parse,
# validate, write to PostgreSQL with history, index into OpenSearch) and compares with the raw
# floor, the same CSV loaded by PostgreSQL COPY into a plain table.
#
#   bench/run.sh [--products 100000] [--runs 3] [--heap 512m] [--gc ParallelGC] [--no-warmup] [--import-only] [--zip] [--no-search-wait]
#                [--edits N] [--placements] [--graphql] [--personalized] [--rate N] [--events]
#
# --import-only skips the COPY floor and the re-import (for the 1,000,000-row memory check).
# --zip uploads products.csv inside a ZIP: a million rows are 2 GB of CSV, beyond the default
# upload limit (quarkus.http.limits.max-body-size, 512M); the job unzips it to disk.
# --no-search-wait does not wait for the products to be searchable after each job (memory check).
# --edits N starts a rebuild of the whole index after the last run and, while it runs, edits N
# products one after the other through the API, timing each until search finds it: how long a
# merchandiser's edit waits behind a rebuild of every product (search_outbox lanes).
# --gc names the collector (ParallelGC: throughput, for the import; G1GC: short pauses, the JVM's
# default on a server and what bin/pimento run gets, for --placements with --heap 1g).
# --placements then adds 20 segments and 100 rules and load-tests the placement endpoint with wrk
# (bench/placements.py): requests per second and latency percentiles.
# --rate N: placements (and personalized placements) at a fixed N requests/s with wrk2 (WRK2=path)
# instead of wrk's closed loop.
# --personalized then imports 1,000,000 events of returning visitors, retrains the ranker and
# load-tests placements that name a visitor and a session (bench/personalized.py).
# --graphql then times the GraphQL query of a listing page, 50 products with 10 fields, from random
# places in the feed (bench/graphql.py).
# --events then measures event ingestion (NDJSON import and live batches, against a psql \copy
# floor) and the time from an event to the next placement of its session (bench/events.py).
#
# It builds the app (target/quarkus-app), starts its own PostgreSQL and OpenSearch under
# .data/bench (ports PIMENTO_BENCH_PG_PORT / PIMENTO_BENCH_OS_PORT, default 55490 / 59290),
# starts the app with the given heap, imports the structure files, then imports products.csv
# --runs times into an empty product table, and prints, per run and as medians:
#   products/s (upload to job completed), time until OpenSearch holds every product after the job
#   ended, the COPY floor (rows/s) and the ratio. A re-import of the same file (all unchanged) is
#   timed once at the end.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PRODUCTS=100000 RUNS=3 HEAP=512m GC=ParallelGC WARMUP=1 IMPORT_ONLY=0 ZIP=0 SEARCH_WAIT=1 EDITS=0 PLACEMENTS=0 GRAPHQL=0 PERSONALIZED=0 RATE= EVENTS=0
while [ $# -gt 0 ]; do
  case $1 in
    --products) PRODUCTS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --gc) GC=$2; shift 2 ;;
    --no-warmup) WARMUP=0; shift ;;
    --import-only) IMPORT_ONLY=1; shift ;;
    --zip) ZIP=1; shift ;;
    --no-search-wait) SEARCH_WAIT=0; shift ;;
    --edits) EDITS=$2; shift 2 ;;
    --placements) PLACEMENTS=1; shift ;;
    --graphql) GRAPHQL=1; shift ;;
    --personalized) PERSONALIZED=1; shift ;;
    --rate) RATE=$2; shift 2 ;;
    --events) EVENTS=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
PG_PORT=${PIMENTO_BENCH_PG_PORT:-55490}
OS_PORT=${PIMENTO_BENCH_OS_PORT:-59290}
APP_PORT=${PIMENTO_BENCH_APP_PORT:-18090}
DATA=${PIMENTO_BENCH_DATA:-$ROOT/.data/bench/catalog-$PRODUCTS}
export PIMENTO_DATA_DIR=$ROOT/.data/bench/services PIMENTO_PG_PORT=$PG_PORT PIMENTO_OS_PORT=$OS_PORT
API=http://127.0.0.1:$APP_PORT/api/v1
AUTH=admin:admin
export PGPASSWORD=pimento
PSQL=(psql -q -X -h 127.0.0.1 -p "$PG_PORT" -U pimento -d pimento -v ON_ERROR_STOP=1)

log() { echo "[bench] $*" >&2; }
now() { date +%s.%N; }

[ -f "$DATA/products.csv" ] || { log "generating $PRODUCTS products into $DATA"; python3 bench/generate_catalog.py --products "$PRODUCTS" --out "$DATA" >&2; }
[ -f target/quarkus-app/quarkus-run.jar ] || { log "building the app"; ./mvnw -B -q package -DskipTests >&2; }
bin/services start >&2
# the services' credentials (and addresses): the application has none of its own outside dev and tests
while IFS='=' read -r name value; do [ -n "$name" ] && export "$name=$value"; done < <(bin/services env)

APP_PID=
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT
log "starting Pimento with -Xmx$HEAP and $GC"
# the load generators authenticate as one administrator or one channel token: their limits
# (6,000/min per user, 50/s per channel token) would measure the limiter, not the placements
PIMENTO_SECURITY_API_RATE_LIMIT_REQUESTS=0 PIMENTO_FEEDS_RATE_LIMIT_REQUESTS=100000 PIMENTO_FEEDS_RATE_LIMIT_BURST=100000 \
QUARKUS_HTTP_PORT=$APP_PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pimento" \
QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS="127.0.0.1:$OS_PORT" \
PIMENTO_MEDIA_DIR="$ROOT/.data/bench/media" \
  java -Xmx"$HEAP" ${PIMENTO_BENCH_JAVA_OPTS:-} -XX:+Use"$GC" -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$ROOT/.data/bench/gc.log" -jar target/quarkus-app/quarkus-run.jar >"$ROOT/.data/bench/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null || { tail -50 "$ROOT/.data/bench/app.log"; exit 1; }

# Uploads a file and waits for its job; prints the job's final JSON.
import_file() {
  local type=$1 file=$2 location id job t
  t=$(now)
  location=$(curl -sf -u $AUTH -D - -o /dev/null -F "type=$type" -F "file=@$file" "$API/imports" | awk 'tolower($1)=="location:"{print $2}' | tr -d '\r')
  id=${location##*/}
  python3 -c "print(round($(now)-$t,1))" >"$ROOT/.data/bench/last-upload"
  while true; do
    job=$(curl -sf -u $AUTH "$API/imports/$id")
    case $(jq -r .status <<<"$job") in completed|failed|cancelled) break ;; esac
    sleep 0.2
  done
  echo "$job"
}

log "importing the structure"
for kind in currencies locales categories channels attribute_groups attributes attribute_options families; do
  job=$(import_file "$kind" "$DATA/$kind.csv")
  [ "$(jq -r '.status + "/" + (.rejected|tostring)' <<<"$job")" = "completed/0" ] || {
    echo "$job"; curl -sf -u $AUTH "$API/imports/$(jq -r .id <<<"$job")/errors.csv" | head -5; exit 1; }
done

# Products indexed since the run began (ids restart with every run, so older documents are
# overwritten, not removed). A search, not _cat/indices: an idle shard refreshes only when
# searched, as a user's search would.
searchable_count() {
  curl -sf "http://127.0.0.1:$OS_PORT/products-read/_count" -H 'content-type: application/json' \
    -d "{\"query\":{\"range\":{\"created\":{\"gte\":\"$RUN_STARTED\"}}}}" | jq -r '.count // 0' 2>/dev/null || echo 0
}
outbox() { "${PSQL[@]}" -tAc "select count(*) from search_outbox"; }
# CPU seconds used so far by a process (and its reaped children: PostgreSQL's exited backends).
CLK=$(getconf CLK_TCK)
cpu_of() { awk -v t="$CLK" '{s=0; for (i=14;i<=17;i++) s+=$i; print s/t}' "/proc/$1/stat" 2>/dev/null || echo 0; }
PG_PID=$(head -1 "$PIMENTO_DATA_DIR/postgres/postmaster.pid")
OS_PID=$(cat "$PIMENTO_DATA_DIR/opensearch/opensearch.pid")
# app, PostgreSQL (the postmaster with reaped backends, plus live backends), OpenSearch
cpu_now() {
  local pg; pg=$(cpu_of "$PG_PID")
  for b in $(pgrep -P "$PG_PID"); do pg=$(python3 -c "print($pg+$(cpu_of "$b"))"); done
  echo "$(cpu_of "$APP_PID") $pg $(cpu_of "$OS_PID")"
}
cpu_delta() { python3 -c "import sys; a=list(map(float,'$1'.split())); b=list(map(float,'$2'.split())); print('app %.0f s, PostgreSQL %.0f s, OpenSearch %.0f s' % tuple(y-x for x,y in zip(a,b)))"; }
# Empty product tables and an empty index, rebuilt by the application (POST /search/reindex):
# overwriting documents in an index that already holds many costs more than writing new ones.
reset_products() {
  # let the indexer finish what an earlier import queued: truncating under it can deadlock
  for _ in $(seq 600); do [ "$(outbox)" = 0 ] && break; sleep 0.5; done
  for attempt in 1 2 3; do
    "${PSQL[@]}" -c "truncate product, change_history, search_outbox restart identity cascade" >/dev/null && break
    [ "$attempt" = 3 ] && exit 1; sleep 2
  done
  curl -sf -u $AUTH -X POST "$API/search/reindex" >/dev/null
  until [ "$(curl -sf -u $AUTH "$API/search/reindex" | jq -r .status)" = done ]; do sleep 0.5; done
  "${PSQL[@]}" -c "vacuum analyze product, change_history, search_outbox" >/dev/null
}

ROWS=$(( $(wc -l <"$DATA/products.csv") - 1 ))
# A warm-up import (the first 10,000 rows, not measured): the JIT compiles the import's code during
# the first run, which then measures the compiler as much as the import. A server is warm.
if [ "$WARMUP" = 1 ]; then
  log "warm-up import of 10,000 rows"
  reset_products
  head -10001 "$DATA/products.csv" >"$ROOT/.data/bench/warmup.csv"
  import_file products "$ROOT/.data/bench/warmup.csv" >/dev/null
fi
UPLOAD=$DATA/products.csv
if [ "$ZIP" = 1 ]; then
  UPLOAD=$DATA/products.zip
  [ -f "$UPLOAD" ] || { log "zipping products.csv"; (cd "$DATA" && zip -q -1 products.zip products.csv); }
fi
declare -a RATES SEARCH COPYR
for run in $(seq "$RUNS"); do
  reset_products
  RUN_STARTED=$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)
  c0=$(cpu_now)
  t0=$(now)
  job=$(import_file products "$UPLOAD")
  t1=$(now)
  c1=$(cpu_now)
  [ "$(jq -r .status <<<"$job")" = completed ] || { echo "$job"; exit 1; }
  deadline=$(( $(date +%s) + 600 + ROWS / 200 ))
  [ "$SEARCH_WAIT" = 1 ] || deadline=0
  sleep 5
  # a build without the search indexer enqueues nothing and indexes nothing: nothing to wait for
  [ "$(outbox)" = 0 ] && [ "$(searchable_count)" = 0 ] && deadline=0
  while { [ "$(outbox)" != 0 ] || [ "$(searchable_count)" -lt "$ROWS" ]; } && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.5; done
  t2=$(now)
  c2=$(cpu_now)
  log "run $run: CPU during the job: $(cpu_delta "$c0" "$c1"); while indexing after it: $(cpu_delta "$c1" "$c2")"
  rate=$(python3 -c "print(round($ROWS/($t1-$t0)))")
  if [ "$(searchable_count)" -ge "$ROWS" ]; then search=$(python3 -c "print(round($t2-$t1,1))"); else search="n/a"; fi
  RATES+=("$rate"); SEARCH+=("$search")
  log "run $run: $(jq -c '{created,rejected,rowsPerSecond}' <<<"$job"), $rate products/s end to end (upload $(cat "$ROOT/.data/bench/last-upload") s), searchable $search s after the job"
done

# Edits during a rebuild: each edit renames a product (its family's label value) to a word of its
# own, then searches that word until the product is found.
declare -a EDIT_LATENCIES
if [ "$EDITS" -gt 0 ]; then
  r0=$(now)
  curl -sf -u $AUTH -X POST "$API/search/reindex" >/dev/null
  until [ "$(outbox)" -gt $(( ROWS / 2 )) ]; do sleep 0.2; done
  for i in $(seq "$EDITS"); do
    sku=$(printf 'SKU-%07d' $(( (i * 7919) % ROWS + 1 )))
    product=$(curl -sf -u $AUTH "$API/products/$sku")
    label=$(curl -sf -u $AUTH "$API/families/$(jq -r .family <<<"$product")" | jq -r .attribute_as_label)
    word="edit${i}x$RANDOM"
    body=$(jq -c --arg a "$label" --arg w "$word" '{values: {($a): [.values[$a][0] + {data: $w}]}}' <<<"$product")
    t0=$(now)
    curl -sf -u $AUTH -X PATCH -H 'content-type: application/json' -d "$body" "$API/products/$sku" >/dev/null
    until [ "$(curl -sf -u $AUTH "$API/search/products?q=$word" | jq -r .total)" -ge 1 ] 2>/dev/null; do
      sleep 0.05
      python3 -c "import sys; sys.exit(0 if $(now)-$t0 < 600 else 1)" || { log "edit $i not searchable in 600 s"; break; }
    done
    EDIT_LATENCIES+=("$(python3 -c "print(round($(now)-$t0, 2))")")
    log "edit $i ($sku): searchable after ${EDIT_LATENCIES[-1]} s, $(outbox) outbox rows still pending"
    sleep 1
  done
  until [ "$(curl -sf -u $AUTH "$API/search/reindex" | jq -r .status)" = done ]; do sleep 0.5; done
  REBUILD=$(python3 -c "print(round($(now)-$r0, 1))")
fi

if [ "$PLACEMENTS" = 1 ]; then
  python3 bench/placements.py --api "$API" --products-csv "$DATA/products.csv" ${RATE:+--rate "$RATE"} | tee "$ROOT/.data/bench/placements.txt"
fi

if [ "$GRAPHQL" = 1 ]; then
  python3 bench/graphql.py --api "$API" --products "$PRODUCTS" | tee "$ROOT/.data/bench/graphql.txt"
fi

if [ "$PERSONALIZED" = 1 ]; then
  python3 bench/personalized.py --api "$API" --products-csv "$DATA/products.csv" ${RATE:+--rate "$RATE"} | tee "$ROOT/.data/bench/personalized.txt"
fi

if [ "$EVENTS" = 1 ]; then
  PIMENTO_PG_PORT=$PG_PORT python3 bench/events.py --api "$API" --products-csv "$DATA/products.csv" --runs 3 \
    | tee "$ROOT/.data/bench/events.txt"
fi

COPYR=(0) reimport=n/a
if [ "$IMPORT_ONLY" = 0 ]; then
  COPYR=()
  # The raw floor: the same rows into a plain table with one text column per CSV column.
  HEADER=$(head -1 "$DATA/products.csv")
  COLUMNS=$(tr ';' '\n' <<<"$HEADER" | awk '{printf "%s\"c%d\" text", (NR>1?", ":""), NR}')
  for run in $(seq "$RUNS"); do
    "${PSQL[@]}" -c "drop table if exists bench_copy_floor; create table bench_copy_floor ($COLUMNS)" >/dev/null
    t0=$(now)
    "${PSQL[@]}" -c "\\copy bench_copy_floor from '$DATA/products.csv' with (format csv, header true, delimiter ';')"
    t1=$(now)
    COPYR+=("$(python3 -c "print(round($ROWS/($t1-$t0)))")")
  done
  "${PSQL[@]}" -c "drop table if exists bench_copy_floor" >/dev/null

  t0=$(now)
  job=$(import_file products "$DATA/products.csv")
  t1=$(now)
  reimport=$(python3 -c "print(round($ROWS/($t1-$t0)))")
  log "re-import of the same file: $(jq -c '{unchanged,updated,created}' <<<"$job"), $reimport rows/s"
fi

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
M_RATE=$(median "${RATES[@]}"); M_COPY=$(median "${COPYR[@]}")
case " ${SEARCH[*]} " in
  *n/a*) if [ "$SEARCH_WAIT" = 1 ]; then M_SEARCH="n/a (not every product was searchable before the deadline)"; else M_SEARCH="not measured (--no-search-wait)"; fi ;;
  *) M_SEARCH=$(median "${SEARCH[@]}") ;;
esac
echo
echo "products: $ROWS rows, $(head -1 "$DATA/products.csv" | tr ';' '\n' | wc -l) columns, heap $HEAP, $(nproc) cores"
echo "import (upload -> job completed):  ${RATES[*]} products/s   median $M_RATE"
echo "searchable after job completed:    ${SEARCH[*]} s          median $M_SEARCH"
echo "PostgreSQL COPY floor:             ${COPYR[*]} rows/s       median $M_COPY"
if [ "$IMPORT_ONLY" = 0 ]; then
  echo "ratio import / COPY:               $(python3 -c "print(round($M_RATE/$M_COPY, 2))")"
  echo "re-import, nothing changed:        $reimport rows/s"
fi
if [ "$EDITS" -gt 0 ]; then
  echo "edits during a rebuild of $ROWS products: ${EDIT_LATENCIES[*]} s until searchable   median $(median "${EDIT_LATENCIES[@]}") (the rebuild took $REBUILD s)"
fi
# the live heap: what a full collection leaves, at its highest (young collections leave old garbage)
GC_LOG=$ROOT/.data/bench/gc.log
FULL=$(grep 'Pause Full' "$GC_LOG" | grep -o -- '->[0-9]*M' | tr -dc '0-9\n' | sort -n | tail -1)
echo "live heap after full GCs, highest: ${FULL:-n/a} MB of $HEAP ($(grep -c 'Pause Full' "$GC_LOG") full GCs; highest after any GC $(grep -o -- '->[0-9]*M' "$GC_LOG" | tr -dc '0-9\n' | sort -n | tail -1) MB)"
