-- Issue 12 item 4: the contact mailbox. A message to a body that is neither a report nor a petition; the body
-- answers it (e-mailed), turns it into a petition (whose clock runs from the message's arrival) or discards it.
create sequence contact_message_seq start with 50 increment by 50;

create table contact_message (
    id              bigint         not null primary key,
    version         bigint         not null,
    body_id         bigint         not null references body (id),
    received_at     timestamp with time zone not null,
    contact_name    varchar(200),
    contact_email   varchar(200)   not null,
    contact_phone   varchar(20),
    subject         varchar(200)   not null,
    text            varchar(4000)  not null,
    status          varchar(12)    not null,
    answer          varchar(4000),
    discard_reason  varchar(500),
    handled_at      timestamp with time zone,
    handled_by      bigint         references user_account (id),
    petition_id     bigint         references petition (id),
    constraint ck_contact_message_status check (status in ('NUEVO', 'RESPONDIDO', 'CONVERTIDO', 'DESCARTADO')),
    constraint ck_contact_message_handled check ((status = 'NUEVO') = (handled_at is null)),
    constraint ck_contact_message_petition check ((status = 'CONVERTIDO') = (petition_id is not null))
);
create index ix_contact_message_body_status on contact_message (body_id, status, received_at);

-- The sender accepts the privacy notice of the body he writes to, like a reporter or a petition's filer.
alter table consent add column message_id bigint references contact_message (id);
alter table consent drop constraint ck_consent_one_subject;
alter table consent add constraint ck_consent_one_subject check (
    (case when account_id is null then 0 else 1 end)
    + (case when report_id is null then 0 else 1 end)
    + (case when follower_id is null then 0 else 1 end)
    + (case when petition_id is null then 0 else 1 end)
    + (case when message_id is null then 0 else 1 end) = 1);
create index ix_consent_message on consent (message_id);
