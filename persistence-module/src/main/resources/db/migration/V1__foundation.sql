-- Foundation schema: bodies, departments, the service catalogue, business calendars, accounts.
-- Written once for both databases (H2 2.x and PostgreSQL 15): plain types, sequences, no vendor syntax.
-- Sequences increment by 50 to match the entities' allocationSize, and start at 50 because EclipseLink
-- reads each value as the last id of a block of 50.

create sequence body_seq start with 50 increment by 50;
create sequence department_seq start with 50 increment by 50;
create sequence delegacion_seq start with 50 increment by 50;
create sequence colonia_seq start with 50 increment by 50;
create sequence public_service_seq start with 50 increment by 50;
create sequence business_calendar_seq start with 50 increment by 50;
create sequence holiday_seq start with 50 increment by 50;
create sequence user_account_seq start with 50 increment by 50;

create table body (
    id          bigint       not null primary key,
    code        varchar(12)  not null,
    name        varchar(200) not null,
    kind        varchar(30)  not null,
    state       varchar(100),
    time_zone   varchar(60)  not null,
    constraint uq_body_code unique (code)
);

create table department (
    id       bigint       not null primary key,
    body_id  bigint       not null references body (id),
    name     varchar(200) not null,
    email    varchar(200),
    constraint uq_department_name unique (body_id, name)
);

create table delegacion (
    id       bigint       not null primary key,
    body_id  bigint       not null references body (id),
    name     varchar(150) not null,
    constraint uq_delegacion_name unique (body_id, name)
);

create table colonia (
    id             bigint       not null primary key,
    delegacion_id  bigint       not null references delegacion (id),
    name           varchar(150) not null,
    postal_code    varchar(5),
    latitude       numeric(9, 6),
    longitude      numeric(9, 6),
    constraint uq_colonia_name unique (delegacion_id, name)
);
create index ix_colonia_delegacion on colonia (delegacion_id);

create table public_service (
    id              bigint       not null primary key,
    body_id         bigint       not null references body (id),
    code            varchar(40)  not null,
    name            varchar(150) not null,
    description     varchar(500),
    department_id   bigint       not null references department (id),
    deadline_hours  integer      not null,
    active          boolean      not null,
    version         integer      not null,
    constraint uq_public_service_code unique (body_id, code),
    constraint ck_public_service_deadline check (deadline_hours between 1 and 2000)
);
create index ix_public_service_department on public_service (department_id);

create table business_calendar (
    id               bigint      not null primary key,
    body_id          bigint      not null references body (id),
    workday_start    time        not null,
    workday_end      time        not null,
    working_days     varchar(20) not null,
    holiday_country  varchar(2)  not null,
    version          integer     not null,
    constraint uq_business_calendar_body unique (body_id)
);

create table holiday (
    id           bigint       not null primary key,
    calendar_id  bigint       not null references business_calendar (id),
    holiday_date date         not null,
    name         varchar(150) not null,
    official     boolean      not null,
    constraint uq_holiday_day unique (calendar_id, holiday_date)
);

create table user_account (
    id                      bigint       not null primary key,
    username                varchar(120) not null,
    full_name               varchar(200) not null,
    email                   varchar(200),
    password_hash           varchar(400) not null,
    body_id                 bigint references body (id),
    department_id           bigint references department (id),
    active                  boolean      not null,
    created_at              timestamp with time zone not null,
    last_login_at           timestamp with time zone,
    failed_logins           integer      not null,
    locked_until            timestamp with time zone,
    privacy_consent_at      timestamp with time zone,
    privacy_notice_version  varchar(20),
    version                 integer      not null,
    constraint uq_user_account_username unique (username),
    constraint uq_user_account_email unique (email)
);
create index ix_user_account_body on user_account (body_id);

create table user_role (
    user_id  bigint      not null references user_account (id),
    role     varchar(20) not null,
    constraint pk_user_role primary key (user_id, role)
);
