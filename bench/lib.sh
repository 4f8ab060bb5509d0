# Shared by the benchmark scripts: sourced, not run.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Starts the machine's PostgreSQL cluster and creates the empty database $1 owned by puente_bench;
# exports PGPORT, PGPASSWORD and the PUENTE_DB_* variables for ./puente, and fills the PSQL array.
bench_database() {
    local database="$1"
    command -v pgbench >/dev/null || as_root apt-get install -y -qq postgresql >/dev/null
    # The cluster named main (PUENTE_BENCH_PG_CLUSTER), not merely the first listed: another script may
    # have made a cluster of its own (./puente chaos restarts its own under load).
    local line cluster
    line="$(pg_lsclusters -h | awk -v want="${PUENTE_BENCH_PG_CLUSTER:-main}" '$2 == want' | head -n 1)"
    [ -n "$line" ] || line="$(pg_lsclusters -h | head -n 1)"
    cluster="$(awk '{print $1" "$2}' <<<"$line")"
    PGPORT="$(awk '{print $3}' <<<"$line")"
    as_root pg_ctlcluster $cluster start 2>/dev/null || true
    as_root su postgres -c "psql -q -p $PGPORT" >/dev/null <<SQL
DROP DATABASE IF EXISTS $database;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'puente_bench') THEN
    CREATE ROLE puente_bench LOGIN PASSWORD 'puente_bench';
  END IF;
END \$\$;
CREATE DATABASE $database OWNER puente_bench;
SQL
    export PGPORT PGPASSWORD=puente_bench
    export PUENTE_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$database" PUENTE_DB_USER=puente_bench PUENTE_DB_PASSWORD=puente_bench
    PSQL=(psql -q -t -A -h 127.0.0.1 -p "$PGPORT" -U puente_bench "$database")
}
