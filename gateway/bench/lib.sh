# Shared by the bench scripts (sourced, not run): messages, and which process listens on a port.
# Each script sets `set -euo pipefail` itself; `die` names the script that sourced this file.

say() { printf '%s\n' "$*" >&2; }
die() { say "$(basename "$0"): $*"; exit 1; }

# The pid of the process listening on 127.0.0.1:PORT (empty when none; ss shows pids to root or the owner).
pid_on() { ss -Hltnp "sport = :$1" | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1; }
listening() { ss -Hltn "sport = :$1" | grep -q .; }
