-- Issue 10, visit figures without trackers: Puente counts its own public page views on the server,
-- one row per day (in the installation's time zone), page path (no query string), device class,
-- operating system family and browser family. No cookie, no IP address, no User-Agent is stored:
-- only these counts. Two nodes may add to the same row; the unique key lets the second insert fail
-- and be retried as an update.

create sequence page_view_count_seq start with 50 increment by 50;

create table page_view_count (
    id          bigint       not null primary key,
    view_day    date         not null,
    page_path   varchar(200) not null,
    device      varchar(10)  not null,
    os          varchar(10)  not null,
    browser     varchar(10)  not null,
    views       bigint       not null,
    constraint uq_page_view_count unique (view_day, page_path, device, os, browser)
);
