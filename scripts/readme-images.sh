#!/usr/bin/env bash
# Makes the README's pictures of the change document: the Frederikssund § 107 standard before
# and after Task Force Handicap's remarks, rendered as PDF through LibreOffice and cut into PNG
# pages (80 dpi). Needs soffice and pdftoppm (Debian: libreoffice-writer, poppler-utils).
# Run from the repository root: bash scripts/readme-images.sh
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npx turbo run build --output-logs=errors-only >/dev/null
node_modules/.bin/node packages/cli/dist/bin.js render changes \
  --from tests/fixtures/frederikssund-107/before.md --to standards/frederikssund/midlertidigt-botilbud-107.md \
  --meeting-date 2024-06-12 --date 2024-06-01 --today 2024-06-01 -o "$tmp/aendring.pdf"
pdftoppm -png -r 80 "$tmp/aendring.pdf" "$tmp/side"
ls "$tmp"/side-*.png
cp "$tmp/side-1.png" docs/images/aendringsdokument-frederikssund-forside.png
# The page where the marked standard begins.
page=$(for f in "$tmp"/side-*.png; do n=${f##*-}; n=${n%.png}; n=$((10#$n)); if pdftotext -f "$n" -l "$n" "$tmp/aendring.pdf" - | grep -q 'Kvalitetsstandarden med ændringer'; then echo "$f"; break; fi; done)
cp "$page" docs/images/aendringsdokument-frederikssund-side-3.png
echo "skrev docs/images/aendringsdokument-frederikssund-forside.png og $(basename "$page") som …-side-3.png"
