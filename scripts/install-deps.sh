#!/usr/bin/env bash
# Installs what a machine lacks to build Plugdesk (and, with --for-tests, to run
# its test suite). Safe to run again: it only installs what is missing.
set -euo pipefail

for_tests=0
[ "${1:-}" = "--for-tests" ] && for_tests=1

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

step() { printf '\n==> %s\n' "$*"; }

# System libraries the window needs (WebKitGTK) and the tools the tests use
# (virtual display, WebDriver for WebKit, a Secret Service keychain; X tools that read and
# move a window, take its focus and ask it to close; the package checkers: lintian,
# desktop-file-validate, rpm).
app_packages=(build-essential pkg-config file libssl-dev libwebkit2gtk-4.1-dev libgtk-3-dev
  librsvg2-dev libayatana-appindicator3-dev)
test_packages=(xvfb xauth webkit2gtk-driver dbus-user-session dbus-x11 gnome-keyring libsecret-tools
  x11-utils x11-apps xdotool python3 lintian desktop-file-utils rpm)

packages=("${app_packages[@]}")
[ "$for_tests" = 1 ] && packages+=("${test_packages[@]}")

case "$(uname -s)" in
  Linux)
    if command -v apt-get >/dev/null 2>&1; then
      missing=()
      for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
      done
      if [ ${#missing[@]} -gt 0 ]; then
        step "Installing system packages: ${missing[*]}"
        sudo=()
        if [ "$(id -u)" -ne 0 ]; then
          echo "Plugdesk needs these Debian/Ubuntu packages; sudo will ask for your password."
          sudo=(sudo)
        fi
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
      else
        step "System packages: all present"
      fi
    else
      echo "This Linux has no apt-get. Install with your package manager: WebKitGTK 4.1 (development files),"
      echo "GTK 3, librsvg, libayatana-appindicator, OpenSSL headers, pkg-config and a C compiler."
      [ "$for_tests" = 1 ] && echo "For the tests also: Xvfb, WebKitWebDriver, dbus-x11 and gnome-keyring."
    fi
    ;;
  Darwin)
    xcode-select -p >/dev/null 2>&1 || {
      echo "Install the Xcode command-line tools first: xcode-select --install"
      exit 1
    }
    ;;
  *)
    echo "On Windows, install the Microsoft C++ Build Tools and WebView2 (preinstalled on Windows 11)."
    ;;
esac

command -v cargo >/dev/null 2>&1 || {
  echo "Rust is missing: install it from rustup (https://rustup.rs) and run this again."
  exit 1
}
command -v npm >/dev/null 2>&1 || {
  echo "Node.js 20 or newer is missing: install it and run this again."
  exit 1
}

if [ "$for_tests" = 1 ] && ! command -v tauri-driver >/dev/null 2>&1; then
  step "Installing tauri-driver 2.1.0 (drives the app window in end-to-end tests)"
  cargo install tauri-driver --locked --version 2.1.0
fi

# ---- Dependency audit tool (cargo-deny) ------------------------------------------------------
# `npm test` checks the licences, duplicates and sources of the Rust dependencies with it.
if [ "$for_tests" = 1 ] && ! cargo deny --version 2>/dev/null | grep -q "^cargo-deny 0.20.2"; then
  step "Installing cargo-deny 0.20.2 (audits the Rust dependencies in npm test)"
  cargo install cargo-deny --locked --version 0.20.2
fi
# ---- end of dependency audit tool -----------------------------------------------------------

if [ "$for_tests" = 1 ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
else
  step "npm packages: up to date"
fi
