-- Engagement requests (seed 000): a unit asks the agency for a chat or forum with an expert; the
-- content department evaluates, adjusts, assigns the expert, schedules the event and trains the
-- expert. Also platform incidents with their 30-minute first response, and one-time tokens with
-- which a new account sets its password. Request folios come from one sequence per body and year
-- (engagement_<body id>_<year>), like report folios.

create sequence engagement_request_seq start with 50 increment by 50;
create sequence engagement_step_seq start with 50 increment by 50;
create sequence engagement_event_seq start with 50 increment by 50;
create sequence expert_training_seq start with 50 increment by 50;
create sequence platform_incident_seq start with 50 increment by 50;
create sequence password_token_seq start with 50 increment by 50;

create table engagement_request (
    id                   bigint        not null primary key,
    folio                varchar(24)   not null,
    kind                 varchar(10)   not null,
    body_id              bigint        not null references body (id),
    unit_id              bigint        not null references department (id),
    requester_id         bigint        not null references user_account (id),
    status               varchar(24)   not null,
    topics               varchar(2000) not null,
    start_date           date          not null,
    end_date             date          not null,
    start_time           time,
    end_time             time,
    adjusted_topics      varchar(2000),
    adjusted_start_date  date,
    adjusted_end_date    date,
    adjusted_start_time  time,
    adjusted_end_time    time,
    expert_name          varchar(200)  not null,
    expert_position      varchar(200),
    expert_email         varchar(200)  not null,
    expert_phone         varchar(20),
    expert_id            bigint        references user_account (id),
    expert_confirmed     boolean       not null,
    notes                varchar(2000),
    submitted_at         timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              integer       not null,
    constraint uq_engagement_folio unique (folio)
);
create index ix_engagement_status on engagement_request (status, submitted_at);
create index ix_engagement_unit on engagement_request (unit_id, submitted_at);

-- The scanned official letter, when the Enlace attached one (kept apart so lists never load it).
create table engagement_letter (
    request_id   bigint        not null primary key references engagement_request (id),
    file_name    varchar(200)  not null,
    size_bytes   integer       not null,
    data         bytea         not null
);

create table engagement_step (
    id           bigint        not null primary key,
    request_id   bigint        not null references engagement_request (id),
    from_status  varchar(24),
    to_status    varchar(24)   not null,
    occurred_at  timestamp with time zone not null,
    actor_id     bigint        references user_account (id),
    note         varchar(2000)
);
create index ix_engagement_step_request on engagement_step (request_id);

create table engagement_event (
    id            bigint        not null primary key,
    request_id    bigint        not null references engagement_request (id),
    kind          varchar(10)   not null,
    title         varchar(300)  not null,
    topics        varchar(2000) not null,
    body_id       bigint        not null references body (id),
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    expert_id     bigint        not null references user_account (id),
    moderator_id  bigint        not null references user_account (id),
    status        varchar(12)   not null,
    reminded_at   timestamp with time zone,
    version       integer       not null,
    constraint uq_engagement_event_request unique (request_id)
);
create index ix_event_starts on engagement_event (starts_at);
create index ix_event_expert on engagement_event (expert_id, starts_at);
create index ix_event_moderator on engagement_event (moderator_id, starts_at);

create table expert_training (
    id            bigint        not null primary key,
    expert_id     bigint        not null references user_account (id),
    request_id    bigint        references engagement_request (id),
    scheduled_at  timestamp with time zone not null,
    done          boolean       not null,
    done_at       timestamp with time zone,
    version       integer       not null
);
create index ix_training_expert on expert_training (expert_id);

create table platform_incident (
    id                 bigint        not null primary key,
    event_id           bigint        references engagement_event (id),
    reporter_id        bigint        not null references user_account (id),
    body_id            bigint        not null references body (id),
    description        varchar(2000) not null,
    reported_at        timestamp with time zone not null,
    response_due_at    timestamp with time zone not null,
    status             varchar(12)   not null,
    responded_at       timestamp with time zone,
    responder_id       bigint        references user_account (id),
    response           varchar(2000),
    escalated_at       timestamp with time zone,
    resolved_at        timestamp with time zone,
    version            integer       not null
);
create index ix_incident_status on platform_incident (status, response_due_at);

create table password_token (
    id           bigint        not null primary key,
    account_id   bigint        not null references user_account (id),
    token_hash   varchar(64)   not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    constraint uq_password_token unique (token_hash)
);
