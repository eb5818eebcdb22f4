-- Addressee groups (nhóm nơi nhận): the agencies a letter addresses together, such as "Các cơ quan báo chí trên
-- địa bàn tỉnh" or "Phòng Văn hóa và Thông tin các huyện". A group is a rule over the directory (kind, parent,
-- the start of the name) and/or an explicit member list; it is resolved into its members when a document is issued.
create table addressee_group (
    code          varchar(64)  primary key,
    province_code varchar(16)  not null,
    name          text         not null,
    kind          varchar(32),
    parent_code   varchar(64)  references agency (code),
    name_prefix   text,
    members       jsonb        not null default '[]'
);
create index addressee_group_province on addressee_group (province_code);

-- A task of a draft may be addressed to a group instead of one lead; at issue it becomes one task per member,
-- each remembering the group it came from (shown in views and events).
alter table plan_task alter column lead_agency_code drop not null;
alter table plan_task add column addressee_group_code varchar(64) references addressee_group (code);
