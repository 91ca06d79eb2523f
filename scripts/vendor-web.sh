#!/usr/bin/env bash
# Fetch the graph-drawing library `kg web` ships (kg/web/static/vendor), from the npm
# registry at the pinned version, checked against the registry's integrity hash, so
# that pages never fetch a script at run time (analysts work offline). Rerun it to
# move the pin; the test tests/kg/test_web.py holds the shipped file to it.
set -euo pipefail
NAME=cytoscape
VERSION=3.35.0
INTEGRITY=sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5SxYzUYlQ0DOJJ3g==
OUT="$(cd "$(dirname "$0")/.." && pwd)/kg/web/static/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack "$NAME@$VERSION" --silent >/dev/null
tarball="$NAME-$VERSION.tgz"
got="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [[ "$got" != "$INTEGRITY" ]]; then
  echo "vendor-web: $tarball does not match the pinned integrity ($got)" >&2
  exit 1
fi
tar xzf "$tarball"
mkdir -p "$OUT"
cp package/dist/cytoscape.min.js "$OUT/cytoscape.min.js"
cp package/LICENSE "$OUT/cytoscape.LICENSE"
echo "vendor-web: $NAME $VERSION -> $OUT"
