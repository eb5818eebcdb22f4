-- This service's own projection of what may be reported, built from TaskAssigned events
-- (task-service's database is never read). One row per assignment (one task, one agency).
create table reportable_assignment (
    assignment_id uuid         primary key,
    plan_id       uuid         not null,
    plan_number   varchar(80)  not null,
    issuer_code   varchar(64)  not null,
    task_id       uuid         not null,
    task_title    text         not null,
    agency_code   varchar(64)  not null,
    role          varchar(20)  not null,
    deadline      date,
    received_at   timestamptz  not null
);
create index reportable_assignment_agency on reportable_assignment (agency_code);

-- A report (báo cáo): one per assignment for now (revisions come later).
create table report (
    id            uuid         primary key,
    assignment_id uuid         not null unique references reportable_assignment (assignment_id),
    plan_id       uuid         not null,
    agency_code   varchar(64)  not null,
    issuer_code   varchar(64)  not null,
    summary       text         not null,
    submitted_at  timestamptz  not null,
    late          boolean      not null
);
create index report_agency on report (agency_code, submitted_at desc);
create index report_issuer on report (issuer_code, submitted_at desc);

-- Indicator values (articles published, broadcast minutes, …) in a table of their own, so that
-- consolidation can sum them per plan with plain SQL.
create table report_indicator (
    report_id uuid           not null references report (id) on delete cascade,
    code      varchar(64)    not null,
    value     numeric(19, 4) not null check (value >= 0),
    primary key (report_id, code)
);
