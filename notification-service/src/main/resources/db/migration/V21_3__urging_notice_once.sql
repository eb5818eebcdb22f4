-- One urging notice (công văn đôn đốc) per agency, issuer and day, even with several instances sending
-- reminders at once: the instance that inserts the row sends the notice; the others find it and skip.
create table urging_notice (
    agency_code varchar(100) not null,
    issuer_code varchar(100) not null,
    day         date         not null,
    reminder_id uuid,
    sent_at     timestamptz  not null default now(),
    primary key (agency_code, issuer_code, day)
);
