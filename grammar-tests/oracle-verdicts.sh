#!/usr/bin/env bash
# Writes <name>.verdict (accept/reject) beside each grammar-tests input, as
# RestrictedPython 9.0 + Sym's import allowlist decide it (the oracle).
#
#   grammar-tests/oracle-verdicts.sh [FILE.py ...]
#
# With no argument: every input under grammar-tests/ that has no .verdict yet.
# ORACLE_PYTHON (default /tmp/oraclevenv/bin/python) and ORACLE (default
# ../shared/oracle/symref.py, relative to the repository root) pick the oracle.
# Oracle exit 0 -> accept; 1 (also CPython's SyntaxError traceback) -> reject;
# anything else (2: the file cannot be read) stops the script with exit 2.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
python="${ORACLE_PYTHON:-/tmp/oraclevenv/bin/python}"
oracle="${ORACLE:-../shared/oracle/symref.py}"
case "$oracle" in
  /*) ;;
  *) oracle="$repo/$oracle" ;;
esac
[ -x "$python" ] || { echo "oracle-verdicts: no python at $python (set ORACLE_PYTHON)" >&2; exit 2; }
[ -f "$oracle" ] || { echo "oracle-verdicts: no oracle at $oracle (set ORACLE)" >&2; exit 2; }

files=()
if [ "$#" -gt 0 ]; then
  files=("$@")
else
  while IFS= read -r -d '' file; do
    [ -e "${file%.py}.verdict" ] || files+=("$file")
  done < <(find "$here" -name '*.py' -type f -print0 | sort -z)
fi

written=0
for file in "${files[@]}"; do
  case "$file" in
    *.py) ;;
    *) echo "oracle-verdicts: $file is not a .py input" >&2; exit 2 ;;
  esac
  status=0
  "$python" "$oracle" verdict "$file" >/dev/null 2>&1 || status=$?
  case "$status" in
    0) verdict=accept ;;
    1) verdict=reject ;;
    *)
      echo "oracle-verdicts: the oracle cannot judge $file (exit $status):" >&2
      "$python" "$oracle" verdict "$file" 2>&1 >/dev/null | sed 's/^/  /' >&2 || true
      exit 2
      ;;
  esac
  printf '%s\n' "$verdict" > "${file%.py}.verdict"
  written=$((written + 1))
done
echo "oracle-verdicts: wrote $written verdict(s)"
