#!/usr/bin/env bash
# ./puente bench intake [CLIENTS] [SECONDS]
#
# Report intake throughput through Open311 POST on Payara Server + PostgreSQL (synchronous_commit on,
# so an accepted report is durable), against three ceilings measured in the same run with the same
# number of clients: the database's own rate for the equivalent INSERTs (pgbench), the database's rate
# for a durable single-row report-like insert (pgbench: one row with only its primary key, one commit
# each: the physical limit of one durable write per request) and a trivial endpoint of the same server
# (GET /health/live). Checks that nothing accepted was lost: every report filed during the run has its
# first history row and its queued e-mail to the department. Starts what it needs and stops it; appends
# the numbers to docs/benchmarks.md; its last line is the summary.
# PUENTE_BENCH_PORT / PUENTE_BENCH_ADMIN_PORT move the server (30080 / 30848; the domain's other ports
# move with the HTTP port), so that it runs beside ./puente run and the other benchmarks.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLIENTS="${1:-32}"
DURATION="${2:-30}"
WARMUP="${PUENTE_BENCH_WARMUP:-30}"
PORT="${PUENTE_BENCH_PORT:-30080}"
ADMIN_PORT="${PUENTE_BENCH_ADMIN_PORT:-30848}"
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

# Each request is a different citizen's report (its own e-mail address), so that each intake queues
# both its e-mails as in real use: the department's and the reporter's (an address is mailed at most
# once a day while nobody confirmed it, Limit.UNCONFIRMED_MAIL). The run's name (wrk's argument) and the
# thread keep the addresses of the warm-up and of the measure apart.
cat >"$WORK/post.lua" <<'LUA'
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
function init(args)
  run = args[1] or "run"
  n = 0
end
function request()
  n = n + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"},
    "api_key=puente-demo&service_code=bacheo&lat=19.2549&long=-99.6047&address_string=Av.+Benito+Ju%C3%A1rez+100"
    .. "&description=Bache+de+la+prueba+de+carga&email=carga-" .. run .. "-" .. tid .. "-" .. n .. "%40example.mx")
end
LUA

# Runs wrk and prints "rate p50_ms p99_ms non2xx answers socket_errors".
measure() {
    local out
    out="$(wrk --latency --timeout 30s -t2 -c"$CLIENTS" -d"$1"s "${@:2}")"
    echo "$out" >>"$WORK/wrk.log"
    local rate p50 p99 errors answers socket
    rate="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
    p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
    errors="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
    answers="$(awk '/requests in/ {print $1}' <<<"$out")"
    socket="$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")"
    echo "$rate $(to_ms "$p50") $(to_ms "$p99") ${errors:-0} ${answers:-0} ${socket:-0}"
}
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

URL="http://127.0.0.1:$PORT/open311/v2/requests.json"
say "warm-up: ${WARMUP}s of intake"
measure "$WARMUP" -s "$WORK/post.lua" "$URL" -- warm >/dev/null
BEFORE="$("${PSQL[@]}" -c "select count(*) from service_report")"
say "intake: ${DURATION}s, $CLIENTS clients"
read -r RATE P50 P99 ERRORS ANSWERS SOCKET < <(measure "$DURATION" -s "$WORK/post.lua" "$URL" -- run)
sleep 2 # the requests wrk left in flight at its end finish (their reports count as filed, not as answered)
AFTER="$("${PSQL[@]}" -c "select count(*) from service_report")"
[ "$ERRORS" = "0" ] || { say "$ERRORS non-2xx answers during intake: not a valid run"; tail -40 "$WORK/wrk.log"; exit 1; }
DURABLE=$(( AFTER - BEFORE ))
# Nothing lost: at least as many reports as 201 answers, and every report of the load (warm-up and
# measure) with its first history step and both its e-mails (the department's and the reporter's).
[ "$DURABLE" -ge "$ANSWERS" ] || { say "$ANSWERS answered with 201 but only $DURABLE reports stored"; exit 1; }
read -r LOADED NO_STEP NO_DEPT_MAIL NO_REPORTER_MAIL < <("${PSQL[@]}" -F ' ' <<'SQL'
with load as (select id, folio from service_report where description = 'Bache de la prueba de carga'),
     mail as (select substring(subject from '^(?:Nuevo reporte|Recibimos tu reporte) ([^:]+)') as folio,
                     subject like 'Nuevo%' as department from outbox_message)
select (select count(*) from load),
       (select count(*) from load l where not exists (select 1 from report_transition t where t.report_id = l.id and t.to_status = 'RECEIVED')),
       (select count(*) from load l where not exists (select 1 from mail m where m.department and m.folio = l.folio)),
       (select count(*) from load l where not exists (select 1 from mail m where not m.department and m.folio = l.folio));
SQL
)
[ "$NO_STEP$NO_DEPT_MAIL$NO_REPORTER_MAIL" = "000" ] \
    || { say "of $LOADED reports, $NO_STEP lack their history step, $NO_DEPT_MAIL the department's e-mail, $NO_REPORTER_MAIL the reporter's"; exit 1; }
say "trivial endpoint: ${DURATION}s"
measure 5 "http://127.0.0.1:$PORT/health/live" >/dev/null
read -r TRIVIAL TP50 TP99 TERRORS TANSWERS TSOCKET < <(measure "$DURATION" "http://127.0.0.1:$PORT/health/live")

say "stopping Puente; the database alone: pgbench with the same inserts"
"$ROOT/puente" stop >/dev/null 2>&1 || true
# The equivalent of one intake's writes: a numbered report, its first history step, two queued e-mails.
"${PSQL[@]}" -c "create sequence if not exists bench_folio" >/dev/null
IDS="$("${PSQL[@]}" -c "select b.id||' '||s.id||' '||d.id||' '||c.id from body b join public_service s on s.body_id=b.id join department d on d.id=s.department_id join colonia c on true join delegacion g on g.id=c.delegacion_id and g.body_id=b.id where b.code='MET' and s.code='bacheo' limit 1")"
read -r BODY SERVICE DEPT COLONIA <<<"$IDS"
cat >"$WORK/insert.sql" <<SQL
BEGIN;
INSERT INTO service_report (id, folio, folio_year, folio_number, body_id, service_id, department_id, status, description, colonia_id, street, latitude, longitude, channel, contact_email, tracking_code, received_at, warn_from, due_at, deadline_state, clock_received_at, clock_terms, version)
  VALUES (nextval('service_report_seq') + (random() * 49)::int, 'BENCH-' || nextval('bench_folio'), 2026, currval('bench_folio') + 1000000000, $BODY, $SERVICE, $DEPT, 'RECEIVED', 'Bache de la prueba de carga (pgbench)', $COLONIA, 'Av. Benito Juárez 100', 19.2549, -99.6047, 'OPEN311', 'carga@example.mx', 'ABCDEFGHJK', now(), now() + interval '5 days', now() + interval '7 days', 'ON_TIME', now(), '48 BUSINESS_HOURS|FIRST_BUSINESS_HOUR|P75|0|-|-|-', 1)
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

# The physical limit of one durable write per request: a report-like row (the same columns and values)
# in a table with its primary key only, one INSERT per transaction (autocommit, synchronous commit),
# prepared as the JDBC driver prepares a repeated statement.
say "the database alone: pgbench with a durable single-row insert"
"${PSQL[@]}" >/dev/null <<'SQL'
drop table if exists bench_single_row;
create table bench_single_row (like service_report including defaults);
alter table bench_single_row add primary key (id);
create sequence if not exists bench_single_row_seq;
SQL
cat >"$WORK/single.sql" <<SQL
INSERT INTO bench_single_row (id, folio, folio_year, folio_number, body_id, service_id, department_id, status, description, colonia_id, street, latitude, longitude, channel, contact_email, tracking_code, received_at, warn_from, due_at, deadline_state, clock_received_at, clock_terms, version) VALUES (nextval('bench_single_row_seq'), 'SINGLE-' || currval('bench_single_row_seq'), 2026, currval('bench_single_row_seq'), $BODY, $SERVICE, $DEPT, 'RECEIVED', 'Bache de la prueba de carga', $COLONIA, 'Av. Benito Juárez 100', 19.2549, -99.6047, 'OPEN311', 'carga@example.mx', 'ABCDEFGHJK', now(), now() + interval '5 days', now() + interval '7 days', 'ON_TIME', now(), '48 BUSINESS_HOURS|FIRST_BUSINESS_HOUR|P75|0|-|-|-', 1);
SQL
pgbench -n -M prepared -h 127.0.0.1 -p "$PGPORT" -U puente_bench -c "$CLIENTS" -j 2 -T 5 -f "$WORK/single.sql" puente_bench >/dev/null 2>&1
PGS="$(pgbench -n -M prepared -h 127.0.0.1 -p "$PGPORT" -U puente_bench -c "$CLIENTS" -j 2 -T "$DURATION" -f "$WORK/single.sql" puente_bench 2>&1)"
SINGLE="$(awk '/^tps = / {print $3; exit}' <<<"$PGS")"
[ -n "$SINGLE" ] || { say "pgbench (single row) failed:"; echo "$PGS"; exit 1; }
SINGLE_ROWS="$("${PSQL[@]}" -c "select count(*) from bench_single_row")"

R="$(awk -v a="$RATE" -v b="$CEILING" 'BEGIN { printf "%.2f", a / b }')"
T="$(awk -v a="$RATE" -v b="$TRIVIAL" 'BEGIN { printf "%.2f", a / b }')"
S="$(awk -v a="$RATE" -v b="$SINGLE" 'BEGIN { printf "%.2f", a / b }')"
LINE="intake: $(printf '%.0f' "$RATE") reports/s, p50 $P50 ms, p99 $P99 ms, ratio $R to the database insert ceiling, ratio $T to a trivial endpoint, ratio $S to a single-row insert"

{
    echo
    echo "## intake — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Command: \`./puente bench intake $CLIENTS $DURATION\` ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $CLIENTS clients, ${DURATION}s after ${WARMUP}s of warm-up, load generator wrk on the same machine; PostgreSQL $(pg_lsclusters -h | head -n1 | awk '{print $1}'), synchronous_commit $SYNC)"
    echo
    echo "| measure | rate | p50 | p99 |"
    echo "|---|---|---|---|"
    echo "| Open311 POST intake ($ANSWERS answered 201, $DURABLE reports stored; of the $LOADED of the load, 0 without their history step or either e-mail) | $(printf '%.0f' "$RATE")/s | $P50 ms | $P99 ms |"
    echo "| database ceiling: pgbench, same inserts in one transaction | $(printf '%.0f' "$CEILING")/s | | |"
    echo "| single-row ceiling: pgbench, one durable report-like row per transaction, primary key only ($SINGLE_ROWS rows) | $(printf '%.0f' "$SINGLE")/s | | |"
    echo "| trivial endpoint: GET /health/live | $(printf '%.0f' "$TRIVIAL")/s | $TP50 ms | $TP99 ms |"
    echo
    echo "$LINE"
} >>"${PUENTE_BENCH_REPORT:-$ROOT/docs/benchmarks.md}"
echo "$LINE"
