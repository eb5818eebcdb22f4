-- Shared by every service (platform module): the transactional outbox and the record of processed events.

-- Events written in the same transaction as the state change they describe; the relay publishes
-- them to Kafka in id order and deletes them once the broker has acknowledged.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    type         varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(200),
    occurred_at  timestamptz  not null,
    payload      text         not null
);

-- Ids of the events this service has applied: a redelivered event finds its id here and changes nothing.
create table processed_event (
    event_id     uuid         primary key,
    type         varchar(200) not null,
    processed_at timestamptz  not null default now()
);
