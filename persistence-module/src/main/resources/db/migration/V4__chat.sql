-- Live chats (seeds 000, 001): participants who join a chat with a nickname, and the chat's messages
-- (questions, the expert's answers, the moderator's notices). Questions are pre-moderated: a question
-- is public only once approved. Every public message has its chat's next sequence number, so that a
-- viewer who reconnects asks for what came after the last number he saw.

create sequence chat_participant_seq start with 50 increment by 50;
create sequence chat_message_seq start with 50 increment by 50;

alter table engagement_event add column last_seq bigint default 0 not null;

create table chat_participant (
    id               bigint        not null primary key,
    event_id         bigint        not null references engagement_event (id),
    nickname         varchar(40)   not null,
    account_id       bigint        references user_account (id),
    token_hash       varchar(64)   not null,
    muted            boolean       not null,
    joined_at        timestamp with time zone not null,
    last_question_at timestamp with time zone,
    constraint uq_chat_participant_token unique (token_hash)
);
create index ix_participant_event on chat_participant (event_id);

create table chat_message (
    id              bigint         not null primary key,
    event_id        bigint         not null references engagement_event (id),
    kind            varchar(10)    not null,
    participant_id  bigint         references chat_participant (id),
    author_id       bigint         references user_account (id),
    question_id     bigint         references chat_message (id),
    original_text   varchar(1000)  not null,
    public_text     varchar(2000),
    status          varchar(10)    not null,
    reject_reason   varchar(300),
    seq             bigint,
    created_at      timestamp with time zone not null,
    moderated_at    timestamp with time zone,
    moderator_id    bigint         references user_account (id),
    answered        boolean        not null,
    version         integer        not null,
    constraint uq_chat_message_seq unique (event_id, seq)
);
create index ix_chat_message_event_status on chat_message (event_id, status, created_at);
create index ix_chat_message_event_seq on chat_message (event_id, seq);
