#!/bin/sh
# Regenerates tests/conformance/*.expected.json with the oracle (CPython 3.11
# + RestrictedPython 9.0). Programs the oracle refuses to start are removed.
cd "$(dirname "$0")/../conformance" || exit 1
ORACLE=${ORACLE:-/work/shared/oracle/symref.py}
PY=${PY:-/tmp/oraclevenv/bin/python}
for f in *.py; do
  base=${f%.py}
  if [ -n "$1" ] && [ "$1" != "$base" ]; then continue; fi
  "$PY" "$ORACLE" run "$f" --handler main --event event.json > "$base.expected.json" 2> "/tmp/expect_err_$base"
  rc=$?
  if [ $rc -eq 2 ]; then echo "REFUSED $f: $(cat /tmp/expect_err_$base)"; rm -f "$f" "$base.expected.json"; fi
  rm -f "/tmp/expect_err_$base"
done
