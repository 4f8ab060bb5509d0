#!/usr/bin/env bash
# ./puente bench clock [CASES]
#
# A holiday added while a body has many open petitions (default 200,000) on Payara Server + PostgreSQL:
# loads the petitions with SQL (open, on Metepec's municipal clock, received over the last three weeks), signs
# in as the demo administrator, adds a holiday through the administrator's call (POST /api/plazos/MET/
# dias-inhabiles, the same ClockSettings.addHoliday as /staff/plazos) and polls its progress until every open
# case it reaches has its new due date and its DUE_MOVED history entry. Meanwhile it files reports through the
# public Open311 POST and times each (each must be accepted in under a second: the recalculation locks no
# intake). Appends to docs/benchmarks.md; the last line is the summary. Starts what it needs (PostgreSQL too,
# which it stops again if it was not running) and stops it.
#
# PUENTE_BENCH_PORT / PUENTE_BENCH_ADMIN_PORT move the server's ports (28080 / 24848 by default).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CASES="${1:-200000}"
PORT="${PUENTE_BENCH_PORT:-28080}"
ADMIN_PORT="${PUENTE_BENCH_ADMIN_PORT:-24848}"
WORK="$(mktemp -d)"
export PUENTE_HTTP_PORT=$PORT PUENTE_ADMIN_PORT=$ADMIN_PORT PUENTE_SERVER_DIR="$ROOT/.puente/bench-server"
export PUENTE_DEMO=true
# The reports filed meanwhile come from one address with one API key: no rate limit on them.
export PUENTE_LIMIT_OPEN311_SOURCE=100000000/1m PUENTE_LIMIT_OPEN311_KEY=100000000/1m
# The municipal preset as a petition stores it: ClockPreset.MX_MUNICIPAL.terms().encode(), the line that
# ClockTermsCodingTest.theLinesAsStoredAreStable holds it to.
TERMS='15 BUSINESS_DAYS|DAY_AFTER_RECEIPT|P75|0|-|-|-'

say() { printf '[bench clock] %s\n' "$*" >&2; }

source "$ROOT/bench/lib.sh"
PG_WAS_UP=false
if command -v pg_lsclusters >/dev/null && pg_lsclusters -h | head -n 1 | grep -q ' online'; then PG_WAS_UP=true; fi
bench_database puente_clock

cleanup() {
    "$ROOT/puente" stop >/dev/null 2>&1 || true
    if [ "$PG_WAS_UP" = false ]; then
        as_root pg_ctlcluster $(pg_lsclusters -h | head -n 1 | awk '{print $1" "$2}') stop 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
say "starting Puente on PostgreSQL (port $PORT; schema and demo data)"
"$ROOT/puente" start >/dev/null

ZONE="$("${PSQL[@]}" -c "select time_zone from body where code = 'MET'")"
say "loading $CASES open petitions of Metepec"
START=$SECONDS
# Received on each of the last 15 weekdays between 10:00 and 18:00 Metepec time; due 15 business days later,
# which without holidays is the same weekday three weeks on, at 18:00 (the office's close).
"${PSQL[@]}" >/dev/null <<SQL
CREATE TEMP TABLE bench_days AS
  SELECT row_number() OVER (ORDER BY d DESC) - 1 AS k, d::date AS d
  FROM generate_series(current_date - 1, current_date - 30, interval '-1 day') d
  WHERE extract(isodow FROM d) < 6
  LIMIT 15;
WITH b AS (SELECT id FROM body WHERE code = 'MET')
INSERT INTO petition (id, version, folio, folio_year, folio_number, body_id, type, identity, channel, status,
    subject, text, contact_email, clock_received_at, clock_terms, clock_answer_extended, due_at, warn_from)
SELECT 50000000 + g, 0, 'MET-PQR-2000-' || lpad(g::text, 7, '0'), 2000, g, b.id,
       (ARRAY['PETICION','QUEJA','RECLAMO','SUGERENCIA','DENUNCIA'])[1 + g % 5], 'IDENTIFIED', 'WEB',
       (ARRAY['RECIBIDA','EN_TRAMITE'])[1 + g % 2],
       'Petición de carga ' || g, 'Texto de la petición de carga número ' || g, 'carga' || g || '@example.mx',
       (bd.d + time '10:00' + ((g % 480) || ' minutes')::interval) AT TIME ZONE '$ZONE',
       '$TERMS', false,
       (bd.d + 21 + time '18:00') AT TIME ZONE '$ZONE',
       (bd.d + 16 + time '15:45') AT TIME ZONE '$ZONE'
FROM generate_series(1, $CASES) g
JOIN bench_days bd ON bd.k = g % 15, b;
INSERT INTO petition_entry (id, petition_id, kind, occurred_at, actor_unit)
SELECT 50000000 + g, 50000000 + g, 'RECEIVED', p.clock_received_at, 'H. Ayuntamiento de Metepec'
FROM generate_series(1, $CASES) g JOIN petition p ON p.id = 50000000 + g;
SQL
"${PSQL[@]}" -c "vacuum analyze petition" >/dev/null
"${PSQL[@]}" -c "vacuum analyze petition_entry" >/dev/null
OPEN="$("${PSQL[@]}" -c "select count(*) from petition p join body b on b.id = p.body_id where b.code = 'MET' and p.status in ('RECIBIDA','EN_TRAMITE','PREVENIDA')")"
say "$OPEN open petitions of Metepec ($((SECONDS - START))s to load)"

# The holiday: the first weekday from the day after tomorrow that is not one already. Every petition loaded was
# received before it; those due on or after it (most of them) are the ones it reaches: each of their due dates
# moves by a business day. The others are skipped unread (ClockRecalculation).
HOLIDAY="$("${PSQL[@]}" -c "select min(d)::date from generate_series(current_date + 2, current_date + 30, interval '1 day') d
    where extract(isodow from d) < 6 and d::date not in (select h.holiday_date from holiday h
    join business_calendar c on c.id = h.calendar_id join body b on b.id = c.body_id where b.code = 'MET')")"

REACHED="$("${PSQL[@]}" -c "select count(*) from petition where id >= 50000000
    and (due_at at time zone '$ZONE')::date >= date '$HOLIDAY'")"

# Sign in as the demo administrator the way a browser does (JSF form, session cookie).
BASE="http://127.0.0.1:$PORT"
curl -s -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/login" -o "$WORK/login.html"
STATE="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/login.html" | head -n 1 | sed 's/.*value="//;s/"$//')"
curl -s -c "$WORK/cookies" -b "$WORK/cookies" -o /dev/null "$BASE/login" --data-urlencode "login=login" \
    --data-urlencode "login:username=admin" --data-urlencode "login:password=demo" \
    --data-urlencode "login:submit=Entrar" --data-urlencode "jakarta.faces.ViewState=$STATE"

REPORT=(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE/open311/v2/requests.json"
    --data-urlencode api_key=puente-demo --data-urlencode service_code=bacheo --data-urlencode lat=19.2549
    --data-urlencode long=-99.6047 --data-urlencode "address_string=Av. Benito Juárez 100"
    --data-urlencode "description=Bache reportado durante el recálculo de plazos")
for i in 1 2 3; do "${REPORT[@]}" >/dev/null; done # warm-up

say "adding the holiday $HOLIDAY to Metepec's calendar"
T0="$(date +%s.%N)"
ANSWER="$(curl -s -b "$WORK/cookies" -w '\n%{http_code}' "$BASE/api/plazos/MET/dias-inhabiles" \
    --data-urlencode "fecha=$HOLIDAY" --data-urlencode "nombre=Día inhábil del benchmark")"
CODE="$(tail -n 1 <<<"$ANSWER")"
[ "$CODE" = "202" ] || { say "the holiday was refused: $ANSWER"; exit 1; }
JOB="$(head -n 1 <<<"$ANSWER" | sed 's/.*"job":"\([^"]*\)".*/\1/')"

# While it runs: a report through the public door every half second, each timed.
(
    while [ ! -f "$WORK/finished" ]; do "${REPORT[@]}" >>"$WORK/reports"; sleep 0.5; done
) &
FILER=$!
LAST=""
while true; do
    LAST="$(curl -s -b "$WORK/cookies" "$BASE/api/plazos/recalculos/$JOB")"
    if grep -q '"finished":true' <<<"$LAST"; then break; fi
    sleep 0.2
done
T1="$(date +%s.%N)"
touch "$WORK/finished"
wait "$FILER" || true
grep -q '"failed":false' <<<"$LAST" || { say "the recalculation failed: $LAST"; exit 1; }

LOAD="$(awk '{print $1", "$2", "$3}' /proc/loadavg)"
SECONDS_TAKEN="$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.1f", b - a }')"
MOVED="$(sed 's/.*"moved":\([0-9]*\).*/\1/' <<<"$LAST")"
TOTAL="$(sed 's/.*"total":\([0-9]*\).*/\1/' <<<"$LAST")"
# Every DUE_MOVED entry this recalculation wrote: the loaded petitions' and those of the demo's open petitions and
# reports it reached.
ENTRIES="$("${PSQL[@]}" -c "select (select count(*) from petition_entry where kind = 'DUE_MOVED' and occurred_at >= to_timestamp($T0 - 1))
    + (select count(*) from report_transition where kind = 'DUE_MOVED' and occurred_at >= to_timestamp($T0 - 1))")"
NOT_MOVED="$("${PSQL[@]}" -c "select count(*) from petition where id >= 50000000
    and due_at = ((clock_received_at at time zone '$ZONE')::date + 21 + time '18:00') at time zone '$ZONE'")"
say "recalculated in $SECONDS_TAKEN s: $MOVED moved, $ENTRIES DUE_MOVED entries, $REACHED loaded petitions due on or after $HOLIDAY"
[ "$ENTRIES" = "$MOVED" ] && [ "$MOVED" -ge "$REACHED" ] \
    || { say "$ENTRIES DUE_MOVED entries for $MOVED moved cases, $REACHED reached by the holiday"; exit 1; }
REPORTS="$(wc -l <"$WORK/reports")"
BAD="$(awk '$1 != 201 && $1 != 200' "$WORK/reports" | wc -l)"
MAX_MS="$(awk '{ ms = $2 * 1000; if (ms > m) m = ms } END { printf "%.0f", m }' "$WORK/reports")"
P50_MS="$(awk '{ print $2 * 1000 }' "$WORK/reports" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int(NR * 0.5 + 0.5)] }')"
RATE="$(awk -v n="$TOTAL" -v s="$SECONDS_TAKEN" 'BEGIN { printf "%.0f", n / s }')"
[ "$BAD" = "0" ] || { say "$BAD of $REPORTS reports filed meanwhile were refused"; exit 1; }
LINE="clock: $TOTAL open cases recalculated in $SECONDS_TAKEN s"
{
    echo
    echo "## clock — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Command: \`./puente bench clock $CASES\` ($(nproc) cores, load average $LOAD at the end; PostgreSQL; $CASES open petitions of Metepec on the municipal clock loaded with SQL; the demo administrator adds the holiday $HOLIDAY through POST /api/plazos/MET/dias-inhabiles, timed from the POST until its progress says finished; every case read, moved and given its DUE_MOVED entry in chunks of 500, one transaction each)"
    echo
    echo "| measure | value |"
    echo "|---|---|"
    echo "| open cases recalculated | $TOTAL: $REACHED due on or after the holiday, $MOVED moved (each with its DUE_MOVED entry: $ENTRIES); $NOT_MOVED due before it, skipped unread |"
    echo "| time | $SECONDS_TAKEN s |"
    echo "| cases per second | $RATE |"
    echo "| reports filed through Open311 POST meanwhile | $REPORTS, all accepted; p50 $P50_MS ms, max $MAX_MS ms |"
    echo
    echo "$LINE"
} >>"$ROOT/docs/benchmarks.md"
[ "$MAX_MS" -lt 1000 ] || say "a report filed meanwhile took $MAX_MS ms (over a second)"
echo "$LINE"
