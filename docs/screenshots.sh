#!/usr/bin/env bash
# Remakes the README's screenshots: `readout preview` pages of fixture readouts, photographed by
# headless Chromium (Debian: apt-get install chromium fonts-lato fonts-noto-color-emoji).
# Usage: npm run screenshots   (builds first; writes docs/screenshots/*.png)
set -euo pipefail
cd "$(dirname "$0")/.."
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$browser" ]; then
  echo "screenshots: no chromium found (apt-get install chromium, or set CHROMIUM)" >&2
  exit 1
fi
out=docs/screenshots
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pages=fixtures/pages
seed="$pages/mofa/seed-2018-03-09-telephone.txt"
mofa="$pages/mofa/2021-10-05-japan-us-telephone-numbered.html"
whitehouse="$pages/whitehouse/2021-10-04-japan-us-call-biden-kishida-today.html"
korea="$pages/mofa/2024-10-02-japan-korea-telephone-late-night.html"
uk="$pages/ukgov/2025-04-04-japan-uk-call-starmer-ishiba.html"

# The seed page has no address of its own: give it the one MOFA published it at.
node bin/readout.js preview "$seed" --url https://www.mofa.go.jp/na/na1/us/page4e_000785.html --html "$work/post.html"
# Both sides of one call: MOFA's readout (5 Oct, Tokyo) and the White House's (4 Oct, Washington).
node bin/readout.js preview "$mofa" "$whitehouse" --html "$work/thread.html"
node bin/readout.js preview --home "$korea" "$uk" "$mofa" "$whitehouse" --html "$work/home.html"

shoot() { # name width height
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-lcd-text --force-device-scale-factor=1 \
    --window-size="$2,$3" --screenshot="$PWD/$out/$1.png" "file://$work/$1.html" 2>/dev/null
  echo "$out/$1.png: $(($(wc -c <"$out/$1.png") / 1024)) KB"
}
mkdir -p "$out"
shoot post 1280 900
shoot thread 1480 1380
shoot home 1280 720
