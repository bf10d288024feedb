#!/usr/bin/env bash
# Lanceur de la commande flux : construit le jar exécutable au premier appel (ou quand une source a
# changé), puis l'exécute avec les arguments donnés.
set -euo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$racine/flux-examples/target/flux.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$racine"/flux-*/src "$racine"/pom.xml "$racine"/flux-*/pom.xml -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "flux : construction du jar (mvn package, sans les tests)…" >&2
  (cd "$racine" && mvn -q -B -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Djacoco.skip=true package) >&2
fi
exec java -Dflux.racine="$racine" -jar "$jar" "$@"
