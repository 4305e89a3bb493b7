#!/usr/bin/env bash
# Builds the npm packages for this machine into dist/npm/ from the Python wheel's binary (the
# same build): the root package `onmessage` (npm/onmessage/: a launcher, optionalDependencies on
# one package per platform) and this platform's package (`@onmessage/linux-x64-gnu` here:
# `os`, `cpu`, `libc` and the binary). Versions come from Cargo.toml. Usage:
# ci/build-npm.sh [WHEEL [PLATFORM]] (default: builds it with ci/build-dist.sh; PLATFORM, such as
# win32-x64, is the wheel's platform, default this machine's). Prints the tarballs. With
# PLATFORM, dist/npm/ keeps the other platforms' packages (ci/release-assets.sh packs them all).
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"

if [[ $# -ge 1 ]]; then
    wheel="$1"
else
    bash ci/build-dist.sh
    wheel="$(ls dist/onmessage-*.whl)"
fi
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
out=dist/npm
if [[ $# -ge 2 ]]; then
    platform="$2"
    rm -rf "${out:?}/onmessage" "${out:?}/$platform"
else
    platform="$(node -p 'process.platform + "-" + process.arch')"
    if [[ "$platform" == linux-* ]]; then
        # Wheels are built against glibc (manylinux) here; musl builds come from the release workflow.
        platform="$platform-gnu"
    fi
    rm -rf "$out"
fi
exe=onmessage
if [[ "$platform" == win32-* ]]; then exe=onmessage.exe; fi
mkdir -p "$out/onmessage" "$out/$platform/bin"

# The platform package: the binary out of the wheel, and the fields npm matches on.
python3 - "$wheel" "$out/$platform/bin/$exe" "$exe" <<'PY'
import shutil, sys, zipfile
wheel, dest, exe = sys.argv[1:4]
with zipfile.ZipFile(wheel) as zf:
    [name] = [n for n in zf.namelist() if n.endswith(".data/scripts/" + exe)]
    with zf.open(name) as src, open(dest, "wb") as dst:
        shutil.copyfileobj(src, dst)
PY
chmod 755 "$out/$platform/bin/$exe"
node - "$version" "$platform" "$out" <<'JS'
const fs = require("fs");
const [version, platform, out] = process.argv.slice(2);
const [os, cpu, libc] = platform.split("-");
const root = JSON.parse(fs.readFileSync("npm/onmessage/package.json", "utf8"));
const pkg = {
  name: `@onmessage/${platform}`,
  version,
  description: `The onmessage binary for ${platform}`,
  license: root.license,
  repository: root.repository,
  os: [os],
  cpu: [cpu],
  ...(libc ? { libc: [libc === "gnu" ? "glibc" : "musl"] } : {}),
  files: ["bin/"],
  preferUnplugged: true,
};
fs.writeFileSync(`${out}/${platform}/package.json`, JSON.stringify(pkg, null, 2) + "\n");
root.version = version;
for (const dep of Object.keys(root.optionalDependencies)) root.optionalDependencies[dep] = version;
if (!(pkg.name in root.optionalDependencies)) {
  console.error(`build-npm: ${pkg.name} is missing from npm/onmessage's optionalDependencies`);
  process.exit(1);
}
fs.writeFileSync(`${out}/onmessage/package.json`, JSON.stringify(root, null, 2) + "\n");
JS
cp -r npm/onmessage/bin npm/onmessage/README.md "$out/onmessage/"

for pkg in "$platform" onmessage; do
    (cd "$out" && npm pack --silent "./$pkg" </dev/null)
done
ls -l "$out"/*.tgz
