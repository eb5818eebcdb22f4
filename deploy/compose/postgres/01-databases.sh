#!/bin/bash
# Runs once, when the PostgreSQL volume of the compose stack is first initialised
# (/docker-entrypoint-initdb.d). One database and one login per service: no service can read
# another's database (DESIGN.md §2). Each service's Flyway migrations create its tables at start.
# The passwords come from the environment (.env, not committed; see .env.example).
# UTF8 with a neutral collation so Vietnamese names (Đắk Nông, Sở Thông tin và Truyền thông …)
# round-trip byte for byte.
set -euo pipefail
: "${PLAN_DB_PASSWORD:?set it in .env}" "${TASK_DB_PASSWORD:?set it in .env}" "${REPORT_DB_PASSWORD:?set it in .env}"
: "${NOTIFICATION_DB_PASSWORD:?set it in .env}" "${KEYCLOAK_DB_PASSWORD:?set it in .env}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v plan="$PLAN_DB_PASSWORD" -v task="$TASK_DB_PASSWORD" -v report="$REPORT_DB_PASSWORD" \
     -v notification="$NOTIFICATION_DB_PASSWORD" -v keycloak="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE plan_service LOGIN PASSWORD :'plan';
CREATE ROLE task_service LOGIN PASSWORD :'task';
CREATE ROLE report_service LOGIN PASSWORD :'report';
CREATE ROLE notification_service LOGIN PASSWORD :'notification';
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak';

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
SQL
