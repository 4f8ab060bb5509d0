#!/usr/bin/env bash
# ./puente bench queue [ROWS]
#
# The staff queue's first page over a large number of reports (default 1,000,000) on Payara Server
# + PostgreSQL: loads the rows with SQL, signs in as the demo manager and times GET /staff/reportes
# (the whole page: count, first 25 rows, rendering). Appends to docs/benchmarks.md; the last line is
# the summary. Starts what it needs and stops it.
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
           WHERE d.body_id = (SELECT id FROM body WHERE code = 'MET'))
INSERT INTO service_report (id, folio, folio_year, folio_number, body_id, service_id, department_id, status, description,
    colonia_id, street, channel, received_at, warn_from, due_at, deadline_state, clock_received_at, clock_terms, version)
SELECT 10000000 + g, 'MET-2025-' || lpad(g::text, 7, '0'), 2025, g, (SELECT id FROM body WHERE code = 'MET'),
       s.ids[1 + g % array_length(s.ids, 1)], s.deps[1 + g % array_length(s.ids, 1)],
       (ARRAY['RESOLVED','CLOSED','RESOLVED','IN_PROGRESS','RECEIVED','ASSIGNED','CLOSED','REJECTED'])[1 + g % 8],
       'Reporte de carga ' || g, c.ids[1 + (g * 7) % array_length(c.ids, 1)], 'Calle ' || (g % 500), 'WEB',
       now() - (g || ' minutes')::interval / 2, now() - (g || ' minutes')::interval / 2 + interval '4 days',
       now() - (g || ' minutes')::interval / 2 + interval '6 days',
       CASE WHEN g % 9 = 0 THEN 'OVERDUE' ELSE 'ON_TIME' END,
       now() - (g || ' minutes')::interval / 2, '48 BUSINESS_HOURS|FIRST_BUSINESS_HOUR|P75|0|-|-|-', 1
FROM generate_series(1, $ROWS) g, s, c;
SQL
"${PSQL[@]}" -c "vacuum analyze service_report" >/dev/null
LOAD_SECONDS=$((SECONDS - START))
COUNT="$("${PSQL[@]}" -c "select count(*) from service_report")"
say "$COUNT reports in the table (${LOAD_SECONDS}s to load)"

# Sign in as the demo manager the way a browser does (JSF form, session cookie).
BASE="http://127.0.0.1:$PORT"
curl -s -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/login" -o "$WORK/login.html"
STATE="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/login.html" | head -n 1 | sed 's/.*value="//;s/"$//')"
curl -s -c "$WORK/cookies" -b "$WORK/cookies" -o /dev/null "$BASE/login" --data-urlencode "login=login" \
    --data-urlencode "login:username=gerente" --data-urlencode "login:password=demo" \
    --data-urlencode "login:submit=Entrar" --data-urlencode "jakarta.faces.ViewState=$STATE"
curl -s -b "$WORK/cookies" "$BASE/staff/reportes" -o "$WORK/page.html"
grep -q 'MET-2025-' "$WORK/page.html" || { say "the queue page did not show the loaded reports"; exit 1; }

for i in 1 2 3 4 5; do curl -s -o /dev/null -b "$WORK/cookies" "$BASE/staff/reportes"; done
for i in $(seq 1 $SAMPLES); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$WORK/cookies" "$BASE/staff/reportes"
done | awk '{ printf "%.1f\n", $1 * 1000 }' | sort -n >"$WORK/times"
P50="$(awk -v n=$SAMPLES 'NR == int(n * 0.5 + 0.5) {print}' "$WORK/times")"
P95="$(awk -v n=$SAMPLES 'NR == int(n * 0.95 + 0.5) {print}' "$WORK/times")"
MAX="$(tail -n 1 "$WORK/times")"
LINE="queue: first page over $COUNT reports, p50 $P50 ms, p95 $P95 ms, max $MAX ms"
{
    echo
    echo "## queue — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Command: \`./puente bench queue $ROWS\` ($(nproc) cores; PostgreSQL; $SAMPLES timed GETs of /staff/reportes as the demo manager after 5 warm-up GETs; the page counts the manager's reports and renders the first 25, newest first)"
    echo
    echo "$LINE"
} >>"$ROOT/docs/benchmarks.md"
echo "$LINE"
