#!/usr/bin/env bash
# Quick start of Phối hợp on this machine: PostgreSQL, one Kafka broker and the four services,
# with the Đắk Nông demo data. Run from anywhere:  bash deploy/local/start.sh   (Ctrl-C stops it all)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"

# PostgreSQL: the machine's cluster, started when it is down.
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if [ -n "${PHOIHOP_POSTGRES_URL:-}" ]; then
    echo "Using PostgreSQL at $PHOIHOP_POSTGRES_URL"
  else
    echo "Starting PostgreSQL …"
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL did not come up; see /var/log/postgresql/" >&2; exit 1; }
  fi
fi

# Build (quick when nothing changed). Set PHOIHOP_SKIP_BUILD=1 to reuse the jars as they are.
if [ "${PHOIHOP_SKIP_BUILD:-0}" != 1 ]; then
  echo "Building (mvn install -DskipTests) …"
  mvn -B -q ${MAVEN_OFFLINE:+-o} install -DskipTests
fi
for service in plan-service task-service report-service notification-service; do
  [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || { echo "$service/target/quarkus-app/quarkus-run.jar is missing after the build" >&2; exit 1; }
done

# The launcher's runtime classpath, from Maven itself.
CLASSPATH_FILE="$ROOT/testing/target/classpath.txt"
if [ ! -s "$CLASSPATH_FILE" ] || [ "$ROOT/testing/pom.xml" -nt "$CLASSPATH_FILE" ] || [ "$ROOT/pom.xml" -nt "$CLASSPATH_FILE" ]; then
  mvn -B -q ${MAVEN_OFFLINE:+-o} -pl testing dependency:build-classpath \
      -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=runtime
fi

exec java -Dfile.encoding=UTF-8 -Dphoihop.root="$ROOT" \
     -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
     -Dlogging.configuration="file:$ROOT/deploy/local/logging.properties" \
     -cp "$ROOT/testing/target/classes:$(cat "$CLASSPATH_FILE")" vn.phoihop.testing.LocalStack
