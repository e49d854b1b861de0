#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, so
# keychain code (Secret Service) can be tested headless without touching the user's keyring.
#
#   scripts/with-keyring.sh cargo test -p credentials
#
# The keyring lives in temporary XDG folders removed afterwards; the command's exit code is
# passed through. Needs: dbus-run-session (dbus-daemon), dbus-send (dbus-bin), gnome-keyring-daemon.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 64
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$0: $tool is missing (install dbus-user-session or dbus-x11, and gnome-keyring)" >&2
    exit 69
  fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/plugdesk-keyring.XXXXXX")
cleanup() { rm -rf "$scratch"; }
trap cleanup EXIT
mkdir -p "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime"

# A fresh data folder means a new login keyring, created with the password below; a stale
# keyring with another password would refuse to unlock.
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
# GTK programs would otherwise start an accessibility bus that outlives the session.
export NO_AT_BRIDGE=1

set +e
dbus-run-session -- sh -c '
  # Foreground mode keeps the daemon our child, so it is stopped with the command instead of
  # outliving the session. --unlock reads the password on stdin and creates the keyring.
  printf plugdesk-test | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >/dev/null 2>&1 &
  daemon=$!
  # Wait (up to 10 s) until the daemon owns the Secret Service name on the bus.
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
      | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ] || ! kill -0 "$daemon" 2>/dev/null; then
      echo "with-keyring: gnome-keyring-daemon did not start" >&2
      kill "$daemon" 2>/dev/null
      exit 70
    fi
    sleep 0.1
  done
  "$@"
  status=$?
  kill "$daemon" 2>/dev/null
  wait "$daemon" 2>/dev/null
  exit "$status"
' with-keyring "$@"
status=$?
set -e
exit "$status"
