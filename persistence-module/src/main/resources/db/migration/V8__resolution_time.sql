-- The transparency figures (issue 10) report the time to resolve in business hours by each body's
-- calendar, which SQL cannot compute: the application writes it when a report is resolved (and
-- clears it when the report is reopened). Reports resolved before this column existed get it from
-- ResolutionTimes at start-up.
alter table service_report add column business_minutes_to_resolve integer;
