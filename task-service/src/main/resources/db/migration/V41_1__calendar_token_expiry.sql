-- A calendar feed token may be given an expiry: after it, its feed answers 404 as if revoked.
alter table calendar_token add column expires_at timestamptz;
