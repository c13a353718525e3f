#!/usr/bin/env bash
# test.sh runs every check of stancemap in one go: it installs what the
# tests need when it is missing (Debian packages as root, the e2e folder's
# npm packages), then runs gofmt, go vet (native and js/wasm), go test
# under Xvfb, short fuzzes of the story loader and of the embed's URL and
# message parsers, the wasm build and the browser end-to-end tests. It
# prints a timed line per step and ends with "N passed, N failed"; the exit
# status is non-zero if any step failed.
set -uo pipefail
cd "$(dirname "$0")"

# Debian packages: cgo headers for Ebiten's desktop build (GLFW), a
# virtual display for the tests that open one, the browsers for e2e
# (Chromium; Firefox ESR and WebKitGTK's MiniBrowser with its WebDriver,
# for the smoke tests in the engines readers use besides it), and pdftoppm
# to look at exported PDFs.
APT_PACKAGES=(
  libx11-dev libxrandr-dev libxcursor-dev libxinerama-dev libxi-dev libxxf86vm-dev libgl-dev
  xvfb xauth chromium firefox-esr webkit2gtk-driver poppler-utils
)
# Fuzz budgets are counts of inputs, not durations: with a duration, Go 1.26's
# fuzzer can fail at the deadline with "context deadline exceeded" and no
# failing input when its workers are starved (golang/go#75804, fixed in
# Go 1.27). About 20 s and 10 s on a quiet 2-core box.
FUZZTIME=${FUZZTIME:-300000x}            # the story loader
EMBED_FUZZTIME=${EMBED_FUZZTIME:-150000x} # each of the embed's parsers

passed=0
failed=0
results=()
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# step NAME CMD... runs one counted step, timing it.
step() {
  local name=$1
  shift
  echo
  echo "=== $name: $*"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    results+=("PASS  $name ($((SECONDS - start))s)")
    echo "--- PASS $name ($((SECONDS - start))s)"
  else
    failed=$((failed + 1))
    results+=("FAIL  $name ($((SECONDS - start))s)")
    echo "--- FAIL $name ($((SECONDS - start))s)"
  fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'; }

# install_system installs the missing Debian packages (and Node.js when
# there is no node), or says what to install when it can't.
install_system() {
  local missing=() p
  if ! command -v dpkg-query >/dev/null; then
    echo "not a Debian system: make sure these (or their equivalents) are installed: ${APT_PACKAGES[*]} nodejs npm"
    return 0
  fi
  for p in "${APT_PACKAGES[@]}"; do
    installed "$p" || missing+=("$p")
  done
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if [ ${#missing[@]} -eq 0 ]; then
    echo "all system packages present: ${APT_PACKAGES[*]} node npm"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "missing system packages: ${missing[*]}"
    echo "install them as root, then run ./test.sh again:"
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    return 1
  fi
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update || return 1
  apt-get install -y --no-install-recommends "${missing[@]}" || return 1
}

# E2E_PACKAGES are e2e/'s npm packages (package.json's devDependencies).
E2E_PACKAGES=(playwright-core puppeteer-core pym.js axe-core)

# install_npm installs e2e/'s pinned npm packages from package-lock.json
# when they are missing or older than the lock file.
install_npm() {
  if ! command -v npm >/dev/null; then
    echo "npm is missing (see the system step)"
    return 1
  fi
  local marker=e2e/node_modules/.package-lock.json p present=1
  for p in "${E2E_PACKAGES[@]}"; do
    [ -d "e2e/node_modules/$p" ] || present=0
  done
  if [ -f "$marker" ] && [ "$present" = 1 ] && [ ! e2e/package-lock.json -nt "$marker" ]; then
    echo "e2e npm packages present: $(cd e2e && npm ls --depth=0 2>/dev/null | tail -n +2 | tr -d '\n')"
    return 0
  fi
  echo "installing: npm ci in e2e/"
  (cd e2e && npm ci --no-audit --no-fund)
}

check_gofmt() {
  local out
  out=$(find . -name '*.go' -not -path './.git/*' -not -path '*/node_modules/*' -print0 | xargs -0 gofmt -l)
  if [ -n "$out" ]; then
    echo "not gofmt'ed:"
    echo "$out"
    return 1
  fi
  echo "all Go files gofmt'ed"
}

# The browser build uses go.wasm.mod (go.mod plus the replacements only
# the wasm wants; see it): vet and build it so, and run data's pretty test
# with it as well as with go.mod, and the replacement's own tests.
vet_wasm() { GOOS=js GOARCH=wasm go vet -modfile=go.wasm.mod ./...; }

go_test() {
  if ! command -v xvfb-run >/dev/null; then
    echo "not run: xvfb-run is missing (install xvfb and xauth)"
    return 1
  fi
  xvfb-run -a go test ./... &&
    go test -modfile=go.wasm.mod -run Pretty ./data/ &&
    (cd replace/pretty && go test ./...)
}

fuzz_loader() {
  echo "running FuzzLoad in ./data for $FUZZTIME inputs"
  go test -run='^$' -fuzz='^FuzzLoad$' -fuzztime="$FUZZTIME" ./data
}

# fuzz_embed fuzzes the parsers of what a host page controls: the embed's
# URL parameters and the messages it is sent.
fuzz_embed() {
  local target
  for target in FuzzParse FuzzParseMessage FuzzParseQuery; do
    echo "running $target in ./wasm/embedcfg for $EMBED_FUZZTIME inputs"
    go test -run='^$' -fuzz="^$target\$" -fuzztime="$EMBED_FUZZTIME" ./wasm/embedcfg || return 1
  done
}

# build_wasm builds the wasm with Ebiten as released: the widget must not
# need the bundle's patched copy (cmd/serve/internal/kagepatch, tested in
# go_test and used by every e2e test through cmd/serve) to compile.
build_wasm() {
  GOOS=js GOARCH=wasm CGO_ENABLED=0 go build -modfile=go.wasm.mod -trimpath -ldflags='-s -w' -o "$tmp/stancemap.wasm" ./wasm || return 1
  echo "stancemap.wasm: $(stat -c %s "$tmp/stancemap.wasm") bytes (uncompressed)"
}

e2e() {
  if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "not run: ${CHROMIUM:-/usr/bin/chromium} is missing (install chromium)"
    return 1
  fi
  local b
  for b in /usr/bin/firefox-esr /usr/bin/WebKitWebDriver; do
    if [ ! -x "$b" ]; then
      echo "not run: $b is missing (install firefox-esr and webkit2gtk-driver)"
      return 1
    fi
  done
  if ! command -v xvfb-run >/dev/null; then
    echo "not run: xvfb-run is missing (install xvfb and xauth)"
    return 1
  fi
  if [ ! -d e2e/node_modules/playwright-core ] || [ ! -d e2e/node_modules/puppeteer-core ]; then
    echo "not run: e2e/node_modules is missing (npm ci in e2e/ failed)"
    return 1
  fi
  # Under a virtual display: Firefox has WebGL 2 only headful, and
  # WebKitGTK's MiniBrowser always opens a window (Chromium runs headless).
  (cd e2e && xvfb-run -a node --test --test-concurrency=1 ./*.test.mjs)
}

total_start=$SECONDS
if ! command -v go >/dev/null; then
  echo "go is not on PATH: install Go 1.26 (https://go.dev/dl/) and run ./test.sh again"
  echo "0 passed, 1 failed"
  exit 1
fi
go version

step "system packages" install_system
step "npm packages" install_npm
step "gofmt" check_gofmt
step "go vet (native)" go vet ./...
step "go vet (js/wasm)" vet_wasm
step "go test" go_test
if grep -qs '^func FuzzLoad(' data/*_test.go; then
  step "fuzz data.Load" fuzz_loader
else
  echo
  echo "=== fuzz data.Load: not run: no FuzzLoad target in data/*_test.go yet"
fi
step "fuzz embed parsers" fuzz_embed
step "wasm build" build_wasm
step "browser e2e" e2e

echo
echo "=== summary ($((SECONDS - total_start))s)"
printf '%s\n' "${results[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
