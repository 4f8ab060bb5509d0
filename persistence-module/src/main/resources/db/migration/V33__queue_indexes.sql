-- The staff queue at scale (./puente bench queue, 1,000,000 reports on PostgreSQL): each sort of the table and the
-- filters that had no index of their own read the first page from an index instead of sorting or scanning the
-- municipality's reports. The queue orders by the column, then by id (ReportQueue), so id ends each sort index.

-- Sort by folio, by time left (due date) and by status: without these, a seq scan and a sort of every report.
create index ix_report_body_folio on service_report (body_id, folio_number, id);
create index ix_report_body_due on service_report (body_id, due_at, id);
create index ix_report_body_status_id on service_report (body_id, status, id);

-- The overdue filter (deadline state, open statuses) and the colonia filter, newest first, and their capped counts.
create index ix_report_body_overdue on service_report (body_id, deadline_state, received_at);
create index ix_report_body_colonia on service_report (body_id, colonia_id, received_at);
