-- Incoming documents (văn bản đến): every agency a document reaches, with why (thực hiện, phối hợp, b/c, đăng tải,
-- lưu), written when the document is issued. A recipient asked to publish (đăng tải) records where it did.
create table incoming_document (
    id             uuid         primary key,
    plan_id        uuid         not null references plan (id) on delete cascade,
    agency_code    varchar(64)  not null references agency (code),
    purpose        varchar(16)  not null check (purpose in ('EXECUTE', 'COOPERATE', 'INFORMATION', 'PUBLISH', 'ARCHIVE')),
    recipient_name text,
    received_at    timestamptz  not null,
    published_url  text,
    published_at   timestamptz,
    unique (plan_id, agency_code, purpose)
);
create index incoming_document_agency on incoming_document (agency_code, received_at desc);
