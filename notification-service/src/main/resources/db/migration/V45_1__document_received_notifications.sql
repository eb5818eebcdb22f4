-- Văn bản đến: a document sent to the agency for information (b/c) or to publish (đăng tải) is notified too.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('TASK_ASSIGNED', 'REPORT_SUBMITTED', 'DOCUMENT_RECEIVED', 'REMINDER', 'OVERDUE', 'ESCALATION', 'URGING_COPY'));
