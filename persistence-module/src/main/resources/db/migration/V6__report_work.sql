-- Staff work on reports (issue 9): internal notes and hand-overs in the history, evidence photos of a
-- resolution, and a survey per resolution that asks whether the problem was fixed (a citizen who says
-- it was not may reopen the report, so a report can be resolved, and surveyed, more than once).

-- What a history step is: STEP (a status change, public), NOTE (an internal note, staff only),
-- HANDOVER (the work given to a person without a status change, staff only), CITIZEN (the reporter
-- reopened it, public). Earlier rows are all status changes.
alter table report_transition add column kind varchar(12) default 'STEP' not null;
-- The person the step gave the work to (an assignment or a hand-over).
alter table report_transition add column assignee_id bigint references user_account (id);

-- A photo the staff attached as evidence of the resolution (the reporter sees it); the citizen's own
-- photos are the others.
alter table report_photo add column evidence boolean default false not null;

-- One survey per resolution: the unique report_id goes, the index stays.
alter table survey_response drop constraint uq_survey_report;
create index ix_survey_report on survey_response (report_id);
-- "¿Se resolvió el problema?" (null on answers given before the question existed), and whether the
-- reporter reopened the report with that answer.
alter table survey_response add column problem_fixed boolean;
alter table survey_response add column reopened boolean default false not null;
