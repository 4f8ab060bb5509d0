#!/usr/bin/env bash
# ./puente bench intake [CLIENTS] [SECONDS]
#
# Report intake throughput through Open311 POST on Payara Server + PostgreSQL (synchronous_commit on,
# so an accepted report is durable), against two ceilings measured in the same run with the same
# number of clients: the database's own rate for the equivalent INSERTs (pgbench) and a trivial
# endpoint of the same server (GET /health/live). Starts what it needs and stops it; appends the
# numbers to docs/benchmarks.md; its last line is the summary.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLIENTS="${1:-32}"
DURATION="${2:-30}"
WARMUP=15
PORT=28080
ADMIN_PORT=24848
WORK="$(mktemp -d)"
export PUENTE_HTTP_PORT=$PORT PUENTE_ADMIN_PORT=$ADMIN_PORT PUENTE_SERVER_DIR="$ROOT/.puente/bench-server"
export PUENTE_DEMO=true
# The load generator files from one address with one API key: no rate limit on it (RateLimits).
export PUENTE_LIMIT_OPEN311_SOURCE=100000000/1m PUENTE_LIMIT_OPEN311_KEY=100000000/1m

say() { printf '[bench intake] %s\n' "$*" >&2; }

source "$ROOT/bench/lib.sh"
command -v wrk >/dev/null || { say "installing wrk"; as_root apt-get install -y -qq wrk >/dev/null; }
bench_database puente_bench

cleanup() { "$ROOT/puente" stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
say "starting Puente on PostgreSQL (port $PORT)"
"$ROOT/puente" start >/dev/null
SYNC="$("${PSQL[@]}" -c "show synchronous_commit")"
[ "$SYNC" = "on" ] || { say "synchronous_commit is $SYNC, not on"; exit 1; }

cat >"$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
wrk.body = "api_key=puente-demo&service_code=bacheo&lat=19.2549&long=-99.6047&address_string=Av.+Benito+Ju%C3%A1rez+100&description=Bache+de+la+prueba+de+carga&email=carga%40example.mx"
LUA

# Runs wrk and prints "rate p50_ms p99_ms non2xx".
measure() {
    local out
    out="$(wrk --latency -t2 -c"$CLIENTS" -d"$1"s "${@:2}")"
    echo "$out" >>"$WORK/wrk.log"
    local rate p50 p99 errors
    rate="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
    p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
    errors="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
    echo "$rate $(to_ms "$p50") $(to_ms "$p99") ${errors:-0}"
}
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

URL="http://127.0.0.1:$PORT/open311/v2/requests.json"
say "warm-up: ${WARMUP}s of intake"
measure "$WARMUP" -s "$WORK/post.lua" "$URL" >/dev/null
BEFORE="$("${PSQL[@]}" -c "select count(*) from service_report")"
say "intake: ${DURATION}s, $CLIENTS clients"
read -r RATE P50 P99 ERRORS < <(measure "$DURATION" -s "$WORK/post.lua" "$URL")
AFTER="$("${PSQL[@]}" -c "select count(*) from service_report")"
[ "$ERRORS" = "0" ] || { say "$ERRORS non-2xx answers during intake: not a valid run"; tail -40 "$WORK/wrk.log"; exit 1; }
DURABLE=$(( AFTER - BEFORE ))
say "trivial endpoint: ${DURATION}s"
measure 5 "http://127.0.0.1:$PORT/health/live" >/dev/null
read -r TRIVIAL TP50 TP99 TERRORS < <(measure "$DURATION" "http://127.0.0.1:$PORT/health/live")

say "stopping Puente; the database alone: pgbench with the same inserts"
"$ROOT/puente" stop >/dev/null 2>&1 || true
# The equivalent of one intake's writes: a numbered report, its first history step, two queued e-mails.
"${PSQL[@]}" -c "create sequence if not exists bench_folio" >/dev/null
IDS="$("${PSQL[@]}" -c "select b.id||' '||s.id||' '||d.id||' '||c.id from body b join public_service s on s.body_id=b.id join department d on d.id=s.department_id join colonia c on true join delegacion g on g.id=c.delegacion_id and g.body_id=b.id where b.code='MET' and s.code='bacheo' limit 1")"
read -r BODY SERVICE DEPT COLONIA <<<"$IDS"
cat >"$WORK/insert.sql" <<SQL
BEGIN;
INSERT INTO service_report (id, folio, folio_year, folio_number, body_id, service_id, department_id, status, description, colonia_id, street, latitude, longitude, channel, contact_email, tracking_code, received_at, warn_from, due_at, deadline_state, clock_received_at, clock_terms, version)
  VALUES (nextval('service_report_seq') + (random() * 49)::int, 'BENCH-' || nextval('bench_folio'), 2026, currval('bench_folio') + 1000000000, $BODY, $SERVICE, $DEPT, 'RECEIVED', 'Bache de la prueba de carga', $COLONIA, 'Av. Benito Juárez 100', 19.2549, -99.6047, 'OPEN311', 'carga@example.mx', 'ABCDEFGHJK', now(), now() + interval '5 days', now() + interval '7 days', 'ON_TIME', now(), '48 BUSINESS_HOURS|FIRST_BUSINESS_HOUR|P75|0|-|-|-', 1)
  ON CONFLICT DO NOTHING;
INSERT INTO report_transition (id, report_id, from_status, to_status, occurred_at, actor_unit)
  SELECT nextval('report_transition_seq'), max(id), null, 'RECEIVED', now(), 'Dirección de Obras Públicas' FROM service_report WHERE folio = 'BENCH-' || currval('bench_folio');
INSERT INTO outbox_message (id, recipient, subject, body, created_at, attempts, next_attempt_at)
  VALUES (nextval('outbox_message_seq'), 'carga@example.mx', 'Recibimos tu reporte', 'Hola: recibimos tu reporte.', now(), 0, now()),
         (nextval('outbox_message_seq'), 'obras.publicas@metepec.gob.mx', 'Nuevo reporte', 'Llegó un reporte.', now(), 0, now());
END;
SQL
pgbench -n -h 127.0.0.1 -p "$PGPORT" -U puente_bench -c "$CLIENTS" -j 2 -T 5 -f "$WORK/insert.sql" puente_bench >/dev/null 2>&1
PGB="$(pgbench -n -h 127.0.0.1 -p "$PGPORT" -U puente_bench -c "$CLIENTS" -j 2 -T "$DURATION" -f "$WORK/insert.sql" puente_bench 2>&1)"
CEILING="$(awk '/^tps = / {print $3; exit}' <<<"$PGB")"
[ -n "$CEILING" ] || { say "pgbench failed:"; echo "$PGB"; exit 1; }

R="$(awk -v a="$RATE" -v b="$CEILING" 'BEGIN { printf "%.2f", a / b }')"
T="$(awk -v a="$RATE" -v b="$TRIVIAL" 'BEGIN { printf "%.2f", a / b }')"
LINE="intake: $(printf '%.0f' "$RATE") reports/s, p50 $P50 ms, p99 $P99 ms, ratio $R to the database insert ceiling, ratio $T to a trivial endpoint"

{
    echo
    echo "## intake — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Command: \`./puente bench intake $CLIENTS $DURATION\` ($(nproc) cores, $CLIENTS clients, ${DURATION}s after ${WARMUP}s of warm-up, load generator wrk on the same machine; PostgreSQL $(pg_lsclusters -h | head -n1 | awk '{print $1}'), synchronous_commit $SYNC)"
    echo
    echo "| measure | rate | p50 | p99 |"
    echo "|---|---|---|---|"
    echo "| Open311 POST intake (reports accepted and durable: $DURABLE) | $(printf '%.0f' "$RATE")/s | $P50 ms | $P99 ms |"
    echo "| database ceiling: pgbench, same inserts in one transaction | $(printf '%.0f' "$CEILING")/s | | |"
    echo "| trivial endpoint: GET /health/live | $(printf '%.0f' "$TRIVIAL")/s | $TP50 ms | $TP99 ms |"
    echo
    echo "$LINE"
} >>"$ROOT/docs/benchmarks.md"
echo "$LINE"
