-- Service reports keep their deadline on the one legal clock of every case (casework.ClockRecord): the
-- term in business hours counted from the first business hour, warning at 75%, no pause, no extension.
-- A holiday added later then moves open reports' due dates as it moves petitions', and the history says so.
alter table service_report add column clock_received_at timestamp with time zone;
alter table service_report add column clock_terms varchar(200);
alter table service_report add column clock_pause_start timestamp with time zone;
alter table service_report add column clock_pause_end timestamp with time zone;
alter table service_report add column clock_answer_extended boolean default false not null;
alter table service_report add column clock_extended_at timestamp with time zone;
alter table service_report add column clock_extension_units integer;
alter table service_report add column clock_extension_reason varchar(1000);
alter table service_report add column clock_ending varchar(12);
alter table service_report add column clock_closed_at timestamp with time zone;
alter table service_report add column clock_closed_due timestamp with time zone;
alter table service_report add column clock_met_term boolean;
alter table service_report rename column at_risk_at to warn_from;

update service_report set clock_received_at = received_at,
    clock_terms = (select cast(s.deadline_hours as varchar(10)) || ' BUSINESS_HOURS|FIRST_BUSINESS_HOUR|P75|0|-|-|-'
                   from public_service s where s.id = service_report.service_id);
-- A finished report's term ended when it was answered (resolved), or when it was closed, rejected or
-- marked a duplicate without a resolution; whether it met its term is recorded once.
update service_report set clock_ending = 'ANSWERED',
    clock_closed_at = coalesce(resolved_at, closed_at),
    clock_closed_due = due_at,
    clock_met_term = case when coalesce(resolved_at, closed_at) <= due_at then true else false end
    where status in ('CLOSED', 'REJECTED', 'DUPLICATE') and coalesce(resolved_at, closed_at) is not null;
alter table service_report alter column clock_received_at set not null;
alter table service_report alter column clock_terms set not null;

-- The history of a report says when a calendar change moved its due date, with the dates before and after.
alter table report_transition add column due_before timestamp with time zone;
alter table report_transition add column due_after timestamp with time zone;
