-- Forums (seeds 000, 001): open between their dates; citizens with an account start threads and
-- reply; the forum is pre-moderated (a post waits for the moderator) or post-moderated (a post is
-- public at once and readers' flags bring it to the moderator); the expert's posts are official.

create sequence forum_thread_seq start with 50 increment by 50;
create sequence forum_post_seq start with 50 increment by 50;
create sequence forum_flag_seq start with 50 increment by 50;

alter table engagement_event add column pre_moderated boolean default false not null;

create table forum_thread (
    id             bigint        not null primary key,
    event_id       bigint        not null references engagement_event (id),
    title          varchar(150)  not null,
    author_id      bigint        not null references user_account (id),
    created_at     timestamp with time zone not null,
    last_post_at   timestamp with time zone not null,
    public_posts   integer       not null,
    visible        boolean       not null,
    version        integer       not null
);
create index ix_thread_event on forum_thread (event_id, visible, last_post_at);

create table forum_post (
    id             bigint        not null primary key,
    thread_id      bigint        not null references forum_thread (id),
    author_id      bigint        not null references user_account (id),
    body           varchar(4000) not null,
    official       boolean       not null,
    opening        boolean       not null,
    status         varchar(10)   not null,
    flags          integer       not null,
    created_at     timestamp with time zone not null,
    moderated_at   timestamp with time zone,
    moderator_id   bigint        references user_account (id),
    hide_reason    varchar(300),
    version        integer       not null
);
create index ix_post_thread on forum_post (thread_id, status, created_at);
create index ix_post_status on forum_post (status, flags);

create table forum_flag (
    id          bigint        not null primary key,
    post_id     bigint        not null references forum_post (id),
    account_id  bigint        not null references user_account (id),
    reason      varchar(300),
    flagged_at  timestamp with time zone not null,
    constraint uq_forum_flag unique (post_id, account_id)
);
