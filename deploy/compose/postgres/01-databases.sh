-- Runs once, when the PostgreSQL volume of the compose stack is first initialised
-- (/docker-entrypoint-initdb.d). One database and one login per service: no service can read
-- another's database (DESIGN.md §2). Each service's Flyway migrations create its tables at start.
-- Passwords are development-only and are repeated in docker-compose.yml; never reuse them.
-- UTF8 with a neutral collation so Vietnamese names (Đắk Nông, Sở Thông tin và Truyền thông …)
-- round-trip byte for byte.

CREATE ROLE plan_service LOGIN PASSWORD 'plan-dev';
CREATE ROLE task_service LOGIN PASSWORD 'task-dev';
CREATE ROLE report_service LOGIN PASSWORD 'report-dev';
CREATE ROLE notification_service LOGIN PASSWORD 'notification-dev';
CREATE ROLE keycloak LOGIN PASSWORD 'keycloak-dev';

CREATE DATABASE phoihop_plan OWNER plan_service ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE phoihop_task OWNER task_service ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE phoihop_report OWNER report_service ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE phoihop_notification OWNER notification_service ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;

-- Nobody but the owner connects to a service's database.
REVOKE ALL ON DATABASE phoihop_plan FROM PUBLIC;
REVOKE ALL ON DATABASE phoihop_task FROM PUBLIC;
REVOKE ALL ON DATABASE phoihop_report FROM PUBLIC;
REVOKE ALL ON DATABASE phoihop_notification FROM PUBLIC;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
