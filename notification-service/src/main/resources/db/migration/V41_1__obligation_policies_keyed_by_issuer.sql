-- An obligation's reminder policy is stored under its issuer and its id ('<issuer code>/<obligation id>'),
-- so that one issuer's policy can never apply to another issuer's assignments with the same obligation id.
alter table reminder_policy alter column scope_key type varchar(140);

-- Existing obligation policies: one row per issuer that has assignments with that obligation id.
insert into reminder_policy (scope, scope_key, days_before, on_due_day, overdue_daily, escalate_after, updated_at)
select p.scope, a.issuer_code || '/' || p.scope_key, p.days_before, p.on_due_day, p.overdue_daily, p.escalate_after, p.updated_at
from reminder_policy p
join (select distinct obligation_id, issuer_code from assignment where obligation_id is not null and issuer_code is not null) a
  on p.scope = 'OBLIGATION' and a.obligation_id::text = p.scope_key
on conflict do nothing;
delete from reminder_policy where scope = 'OBLIGATION' and scope_key not like '%/%';
