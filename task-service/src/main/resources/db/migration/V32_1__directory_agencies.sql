-- The agency directory as plan-service announces it (AgencyChanged): which agencies exist, so that a token
-- naming an agency the directory never had is refused (403) rather than answered with an empty inbox.
create table directory_agency (
    agency_code varchar(64) primary key,
    active      boolean     not null,
    updated_at  timestamptz not null
);
