-- Issue 12, the citizen's side of a petition.

-- An e-mail may carry one document (the acuse de recibo, the written response as PDF). The bytes are made
-- in the transaction of the step the e-mail tells about and kept with it: the document sent is the one of
-- that moment (an acuse states the due date at receipt even if the term moves later), a retry sends the
-- same bytes, and the sender stays a plain mail sender that knows no kind of case.
alter table outbox_message add column attachment_name varchar(100);
alter table outbox_message add column attachment_type varchar(60);
alter table outbox_message add column attachment_data bytea;

-- One satisfaction survey for every kind of case: an answer is about a report or a petition, never both.
-- "¿Conoce el servicio *7311?" is a report's question: a petition's answer leaves it empty.
alter table survey_response add column petition_id bigint references petition (id);
alter table survey_response alter column report_id drop not null;
alter table survey_response alter column knows_service drop not null;
alter table survey_response add constraint ck_survey_one_case check (
    (case when report_id is null then 0 else 1 end) + (case when petition_id is null then 0 else 1 end) = 1);
-- A petition is surveyed once (its response closes it for good); null rows (reports) do not collide.
create unique index uq_survey_petition on survey_response (petition_id);
