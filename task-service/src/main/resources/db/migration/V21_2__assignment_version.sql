-- Optimistic locking: the agency (REST), the report events (consumer) and the overdue detector (scheduler)
-- all write assignments; a write based on a stale read fails instead of undoing the other one.
alter table assignment add column version bigint not null default 0;
