#!/usr/bin/env bash
# Lanceur de la commande flux : construit les jars exécutables au premier appel (ou quand une source a
# changé), puis exécute le bon avec les arguments donnés : flux.jar (module flux-examples) pour toutes
# les commandes, flux-serveur.jar (module flux-serveur, qui dépend de flux-examples) pour
# « flux serveur ».
set -euo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$racine/flux-examples/target/flux.jar"
if [ "${1:-}" = "serveur" ]; then
  shift
  jar="$racine/flux-serveur/target/flux-serveur.jar"
fi
if [ ! -f "$jar" ] || [ -n "$(find "$racine"/flux-*/src "$racine"/pom.xml "$racine"/flux-*/pom.xml -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "flux : construction du jar (mvn package, sans les tests)…" >&2
  (cd "$racine" && mvn -q -B -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Djacoco.skip=true package) >&2
fi
exec java -Dflux.racine="$racine" -jar "$jar" "$@"
