-- Issue 12 item 5: digital public audiences (seed 002). A session of a body on a day and window (the body's
-- time zone), with the departments attending; each registered petition gets one turn, numbered per session.

create sequence audience_session_seq start with 50 increment by 50;

create table audience_session (
    id                bigint         not null primary key,
    version           bigint         not null,
    body_id           bigint         not null references body (id),
    session_day       date           not null,
    starts_at         time           not null,
    ends_at           time           not null,
    mode              varchar(10)    not null,
    place             varchar(300),
    meeting_link      varchar(500),
    officials         varchar(1000)  not null,
    capacity          integer        not null,
    minutes_per_turn  integer        not null,
    status            varchar(10)    not null,
    current_turn      integer,
    registered        integer        not null,
    opened_at         timestamp with time zone,
    closed_at         timestamp with time zone,
    constraint ck_audience_window check (ends_at > starts_at),
    constraint ck_audience_capacity check (capacity > 0 and registered <= capacity and minutes_per_turn > 0)
);
create index ix_audience_session_body_day on audience_session (body_id, session_day);
create index ix_audience_session_status_day on audience_session (status, session_day);

create table audience_session_department (
    session_id     bigint not null references audience_session (id),
    department_id  bigint not null references department (id),
    primary key (session_id, department_id)
);

create sequence audience_turn_seq start with 50 increment by 50;

create table audience_turn (
    id             bigint         not null primary key,
    session_id     bigint         not null references audience_session (id),
    turn_number    integer        not null,
    petition_id    bigint         not null references petition (id),
    registered_at  timestamp with time zone not null,
    estimated_at   timestamp with time zone not null,
    status         varchar(20)    not null,
    outcome        varchar(4000),
    called_at      timestamp with time zone,
    settled_at     timestamp with time zone,
    constraint uq_audience_turn_number unique (session_id, turn_number),
    constraint uq_audience_turn_petition unique (petition_id),
    constraint ck_audience_turn_number check (turn_number > 0)
);
create index ix_audience_turn_session on audience_turn (session_id, status);
