-- A notification (thông báo) addressed to one agency. It is the message itself; delivering it over a
-- channel (e-mail, webhook, live stream) will be a separate delivery log referencing notification (id),
-- so one notification can go out on several channels and each delivery can fail and retry on its own.
create table notification (
    id            uuid         primary key,
    agency_code   varchar(64)  not null,
    kind          varchar(40)  not null check (kind in ('TASK_ASSIGNED', 'REPORT_SUBMITTED')),
    title         text         not null,
    body          text         not null,
    -- the event it was made from: one notification per event and agency, whatever redelivers it
    event_id      uuid         not null,
    plan_id       uuid,
    assignment_id uuid,
    created_at    timestamptz  not null,
    constraint notification_once_per_agency unique (event_id, agency_code)
);

-- An agency's inbox, newest first.
create index notification_inbox on notification (agency_code, created_at desc);
