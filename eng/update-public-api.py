#!/usr/bin/env python3
"""Records public API changes in each library's PublicAPI.Unshipped.txt.

Builds the given project (default: the solution), reads the PublicApiAnalyzers diagnostics
RS0016 (symbol not declared) and RS0017 (declared symbol gone) and updates the
PublicAPI.Unshipped.txt next to the reporting project. Review the diff before committing:
every line is a public API change.

Usage: python3 eng/update-public-api.py [project-or-solution]
"""
import os
import re
import subprocess
import sys

target = sys.argv[1] if len(sys.argv) > 1 else "ReviewTimelines.sln"
out = subprocess.run(
    ["dotnet", "build", target, "-c", "Release", "--no-incremental", "-p:TreatWarningsAsErrors=false",
     "-p:MSBuildTreatWarningsAsErrors=false", "-clp:NoSummary"],
    capture_output=True, text=True).stdout
pattern = re.compile(r"(RS0016|RS0017): Symbol '(.+?)' is .*\[(.+?\.csproj)\]")
changes = {}
for code, symbol, project in pattern.findall(out):
    changes.setdefault(os.path.dirname(project), {"RS0016": set(), "RS0017": set()})[code].add(symbol)
for folder, c in changes.items():
    path = os.path.join(folder, "PublicAPI.Unshipped.txt")
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")] if os.path.exists(path) else ["#nullable enable"]
    body = {l for l in lines[1:] if l.strip()} | c["RS0016"]
    body -= c["RS0017"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#nullable enable\n" + "".join(l + "\n" for l in sorted(body, key=lambda s: s.replace("static ", "").replace("override ", "").replace("const ", "").replace("abstract ", "").replace("virtual ", ""))))
    print(f"{path}: +{len(c['RS0016'])} -{len(c['RS0017'])}")
