-- Issue 13 item 5: opinion surveys. A body's communication staff build a survey (single and multiple choice,
-- a 1-5 scale, short free text), publish it for a period (for the municipality or one colonia), close it and
-- publish its results when the body decides. A citizen answers once: one response per account, or per
-- anonymous browser (the SHA-256 of its token; the token stays in the browser). Free texts wait for review.
create sequence opinion_survey_seq start with 50 increment by 50;
create sequence opinion_question_seq start with 50 increment by 50;
create sequence opinion_survey_event_seq start with 50 increment by 50;
create sequence opinion_response_seq start with 50 increment by 50;
create sequence opinion_answer_seq start with 50 increment by 50;

create table opinion_survey (
    id                    bigint        not null primary key,
    version               bigint        not null,
    body_id               bigint        not null references body (id),
    colonia_id            bigint        references colonia (id),
    title                 varchar(200)  not null,
    intro                 varchar(2000),
    status                varchar(10)   not null,
    opens_at              timestamp with time zone,
    closes_at             timestamp with time zone,
    results_published_at  timestamp with time zone,
    created_at            timestamp with time zone not null,
    constraint ck_opinion_survey_status check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    constraint ck_opinion_survey_period check ((status = 'DRAFT') = (closes_at is null))
);
create index ix_opinion_survey_body on opinion_survey (body_id, status);

create table opinion_question (
    id         bigint        not null primary key,
    survey_id  bigint        not null references opinion_survey (id),
    position   integer       not null,
    kind       varchar(16)   not null,
    text       varchar(300)  not null,
    required   boolean       not null,
    constraint ck_opinion_question_kind check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE_1_5', 'SHORT_TEXT'))
);
create index ix_opinion_question_survey on opinion_question (survey_id, position);

create table opinion_option (
    question_id  bigint        not null references opinion_question (id),
    position     integer       not null,
    label        varchar(150)  not null,
    primary key (question_id, position)
);

create table opinion_survey_event (
    id           bigint       not null primary key,
    survey_id    bigint       not null references opinion_survey (id),
    kind         varchar(20)  not null,
    happened_at  timestamp with time zone not null,
    author_id    bigint       not null references user_account (id)
);
create index ix_opinion_survey_event_survey on opinion_survey_event (survey_id, happened_at);

create table opinion_response (
    id            bigint       not null primary key,
    survey_id     bigint       not null references opinion_survey (id),
    account_id    bigint       references user_account (id),
    token_hash    varchar(64),
    submitted_at  timestamp with time zone not null,
    constraint ck_opinion_response_who check ((account_id is null) <> (token_hash is null)),
    constraint uq_opinion_response_account unique (survey_id, account_id),
    constraint uq_opinion_response_token unique (survey_id, token_hash)
);

create table opinion_answer (
    id           bigint        not null primary key,
    response_id  bigint        not null references opinion_response (id),
    question_id  bigint        not null references opinion_question (id),
    choices      varchar(40),
    scale        integer,
    text         varchar(500),
    review       varchar(10),
    reviewer_id  bigint        references user_account (id),
    reviewed_at  timestamp with time zone,
    constraint ck_opinion_answer_scale check (scale is null or scale between 1 and 5),
    constraint ck_opinion_answer_review check ((text is null) = (review is null))
);
create index ix_opinion_answer_response on opinion_answer (response_id);
create index ix_opinion_answer_question on opinion_answer (question_id);
