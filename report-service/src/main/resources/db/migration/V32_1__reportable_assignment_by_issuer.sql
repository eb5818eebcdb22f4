-- Whether an agency issued any assignment this service received (known agencies, platform security/KnownAgencies).
create index reportable_assignment_issuer on reportable_assignment (issuer_code);
