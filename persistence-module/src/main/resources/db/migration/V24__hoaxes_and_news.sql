-- Issue 13 items 3 and 4: hoaxes the body debunks and its news and programmes. Both are written by the body's
-- communication staff as drafts and published; a news item appears at its publication time. The update lines
-- are each one's history (who, when, what).
create sequence hoax_seq start with 50 increment by 50;
create sequence hoax_update_seq start with 50 increment by 50;
create sequence news_item_seq start with 50 increment by 50;
create sequence news_update_seq start with 50 increment by 50;
create sequence news_image_seq start with 50 increment by 50;

create table hoax (
    id            bigint        not null primary key,
    version       bigint        not null,
    body_id       bigint        not null references body (id),
    claim         varchar(500)  not null,
    verdict       varchar(14)   not null,
    explanation   varchar(4000) not null,
    seen_on       date          not null,
    status        varchar(10)   not null,
    created_at    timestamp with time zone not null,
    published_at  timestamp with time zone,
    updated_at    timestamp with time zone,
    constraint ck_hoax_verdict check (verdict in ('FALSO', 'ENGANOSO', 'SIN_SUSTENTO', 'VERDADERO')),
    constraint ck_hoax_status check (status in ('BORRADOR', 'PUBLICADO')),
    constraint ck_hoax_published check (status = 'BORRADOR' or published_at is not null)
);
create index ix_hoax_public on hoax (status, published_at);
create index ix_hoax_body on hoax (body_id, created_at);

create table hoax_source (
    hoax_id   bigint        not null references hoax (id),
    position  integer       not null,
    title     varchar(200)  not null,
    url       varchar(500)  not null,
    primary key (hoax_id, position)
);

create table hoax_update (
    id           bigint       not null primary key,
    hoax_id      bigint       not null references hoax (id),
    kind         varchar(12)  not null,
    happened_at  timestamp with time zone not null,
    status       varchar(10)  not null,
    author_id    bigint       not null references user_account (id)
);
create index ix_hoax_update_hoax on hoax_update (hoax_id, happened_at);

create table news_image (
    id            bigint       not null primary key,
    content_type  varchar(20)  not null,
    data          bytea        not null
);

create table news_item (
    id          bigint         not null primary key,
    version     bigint         not null,
    body_id     bigint         not null references body (id),
    title       varchar(200)   not null,
    summary     varchar(400)   not null,
    html        varchar(20000) not null,
    category    varchar(14)    not null,
    publish_at  timestamp with time zone not null,
    status      varchar(10)    not null,
    image_id    bigint         references news_image (id),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone,
    constraint ck_news_item_category check (category in ('NOTICIA', 'PROGRAMA', 'CONVOCATORIA')),
    constraint ck_news_item_status check (status in ('BORRADOR', 'PUBLICADO'))
);
create index ix_news_item_public on news_item (status, publish_at);
create index ix_news_item_body on news_item (body_id, created_at);

create table news_update (
    id           bigint       not null primary key,
    item_id      bigint       not null references news_item (id),
    kind         varchar(12)  not null,
    happened_at  timestamp with time zone not null,
    status       varchar(10)  not null,
    author_id    bigint       not null references user_account (id)
);
create index ix_news_update_item on news_update (item_id, happened_at);
