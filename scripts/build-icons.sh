#!/usr/bin/env bash
# Renders the PNG icons in assets/ from their SVG sources. Run by hand after
# changing an SVG (needs rsvg-convert: Debian package librsvg2-bin); the PNGs
# are committed, so building the add-in does not need it.
set -euo pipefail
cd "$(dirname "$0")/../assets"
for s in 16 32 64 80 128; do rsvg-convert -w "$s" -h "$s" icon.svg -o "icon-$s.png"; done
for n in glossary templates; do
  for s in 16 32 80; do rsvg-convert -w "$s" -h "$s" "$n.svg" -o "$n-$s.png"; done
done
