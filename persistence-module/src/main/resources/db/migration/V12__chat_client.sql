-- Anti-automation (issue 14): a chat participant remembers the client he joined from (the SHA-256 of
-- the address), so that a moderator's mute and the interval between questions hold for that client in
-- that chat, whatever new nickname it joins under.
alter table chat_participant add column client_key varchar(64);
create index ix_participant_client on chat_participant (event_id, client_key);
