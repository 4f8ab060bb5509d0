-- Attachments of a petition (issue 12): up to 3 files per petition (PDF, JPEG or PNG, checked by content,
-- images re-encoded without their metadata), at most 5 MB each, stored as report photos are (bytea).
create sequence petition_attachment_seq start with 50 increment by 50;

create table petition_attachment (
    id            bigint        not null primary key,
    petition_id   bigint        not null references petition (id),
    ordinal       integer       not null,
    file_name     varchar(120)  not null,
    content_type  varchar(20)   not null,
    size_bytes    integer       not null,
    data          bytea         not null,
    received_at   timestamp with time zone not null,
    constraint uq_petition_attachment_position unique (petition_id, ordinal),
    constraint ck_petition_attachment_position check (ordinal between 1 and 3),
    constraint ck_petition_attachment_size check (size_bytes between 1 and 5242880)
);
create index ix_petition_attachment_petition on petition_attachment (petition_id);
