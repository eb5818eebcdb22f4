-- The trace the event was written in (W3C traceparent), put on the Kafka record by the relay, so that
-- consumers continue the trace of the REST call or consumer that caused the event.
alter table outbox_event add column traceparent varchar(100);
