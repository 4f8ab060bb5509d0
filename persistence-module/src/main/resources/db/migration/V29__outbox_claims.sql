-- Issue 15 item 2: every node sends e-mail. A sender claims a batch of due messages (SELECT ... FOR UPDATE SKIP
-- LOCKED, so two senders never wait on nor take the same row) and writes who has each and until when; it sends,
-- then marks each sent and clears its claim. A claim whose node died mid-send expires and is taken again.
alter table outbox_message add column claimed_by varchar(120);
alter table outbox_message add column claimed_until timestamp with time zone;
