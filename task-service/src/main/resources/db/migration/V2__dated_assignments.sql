-- Dated assignments: one per (task, agency, obligation, period) instead of one per (task, agency).
-- Existing rows are assignments of tasks without an obligation: period ONCE, as before.
alter table assignment
    add column obligation_id      uuid,
    add column period_key         varchar(16)  not null default 'ONCE',
    add column period_label       varchar(80),
    add column data_from          date,
    add column data_to            date,
    add column report_to_code     varchar(64),
    add column lead_agency_code   varchar(64),
    add column indicator_codes    text[]       not null default '{}',
    -- end of the deadline day in Asia/Ho_Chi_Minh: the instant the assignment becomes overdue
    add column due_at             timestamptz,
    -- the first submission decides "done on time" / "done late"; a revision after a return does not
    add column first_submitted_at timestamptz,
    add column accepted_at        timestamptz,
    add column returned_comment   text,
    -- set once by the overdue detector: TaskOverdue is published exactly once per assignment
    add column overdue_at         timestamptz,
    add column cancelled_at       timestamptz,
    add column cancel_reason      varchar(40),
    -- the agency that held the assignment before a reorganisation moved it
    add column transferred_from   varchar(64);

update assignment set due_at = ((deadline + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh') where deadline is not null;
update assignment set first_submitted_at = submitted_at;
update assignment set lead_agency_code = a.agency_code
    from assignment a where a.task_id = assignment.task_id and a.role = 'LEAD';

alter table assignment drop constraint assignment_task_agency;
-- a redelivered or repeated PlanIssued / PlanAmended finds its slot taken and creates nothing
create unique index assignment_slot on assignment
    (task_id, coalesce(obligation_id, '00000000-0000-0000-0000-000000000000'::uuid), period_key, agency_code);
-- the overdue detector reads only rows that are due and still open: cost proportional to due rows
create index assignment_due on assignment (due_at)
    where overdue_at is null and status in ('ASSIGNED', 'ACKNOWLEDGED', 'IN_PROGRESS');
-- the issuer's views across its plans
create index assignment_issuer_deadline on assignment (issuer_code, deadline);

-- What this service knows of each plan (projection of PlanIssued / PlanAmended / PlanRevoked).
create table known_plan (
    plan_id      uuid         primary key,
    number       varchar(80)  not null,
    issuer_code  varchar(64)  not null,
    subject      text,
    issued_on    date,
    period_from  date,
    period_to    date,
    -- the last version applied: an amendment with a version not above it is ignored
    version      integer      not null,
    revoked_on   date
);

-- An assignment's history (lịch sử xử lý): every status change, transfer, reschedule and return.
create table assignment_history (
    id            bigserial    primary key,
    assignment_id uuid         not null,
    at            timestamptz  not null,
    agency_code   varchar(64)  not null,
    what          varchar(40)  not null,
    from_status   varchar(20),
    to_status     varchar(20),
    note          text
);
create index assignment_history_assignment on assignment_history (assignment_id, id);

-- Agencies that ended in a reorganisation: a plan still naming one assigns its successor.
create table ended_agency (
    agency_code    varchar(64)  primary key,
    successor_code varchar(64)  not null,
    effective_on   date
);
