-- Agency directory: short name, province, lifetime and successors. Agencies are never deleted: an
-- agency ended by a reorganisation (sắp xếp tổ chức) stays resolvable by code so old plans show its name.
create extension if not exists unaccent;

alter table agency add column short_name    varchar(200);
alter table agency add column province_code varchar(64);
alter table agency add column active        boolean not null default true;
alter table agency add column valid_from    date;
-- first day the agency no longer exists (the reorganisation's effective date)
alter table agency add column ended_on      date;
alter table agency add column ended_by      varchar(20);

create index agency_parent on agency (parent_code);
create index agency_province on agency (province_code, code);

-- Who takes over an ended agency, in order: open assignments move to the first.
create table agency_successor (
    agency_code    varchar(64) not null references agency (code),
    position       int         not null,
    successor_code varchar(64) not null references agency (code),
    primary key (agency_code, position)
);

-- A reorganisation with an effective date: applied at once when due, else by the scheduler on that date.
create table agency_reorganisation (
    id           uuid         primary key,
    kind         varchar(20)  not null,
    effective_on date         not null,
    status       varchar(20)  not null,
    decision     varchar(300),
    request      text         not null,
    requested_by varchar(64)  not null,
    created_at   timestamptz  not null,
    applied_at   timestamptz,
    failure      text
);
create index agency_reorganisation_due on agency_reorganisation (status, effective_on);
