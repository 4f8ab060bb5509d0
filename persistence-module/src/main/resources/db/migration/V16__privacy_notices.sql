-- Issue 14, item 2: privacy notices per body, versioned, and the consents given to them. A published
-- version is never changed (a correction is a new version); the one in force for a body is its latest
-- published. The first version of each body is written at start-up (org.puente.setup), from the text
-- that used to be the one notice of the whole platform, so no body is ever without one. (V15 and V16
-- are left to other branches of the same issue.)
create sequence privacy_notice_seq start with 50 increment by 50;

create table privacy_notice (
    id               bigint         not null primary key,
    body_id          bigint         not null references body (id),
    label            varchar(20)    not null,
    integral_text    varchar(20000) not null,
    simplified_text  varchar(2000)  not null,
    published_at     timestamp with time zone not null,
    published_by     bigint         references user_account (id),
    constraint uq_privacy_notice_label unique (body_id, label)
);
create index ix_privacy_notice_body on privacy_notice (body_id, published_at);

-- Whose consent: a citizen's account, a report (its reporter) or a report's follower, exactly one.
create sequence consent_seq start with 50 increment by 50;

create table consent (
    id           bigint       not null primary key,
    notice_id    bigint       not null references privacy_notice (id),
    accepted_at  timestamp with time zone not null,
    channel      varchar(10)  not null,
    account_id   bigint       references user_account (id),
    report_id    bigint       references service_report (id),
    follower_id  bigint       references report_follower (id),
    recorded_by  bigint       references user_account (id),
    constraint ck_consent_one_subject check (
        (case when account_id is null then 0 else 1 end)
        + (case when report_id is null then 0 else 1 end)
        + (case when follower_id is null then 0 else 1 end) = 1)
);
create index ix_consent_notice on consent (notice_id);
create index ix_consent_account on consent (account_id);
create index ix_consent_report on consent (report_id);
create index ix_consent_follower on consent (follower_id);
