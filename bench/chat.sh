#!/usr/bin/env bash
# ./puente bench chat [VIEWERS] [SECONDS]
#
# Live chat delivery: VIEWERS WebSocket views in one open chat on Payara Server + PostgreSQL, while a
# participant asks and the moderator approves two questions a second through the room's API; for each
# approved question and each view, the time from its approval on the server until the view has it.
# The load generator (bench/ChatLoad.java) runs on the same machine. Starts what it needs and stops
# it; appends the numbers to docs/benchmarks.md; its last line is the summary.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VIEWERS="${1:-2000}"
DURATION="${2:-30}"
WARMUP=20
PORT=28080
ADMIN_PORT=24848
export PUENTE_HTTP_PORT=$PORT PUENTE_ADMIN_PORT=$ADMIN_PORT PUENTE_SERVER_DIR="$ROOT/.puente/bench-server"
export PUENTE_DEMO=true
# The load generator's one participant asks twice a second; citizens wait 15 s between questions.
export PUENTE_CHAT_QUESTIONSECONDS=0
# and from one address: no rate limit on its questions (RateLimits)
export PUENTE_LIMIT_CHAT_QUESTION_SOURCE=1000000/1m

say() { printf '[bench chat] %s\n' "$*" >&2; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

source "$ROOT/bench/lib.sh"
bench_database puente_bench_chat

cleanup() { "$ROOT/puente" stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
say "starting Puente on PostgreSQL (port $PORT)"
"$ROOT/puente" start >/dev/null

# An open chat of the demo expert and moderator, from a minute ago for two hours (the bench's own
# rows: the request and its event, as the engagement workflow would have left them).
EVENT="$("${PSQL[@]}" <<'SQL'
with ids as (
  select (select id from body where code = 'SSEM') as body,
         (select id from department where name = 'Unidad de Comunicación Social') as unit,
         (select id from user_account where username = 'enlace') as enlace,
         (select id from user_account where username = 'experto') as expert,
         (select id from user_account where username = 'moderador') as moderator,
         nextval('engagement_request_seq') as request, nextval('engagement_event_seq') as event),
r as (
  insert into engagement_request (id, folio, kind, body_id, unit_id, requester_id, status, topics, start_date, end_date,
      start_time, end_time, expert_name, expert_email, expert_id, expert_confirmed, submitted_at, updated_at, version)
  select request, 'BENCH-' || request, 'CHAT', body, unit, enlace, 'SCHEDULED', 'Prueba de carga del chat',
      current_date, current_date, '00:00', '23:59', 'Dr. Roberto Sánchez Islas', 'experto@demo.puente.mx', expert, true,
      now(), now(), 1 from ids returning id)
insert into engagement_event (id, request_id, kind, title, topics, body_id, starts_at, ends_at, expert_id, moderator_id,
    status, version, last_seq, pre_moderated)
select event, request, 'CHAT', 'Prueba de carga del chat', 'Prueba de carga del chat', body, now() - interval '1 minute',
    now() + interval '2 hours', expert, moderator, 'OPEN', 1, 0, false from ids
returning id;
SQL
)"
[ -n "$EVENT" ] || { say "could not create the chat"; exit 1; }

say "$VIEWERS viewers in chat $EVENT, two approved questions a second for ${DURATION}s"
JAVA="${AS_JAVA:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java"
[ -x "$JAVA" ] || JAVA=java
RESULT="$("$JAVA" -Xmx1g "$ROOT/bench/ChatLoad.java" "http://127.0.0.1:$PORT" "$EVENT" "$VIEWERS" "$DURATION" "$WARMUP")"
read -r OPEN MESSAGES DELIVERED EXPECTED P50 P99 MAX FAILED <<<"$RESULT"
SHARE="$(awk -v d="$DELIVERED" -v e="$EXPECTED" 'BEGIN { if (e == 0) print "0.0"; else printf "%.1f", 100 * d / e }')"
SUMMARY="chat: $OPEN viewers, p50 $P50 ms, p99 $P99 ms, delivered $SHARE%"

{
    echo
    echo "## chat — $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "Command: \`./puente bench chat $VIEWERS $DURATION\` ($(nproc) cores; Payara Server with PostgreSQL; $VIEWERS WebSocket views asked for, $OPEN connected ($FAILED failed to connect); two questions a second asked and approved through the room's API, ${WARMUP}s of warm-up, then ${DURATION}s measured; load generator bench/ChatLoad.java on the same machine)"
    echo
    echo "| measure | value |"
    echo "|---|---|"
    echo "| approved questions | $MESSAGES |"
    echo "| deliveries (question × view) | $DELIVERED of $EXPECTED |"
    echo "| approval → view, p50 | $P50 ms |"
    echo "| approval → view, p99 | $P99 ms |"
    echo "| approval → view, max | $MAX ms |"
    echo
    echo "$SUMMARY"
} >>"$ROOT/docs/benchmarks.md"
echo "$SUMMARY"
