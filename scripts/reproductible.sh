#!/usr/bin/env bash
# Vérifie que deux constructions de flux-core et flux-rules donnent des jars identiques octet pour
# octet (construction reproductible : project.build.outputTimestamp fixe l'horodatage). Hors de la
# commande de test : deux constructions complètes prennent quelques minutes.
#   scripts/reproductible.sh
set -euo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
travail="$(mktemp -d)"
trap 'rm -rf "$travail"' EXIT
for n in 1 2; do
  git -C "$racine" worktree add --detach "$travail/c$n" HEAD >/dev/null 2>&1 || cp -r "$racine" "$travail/c$n"
  (cd "$travail/c$n" && mvn -B -q -DskipTests -Djacoco.skip=true -pl flux-core,flux-rules package)
done
code=0
for j in flux-core/target/flux-core-*.jar flux-rules/target/flux-rules-*.jar; do
  for f in "$travail"/c1/$j; do
    g="$travail/c2/${f#"$travail"/c1/}"
    if cmp -s "$f" "$g"; then
      echo "identique : ${f#"$travail"/c1/} ($(sha256sum "$f" | cut -c1-16))"
    else
      echo "DIFFÉRENT : ${f#"$travail"/c1/}"
      code=1
    fi
  done
done
git -C "$racine" worktree remove --force "$travail/c1" >/dev/null 2>&1 || true
git -C "$racine" worktree remove --force "$travail/c2" >/dev/null 2>&1 || true
exit $code
