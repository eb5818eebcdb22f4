-- A one-off report obligation is labelled with its own title, which has no length limit in the plan: the
-- label is text, as in report-service (a longer title would otherwise stop the task events here).
alter table assignment alter column period_label type text;
