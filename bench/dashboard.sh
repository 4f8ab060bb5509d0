#!/usr/bin/env bash
# ./puente bench dashboard [ROWS]
#
# The transparency dashboard over a large municipality (default 1,000,000 reports over two years, 27
# services, ~120 colonias, the three channels) on Payara Server + PostgreSQL: loads the rows with SQL,
# then times over HTTP the page /transparencia/MET, its JSON /api/transparencia/MET and the card
# /transparencia/MET/tarjeta, warm (p50/p95) and right after a new report is filed through Open311,
# and the CSV export of every row (/datos/reportes.csv?periodo=todo: rows/s, and the server's heap
# after a full GC before and after, and the most it used during the export). Starts what it needs and
# stops it; appends to docs/benchmarks.md; its last line is the summary.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-1000000}"
WARMUP=200
SAMPLES=200
ROUNDS=20
PORT=29080
WORK="$(mktemp -d)"
export PUENTE_HTTP_PORT=$PORT PUENTE_ADMIN_PORT=29848 PUENTE_SERVER_DIR="$ROOT/.puente/bench-server" PUENTE_DEMO=true
# The demo's own year of reports is left out: the bench loads its own history.
export PUENTE_DEMO_REPORTS=0

say() { printf '[bench dashboard] %s\n' "$*" >&2; }

source "$ROOT/bench/lib.sh"
bench_database puente_dashboard

cleanup() { "$ROOT/puente" stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
say "starting Puente on PostgreSQL (schema and demo data)"
"$ROOT/puente" start >/dev/null

say "loading $ROWS reports and the colonias they are spread over"
START=$SECONDS
"${PSQL[@]}" >/dev/null <<SQL
SELECT setseed(0.7311);
-- ~120 colonias: the demo's, and more of the same delegaciones around the municipality's centre.
INSERT INTO colonia (id, delegacion_id, name, postal_code, latitude, longitude)
SELECT 900000 + g, d.ids[1 + g % array_length(d.ids, 1)], 'Colonia de carga ' || g, '52140',
       19.215 + (g % 10) * 0.007, -99.640 + (g / 10) * 0.007
FROM generate_series(1, 120 - (SELECT count(*) FROM colonia c JOIN delegacion d ON d.id = c.delegacion_id
                                JOIN body b ON b.id = d.body_id WHERE b.code = 'MET')) g,
     (SELECT array_agg(d.id ORDER BY d.id) ids FROM delegacion d JOIN body b ON b.id = d.body_id WHERE b.code = 'MET') d;

WITH s AS (SELECT array_agg(id ORDER BY code <> 'bacheo', id) ids, array_agg(department_id ORDER BY code <> 'bacheo', id) deps
           FROM public_service WHERE body_id = (SELECT id FROM body WHERE code = 'MET')),
     c AS (SELECT array_agg(c.id ORDER BY c.id) ids, array_agg(c.latitude ORDER BY c.id) lat, array_agg(c.longitude ORDER BY c.id) lon
           FROM colonia c JOIN delegacion d ON d.id = c.delegacion_id WHERE d.body_id = (SELECT id FROM body WHERE code = 'MET')),
     x AS (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
                  date_trunc('minute', now() - random() * interval '730 days') AS received
           FROM generate_series(1, $ROWS) g),
     y AS (SELECT x.*,
                  -- bacheo the most demanded: the first service takes about a fifth, the rest share the remainder
                  CASE WHEN r4 < 0.2 THEN 1 ELSE 2 + floor(r5 * (array_length(s.ids, 1) - 1))::int END AS si,
                  1 + floor(r5 * 1000)::int % array_length(c.ids, 1) AS ci,
                  CASE WHEN r1 < 0.05 THEN 'REJECTED' WHEN r1 < 0.08 THEN 'DUPLICATE'
                       WHEN received > now() - interval '60 days' AND r1 < 0.60 THEN
                            (ARRAY['RECEIVED','ASSIGNED','IN_PROGRESS'])[1 + floor(r2 * 3)::int]
                       WHEN r1 < 0.33 THEN (ARRAY['RECEIVED','ASSIGNED','IN_PROGRESS'])[1 + floor(r2 * 3)::int]
                       WHEN r1 < 0.55 THEN 'RESOLVED' ELSE 'CLOSED' END AS status,
                  -- resolution from 2 hours to 12 days later; a business hour is about 3 wall-clock hours
                  (2 + r3 * r3 * 286) * interval '1 hour' AS took
           FROM x, s, c)
INSERT INTO service_report (id, folio, folio_year, folio_number, body_id, service_id, department_id, status, description,
    colonia_id, street, latitude, longitude, channel, received_at, warn_from, due_at, deadline_state,
    clock_received_at, clock_terms, resolved_at, closed_at, business_minutes_to_resolve, version)
SELECT 20000000 + g, 'MET-' || extract(year FROM received)::int || '-' || (1000000 + g),
       extract(year FROM received)::int, 1000000 + g, (SELECT id FROM body WHERE code = 'MET'),
       s.ids[si], s.deps[si], status, 'Reporte de carga ' || g, c.ids[ci], 'Calle ' || (g % 500),
       c.lat[ci] + (r2 - 0.5) * 0.004, c.lon[ci] + (r3 - 0.5) * 0.004,
       CASE WHEN r3 < 0.55 THEN 'WEB' WHEN r3 < 0.85 THEN 'PHONE' ELSE 'OPEN311' END,
       received, received + interval '4 days', received + interval '6 days',
       CASE WHEN status IN ('RECEIVED','ASSIGNED','IN_PROGRESS') AND received + interval '6 days' < now() THEN 'OVERDUE'
            ELSE 'ON_TIME' END,
       received, '48 BUSINESS_HOURS|FIRST_BUSINESS_HOUR|P75|0|-|-|-',
       CASE WHEN status IN ('RESOLVED','CLOSED') THEN received + took END,
       CASE WHEN status = 'CLOSED' THEN received + took + interval '5 days' END,
       CASE WHEN status IN ('RESOLVED','CLOSED') THEN (extract(epoch FROM took) / 180)::int END,
       1
FROM y, s, c;
SQL
"${PSQL[@]}" -c "vacuum analyze service_report" >/dev/null; "${PSQL[@]}" -c "analyze colonia" >/dev/null
LOAD_SECONDS=$((SECONDS - START))
COUNT="$("${PSQL[@]}" -c "select count(*) from service_report")"
COLONIAS="$("${PSQL[@]}" -c "select count(*) from colonia c join delegacion d on d.id = c.delegacion_id join body b on b.id = d.body_id where b.code = 'MET'")"
say "$COUNT reports over $COLONIAS colonias in the table (${LOAD_SECONDS}s to load)"

BASE="http://127.0.0.1:$PORT"
PAGE="$BASE/transparencia/MET"
JSON="$BASE/api/transparencia/MET"
CARD="$BASE/transparencia/MET/tarjeta"
CSV="$BASE/datos/reportes.csv?municipio=MET&periodo=todo"
TIMES=(java "$ROOT/bench/HttpTimes.java")

say "warm: $WARMUP GETs, then $SAMPLES timed GETs of each"
"${TIMES[@]}" warm "$WARMUP" "$SAMPLES" "$PAGE" "$JSON" "$CARD" >"$WORK/warm"
say "right after filing: $ROUNDS rounds of one Open311 report, then one GET of each"
BODY="api_key=puente-demo&service_code=bacheo&lat=19.2549&long=-99.6047&address_string=Av.+Benito+Ju%C3%A1rez+100&description=Bache+de+la+prueba+del+tablero"
"${TIMES[@]}" filed "$ROUNDS" "$BASE/open311/v2/requests.json" "$BODY" "$PAGE" "$JSON" "$CARD" >"$WORK/filed"

PID="$(pgrep -f "$PUENTE_SERVER_DIR.*ASMain" | head -n 1 || true)"
[ -n "$PID" ] || PID="$(pgrep -f "bench-server" | head -n 1)"
heap_used_mb() { jcmd "$PID" GC.heap_info 2>/dev/null | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); printf "%.0f\n", v / 1024; exit } }'; }
jcmd "$PID" GC.run >/dev/null
HEAP_BEFORE="$(heap_used_mb)"
( while :; do heap_used_mb; sleep 0.5; done ) >"$WORK/heap" &
SAMPLER=$!
say "CSV export of every row"
read -r BYTES LINES CSV_SECONDS < <("${TIMES[@]}" download "$CSV")
kill "$SAMPLER" 2>/dev/null || true
jcmd "$PID" GC.run >/dev/null
HEAP_AFTER="$(heap_used_mb)"
HEAP_PEAK="$(sort -n "$WORK/heap" | tail -n 1)"
CSV_ROWS=$((LINES - 1))
RATE="$(awk -v r="$CSV_ROWS" -v s="$CSV_SECONDS" 'BEGIN { printf "%.0f", r / s }')"

read -r _ PAGE50 PAGE95 PAGEMAX < <(grep "^$PAGE " "$WORK/warm")
read -r _ JSON50 JSON95 JSONMAX < <(grep "^$JSON " "$WORK/warm")
read -r _ CARD50 CARD95 CARDMAX < <(grep "^$CARD " "$WORK/warm")
read -r _ FPAGE50 FPAGE95 _ < <(grep "^$PAGE " "$WORK/filed")
read -r _ FJSON50 FJSON95 _ < <(grep "^$JSON " "$WORK/filed")
read -r _ FCARD50 FCARD95 _ < <(grep "^$CARD " "$WORK/filed")
LINE="dashboard: $COUNT reports, page p95 $PAGE95 ms, json p95 $JSON95 ms, csv $RATE rows/s"
{
    echo
    echo "## dashboard — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Command: \`./puente bench dashboard $ROWS\` ($(nproc) cores; Payara Server with PostgreSQL $(pg_lsclusters -h | head -n1 | awk '{print $1}'); $COUNT reports over two years, $COLONIAS colonias, 27 services, three channels, loaded with SQL in ${LOAD_SECONDS}s; client bench/HttpTimes.java on the same machine, one request at a time)"
    echo
    echo "| measure | p50 | p95 | max |"
    echo "|---|---|---|---|"
    echo "| page /transparencia/MET, warm ($SAMPLES GETs after $WARMUP) | $PAGE50 ms | $PAGE95 ms | $PAGEMAX ms |"
    echo "| JSON /api/transparencia/MET, warm | $JSON50 ms | $JSON95 ms | $JSONMAX ms |"
    echo "| card /transparencia/MET/tarjeta, warm | $CARD50 ms | $CARD95 ms | $CARDMAX ms |"
    echo "| page, right after a report is filed ($ROUNDS rounds) | $FPAGE50 ms | $FPAGE95 ms | |"
    echo "| JSON, right after a report is filed | $FJSON50 ms | $FJSON95 ms | |"
    echo "| card, right after a report is filed | $FCARD50 ms | $FCARD95 ms | |"
    echo
    echo "CSV export of every row: $CSV_ROWS rows, $((BYTES / 1024 / 1024)) MiB in ${CSV_SECONDS}s, $RATE rows/s; server heap after a full GC ${HEAP_BEFORE} MiB before and ${HEAP_AFTER} MiB after, at most ${HEAP_PEAK} MiB used during the export."
    echo
    echo "$LINE"
} >>"$ROOT/docs/benchmarks.md"
echo "$LINE"
