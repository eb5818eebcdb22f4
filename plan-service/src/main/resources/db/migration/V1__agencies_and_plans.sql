-- Agency directory (cơ quan, đơn vị): code is the stable identifier used in tokens, events and topics.
create table agency (
    code        varchar(64)  primary key,
    name        varchar(300) not null,
    symbol      varchar(40)  not null,
    kind        varchar(40)  not null,
    parent_code varchar(64)  references agency (code)
);

-- A plan (Kế hoạch): a draft until issued, when it gets its number.
create table plan (
    id          uuid         primary key,
    issuer_code varchar(64)  not null references agency (code),
    number      varchar(80)  unique,
    subject     text         not null,
    place       varchar(120),
    status      varchar(20)  not null,
    issued_on   date,
    created_at  timestamptz  not null
);
create index plan_issuer on plan (issuer_code, created_at desc);

-- Tasks (nhiệm vụ): a lead agency (chủ trì), cooperating agencies (phối hợp) and a report deadline.
create table plan_task (
    id               uuid         primary key,
    plan_id          uuid         not null references plan (id) on delete cascade,
    position         int          not null,
    title            text         not null,
    description      text,
    lead_agency_code varchar(64)  not null references agency (code),
    deadline         date
);
create index plan_task_plan on plan_task (plan_id, position);

create table plan_task_cooperating (
    task_id     uuid        not null references plan_task (id) on delete cascade,
    position    int         not null,
    agency_code varchar(64) not null references agency (code),
    primary key (task_id, position)
);

-- Numbers run per issuer, document kind and calendar year, without gaps: the row lock taken by the
-- upsert serialises concurrent issuing, and a rolled-back issue gives its number back.
create table document_number_sequence (
    issuer_code varchar(64) not null,
    kind        varchar(10) not null,
    year        int         not null,
    last_number int         not null,
    primary key (issuer_code, kind, year)
);
