-- Agencies are named by their names in what task-service writes for people (the calendar feed), not by codes.
alter table directory_agency add column name text;
