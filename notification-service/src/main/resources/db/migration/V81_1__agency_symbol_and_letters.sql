-- The urging notice is laid out as an official letter (Decree 30/2020): its heading needs the issuer's symbol and
-- the body above it, which AgencyChanged carries; the letter itself is kept as sent, to be read again or as DOCX.
alter table agency_name add column symbol text;
alter table agency_name add column parent_code text;
alter table notification add column letter text;
