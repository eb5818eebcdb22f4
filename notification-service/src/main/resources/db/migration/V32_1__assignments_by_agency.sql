-- Whether an agency issued or holds any assignment this service received (known agencies, platform
-- security/KnownAgencies); the inbox index covers open assignments only.
create index assignment_issuer on assignment (issuer_code);
create index assignment_agency on assignment (agency_code);
