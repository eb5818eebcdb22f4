-- Issue 5: periods and obligations on assignments, revisions and review of reports, typed indicators,
-- attachments, and this service's own projections of the agency directory and of plans.

-- What may be reported, now one row per (task, agency, obligation, period), as TaskAssigned says.
alter table reportable_assignment
    add column obligation_id        uuid,
    add column period_key           varchar(16) not null default 'ONCE',
    add column period_label         text,
    add column data_from            date,
    add column data_to              date,
    add column report_to_code       varchar(64),
    add column lead_agency_code     varchar(64),
    add column indicator_codes      text[]      not null default '{}',
    -- OPEN, or CANCELLED when the plan was amended or revoked (TaskCancelled): no report is taken then
    add column state                varchar(16) not null default 'OPEN',
    add column cancel_reason        varchar(32),
    -- the agency it was transferred from after a reorganisation (TaskTransferred)
    add column previous_agency_code varchar(64);
create index reportable_assignment_plan_period on reportable_assignment (plan_id, period_key);
create index reportable_assignment_task_period on reportable_assignment (task_id, period_key);

-- A report now has revisions (lần gửi); the report row carries the review state and points at the latest.
create table report_revision (
    id              uuid        primary key,
    report_id       uuid        not null references report (id) on delete cascade,
    revision        int         not null check (revision >= 1),
    summary         text        not null,
    submitted_at    timestamptz not null,
    late            boolean     not null,
    -- the receiver's decision on this revision: ACCEPTED or RETURNED, null while waiting
    decision        varchar(16),
    reviewer_code   varchar(64),
    review_comment  text,
    reviewed_at     timestamptz,
    unique (report_id, revision)
);
create table report_value (
    revision_id uuid           not null references report_revision (id) on delete cascade,
    code        varchar(64)    not null,
    value       numeric(19, 4) not null check (value >= 0),
    primary key (revision_id, code)
);

alter table report
    add column receiver_code varchar(64),
    add column status        varchar(16) not null default 'SUBMITTED',
    add column revision      int         not null default 1;

-- reports stored before revisions existed become their first revision; codes take the new form
insert into report_revision (id, report_id, revision, summary, submitted_at, late)
select gen_random_uuid(), id, 1, summary, submitted_at, late from report;
insert into report_value (revision_id, code, value)
select rv.id, upper(regexp_replace(ri.code, '[^a-zA-Z0-9]', '_', 'g')), ri.value
from report_indicator ri join report_revision rv on rv.report_id = ri.report_id and rv.revision = 1;
update report r set receiver_code = r.issuer_code;
alter table report alter column receiver_code set not null;
drop table report_indicator;
alter table report drop column summary;
alter table report rename column submitted_at to first_submitted_at;
create index report_receiver on report (receiver_code);

-- Indicators (chỉ tiêu) with a type and a unit: the catalogue (plan_id null) and plan-specific ones.
create table indicator (
    id          bigserial    primary key,
    code        varchar(64)  not null check (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    plan_id     uuid,
    name        text         not null,
    unit        varchar(40)  not null,
    type        varchar(16)  not null check (type in ('COUNT', 'MINUTES', 'PERCENTAGE', 'MONEY', 'YES_NO')),
    description text,
    created_by  varchar(64)
);
create unique index indicator_code_scope
    on indicator (code, coalesce(plan_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- Attachments of a report: the signed report (PDF) and photos (JPEG, PNG), kept in the database.
create table attachment (
    id           uuid         primary key,
    report_id    uuid         not null references report (id) on delete cascade,
    revision     int          not null,
    file_name    text         not null,
    content_type varchar(40)  not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null
);
create index attachment_report on attachment (report_id);

-- The agency directory as plan-service announces it (AgencyChanged), for names, hierarchy and coverage.
create table agency (
    code          varchar(64) primary key,
    name          text        not null,
    short_name    text,
    symbol        varchar(40),
    kind          varchar(40) not null,
    parent_code   varchar(64),
    province_code varchar(16),
    active        boolean     not null,
    updated_at    timestamptz not null
);
create index agency_parent on agency (parent_code);

-- Plans as issued, amended and revoked (PlanIssued/PlanAmended/PlanRevoked): the plan tree and targets.
create table plan (
    id             uuid        primary key,
    number         varchar(80) not null,
    issuer_code    varchar(64) not null,
    subject        text,
    issued_on      date,
    parent_plan_id uuid,
    version        int         not null,
    revoked        boolean     not null default false
);
create index plan_parent on plan (parent_plan_id);
create table plan_target (
    plan_id        uuid           not null references plan (id) on delete cascade,
    position       int            not null,
    indicator_code varchar(64)    not null,
    description    text,
    goal_value     numeric(19, 4),
    unit           varchar(40),
    primary key (plan_id, position)
);
