#!/usr/bin/env bash
# Compares symlint's accept/reject verdict with the reference oracle
# (CPython 3.11 + RestrictedPython 9.0 + Sym's import allowlist).
#
#   scripts/compare-verdicts.sh DIR_OR_FILES...
#
# Directories are searched for *.py. Prints each disagreement, then
# "N agree, M disagree". Exit status 1 when any file disagrees.
# Environment: ORACLE_PYTHON (default /tmp/oraclevenv/bin/python),
# ORACLE (default /work/shared/oracle/symref.py).
set -euo pipefail

oracle_python=${ORACLE_PYTHON:-/tmp/oraclevenv/bin/python}
oracle=${ORACLE:-/work/shared/oracle/symref.py}
root=$(cd "$(dirname "$0")/.." && pwd)

if [ $# -eq 0 ]; then
    echo "usage: $0 DIR_OR_FILES..." >&2
    exit 2
fi

files=()
for arg in "$@"; do
    if [ -d "$arg" ]; then
        while IFS= read -r -d '' file; do files+=("$file"); done \
            < <(find "$arg" -name '*.py' -print0 | sort -z)
    else
        files+=("$arg")
    fi
done

# One build, then run the binary directly on every file at once.
(cd "$root" && cargo build -q -p sym_check --example verdict)
ours_bin="$root/target/debug/examples/verdict"
declare -A ours
while IFS= read -r line; do
    case "$line" in
        "    "*) ;;
        *": accept"|*": reject") ours["${line%: *}"]="${line##*: }" ;;
    esac
done < <("$ours_bin" "${files[@]}")

agree=0
disagree=0
for file in "${files[@]}"; do
    # Exit 0 accept, 1 reject (a compile-step traceback also exits 1).
    set +e
    "$oracle_python" "$oracle" verdict "$file" >/dev/null 2>&1
    status=$?
    set -e
    case $status in
        0) theirs=accept ;;
        1) theirs=reject ;;
        *) theirs="error($status)" ;;
    esac
    mine=${ours[$file]:-missing}
    if [ "$mine" = "$theirs" ]; then
        agree=$((agree + 1))
    else
        disagree=$((disagree + 1))
        echo "MISMATCH $file: symlint $mine, oracle $theirs"
        "$ours_bin" "$file" | tail -n +2
    fi
done
echo "$agree agree, $disagree disagree"
[ "$disagree" -eq 0 ]
