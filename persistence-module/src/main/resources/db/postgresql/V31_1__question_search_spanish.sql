-- Issue 13 item 1 on PostgreSQL only (SchemaMigration adds this location when the database is PostgreSQL): the
-- public Q&A is searched with the 'spanish' text search configuration over the text without accents, so "baches"
-- finds "bache", "credito" finds "crédito" and "Agua" finds "agua". The question weighs more than its answer.
--
-- unaccent is a trusted extension (PostgreSQL 13 and later): the database's owner creates it; where the application's
-- user does not own the database, a superuser creates it beforehand and this line passes.
create extension if not exists unaccent;

-- unaccent() is only STABLE (its dictionary could be changed), and an index or a generated column needs an
-- IMMUTABLE function: this wrapper names the dictionary and its schema, so its result depends on its argument alone.
create or replace function puente_unaccent(value text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, value) $$;

alter table public_question add column search_vector tsvector generated always as (
    setweight(to_tsvector('spanish'::regconfig, puente_unaccent(text)), 'A')
    || setweight(to_tsvector('spanish'::regconfig, puente_unaccent(coalesce(answer_text, ''))), 'B')) stored;

create index ix_public_question_search on public_question using gin (search_vector);
