#!/usr/bin/env bash
# Writes the example export's few photo files (drawn here, no one's photograph) with EXIF that
# the image checks read: GPS at the example school or home, camera, time taken. Needs
# ImageMagick (convert) and exiftool; run from the repository root. Output is checked in
# (about 60 KB), so the demo and tests need neither tool.
set -euo pipefail
dir=examples/exports/facebook-jordan/your_facebook_activity/posts/media/Mobileuploads_Kp3xR8vQ2a
mkdir -p "$dir"

# photo FILE "LABEL" COLOUR LAT LON "YYYY:MM:DD HH:MM:SS" MODEL
photo() {
  local file=$dir/$1
  convert -size 480x360 "gradient:$3-white" \
    -fill '#445566' -draw 'rectangle 40,220 440,330' -fill '#aa3322' -draw 'circle 360,90 400,120' \
    -fill black -font DejaVu-Sans -pointsize 22 -annotate +40+60 "$2" -quality 80 -strip "$file"
  local gps=()
  if [[ -n $4 ]]; then
    gps=(-GPSLatitude="${4#-}" -GPSLatitudeRef="$([[ $4 == -* ]] && echo S || echo N)"
         -GPSLongitude="${5#-}" -GPSLongitudeRef="$([[ $5 == -* ]] && echo W || echo E)")
  fi
  exiftool -q -overwrite_original -Make=Apple -Model="$7" -DateTimeOriginal="$6" "${gps[@]}" "$file"
}

# World Book Day in Year 4: at the school (51.3811, -2.3590, 250 m) on a term-day morning.
photo 66183657881859804.jpg "Example photo: a classroom display" '#88aacc' 51.3812 -2.3587 "2025:03:06 10:47:00" "iPhone 15"
# The Roman shield: at the school, on a school afternoon.
photo 45948639726722773.jpg "Example photo: a cardboard shield" '#ccaa66' 51.3809 -2.3593 "2026:03:13 14:21:00" "iPhone 15"
# Risotto night: at home (51.3702, -2.3925), a Saturday evening.
photo 74656147329616958.jpg "Example photo: dinner" '#cc8866' 51.3703 -2.3926 "2026:04:11 19:05:00" "iPhone 15"
# Lisbon: far from both (a negative).
photo 13754176399190700.jpg "Example photo: a beach" '#66aacc' 38.6916 -9.2160 "2025:08:21 18:52:00" "iPhone 15"
