-- Report requests (yêu cầu báo cáo): an issuer asks agencies for a report on an on-request obligation of its
-- plan, or stand-alone (báo cáo đột xuất). Each request dates new assignments with period key REQUEST-<n>.
create sequence report_request_number;
create table report_request (
    id              uuid          primary key,
    issuer_code     varchar(64)   not null,
    plan_id         uuid          not null,
    plan_number     varchar(200)  not null,
    task_id         uuid          not null,
    obligation_id   uuid,
    period_key      varchar(64)   not null unique,
    title           varchar(500)  not null,
    body            text,
    deadline        date          not null,
    data_from       date,
    data_to         date,
    indicator_codes text[]        not null default '{}',
    agency_codes    text[]        not null,
    status          varchar(20)   not null,
    created_at      timestamptz   not null,
    created_by      varchar(200),
    withdrawn_at    timestamptz,
    withdraw_reason varchar(1000)
);
create index report_request_issuer on report_request (issuer_code, created_at desc);
