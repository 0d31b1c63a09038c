#!/usr/bin/env bash
# Consumer test (issue 8): packs the packages, checks that two packs are byte-identical, restores them from a local
# folder feed into a project outside the solution that runs the README quick start, mounts the web endpoints in an
# application (tests/Consumer/WebEmbed), and installs the `review-timelines` tool from that folder.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
feed=artifacts/packages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "consumer-test: packing $version"
rm -rf "$feed" artifacts/repack
dotnet pack ReviewTimelines.sln -c Release -o "$feed" -v quiet -nologo
dotnet pack ReviewTimelines.sln -c Release -o artifacts/repack --no-build -v quiet -nologo
for p in "$feed"/*.nupkg "$feed"/*.snupkg; do
  if ! cmp -s "$p" "artifacts/repack/$(basename "$p")"; then
    echo "consumer-test: two packs of the same commit differ: $(basename "$p")" >&2
    exit 1
  fi
done
for id in ReviewTimelines ReviewTimelines.ReferenceData ReviewTimelines.ICalendar ReviewTimelines.Json ReviewTimelines.Web ReviewTimelines.Spreadsheets; do
  test -f "$feed/$id.$version.nupkg" && test -f "$feed/$id.$version.snupkg" || { echo "consumer-test: $id $version .nupkg/.snupkg missing" >&2; exit 1; }
done
test -f "$feed/ReviewTimelines.Cli.$version.nupkg" || { echo "consumer-test: the tool package is missing" >&2; exit 1; }

# Every package carries its README, the licence text, the icon and release notes; the symbols map to the repository.
for p in "$feed"/*.nupkg; do
  listing=$(unzip -Z1 "$p")
  for f in README.md LICENSE icon.png; do
    grep -qx "$f" <<<"$listing" || { echo "consumer-test: $(basename "$p") has no $f" >&2; exit 1; }
  done
  unzip -p "$p" '*.nuspec' | grep -q '<releaseNotes>## \['"$version"'\]' \
    || { echo "consumer-test: $(basename "$p") has no release notes for $version" >&2; exit 1; }
  if grep -q '^tools/.*/ReviewTimelines[.A-Za-z]*\.xml$' <<<"$listing" && [[ "$(basename "$p")" == ReviewTimelines.Cli.* ]]; then
    echo "consumer-test: the tool package carries XML documentation" >&2; exit 1
  fi
done
for p in "$feed"/*.snupkg; do
  rm -rf "$work/symbols" && mkdir -p "$work/symbols" && unzip -q "$p" -d "$work/symbols"
  grep -rqa 'raw.githubusercontent.com/review-timelines/ReviewTimelines/' "$work/symbols" \
    || { echo "consumer-test: $(basename "$p") has no SourceLink to the repository" >&2; exit 1; }
done

# The quick start in README.md must be the consumer program, word for word.
readme_code=$(awk '/^## Quick start/{q=1} q&&/^```csharp/{c=1;next} c&&/^```/{exit} c' README.md)
if [ "$readme_code" != "$(cat tests/Consumer/QuickStart/Program.cs)" ]; then
  echo "consumer-test: README.md's quick start differs from tests/Consumer/QuickStart/Program.cs" >&2
  diff <(printf '%s\n' "$readme_code") tests/Consumer/QuickStart/Program.cs >&2 || true
  exit 1
fi

# A fresh package cache, so the packages come from the folder feed and nothing stale is reused.
export NUGET_PACKAGES="$work/nuget-packages"
echo "consumer-test: running the README quick start against the packed packages"
dotnet run --project tests/Consumer/QuickStart -c Release -p:ReviewTimelinesVersion="$version" > "$work/quickstart.txt"
if ! diff -u tests/Consumer/QuickStart/expected-output.txt "$work/quickstart.txt"; then
  echo "consumer-test: the quick start printed something else" >&2
  exit 1
fi

echo "consumer-test: mounting the ReviewTimelines.Web endpoints in an application (docs/serving.md) from the packed packages"
dotnet run --project tests/Consumer/WebEmbed -c Release -p:ReviewTimelinesVersion="$version" -- "$PWD/samples/sample-timetable.json" > "$work/webembed.txt"
if ! diff -u tests/Consumer/WebEmbed/expected-output.txt "$work/webembed.txt"; then
  echo "consumer-test: the embedded web endpoints answered something else" >&2
  exit 1
fi

echo "consumer-test: installing the review-timelines tool from the folder feed"
dotnet tool install ReviewTimelines.Cli --version "$version" --tool-path "$work/tools" --add-source "$feed" >/dev/null
set +e
"$work/tools/review-timelines" check > "$work/check.txt"
status=$?
set -e
if [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
  echo "consumer-test: review-timelines check failed with exit code $status" >&2
  cat "$work/check.txt" >&2
  exit 1
fi
head -n 5 "$work/check.txt"
echo "consumer-test: passed"
