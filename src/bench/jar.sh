# Sourced by the benchmark scripts, from the project folder: sets $jar to the shaded jar, or stops
# with a message saying how to build it.
jar=$(ls target/backprop-lab-*-all.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$jar" ]]; then
  echo "no target/backprop-lab-*-all.jar: build it with ./mvnw -q -B package -DskipTests" >&2
  exit 2
fi
