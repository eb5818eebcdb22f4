-- Reminders (nhắc hạn), overdue notices, escalation (đôn đốc), channels and the delivery log.

-- New kinds of notification; seq orders them for the live streams.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('TASK_ASSIGNED', 'REPORT_SUBMITTED', 'REMINDER', 'OVERDUE', 'ESCALATION', 'URGING_COPY'));
-- made by the reminder dispatcher, not from an event: then event_id is the reminder's id
alter table notification add column reminder_id uuid;

-- This service's projection of assignments (from task and report events): what to remind about.
create table assignment (
    assignment_id  uuid primary key,
    plan_id        uuid,
    plan_number    varchar(100),
    task_title     text,
    agency_code    varchar(64),
    issuer_code    varchar(64),
    report_to_code varchar(64),
    obligation_id  uuid,
    period_key     varchar(20),
    period_label   varchar(200),
    deadline       date,
    -- OPEN: reminders run; DONE: submitted or accepted; CANCELLED
    status         varchar(20) not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    updated_at     timestamptz not null
);
create index assignment_open_by_agency on assignment (agency_code, issuer_code) where status = 'OPEN';

-- One reminder to send at due_at. (assignment, kind, day) is unique: whatever redelivers an event,
-- restarts the service or runs it twice, a reminder for that day exists once and is sent once.
create table reminder (
    id                uuid primary key,
    assignment_id     uuid        not null references assignment (assignment_id),
    kind              varchar(20) not null check (kind in ('BEFORE_DEADLINE', 'DUE_TODAY', 'OVERDUE', 'ESCALATION')),
    due_on            date        not null,
    due_at            timestamptz not null,
    -- SCHEDULED until the dispatcher sends it; CANCELLED when the work was done or moved; SKIPPED when outdated
    status            varchar(20) not null check (status in ('SCHEDULED', 'SENT', 'CANCELLED', 'SKIPPED')),
    working_days_left int         not null,
    sent_at           timestamptz,
    constraint reminder_once unique (assignment_id, kind, due_on)
);
-- the dispatcher reads only what is due: cost grows with reminders due, not with open ones
create index reminder_due on reminder (due_at) where status = 'SCHEDULED';
create index reminder_by_assignment on reminder (assignment_id);

-- Reminder policy per plan, obligation or agency; the most specific wins, then the configured default.
create table reminder_policy (
    scope              varchar(20) not null check (scope in ('PLAN', 'OBLIGATION', 'AGENCY')),
    scope_key          varchar(64) not null,
    -- working days before the deadline, e.g. '7,3,1'
    days_before        varchar(100) not null,
    on_due_day         boolean not null,
    overdue_daily      boolean not null,
    escalate_after     int     not null check (escalate_after >= 0),
    updated_at         timestamptz not null,
    primary key (scope, scope_key)
);

-- Each agency's contacts and channel settings.
create table agency_contact (
    agency_code     varchar(64) primary key,
    emails          text        not null default '',
    head_name       varchar(200),
    head_title      varchar(200),
    head_email      varchar(320),
    webhook_url     text,
    webhook_secret  varchar(200),
    email_enabled   boolean     not null default true,
    webhook_enabled boolean     not null default true,
    updated_at      timestamptz not null
);

-- Agency names from the directory (AgencyChanged), for letters.
create table agency_name (
    agency_code varchar(64) primary key,
    name        text not null
);

-- Delivery log: one notification over one channel to one recipient.
create table delivery (
    id              uuid primary key,
    notification_id uuid         not null references notification (id),
    agency_code     varchar(64)  not null,
    channel         varchar(20)  not null check (channel in ('EMAIL', 'WEBHOOK', 'STREAM')),
    recipient       text         not null,
    status          varchar(20)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint delivery_once unique (notification_id, channel, recipient)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_by_agency on delivery (agency_code, created_at desc);
create index delivery_by_status on delivery (status, created_at desc);
