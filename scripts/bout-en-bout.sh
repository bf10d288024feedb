#!/usr/bin/env bash
# De bout en bout, depuis les fichiers : engendre le parc national (RPLS de collecte, 5,4 millions de
# logements, environ 1 Go) et une année d'attributions du SNE (450 000), puis mesure flux et DuckDB
# en processus alternés, paire par paire (docs/PERFORMANCE.md). Hors de la commande de test.
#   scripts/bout-en-bout.sh [dossier des données] [paires] [logements] [attributions]
set -euo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
donnees="${1:-/tmp/flux-perf/nat}"
paires="${2:-5}"
logements="${3:-5400000}"
attributions="${4:-450000}"
jar="$racine/flux-examples/target/benchmarks.jar"
(cd "$racine" && mvn -B -q -Pbench package -DskipTests -pl flux-examples -am)
classe=fr.fluxlogement.examples.bench.BoutEnBout
if [[ ! -f "$donnees/rpls.csv" ]]; then
  java -cp "$jar" "$classe" generer "$donnees" "$logements" "$attributions"
fi
echo "machine : $(nproc) cœurs, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ {print $2}') Gio ; charge : $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar" "$classe" comparer "$donnees" "$paires"
java -Xmx4g -cp "$jar" "$classe" debit "$donnees/rpls.csv" 3
