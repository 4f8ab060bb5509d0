-- ARCO requests (issue 14 item 3).
-- 1. An account anonymised by an ARCO cancellation: it never signs in again (UserAccount.anonymise).
alter table user_account add column anonymised_at timestamp with time zone;

-- 2. The account's own copy of its consent (privacy_consent_at, privacy_notice_version) was duplicate state
--    beside the consent rows (V16), which are now the one record of who accepted which notice when. An
--    account that signed up before V16 has no row yet: it gets one, with the notice of the label it kept
--    (else the earliest notice there is) and the time it kept. Negative ids, which consent_seq never gives.
insert into consent (id, notice_id, accepted_at, channel, account_id)
select -u.id,
       coalesce((select min(n.id) from privacy_notice n where n.label = u.privacy_notice_version),
                (select min(n.id) from privacy_notice n)),
       u.privacy_consent_at, 'WEB', u.id
  from user_account u
 where u.privacy_consent_at is not null
   and not exists (select 1 from consent c where c.account_id = u.id)
   and exists (select 1 from privacy_notice);

alter table user_account drop column privacy_notice_version;
alter table user_account drop column privacy_consent_at;
