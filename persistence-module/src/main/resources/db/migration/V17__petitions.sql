-- Issue 12: petitions (PQRS) and ARCO requests on the legal clock. One clock record (org.puente.casework.ClockRecord)
-- is embedded in every kind of case: the receipt, the terms in force then (encoded), the one prevención, the one
-- extension, the outcome recorded at the close, and the engine's last reading (due_at, warn_from).

-- The legal clock an administrator set per body and case type; absent, the type's default preset applies.
create sequence clock_setting_seq start with 50 increment by 50;

create table clock_setting (
    id           bigint        not null primary key,
    body_id      bigint        not null references body (id),
    case_type    varchar(30)   not null,
    preset_code  varchar(30)   not null,
    terms        varchar(200)  not null,
    changed_at   timestamp with time zone not null,
    changed_by   bigint        references user_account (id),
    constraint uq_clock_setting unique (body_id, case_type)
);

create sequence petition_seq start with 50 increment by 50;

create table petition (
    id                      bigint         not null primary key,
    version                 bigint         not null,
    folio                   varchar(30)    not null,
    folio_year              integer        not null,
    folio_number            bigint         not null,
    body_id                 bigint         not null references body (id),
    department_id           bigint         references department (id),
    assignee_id             bigint         references user_account (id),
    type                    varchar(12)    not null,
    arco_right              varchar(14),
    identity                varchar(12)    not null,
    channel                 varchar(10)    not null,
    status                  varchar(12)    not null,
    subject                 varchar(200)   not null,
    text                    varchar(4000)  not null,
    contact_name            varchar(200),
    contact_email           varchar(200),
    contact_phone           varchar(20),
    citizen_id              bigint         references user_account (id),
    tracking_code           varchar(16),
    clock_received_at       timestamp with time zone not null,
    clock_terms             varchar(200)   not null,
    clock_pause_start       timestamp with time zone,
    clock_pause_end         timestamp with time zone,
    clock_answer_extended   boolean        not null,
    clock_extended_at       timestamp with time zone,
    clock_extension_units   integer,
    clock_extension_reason  varchar(1000),
    clock_ending            varchar(12),
    clock_closed_at         timestamp with time zone,
    clock_closed_due        timestamp with time zone,
    clock_met_term          boolean,
    due_at                  timestamp with time zone,
    warn_from               timestamp with time zone,
    response                varchar(4000),
    responded_at            timestamp with time zone,
    referred_to             varchar(200),
    carried_out_at          timestamp with time zone,
    constraint uq_petition_folio unique (folio)
);
create index ix_petition_body_status on petition (body_id, status);
create index ix_petition_department on petition (department_id, status);
create index ix_petition_due on petition (status, due_at);
create index ix_petition_citizen on petition (citizen_id);

create sequence petition_entry_seq start with 50 increment by 50;

create table petition_entry (
    id           bigint         not null primary key,
    petition_id  bigint         not null references petition (id),
    kind         varchar(24)    not null,
    occurred_at  timestamp with time zone not null,
    actor_id     bigint         references user_account (id),
    actor_unit   varchar(200),
    text         varchar(4000),
    due_before   timestamp with time zone,
    due_after    timestamp with time zone
);
create index ix_petition_entry_petition on petition_entry (petition_id);

-- A petition's filer accepts the privacy notice of its body like a reporter does.
alter table consent add column petition_id bigint references petition (id);
alter table consent drop constraint ck_consent_one_subject;
alter table consent add constraint ck_consent_one_subject check (
    (case when account_id is null then 0 else 1 end)
    + (case when report_id is null then 0 else 1 end)
    + (case when follower_id is null then 0 else 1 end)
    + (case when petition_id is null then 0 else 1 end) = 1);
create index ix_consent_petition on consent (petition_id);
