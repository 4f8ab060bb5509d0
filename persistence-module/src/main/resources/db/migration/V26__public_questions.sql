-- Issue 13 item 1: the public Q&A. A citizen asks a body in public (an account, or a nickname whose e-mail is
-- confirmed first); moderators publish, reject or mark a personal case; communication staff answer in versions.
-- search_text is the question and its current answer as the search compares them on both databases: lower case,
-- no accents, Spanish plurals and genders cut (org.puente.question.SearchText, computed in Java).
create sequence public_question_seq start with 50 increment by 50;
create sequence public_question_answer_seq start with 50 increment by 50;
create sequence public_question_step_seq start with 50 increment by 50;
create sequence public_question_doubt_seq start with 50 increment by 50;

create table public_question (
    id                 bigint         not null primary key,
    version            bigint         not null,
    body_id            bigint         not null references body (id),
    topic              varchar(20)    not null,
    text               varchar(2000)  not null,
    account_id         bigint         references user_account (id),
    nickname           varchar(40),
    email              varchar(254),
    confirmation_hash  varchar(64),
    status             varchar(14)    not null,
    asked_at           timestamp with time zone not null,
    published_at       timestamp with time zone,
    answered_at        timestamp with time zone,
    same_doubt         integer        not null,
    search_text        varchar(8000)  not null,
    promoted_from      varchar(300),
    constraint ck_public_question_status check (status in
        ('POR_CONFIRMAR', 'PENDIENTE', 'PUBLICADA', 'RESPONDIDA', 'RECHAZADA', 'CASO_PERSONAL')),
    constraint ck_public_question_asker check (account_id is not null or nickname is not null
        or promoted_from is not null),
    constraint uq_public_question_confirmation unique (confirmation_hash)
);
create index ix_public_question_public on public_question (body_id, status, same_doubt);
create index ix_public_question_topic on public_question (body_id, topic, status);
create index ix_public_question_answered on public_question (status, answered_at);

create table public_question_answer (
    id            bigint         not null primary key,
    question_id   bigint         not null references public_question (id),
    answer_number integer        not null,
    text          varchar(4000)  not null,
    sources       varchar(3208),
    reviewed_on   date           not null,
    author_id     bigint         not null references user_account (id),
    written_at    timestamp with time zone not null,
    outdated_at   timestamp with time zone,
    superseded_at timestamp with time zone,
    constraint uq_public_question_answer unique (question_id, answer_number)
);

create table public_question_step (
    id           bigint        not null primary key,
    question_id  bigint        not null references public_question (id),
    kind         varchar(18)   not null,
    happened_at  timestamp with time zone not null,
    status       varchar(14)   not null,
    author_id    bigint        references user_account (id),
    note         varchar(300)
);
create index ix_public_question_step on public_question_step (question_id, happened_at);

create table public_question_doubt (
    id           bigint        not null primary key,
    question_id  bigint        not null references public_question (id),
    person       varchar(70)   not null,
    marked_at    timestamp with time zone not null,
    constraint uq_public_question_doubt unique (question_id, person)
);
