# Masking and trainer mode in every output file: the default masks pupils' names everywhere
# (JSON included); --redact leaves no roster name at all (pupils, ex-pupils, parents, staff) in
# any report file or the terminal summary.
source "$(dirname "$0")/lib.sh"

expect_status 0 "demo --redact" -- "$SA" demo --redact -o "$WORK/red"
cp "$WORK/out" "$WORK/red.stdout"
expect_status 0 "demo (default masking)" -- "$SA" demo -o "$WORK/def"
cp "$WORK/out" "$WORK/def.stdout"
for ext in json html md; do [[ -f $WORK/red.$ext ]] && pass "red.$ext written" || fail "red.$ext missing"; done

names=0
while IFS=, read -r name _; do
  [[ $name == name || -z $name ]] && continue
  name=${name#Mrs }; name=${name#Mr }; name=${name#Ms }; name=${name#Miss }; name=${name#Dr }
  names=$((names + 1))
  for f in "$WORK"/red.json "$WORK"/red.html "$WORK"/red.md "$WORK"/red.stdout; do
    if grep -qi -- "$name" "$f"; then fail "--redact: '$name' in $(basename "$f")"; fi
  done
done < <(cat "$EXAMPLES"/rosters/*.csv)
((names > 40)) && pass "$names roster names checked in 4 --redact outputs" || fail "only $names names read"

while IFS=, read -r name _; do
  [[ $name == name || -z $name ]] && continue
  for f in "$WORK"/def.json "$WORK"/def.html "$WORK"/def.md "$WORK"/def.stdout; do
    if grep -qi -- "$name" "$f"; then fail "default: pupil '$name' in $(basename "$f")"; fi
  done
done < <(cat "$EXAMPLES"/rosters/pupils.csv "$EXAMPLES"/rosters/ex_pupils.csv)
pass "default masking checked for every pupil and ex-pupil"

expect_grep '"redacted": true' "$WORK/red.json" "JSON says it is redacted"
expect_grep 'Trainer mode' "$WORK/red.md" "Markdown says it is redacted"
for planted in 'Orchard Close' 'BA2 5QT' '07700' 'jordan'; do
  for f in "$WORK"/red.json "$WORK"/red.md "$WORK"/red.html "$WORK"/red.stdout; do
    if grep -qi -- "$planted" "$f"; then fail "--redact: '$planted' in $(basename "$f")"; else pass "--redact: no '$planted' in $(basename "$f")"; fi
  done
done
finish
