-- Issue 15 item 2: timers once per period across the cluster. Each timer's work holds a lease row while it runs; a
-- node takes it with one conditional UPDATE (held_until <= now), so of N nodes ticking together one does the work.
-- Rows are created by the first node that needs them. Times are the database's, so the nodes' clocks may differ.
create table cluster_lease (
    name        varchar(80)   not null primary key,
    holder      varchar(120),
    claimed_at  timestamp with time zone,
    held_until  timestamp with time zone not null
);
