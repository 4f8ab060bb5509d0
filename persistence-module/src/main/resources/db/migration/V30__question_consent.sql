-- Whoever asks in the public Q&A accepts the privacy notice of the body he asks (his e-mail, or his account, is
-- kept with the question), like a reporter, a petition's filer or a mailbox's sender.
alter table consent add column question_id bigint references public_question (id);
alter table consent drop constraint ck_consent_one_subject;
alter table consent add constraint ck_consent_one_subject check (
    (case when account_id is null then 0 else 1 end)
    + (case when report_id is null then 0 else 1 end)
    + (case when follower_id is null then 0 else 1 end)
    + (case when petition_id is null then 0 else 1 end)
    + (case when message_id is null then 0 else 1 end)
    + (case when question_id is null then 0 else 1 end) = 1);
create index ix_consent_question on consent (question_id);
