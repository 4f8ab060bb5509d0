-- The audit log (issue 14): who read or changed which personal data, when and from where. Rows are
-- only ever inserted (the application has no update path and deletes only the oldest rows, past the
-- retention period); each row's hash covers its content and the previous row's hash, so a row removed
-- or altered in the middle breaks the chain. audit_head holds the last hash: appending locks it, so
-- the chain is one line even with several nodes writing.
create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id            bigint        not null primary key,
    occurred_at   timestamp with time zone not null,
    actor_id      bigint        references user_account (id),
    actor_name    varchar(120)  not null,
    source        varchar(64)   not null,
    action        varchar(40)   not null,
    subject_type  varchar(30)   not null,
    subject_ref   varchar(80),
    detail        varchar(500),
    prev_hash     varchar(64)   not null,
    hash          varchar(64)   not null,
    constraint uq_audit_hash unique (hash)
);
create index ix_audit_occurred on audit_entry (occurred_at);
create index ix_audit_actor on audit_entry (actor_name, occurred_at);
create index ix_audit_subject on audit_entry (subject_ref);

create table audit_head (
    id         integer     not null primary key,
    last_hash  varchar(64) not null,
    version    integer     not null
);
-- The chain starts from 64 zeros.
insert into audit_head (id, last_hash, version) values (1, '0000000000000000000000000000000000000000000000000000000000000000', 0);
