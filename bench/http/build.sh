# Sourced by run.sh and compare.sh (from the repository root): packages the server and bench jars
# when either is missing or older than a source, so a benchmark always measures the checkout.
stale() {
  local jar=$1; shift
  [ ! -f "$jar" ] || [ -n "$(find "$@" -newer "$jar" -type f -print -quit)" ]
}
if stale server/target/standoff.jar pom.xml core/src corpus/src server/src server/pom.xml \
   || stale bench/target/benchmarks.jar bench/src bench/pom.xml; then
  echo "== building (mvn -B -q -DskipTests -pl server,bench -am package)"
  mvn -B -q -DskipTests -pl server,bench -am package
fi
