-- The outbox relays in commit order, parks what it cannot send, and never lets one row block the others.
--
-- Row ids come from a sequence, so they follow the order in which rows were written, not the order in
-- which their transactions committed: a transaction holding id 10 may commit after one holding id 11.
-- Each transaction that writes outbox rows therefore takes a commit sequence number at commit time
-- (a deferred trigger), under a transaction-scoped advisory lock that PostgreSQL releases only after
-- the commit is visible. Commit sequence numbers thus follow commit order exactly, and when the relay
-- sees a transaction's number every transaction with a lower number is already visible to it.

-- the writing transaction of each row
alter table outbox_event add column xid xid8 not null default pg_current_xact_id();
-- failed sends of this row so far (the broker refused it), and the last reason
alter table outbox_event add column attempts int not null default 0;
alter table outbox_event add column last_error text;
create index outbox_event_xid on outbox_event (xid, id);

create sequence outbox_commit_seq;

-- one row per committed transaction that still has rows in the outbox
create table outbox_commit (
    xid  xid8   primary key,
    seq  bigint not null unique
);

-- rows written before this migration: one transaction, in id order
insert into outbox_commit (xid, seq)
select xid, nextval('outbox_commit_seq') from (select distinct xid from outbox_event) pending;

create function outbox_commit_stamp() returns trigger language plpgsql as $$
begin
    if current_setting('phoihop.outbox_commit_xid', true) is distinct from pg_current_xact_id()::text then
        -- held until the commit is visible: the next committer waits here, so numbers follow commit order
        perform pg_advisory_xact_lock(185270274);
        insert into outbox_commit (xid, seq) values (pg_current_xact_id(), nextval('outbox_commit_seq'))
            on conflict (xid) do nothing;
        perform set_config('phoihop.outbox_commit_xid', pg_current_xact_id()::text, true);
    end if;
    return null;
end
$$;

create constraint trigger outbox_commit_order after insert on outbox_event
    deferrable initially deferred for each row execute function outbox_commit_stamp();

-- Rows the relay gave up on: too large for the broker, or refused too often. They wait here, visible
-- to operators (GET /admin/outbox/parked) and counted in metrics, until retried or dropped by hand.
create table outbox_parked (
    id           bigint       primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    type         varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(200),
    occurred_at  timestamptz  not null,
    payload      text         not null,
    attempts     int          not null,
    error        text         not null,
    parked_at    timestamptz  not null default now()
);
