-- Issue 13 item 2: public incident notices. A body's communication staff announce an incident of its web site,
-- electronic office, an office or a service channel; updates move it from investigating to resolved; while it is
-- active every public page shows it. The update lines are the notice's history (public lines carry a text).
create sequence incident_notice_seq start with 50 increment by 50;
create sequence incident_notice_update_seq start with 50 increment by 50;

create table incident_notice (
    id              bigint        not null primary key,
    version         bigint        not null,
    body_id         bigint        not null references body (id),
    title           varchar(200)  not null,
    affected        varchar(20)   not null,
    channel         varchar(24),
    office          varchar(200),
    closure_day     date,
    closure_marked  boolean       not null,
    status          varchar(14)   not null,
    started_at      timestamp with time zone not null,
    resolved_at     timestamp with time zone,
    updated_at      timestamp with time zone not null,
    constraint ck_incident_notice_status check (status in ('INVESTIGANDO', 'IDENTIFICADO', 'RESUELTO')),
    constraint ck_incident_notice_affected check (affected in ('SITIO_WEB', 'SEDE_ELECTRONICA', 'OFICINA', 'CANAL')),
    constraint ck_incident_notice_channel check ((affected = 'CANAL') = (channel is not null)),
    constraint ck_incident_notice_resolved check ((status = 'RESUELTO') = (resolved_at is not null))
);
create index ix_incident_notice_status on incident_notice (status, started_at);
create index ix_incident_notice_body on incident_notice (body_id, started_at);

create table incident_notice_update (
    id         bigint         not null primary key,
    notice_id  bigint         not null references incident_notice (id),
    kind       varchar(16)    not null,
    happened_at timestamp with time zone not null,
    status     varchar(14)    not null,
    text       varchar(2000),
    author_id  bigint         not null references user_account (id),
    constraint ck_incident_notice_update_text check ((kind in ('OPENED', 'UPDATED', 'RESOLVED')) = (text is not null))
);
create index ix_incident_notice_update_notice on incident_notice_update (notice_id, happened_at);
