-- Revocable tokens for an agency's calendar feed (ICS): a phone or Outlook subscribes to
-- /calendar/{token}.ics without a bearer token. Only a SHA-256 of the token is stored.
create table calendar_token (
    id          uuid         primary key,
    token_hash  varchar(64)  not null unique,
    agency_code varchar(64)  not null,
    label       varchar(200),
    created_by  varchar(200),
    created_at  timestamptz  not null,
    revoked_at  timestamptz
);
create index calendar_token_agency on calendar_token (agency_code);
