-- Issue 9. A caller who reports an open folio again follows it: he is told by e-mail of its next
-- changes (name, e-mail and phone are each optional personal data, never shown in public).
-- Bodies get the article their name takes in Spanish ("del H. Ayuntamiento de Metepec").

create sequence report_follower_seq start with 50 increment by 50;

create table report_follower (
    id              bigint        not null primary key,
    report_id       bigint        not null references service_report (id),
    follower_name   varchar(200),
    follower_email  varchar(200),
    follower_phone  varchar(20),
    channel         varchar(10)   not null,
    added_by_id     bigint        references user_account (id),
    followed_at     timestamp with time zone not null
);
create index ix_follower_report on report_follower (report_id);

alter table body add column name_article varchar(3);

-- Existing bodies: the article follows from the first word of the name.
update body set name_article = 'EL' where name like 'H. Ayuntamiento%' or name like 'Ayuntamiento%'
    or name like 'Gobierno%' or name like 'Poder%' or name like 'Instituto%' or name like 'Sistema%'
    or name like 'Consejo%' or name like 'Tribunal%' or name like 'Congreso%' or name like 'Organismo%'
    or name like 'Centro%' or name like 'Departamento%';
update body set name_article = 'LA' where name like 'Secretaría%' or name like 'Agencia%' or name like 'Comisión%'
    or name like 'Dirección%' or name like 'Fiscalía%' or name like 'Procuraduría%' or name like 'Universidad%'
    or name like 'Junta%' or name like 'Coordinación%' or name like 'Contraloría%' or name like 'Legislatura%'
    or name like 'Oficialía%' or name like 'Unidad%';
