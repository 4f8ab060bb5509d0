#!/usr/bin/env bash
# ./puente chaos
#
# Fault tests of the cluster, on the loopback address only, in about ten minutes: starts ./puente cluster 3 (ports
# from 21400) on a PostgreSQL of its own (a "chaos" cluster of the machine's PostgreSQL on port 21450, so that
# restarting it disturbs nothing else), loads it through nginx and breaks four things, each part printing its figures:
#   1. kill -9 of node 3 in the middle of an Open311 intake load whose clients retry with their Idempotency-Key:
#      every report answered 201/200 is in the database, and no key filed two;
#   2. PostgreSQL restarted under load (reads and writes): errors only while it restarts, the nodes recover without
#      a restart of Payara (same processes before and after);
#   3. the SMTP server down for the first minute (the nodes' outbox fails and waits), then up (GreenMail standalone,
#      from Maven Central): every e-mail of the intake reaches its mailbox exactly once;
#   4. a live chat with views on nodes 1 and 2 while node 2 is killed: its views reconnect through nginx to a
#      survivor, asking for what came after their last number, and every approved question reaches every view once.
# Appends its figures to docs/benchmarks.md; its last line is the summary.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE="${PUENTE_CHAOS_PORT:-21400}"
PG_PORT=$((BASE + 50)) SMTP_PORT=$((BASE + 25)) IMAP_PORT=$((BASE + 43)) MAIL_API_PORT=$((BASE + 80))
RUN="$ROOT/.puente/chaos-$BASE"
NODES="$ROOT/.puente/cluster-$BASE"
LB="http://127.0.0.1:$BASE"
CITIZEN="vecino@caos.example"

say() { printf '[chaos] %s\n' "$*" >&2; }
source "$ROOT/bench/lib.sh"
ulimit -n 65536 2>/dev/null || true
JAVA="${AS_JAVA:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java"
[ -x "$JAVA" ] || JAVA=java
PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
rm -rf "$RUN"
mkdir -p "$RUN"
STARTED=$SECONDS

GREENMAIL_PID=""
cleanup() {
    PUENTE_CLUSTER_PORT=$BASE "$ROOT/puente" cluster stop >/dev/null 2>&1 || true
    [ -z "$GREENMAIL_PID" ] || kill "$GREENMAIL_PID" 2>/dev/null || true
    as_root pg_dropcluster --stop "$PG_VERSION" chaos >/dev/null 2>&1 || true
}
trap cleanup EXIT

# --- the database: a PostgreSQL cluster of its own --------------------------------------------------------------
as_root pg_dropcluster --stop "$PG_VERSION" chaos >/dev/null 2>&1 || true
as_root pg_createcluster "$PG_VERSION" chaos -p "$PG_PORT" >/dev/null
as_root pg_ctlcluster "$PG_VERSION" chaos start
as_root su postgres -c "psql -q -X -v ON_ERROR_STOP=1 -p $PG_PORT" >/dev/null <<'SQL'
CREATE ROLE puente_chaos LOGIN PASSWORD 'puente_chaos';
CREATE DATABASE puente_chaos OWNER puente_chaos;
SQL
export PGPASSWORD=puente_chaos
PSQL=(psql -X -q -t -A -h 127.0.0.1 -p "$PG_PORT" -U puente_chaos puente_chaos)

# --- the cluster ------------------------------------------------------------------------------------------------
export PUENTE_CLUSTER_PORT=$BASE PUENTE_CLUSTER_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/puente_chaos"
export PUENTE_CLUSTER_DB_USER=puente_chaos PUENTE_CLUSTER_DB_PASSWORD=puente_chaos
export PUENTE_DEMO=true PUENTE_DEMO_REPORTS=0
# The SMTP server the nodes send to: nobody listens there until part 3.
export PUENTE_SMTP_HOST=127.0.0.1 PUENTE_SMTP_PORT=$SMTP_PORT
# One machine sends everything from one address: the abuse limits would stop the load, not the faults.
export PUENTE_LIMIT_OPEN311_KEY=100000000/1h PUENTE_LIMIT_OPEN311_SOURCE=100000000/1h
export PUENTE_LIMIT_MAIL_UNCONFIRMED=100000000/1d PUENTE_LIMIT_CHAT_JOIN_SOURCE=100000/1m
export PUENTE_LIMIT_CHAT_QUESTION_SOURCE=100000/1m PUENTE_CHAT_QUESTIONSECONDS=0
say "starting 3 nodes, nginx on $LB, PostgreSQL on port $PG_PORT"
"$ROOT/puente" cluster 3 2>&1 | sed -u 's/^/  /' >&2
[ "${PIPESTATUS[0]}" = 0 ] || { say "the cluster did not start"; exit 1; }
say "cluster up after $((SECONDS - STARTED)) s"
node_pid() { cat "$NODES/node$1/pid"; }
SMTP_DOWN_SINCE=$SECONDS

# --- 1. kill -9 of a node during an Open311 intake load -----------------------------------------------------------
MARK="caos$(date +%s)"
say "part 1: 8 Open311 clients for 40 s through nginx; node 3 killed (kill -9) after 15 s"
( sleep 15; kill -9 "$(node_pid 3)"; say "node 3 killed" ) &
KILLER=$!
read -r ACCEPTED RETRIED GAVE_UP <<<"$("$JAVA" "$ROOT/bench/ChaosLoad.java" intake "$LB" 40 8 "$CITIZEN" "$MARK" "$RUN/intake.txt")"
wait "$KILLER"
FOLIOS="$(awk '{printf "%s\x27%s\x27", (NR > 1 ? "," : ""), $2}' "$RUN/intake.txt")"
KEPT="$("${PSQL[@]}" -c "select count(*) from service_report where folio in (${FOLIOS:-''})")"
FILED="$("${PSQL[@]}" -c "select count(*) from service_report where description like 'Prueba de fallas $MARK clave %'")"
DUPLICATED="$("${PSQL[@]}" -c "select count(*) from (select substring(description from ' clave (.*)\$') from service_report
    where description like 'Prueba de fallas $MARK clave %' group by 1 having count(*) > 1) twice")"
PART1="intake: $ACCEPTED accepted (201/200; $RETRIED retries with the same key, $GAVE_UP given up), $KEPT kept, $FILED filed in all, $DUPLICATED duplicated; node 3 killed at 15 s"
say "$PART1"

# --- 2. PostgreSQL restarted under load ---------------------------------------------------------------------------
BEFORE="$(node_pid 1) $(node_pid 2)"
say "part 2: 8 clients reading and writing for 30 s; PostgreSQL restarted after 10 s"
( sleep 10; date +%s%3N >"$RUN/restart.at"; as_root pg_ctlcluster -m fast "$PG_VERSION" chaos restart; date +%s%3N >"$RUN/restart.done" ) &
KILLER=$!
read -r MIXED_OK MIXED_ERRORS <<<"$("$JAVA" "$ROOT/bench/ChaosLoad.java" mixed "$LB" 30 8 "$RUN/mixed.txt")"
wait "$KILLER"
AFTER="$(node_pid 1) $(node_pid 2)"
R_AT="$(cat "$RUN/restart.at")" R_DONE="$(cat "$RUN/restart.done")"
# Recovered: from the restart's start to the first success after the last error (its own length if no error).
RECOVERED="$(sort -n "$RUN/mixed.txt" >"$RUN/mixed.sorted"; awk -v at="$R_AT" -v done="$R_DONE" '
    NR == FNR { if ($2 == "error") last = $1; next }
    $2 == "ok" && last != "" && $1 > last && back == "" { back = $1 }
    END { if (last == "") printf "%.1f", (done - at) / 1000; else printf "%.1f", ((back == "" ? last : back) - at) / 1000 }' \
    "$RUN/mixed.sorted" "$RUN/mixed.sorted")"
EARLY="$(awk -v at="$R_AT" '$2 == "error" && $1 < at' "$RUN/mixed.txt" | wc -l)"
HEALTHY=0
for i in 1 2; do curl -s -m 10 "http://127.0.0.1:$((BASE + i))/health" | grep -q '"name":"database","status":"UP"' && HEALTHY=$((HEALTHY + 1)); done
SAME=no; [ "$BEFORE" = "$AFTER" ] && SAME=yes
PART2="db restart: $MIXED_OK requests answered, $MIXED_ERRORS errors ($EARLY before the restart), recovered in $RECOVERED s (restart took $(( (R_DONE - R_AT) / 100 ))00 ms); nodes' processes unchanged: $SAME; $HEALTHY of 2 nodes see the database"
say "$PART2"

# --- 3. the SMTP server comes up ----------------------------------------------------------------------------------
WAIT=$((60 - (SECONDS - SMTP_DOWN_SINCE)))
[ $WAIT -le 0 ] || sleep $WAIT
GREENMAIL="$(cd "$ROOT" && mvn -B -q dependency:get -Dartifact=com.icegreen:greenmail-standalone:2.1.3 -Dtransitive=false >&2 \
    && printf '%s' "${MAVEN_REPO:-$HOME/.m2/repository}/com/icegreen/greenmail-standalone/2.1.3/greenmail-standalone-2.1.3.jar")"
"$JAVA" -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT -Dgreenmail.imap.hostname=127.0.0.1 \
    -Dgreenmail.imap.port=$IMAP_PORT -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_API_PORT \
    -Dgreenmail.auth.disabled -jar "$GREENMAIL" >"$RUN/greenmail.log" 2>&1 &
GREENMAIL_PID=$!
say "part 3: SMTP down for $((SECONDS - SMTP_DOWN_SINCE)) s, now up (GreenMail on port $SMTP_PORT)"

# --- 4. a live chat while a node dies -----------------------------------------------------------------------------
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
  select request, 'CAOS-' || request, 'CHAT', body, unit, enlace, 'SCHEDULED', 'Prueba de fallas del chat',
      current_date, current_date, '00:00', '23:59', 'Dr. Roberto Sánchez Islas', 'experto@demo.puente.mx', expert, true,
      now(), now(), 1 from ids returning id)
insert into engagement_event (id, request_id, kind, title, topics, body_id, starts_at, ends_at, expert_id, moderator_id,
    status, version, last_seq, pre_moderated)
select event, request, 'CHAT', 'Prueba de fallas del chat', 'Prueba de fallas del chat', body, now() - interval '1 minute',
    now() + interval '2 hours', expert, moderator, 'OPEN', 1, 0, false from ids
returning id;
SQL
)"
say "part 4: 40 views of chat $EVENT on nodes 1 and 2, two approved questions a second for 30 s; node 2 killed after 15 s"
( sleep 15; kill -9 "$(node_pid 2)"; say "node 2 killed" ) &
KILLER=$!
read -r VIEWS APPROVED DELIVERED EXPECTED CHAT_DUPS RECONNECTED <<<"$("$JAVA" "$ROOT/bench/ChaosLoad.java" chat "$LB" "$EVENT" 40 30 \
    "http://127.0.0.1:$((BASE + 1))" "http://127.0.0.1:$((BASE + 2))")"
wait "$KILLER"
SHARE="$(awk -v d="$DELIVERED" -v e="$EXPECTED" 'BEGIN { if (e == 0) print "0.0"; else printf "%.1f", 100 * d / e }')"
PART4="chat: $VIEWS views, $APPROVED approved questions, $DELIVERED of $EXPECTED deliveries ($SHARE%), $CHAT_DUPS twice; $RECONNECTED views reconnected after node 2 died"
say "$PART4"

# --- 3, continued: every e-mail once ------------------------------------------------------------------------------
say "waiting for the outbox to send the intake's e-mails (node 1 alone now; failed ones wait a minute)"
DEADLINE=$((SECONDS + 240))
while [ $SECONDS -lt $DEADLINE ] && [ "$("${PSQL[@]}" -c "select count(*) from outbox_message where recipient = '$CITIZEN' and sent_at is null")" != 0 ]; do
    sleep 5
done
OUTBOX="$("${PSQL[@]}" -c "select count(*) from outbox_message where recipient = '$CITIZEN'")"
UNSENT="$("${PSQL[@]}" -c "select count(*) from outbox_message where recipient = '$CITIZEN' and sent_at is null")"
FAILED_ATTEMPTS="$("${PSQL[@]}" -c "select count(*) from outbox_message where recipient = '$CITIZEN' and attempts > 0")"
sleep 2
# GreenMail's own API lists the mailbox with each message's decoded subject (curl's IMAP FETCH does not print the
# headers it fetches); an empty or missing mailbox counts 0, it does not end the run.
MAILBOX="$(curl -s -m 30 "http://127.0.0.1:$MAIL_API_PORT/api/user/$CITIZEN/messages/INBOX" || true)"
RECEIVED="$( { grep -o '"subject":"[^"]*"' <<<"$MAILBOX" || true; } | wc -l)"
SUBJECTS="$( { grep -o '"subject":"[^"]*"' <<<"$MAILBOX" || true; } | sort -u | wc -l)"
ONCE=once; { [ "$RECEIVED" = "$OUTBOX" ] && [ "$SUBJECTS" = "$RECEIVED" ]; } || ONCE="NOT once ($SUBJECTS different subjects)"
PART3="mail: $OUTBOX e-mails to the citizen in the outbox ($FAILED_ATTEMPTS failed while SMTP was down, $UNSENT unsent), $RECEIVED in the mailbox, $SUBJECTS different"
say "$PART3"

SUMMARY="chaos: $ACCEPTED accepted, $KEPT kept, $DUPLICATED duplicated; db restart recovered in $RECOVERED s; mail $RECEIVED/$OUTBOX $ONCE; chat $SHARE% delivered"
{
    echo
    echo "## chaos — $(date -u '+%Y-%m-%d %H:%M') UTC"
    echo
    echo "Command: \`./puente chaos\` ($(nproc) cores; three Payara Micro nodes behind nginx on the loopback address, PostgreSQL $PG_VERSION of its own, GreenMail standalone as the SMTP server; load clients bench/ChaosLoad.java on the same machine; $((SECONDS - STARTED)) s in all)"
    echo
    echo "- $PART1"
    echo "- $PART2"
    echo "- $PART3"
    echo "- $PART4"
    echo
    echo "$SUMMARY"
} >>"$ROOT/docs/benchmarks.md"
echo "$SUMMARY"
