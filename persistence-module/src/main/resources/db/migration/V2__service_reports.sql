-- Service reports (the *7311 model): reports, their history, photos, the satisfaction survey, and
-- the e-mail outbox. Folio numbers come from one sequence per municipality and year, created by the
-- application when first needed (folio_<body id>_<year>), so no counter row is locked by intake.

create sequence service_report_seq start with 50 increment by 50;
create sequence report_transition_seq start with 50 increment by 50;
create sequence report_photo_seq start with 50 increment by 50;
create sequence survey_response_seq start with 50 increment by 50;
create sequence outbox_message_seq start with 50 increment by 50;

create table service_report (
    id                  bigint        not null primary key,
    folio               varchar(24)   not null,
    folio_year          integer       not null,
    folio_number        bigint        not null,
    body_id             bigint        not null references body (id),
    service_id          bigint        not null references public_service (id),
    department_id       bigint        not null references department (id),
    assignee_id         bigint        references user_account (id),
    status              varchar(20)   not null,
    description         varchar(2000) not null,
    colonia_id          bigint        not null references colonia (id),
    street              varchar(200),
    location_reference  varchar(300),
    latitude            numeric(9, 6),
    longitude           numeric(9, 6),
    channel             varchar(10)   not null,
    contact_name        varchar(200),
    contact_email       varchar(200),
    contact_phone       varchar(20),
    citizen_id          bigint        references user_account (id),
    tracking_code       varchar(16),
    idempotency_key     varchar(80),
    received_at         timestamp with time zone not null,
    at_risk_at          timestamp with time zone not null,
    due_at              timestamp with time zone not null,
    deadline_state      varchar(10)   not null,
    resolved_at         timestamp with time zone,
    closed_at           timestamp with time zone,
    duplicate_of_id     bigint        references service_report (id),
    version             integer       not null,
    constraint uq_service_report_folio unique (folio),
    constraint uq_service_report_number unique (body_id, folio_year, folio_number),
    constraint uq_service_report_idempotency unique (body_id, idempotency_key)
);
-- The staff queue filters and sorts within a body; these keep its pages index-driven.
create index ix_report_body_received on service_report (body_id, received_at);
create index ix_report_body_status on service_report (body_id, status, received_at);
create index ix_report_department_status on service_report (department_id, status, received_at);
create index ix_report_service_received on service_report (service_id, received_at);
create index ix_report_colonia on service_report (colonia_id);
create index ix_report_due on service_report (status, deadline_state, due_at);
create index ix_report_citizen on service_report (citizen_id);

create table report_transition (
    id           bigint        not null primary key,
    report_id    bigint        not null references service_report (id),
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    occurred_at  timestamp with time zone not null,
    actor_id     bigint        references user_account (id),
    actor_unit   varchar(200),
    note         varchar(2000)
);
create index ix_transition_report on report_transition (report_id);

create table report_photo (
    id            bigint      not null primary key,
    report_id     bigint      not null references service_report (id),
    content_type  varchar(20) not null,
    size_bytes    integer     not null,
    data          bytea       not null
);
create index ix_photo_report on report_photo (report_id);

create table survey_response (
    id                 bigint       not null primary key,
    report_id          bigint       not null references service_report (id),
    knows_service      boolean      not null,
    priority_services  varchar(500),
    effective_channel  boolean      not null,
    accountability     varchar(10)  not null,
    answered_at        timestamp with time zone not null,
    constraint uq_survey_report unique (report_id)
);

create table outbox_message (
    id               bigint        not null primary key,
    recipient        varchar(200)  not null,
    subject          varchar(300)  not null,
    body             varchar(8000) not null,
    created_at       timestamp with time zone not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone not null,
    sent_at          timestamp with time zone,
    last_error       varchar(500)
);
create index ix_outbox_due on outbox_message (sent_at, next_attempt_at);
