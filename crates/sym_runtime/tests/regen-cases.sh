#!/usr/bin/env bash
# Regenerates the differential run cases' expected outputs with the oracle.
#
#   crates/sym_runtime/tests/regen-cases.sh
#
# Needs the oracle (../shared/oracle/symref.py) and its Python with
# RestrictedPython 9.0 (PYTHON, default /tmp/oraclevenv/bin/python); ORACLE
# overrides the oracle's path. Writes, per case, expected.json (the oracle's
# stdout) and exit (its exit status). The oracle's 12 examples are copied in
# as ex01_* .. ex12_* first.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
python="${PYTHON:-/tmp/oraclevenv/bin/python}"
oracle="${ORACLE:-/work/shared/oracle/symref.py}"
examples="$(dirname "$oracle")/examples"
python3 "$here/make-cases.py"
for dir in "$examples"/*/; do
    name="$(basename "$dir")"
    dest="$here/cases/ex$name"
    mkdir -p "$dest"
    cp "$dir"/impl.py "$dir"/event.json "$dest/"
    [ -f "$dir/world.json" ] && cp "$dir/world.json" "$dest/"
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["handler"])' "$dir/expected.json" > "$dest/handler"
done
for dir in "$here"/cases/*/; do
    args=(--handler "$(cat "$dir/handler")" --event "$dir/event.json")
    [ -f "$dir/world.json" ] && args+=(--world "$dir/world.json")
    set +e
    (cd "$dir" && "$python" "$oracle" run impl.py "${args[@]}" > expected.json 2> /dev/null)
    echo $? > "$dir/exit"
    set -e
done
echo "regenerated $(ls -d "$here"/cases/*/ | wc -l) cases"
