-- An assignment (giao nhiệm vụ): one agency's part in one task of an issued plan, as lead (chủ trì)
-- or cooperating (phối hợp). Plan and task data are copied from PlanIssued: we never read plan-service's database.
create table assignment (
    id              uuid         primary key,
    plan_id         uuid         not null,
    plan_number     varchar(80)  not null,
    issuer_code     varchar(64)  not null,
    task_id         uuid         not null,
    task_title      text         not null,
    agency_code     varchar(64)  not null,
    role            varchar(20)  not null,
    deadline        date,
    status          varchar(20)  not null,
    acknowledged_at timestamptz,
    submitted_at    timestamptz,
    created_at      timestamptz  not null,
    -- a second PlanIssued for the same plan (another event id) must not assign the task twice
    constraint assignment_task_agency unique (task_id, agency_code)
);
-- the agency's inbox, by deadline
create index assignment_agency_deadline on assignment (agency_code, deadline);
-- the issuer's view of one plan
create index assignment_plan on assignment (plan_id);
