#!/usr/bin/env bash
# ./puente bench chat [VIEWERS] [SECONDS]
#
# Live chat delivery: VIEWERS WebSocket views in one open chat on Payara Server + PostgreSQL, while a
# participant asks and the moderator approves two questions a second through the room's API; for each
# approved question and each view, the time from its approval on the server until the view has it.
# The load generator (bench/ChatLoad.java) runs on the same machine. Its yardstick, in the same run:
# as many views of a bare relay (bench/BareRelay.java: one WebSocket endpoint, no database, no
# moderation, built here into its own WAR and deployed next to Puente on the same server, never part
# of puente.ear) receiving the same messages at the same moments, measured by turns with Puente; the
# summary gives Puente's p99 as a ratio of the relay's. Starts what it needs and stops it; appends the
# numbers to docs/benchmarks.md; its last line is the summary.
#
# Ports: PUENTE_BENCH_PORT (HTTP, 28080) and PUENTE_BENCH_ADMIN_PORT (24848); the domain's other ports
# follow the HTTP port (./puente), and a port already taken stops the bench at once with its number.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VIEWERS="${1:-2000}"
DURATION="${2:-30}"
WARMUP=20
PORT="${PUENTE_BENCH_PORT:-28080}"
ADMIN_PORT="${PUENTE_BENCH_ADMIN_PORT:-24848}"
WORK="$(mktemp -d)"
export PUENTE_HTTP_PORT=$PORT PUENTE_ADMIN_PORT=$ADMIN_PORT PUENTE_SERVER_DIR="$ROOT/.puente/bench-server"
export PUENTE_DEMO=true
# The load generator's one participant asks twice a second; citizens wait 15 s between questions.
export PUENTE_CHAT_QUESTIONSECONDS=0
# and from one address: no rate limit on its questions (RateLimits)
export PUENTE_LIMIT_CHAT_QUESTION_SOURCE=1000000/1m

say() { printf '[bench chat] %s\n' "$*" >&2; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

source "$ROOT/bench/lib.sh"
# bench_database takes the first PostgreSQL cluster listed: the machine's own ("main") comes first, before
# one that another script made for itself (./puente chaos restarts its own).
pg_lsclusters() {
    local all
    all="$(command pg_lsclusters "$@")"
    printf '%s\n' "$(awk '$2 == "main"' <<<"$all"; awk '$2 != "main"' <<<"$all")"
}
bench_database puente_bench_chat

ASADMIN=("$PUENTE_SERVER_DIR/payara6/bin/asadmin" --user admin --passwordfile "$PUENTE_SERVER_DIR/admin-password"
    --host 127.0.0.1 --port "$ADMIN_PORT")
cleanup() {
    "${ASADMIN[@]}" undeploy bare-relay >/dev/null 2>&1 || true
    "$ROOT/puente" stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
say "starting Puente on PostgreSQL (port $PORT)"
"$ROOT/puente" start >/dev/null

# The bare relay: one class compiled against the WebSocket API of Jakarta EE 10, alone in its WAR.
websocket_api() {
    local file="${MAVEN_REPO:-$HOME/.m2/repository}/jakarta/websocket/$1/2.1.0/$1-2.1.0.jar"
    [ -f "$file" ] || mvn -B -q dependency:get -Dartifact="jakarta.websocket:$1:2.1.0" -Dtransitive=false >&2
    printf '%s' "$file"
}
JDK="${AS_JAVA:-/usr/lib/jvm/java-17-openjdk-amd64}/bin"
[ -x "$JDK/javac" ] || JDK="$(dirname "$(readlink -f "$(command -v javac)")")"
mkdir -p "$WORK/war/WEB-INF/classes"
"$JDK/javac" --release 17 -nowarn -d "$WORK/war/WEB-INF/classes" \
    -cp "$(websocket_api jakarta.websocket-api):$(websocket_api jakarta.websocket-client-api)" "$ROOT/bench/BareRelay.java"
"$JDK/jar" --create --file "$WORK/bare-relay.war" -C "$WORK/war" .
say "deploying the bare relay next to Puente (/bare-relay/relay)"
"${ASADMIN[@]}" deploy --force=true --name bare-relay --contextroot bare-relay "$WORK/bare-relay.war" >/dev/null

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

say "$VIEWERS viewers in chat $EVENT and $VIEWERS of the bare relay, two messages a second for ${DURATION}s each, by turns"
RESULT="$("$JDK/java" -Xmx1500m "$ROOT/bench/ChatLoad.java" "http://127.0.0.1:$PORT" "$EVENT" "$VIEWERS" "$DURATION" \
    "$WARMUP" "ws://127.0.0.1:$PORT/bare-relay/relay")"
read -r OPEN MESSAGES DELIVERED EXPECTED P50 P99 MAX FAILED \
    BARE_OPEN BARE_MESSAGES BARE_DELIVERED BARE_EXPECTED BARE_P50 BARE_P99 BARE_MAX BARE_FAILED <<<"$RESULT"
share() { awk -v d="$1" -v e="$2" 'BEGIN { if (e == 0) print "0.0"; else printf "%.1f", 100 * d / e }'; }
SHARE="$(share "$DELIVERED" "$EXPECTED")"
BARE_SHARE="$(share "$BARE_DELIVERED" "$BARE_EXPECTED")"
RATIO="$(awk -v a="$P99" -v b="$BARE_P99" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }')"
SUMMARY="chat: $OPEN viewers, p50 $P50 ms, p99 $P99 ms, delivered $SHARE%, ratio $RATIO to a bare broadcast"

{
    echo
    echo "## chat — $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "Command: \`./puente bench chat $VIEWERS $DURATION\` ($(nproc) cores; Payara Server with PostgreSQL; $VIEWERS WebSocket views of Puente asked for, $OPEN connected ($FAILED failed to connect), two questions a second asked and approved through the room's API; $VIEWERS views of the bare relay bench/BareRelay.java on the same server, $BARE_OPEN connected ($BARE_FAILED failed), the same messages at the moments of Puente's turn before; the two by turns of 5 s, each turn waiting until its messages have reached every view, ${WARMUP}s of warm-up each, then ${DURATION}s measured each; load generator bench/ChatLoad.java on the same machine)"
    echo
    echo "| measure | Puente | bare relay |"
    echo "|---|---|---|"
    echo "| messages | $MESSAGES | $BARE_MESSAGES |"
    echo "| deliveries (message × view) | $DELIVERED of $EXPECTED ($SHARE%) | $BARE_DELIVERED of $BARE_EXPECTED ($BARE_SHARE%) |"
    echo "| sent → view, p50 | $P50 ms | $BARE_P50 ms |"
    echo "| sent → view, p99 | $P99 ms | $BARE_P99 ms |"
    echo "| sent → view, max | $MAX ms | $BARE_MAX ms |"
    echo
    echo "Puente's \"sent\" is the approval's time on the server (inside its transaction), the relay's the arrival of the message."
    echo
    echo "$SUMMARY"
} >>"$ROOT/docs/benchmarks.md"
echo "$SUMMARY"
