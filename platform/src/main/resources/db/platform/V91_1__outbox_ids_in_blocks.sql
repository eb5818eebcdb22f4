-- Outbox row ids are taken in blocks of 50 (OutboxEvent's pooled sequence generator), so Hibernate can send
-- the outbox rows of a large transaction (a letter to thousands of agencies) in JDBC batches instead of one
-- insert and round trip per row. Within one transaction ids still grow in the order rows are written, which
-- is all the relay needs (it orders by commit first, then by id). A row inserted by plain SQL takes one
-- value of the sequence, never inside a block handed to a service.
alter sequence outbox_event_id_seq increment by 50;
