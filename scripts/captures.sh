#!/usr/bin/env bash
# Captures d'écran des pages HTML d'un dossier d'exercice, par Chromium sans affichage.
#
#   scripts/captures.sh [DOSSIER [DIR]]
#
# Écrit les pages de DOSSIER (défaut : flux-examples/dossiers/ain-illustratif-2025) dans DIR/pages
# (défaut : target/captures) par « ./flux rapport », puis une capture PNG de chaque page dans DIR.
# Prérequis : le paquet Debian chromium (apt-get install -y chromium). Hors intégration continue.
set -euo pipefail

racine="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dossier="${1:-$racine/flux-examples/dossiers/ain-illustratif-2025}"
dir="${2:-$racine/target/captures}"
largeur="${LARGEUR:-1100}"
hauteur="${HAUTEUR:-2600}"

navigateur="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$navigateur" ]; then
  echo "captures : chromium introuvable (apt-get install -y chromium)" >&2
  exit 2
fi

mkdir -p "$dir/pages"
"$racine/flux" rapport "$dossier" --sortie "$dir/pages"

profil="$(mktemp -d)"
trap 'rm -rf "$profil"' EXIT
n=0
while IFS= read -r -d '' page; do
  relatif="${page#"$dir/pages/"}"
  nom="$(printf '%s' "${relatif%.html}" | tr '/@' '__')"
  "$navigateur" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --user-data-dir="$profil" --hide-scrollbars --window-size="$largeur,$hauteur" \
    --screenshot="$dir/$nom.png" "file://$page" >/dev/null 2>&1
  n=$((n + 1))
done < <(find "$dir/pages" -name '*.html' -print0 | sort -z)
echo "captures : $n page(s) capturée(s) dans $dir"
