-- Per-agency delivery topics (package vn.phoihop.task.delivery).

-- Agencies given direct Kafka access: their topic phoihop.inbox.<code>, SCRAM user and ACLs live in the
-- broker; this is our record of whom we provisioned. No password is kept: Kafka stores only its salted
-- SCRAM hash, and the agency gets the password once, in the answer that created or rotated it.
create table agency_access (
    agency_code      varchar(64)  primary key,
    kafka_user       varchar(100) not null unique,
    topic            varchar(200) not null unique,
    status           varchar(20)  not null,   -- ACTIVE, REVOKED
    provisioned_at   timestamptz  not null,
    password_set_at  timestamptz,
    revoked_at       timestamptz,
    changed_by       varchar(200) not null
);

-- Task events already copied to the agencies' topics. Our own table, not processed_event: the same event
-- id is consumed here and may be by other consumers of this service, and each must apply it once.
create table delivery_copied_event (
    event_id   uuid         primary key,
    type       varchar(200) not null,
    copied_at  timestamptz  not null default now()
);
