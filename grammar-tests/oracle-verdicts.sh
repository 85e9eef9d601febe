#!/usr/bin/env bash
# Writes <name>.verdict (accept|reject) beside each grammar-test input, as
# decided by the reference oracle (CPython 3.11 + RestrictedPython 9.0 +
# Sym's import allowlist). A compile-step traceback (exit 1) is a reject.
#
#   grammar-tests/oracle-verdicts.sh [DIR_OR_FILES...]   (default: every area)
set -euo pipefail

oracle_python=${ORACLE_PYTHON:-/tmp/oraclevenv/bin/python}
oracle=${ORACLE:-/work/shared/oracle/symref.py}
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 0 ] && set -- "$here"

find "$@" -name '*.py' -print0 | sort -z | while IFS= read -r -d '' file; do
    set +e
    "$oracle_python" "$oracle" verdict "$file" >/dev/null 2>&1
    status=$?
    set -e
    case $status in
        0) verdict=accept ;;
        1) verdict=reject ;;
        *) echo "oracle failed ($status) on $file" >&2; exit 1 ;;
    esac
    echo "$verdict" > "${file%.py}.verdict"
done
