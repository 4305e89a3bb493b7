#!/usr/bin/env bash
# Packs one release archive and refreshes the checksums beside it:
# OUT/onmessage-<version>-<target>.tar.gz (.zip for Windows targets) holding one folder of the
# same name with the binary, README.md, the LICENSE files, completions/ (bash, zsh, fish,
# PowerShell, elvish) and man/onmessage.1; then OUT/SHA256SUMS lists every archive in OUT.
#
# Usage: ci/build-archive.sh --target TRIPLE (--binary FILE | --wheel FILE) [--docs-from FILE]
#                            [--out DIR]
# --wheel takes the binary out of a wheel (the release builds every platform's binary once, as a
# wheel). Completions and the man page are printed by --docs-from (default: the binary itself);
# they do not depend on the platform, so the release makes them with the Linux x86_64 binary for
# the archives whose binary cannot run there. OUT defaults to dist/release. The version is
# Cargo.toml's. Archives are reproducible: sorted names, fixed owner and times.
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"

target="" binary="" wheel="" docs_from="" out="dist/release"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --target) target="$2" ;;
        --binary) binary="$2" ;;
        --wheel) wheel="$2" ;;
        --docs-from) docs_from="$2" ;;
        --out) out="$2" ;;
        *) echo "build-archive: unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done
if [[ -z "$target" || -z "$binary$wheel" || (-n "$binary" && -n "$wheel") ]]; then
    echo "build-archive: give --target and one of --binary or --wheel" >&2
    exit 2
fi

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
exe=onmessage
if [[ "$target" == *windows* ]]; then exe=onmessage.exe; fi
name="onmessage-$version-$target"
work="$(mktemp -d "${TMPDIR:-/tmp}/onmessage-archive.XXXXXX")"
trap 'rm -rf "$work"' EXIT
stage="$work/$name"
mkdir -p "$stage/completions" "$stage/man" "$out"
out="$(cd "$out" && pwd)"

if [[ -n "$wheel" ]]; then
    python3 - "$wheel" "$exe" "$stage/$exe" <<'PY'
import shutil, sys, zipfile
wheel, exe, dest = sys.argv[1:4]
with zipfile.ZipFile(wheel) as zf:
    names = [n for n in zf.namelist() if n.endswith(".data/scripts/" + exe)]
    if len(names) != 1:
        sys.exit(f"build-archive: {wheel} holds no .data/scripts/{exe}")
    with zf.open(names[0]) as src, open(dest, "wb") as dst:
        shutil.copyfileobj(src, dst)
PY
else
    cp "$binary" "$stage/$exe"
fi
chmod 755 "$stage/$exe"
docs_from="${docs_from:-$stage/$exe}"

# The file names each shell looks for (bash-completion, zsh's fpath, fish's vendor folder).
"$docs_from" completions bash >"$stage/completions/onmessage.bash"
"$docs_from" completions zsh >"$stage/completions/_onmessage"
"$docs_from" completions fish >"$stage/completions/onmessage.fish"
"$docs_from" completions powershell >"$stage/completions/_onmessage.ps1"
"$docs_from" completions elvish >"$stage/completions/onmessage.elv"
"$docs_from" man >"$stage/man/onmessage.1"
cp README.md "$stage/"
shopt -s nullglob
licenses=(LICENSE*)
if [[ ${#licenses[@]} -eq 0 ]]; then
    echo "build-archive: warning: no LICENSE file at the repository root; the archive has none" >&2
else
    cp "${licenses[@]}" "$stage/"
fi

# Fixed times and owners, sorted names: the same inputs give the same bytes.
find "$stage" -exec touch -h -d "@${SOURCE_DATE_EPOCH:-0}" {} +
if [[ "$target" == *windows* ]]; then
    archive="$name.zip"
    rm -f "$out/$archive"
    (cd "$work" && find "$name" -print | LC_ALL=C sort | zip -q -X -@ "$out/$archive")
else
    archive="$name.tar.gz"
    tar -C "$work" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" \
        -cf - "$name" | gzip -n -9 >"$out/$archive"
fi

# One checksum file for every archive of the release (what the Action verifies against).
(cd "$out" && rm -f SHA256SUMS && sha256sum -- onmessage-*.tar.gz onmessage-*.zip >SHA256SUMS.tmp &&
    mv SHA256SUMS.tmp SHA256SUMS)
echo "build-archive: $out/$archive ($(stat -c %s "$out/$archive") bytes)"
