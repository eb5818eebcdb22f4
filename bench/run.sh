#!/usr/bin/env bash
# The benchmark harness: builds the services, then runs vn.phoihop.bench.Bench, which measures the raw anchors,
# starts one Kafka broker and the four packaged services on free ports against the local PostgreSQL (fresh
# databases phoihop_*_bench), loads synthetic agencies and writes bench/results/latest.{md,json}.
#
#   bash bench/run.sh            # the full run (1,000 / 10,000 / 100,000 agencies, 1,000,000 open reminders): ~30 min
#   bash bench/run.sh --smoke    # every step at a small size, figures not judged (CI): bench/results/smoke.{md,json}
#   bash bench/run.sh --console-pages   # only the console's pages on the demo data (a few minutes): bench/results/console-pages.{md,json}
#
# PHOIHOP_SKIP_BUILD=1 reuses the packaged jars (and their AppCDS archives, if any); MAVEN_OFFLINE=1 adds -o;
# PHOIHOP_POSTGRES_URL points elsewhere; PHOIHOP_SERVICE_JVM_OPTIONS replaces the services' JVM options.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MVN=(mvn -B -q)
[ "${MAVEN_OFFLINE:-}" = 1 ] && MVN+=(-o)

if [ -z "${PHOIHOP_POSTGRES_URL:-}" ] && ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  echo "No PostgreSQL on 127.0.0.1:5432: start it (or bash deploy/local/start.sh once), or set PHOIHOP_POSTGRES_URL." >&2
  exit 1
fi
if [ "${PHOIHOP_SKIP_BUILD:-}" != 1 ]; then
  echo "Building the services (mvn install -DskipTests, with each service's AppCDS archive) …"
  # each service is started once at build time to record its classes (target/quarkus-app/app-cds.jsa), which
  # ServiceProcess then maps at start
  "${MVN[@]}" install -DskipTests -Dquarkus.package.jar.appcds.enabled=true
fi
"${MVN[@]}" -Pbench -pl bench install -DskipTests
CLASSPATH_FILE="$ROOT/bench/target/classpath.txt"
if [ ! -s "$CLASSPATH_FILE" ] || [ "$ROOT/bench/pom.xml" -nt "$CLASSPATH_FILE" ] || [ "$ROOT/testing/pom.xml" -nt "$CLASSPATH_FILE" ]; then
  "${MVN[@]}" -Pbench -pl bench org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile="$CLASSPATH_FILE"
fi
echo "Load before the run: $(uptime)"
export PHOIHOP_READY_TIMEOUT_SECONDS="${PHOIHOP_READY_TIMEOUT_SECONDS:-600}"
java -Xmx1g -Dfile.encoding=UTF-8 -Dphoihop.root="$ROOT" \
     -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
     -Dlogging.configuration="file:$ROOT/deploy/local/logging.properties" \
     -cp "$ROOT/bench/target/classes:$ROOT/testing/target/classes:$(cat "$CLASSPATH_FILE")" vn.phoihop.bench.Bench "$@"
echo "Load after the run: $(uptime)"
