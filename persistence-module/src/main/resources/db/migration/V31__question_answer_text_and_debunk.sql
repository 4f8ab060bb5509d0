-- Issue 13 items 1 and 3: the public Q&A's search on PostgreSQL and the debunk an answer links to.
-- answer_text is the current answer's text kept on its question, so that PostgreSQL's full-text search (migration
-- 31.1, in db/postgresql, run on PostgreSQL only) indexes a question with its answer from one row; H2 keeps comparing
-- search_text (org.puente.question.SearchText).
alter table public_question add column answer_text varchar(4000);
update public_question q set answer_text = (
    select a.text from public_question_answer a
    where a.question_id = q.id
      and a.answer_number = (select max(b.answer_number) from public_question_answer b where b.question_id = q.id));

-- The published debunk of a hoax that an answer version points its readers to (part of the version, like its
-- sources: another debunk is a new version).
alter table public_question_answer add column hoax_id bigint references hoax (id);
create index ix_public_question_answer_hoax on public_question_answer (hoax_id);
