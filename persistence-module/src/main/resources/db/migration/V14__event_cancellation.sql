-- An evaluator cancels a scheduled chat or forum (issue 11): when, by whom and why. The reason is
-- staff-written and never shown to the public; the agenda says "cancelled" for the events that have
-- cancelled_at (those cancelled through the application, not by a maintenance update).
alter table engagement_event add column cancelled_at timestamp with time zone;
alter table engagement_event add column cancelled_by bigint references user_account (id);
alter table engagement_event add column cancel_reason varchar(2000);
