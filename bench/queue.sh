#!/usr/bin/env bash
# ./puente bench queue [ROWS]
#
# The staff queue as staff use it, over a large number of reports (default 1,000,000) on Payara Server +
# PostgreSQL: loads the rows with SQL, signs in as the demo manager and times each case (the whole answer:
# count, 25 rows, rendering), checking that every answer is a 200 with the queue in it:
#   the unfiltered newest-first first page (GET /staff/reportes, as before); each filter (status, service,
#   colonia, department, overdue: GET with the page's address parameters); each sort (folio, status, received,
#   time left, ascending: the table's own AJAX request); page 200 (its AJAX paging); an agent's department view
#   (GET as the demo agent); and the first load after a restart (cold: one sample).
# Appends one line per case to docs/benchmarks.md and prints them; the last line is the summary (target: p95
# under 200 ms in every case). Starts what it needs and stops it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-1000000}"
SAMPLES=30
PORT=28080
WORK="$(mktemp -d)"
export PUENTE_HTTP_PORT=$PORT PUENTE_ADMIN_PORT=24848 PUENTE_SERVER_DIR="$ROOT/.puente/bench-server" PUENTE_DEMO=true

say() { printf '[bench queue] %s\n' "$*" >&2; }

source "$ROOT/bench/lib.sh"
bench_database puente_queue

cleanup() { "$ROOT/puente" stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
say "starting Puente on PostgreSQL (schema and demo data)"
"$ROOT/puente" start >/dev/null

say "loading $ROWS reports"
START=$SECONDS
"${PSQL[@]}" >/dev/null <<SQL
WITH s AS (SELECT array_agg(id ORDER BY id) ids, array_agg(department_id ORDER BY id) deps FROM public_service
           WHERE body_id = (SELECT id FROM body WHERE code = 'MET')),
     c AS (SELECT array_agg(c.id ORDER BY c.id) ids FROM colonia c JOIN delegacion d ON d.id = c.delegacion_id
           WHERE d.body_id = (SELECT id FROM body WHERE code = 'MET')),
     -- after the demo's own folios of 2025 (its year of history reaches back into the year before)
     o AS (SELECT coalesce(max(folio_number), 0) n FROM service_report WHERE folio_year = 2025)
INSERT INTO service_report (id, folio, folio_year, folio_number, body_id, service_id, department_id, status, description,
    colonia_id, street, channel, received_at, warn_from, due_at, deadline_state, clock_received_at, clock_terms, version)
SELECT 10000000 + g, 'MET-2025-' || lpad((o.n + g)::text, 7, '0'), 2025, o.n + g, (SELECT id FROM body WHERE code = 'MET'),
       s.ids[1 + g % array_length(s.ids, 1)], s.deps[1 + g % array_length(s.ids, 1)],
       (ARRAY['RESOLVED','CLOSED','RESOLVED','IN_PROGRESS','RECEIVED','ASSIGNED','CLOSED','REJECTED'])[1 + g % 8],
       'Reporte de carga ' || g, c.ids[1 + (g * 7) % array_length(c.ids, 1)], 'Calle ' || (g % 500), 'WEB',
       now() - (g || ' minutes')::interval / 2, now() - (g || ' minutes')::interval / 2 + interval '4 days',
       now() - (g || ' minutes')::interval / 2 + interval '6 days',
       CASE WHEN g % 9 = 0 THEN 'OVERDUE' ELSE 'ON_TIME' END,
       now() - (g || ' minutes')::interval / 2, '48 BUSINESS_HOURS|FIRST_BUSINESS_HOUR|P75|0|-|-|-', 1
FROM generate_series(1, $ROWS) g, s, c, o;
SQL
"${PSQL[@]}" -c "vacuum analyze service_report" >/dev/null
LOAD_SECONDS=$((SECONDS - START))
COUNT="$("${PSQL[@]}" -c "select count(*) from service_report")"
say "$COUNT reports in the table (${LOAD_SECONDS}s to load)"

BASE="http://127.0.0.1:$PORT"
TARGET_MS=200
LINES=()
CASES=0
WITHIN=0
WORST=0
WORST_CASE=""

# Signs $1 in the way a browser does (JSF form, session cookie) into the cookie jar $2.
sign_in() {
    local user="$1" jar="$2"
    rm -f "$jar"
    curl -s -c "$jar" -b "$jar" "$BASE/login" -o "$WORK/login.html"
    local state
    state="$(view_state "$WORK/login.html")"
    curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/login" --data-urlencode "login=login" \
        --data-urlencode "login:username=$user" --data-urlencode "login:password=demo" \
        --data-urlencode "login:submit=Entrar" --data-urlencode "jakarta.faces.ViewState=$state"
}

view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="//;s/"$//'; }

# One timed request: curl's arguments; fails the benchmark unless the answer is a 200 whose body passes $CHECK.
timed() {
    local name="$1"
    shift
    local out code time
    out="$(curl -s -o "$WORK/answer" -w '%{http_code} %{time_total}' "$@" || true)"
    code="${out%% *}"
    time="${out#* }"
    if [ "$code" != 200 ]; then
        say "$name: HTTP $code"
        exit 1
    fi
    if ! "$CHECK" "$WORK/answer"; then
        say "$name: the answer is not the queue (saved as $WORK/answer)"
        cp "$WORK/answer" "$ROOT/.puente/bench-queue-failed.html" 2>/dev/null || true
        exit 1
    fi
    awk -v t="$time" 'BEGIN { printf "%.1f\n", t * 1000 }'
}

# The queue page, its rows, no refused address parameter.
queue_page() { grep -q 'queue:table' "$1" && grep -q 'MET-2025-' "$1" && ! grep -q 'id="address-invalid"' "$1"; }
# The table's AJAX answer with rows in it, no error.
table_update() { grep -q '<partial-response' "$1" && grep -q 'MET-2025-' "$1" && ! grep -q '<error>' "$1"; }

# Records the times in $WORK/times under the case $1: its line, and the summary's counts.
record() {
    local name="$1" n p50 p95 max
    sort -n "$WORK/times" -o "$WORK/times"
    n="$(wc -l <"$WORK/times")"
    p50="$(awk -v n="$n" 'NR == (int(n * 0.5 + 0.5) > 0 ? int(n * 0.5 + 0.5) : 1) {print}' "$WORK/times")"
    p95="$(awk -v n="$n" 'NR == (int(n * 0.95 + 0.5) > 0 ? int(n * 0.95 + 0.5) : 1) {print}' "$WORK/times")"
    max="$(tail -n 1 "$WORK/times")"
    LINES+=("queue: $name over $COUNT reports, p50 $p50 ms, p95 $p95 ms, max $max ms")
    say "${LINES[-1]}"
    CASES=$((CASES + 1))
    if awk -v p="$p95" -v t="$TARGET_MS" 'BEGIN { exit !(p < t) }'; then WITHIN=$((WITHIN + 1)); fi
    if awk -v p="$p95" -v w="$WORST" 'BEGIN { exit !(p > w) }'; then WORST="$p95"; WORST_CASE="$name"; fi
}

# Times GET $2 with the cookie jar $3: 5 warm-up GETs, then $SAMPLES timed ones.
time_get() {
    local name="$1" url="$2" jar="$3"
    CHECK=queue_page
    for i in 1 2 3 4 5; do timed "$name" -b "$jar" "$BASE$url" >/dev/null; done
    for i in $(seq 1 "$SAMPLES"); do timed "$name" -b "$jar" "$BASE$url"; done >"$WORK/times"
    record "$name"
}

# Times the table's own AJAX request (PrimeFaces: sort or page) with the extra parameters $2...; the page is
# loaded first (not timed) for its view state.
time_table() {
    local name="$1"
    shift
    curl -s -b "$WORK/cookies" -c "$WORK/cookies" "$BASE/staff/reportes" -o "$WORK/page.html"
    local state
    state="$(view_state "$WORK/page.html")"
    local args=(-b "$WORK/cookies" -H "Faces-Request: partial/ajax" -H "X-Requested-With: XMLHttpRequest"
        -H "Origin: $BASE" -H "Content-Type: application/x-www-form-urlencoded; charset=UTF-8"
        --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=queue:table"
        --data-urlencode "jakarta.faces.partial.execute=queue:table"
        --data-urlencode "jakarta.faces.partial.render=queue:table" --data-urlencode "queue=queue"
        --data-urlencode "queue:table_encodeFeature=true" --data-urlencode "jakarta.faces.ViewState=$state")
    local p
    for p in "$@"; do args+=(--data-urlencode "$p"); done
    CHECK=table_update
    for i in 1 2 3 4 5; do timed "$name" "${args[@]}" "$BASE/staff/reportes" >/dev/null; done
    for i in $(seq 1 "$SAMPLES"); do timed "$name" "${args[@]}" "$BASE/staff/reportes"; done >"$WORK/times"
    record "$name"
}

SERVICE="$("${PSQL[@]}" -c "select min(id) from public_service where body_id = (select id from body where code = 'MET')")"
DEPARTMENT="$("${PSQL[@]}" -c "select department_id from public_service where id = $SERVICE")"
COLONIA="$("${PSQL[@]}" -c "select min(c.id) from colonia c join delegacion d on d.id = c.delegacion_id
    where d.body_id = (select id from body where code = 'MET')")"

sign_in gerente "$WORK/cookies"
curl -s -b "$WORK/cookies" "$BASE/staff/reportes" -o "$WORK/page.html"
queue_page "$WORK/page.html" || { say "the queue page did not show the loaded reports"; exit 1; }
# The table's sortable columns, in the page's order: folio, status, received, time left.
mapfile -t SORTABLE < <(grep -o '<th [^>]*>' "$WORK/page.html" | grep 'ui-sortable-column' | grep -o ' id="[^"]*"' \
    | sed 's/ id="//;s/"$//')
[ "${#SORTABLE[@]}" = 4 ] || { say "expected 4 sortable columns, found ${#SORTABLE[@]}: ${SORTABLE[*]}"; exit 1; }

time_get "first page" "/staff/reportes" "$WORK/cookies"
time_get "filter status (in progress)" "/staff/reportes?estado=IN_PROGRESS" "$WORK/cookies"
time_get "filter service" "/staff/reportes?servicio=$SERVICE" "$WORK/cookies"
time_get "filter colonia" "/staff/reportes?colonia=$COLONIA" "$WORK/cookies"
time_get "filter department" "/staff/reportes?area=$DEPARTMENT" "$WORK/cookies"
time_get "filter overdue" "/staff/reportes?vencidos=true" "$WORK/cookies"
SORT_NAMES=("folio" "status" "received" "time left")
for i in 0 1 2 3; do
    time_table "sort by ${SORT_NAMES[$i]}, ascending" "queue:table_sorting=true" "queue:table_skipChildren=true" \
        "queue:table_sortKey=${SORTABLE[$i]}" "queue:table_sortDir=1"
done
time_table "page 200" "queue:table_pagination=true" "queue:table_first=4975" "queue:table_rows=25"
sign_in agente "$WORK/agent-cookies"
time_get "agent's department view" "/staff/reportes" "$WORK/agent-cookies"

say "restarting Payara for the cold first load"
"$ROOT/puente" stop >/dev/null
"$ROOT/puente" start >/dev/null
sign_in gerente "$WORK/cookies"
CHECK=queue_page
timed "cold first load" -b "$WORK/cookies" "$BASE/staff/reportes" >"$WORK/times"
record "first load after a restart (cold, 1 sample)"

SUMMARY="queue: $CASES cases over $COUNT reports, p95 under $TARGET_MS ms in $WITHIN of $CASES, worst p95 $WORST ms ($WORST_CASE)"
{
    echo
    echo "## queue — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Command: \`./puente bench queue $ROWS\` ($(nproc) cores; PostgreSQL; per case $SAMPLES timed requests after 5 warm-up ones, each a 200 with the queue in it: the manager's first page newest first, each filter, each sort and page 200 through the table's own AJAX requests, the demo agent's department view; then one cold first load after a restart of Payara)"
    echo
    for line in "${LINES[@]}"; do echo "$line"; echo; done
    echo "$SUMMARY"
} >>"$ROOT/docs/benchmarks.md"
printf '%s\n' "${LINES[@]}"
echo "$SUMMARY"
