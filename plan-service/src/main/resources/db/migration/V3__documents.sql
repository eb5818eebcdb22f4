-- Documents as the letters write them (Decree 30/2020): kind, period, topics, signer, legal basis,
-- targets (chỉ tiêu), report obligations, distribution list (Nơi nhận), versions and revocation.
alter table plan
    add column kind            varchar(20) not null default 'PLAN',
    add column drafting_unit   varchar(40),
    add column period_from     date,
    add column period_to       date,
    add column topics          jsonb       not null default '[]',
    add column signer          jsonb,
    add column legal_basis     jsonb       not null default '[]',
    add column targets         jsonb       not null default '[]',
    add column distribution    jsonb       not null default '[]',
    add column general_task    jsonb,
    add column submission_rule varchar(40),
    add column submission_days int,
    add column parent_plan_id  uuid references plan (id),
    add column parent_task_id  uuid,
    add column version         int         not null default 1,
    add column registered      boolean     not null default false,
    add column amended_on      date,
    add column revoked_on      date,
    add column revocation_reason text;

-- Numbers are unique per issuer and year: 4256/KH-UBND of Điện Biên and of Đắk Nông are different
-- documents, and so are 1/KH-STTTT of 2023 and of 2024 (the register restarts on 1 January).
alter table plan drop constraint plan_number_key;
create unique index plan_issuer_number_year on plan (issuer_code, number, (extract(year from issued_on)));
create index plan_parent on plan (parent_plan_id);

alter table plan_task
    add column obligations jsonb   not null default '[]',
    add column general     boolean not null default false;

-- Every issued, amended or revoked state of a document, as it then read (lịch sử văn bản).
create table plan_version (
    plan_id     uuid        not null references plan (id) on delete cascade,
    version     int         not null,
    change      varchar(20) not null,
    recorded_at timestamptz not null,
    reason      text,
    changes     jsonb,
    snapshot    jsonb       not null,
    primary key (plan_id, version, change)
);

-- Progress of the assignments of each plan, from task-service's events (our own projection).
create table assignment_progress (
    assignment_id uuid        primary key,
    plan_id       uuid        not null,
    agency_code   varchar(64) not null,
    status        varchar(20) not null,
    overdue       boolean     not null default false,
    updated_at    timestamptz not null
);
create index assignment_progress_plan on assignment_progress (plan_id);

-- Search that ignores diacritics ("mai dam" finds "mại dâm"): unaccent when the server has it,
-- otherwise translate() over the Vietnamese letters. plan_fold is immutable so it can be indexed.
do $body$
begin
    begin
        create extension if not exists unaccent;
    exception when others then
        raise notice 'unaccent is not available (%), falling back to translate()', sqlerrm;
    end;
    if exists (select 1 from pg_extension where extname = 'unaccent') then
        execute $f$create or replace function plan_fold(t text) returns text language sql immutable parallel safe
            as 'select lower(public.unaccent(''public.unaccent''::regdictionary, coalesce(t, '''')))'$f$;
    else
        execute $f$create or replace function plan_fold(t text) returns text language sql immutable parallel safe
            as 'select lower(translate(coalesce(t, ''''), ''àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ'', ''aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD''))'$f$;
    end if;
end
$body$;
