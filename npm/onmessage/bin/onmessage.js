#!/usr/bin/env node
// Runs the prebuilt onmessage binary from the platform package npm installed beside this one
// (an optionalDependency whose `os`, `cpu` and `libc` match this machine).
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

function libc() {
  // glibc's version is in the process report; musl has none.
  const report = process.report && process.report.getReport();
  return report && report.header && report.header.glibcVersionRuntime ? "gnu" : "musl";
}

function platformPackage() {
  const { platform, arch } = process;
  return platform === "linux"
    ? `@onmessage/${platform}-${arch}-${libc()}`
    : `@onmessage/${platform}-${arch}`;
}

const name = platformPackage();
const exe = process.platform === "win32" ? "onmessage.exe" : "onmessage";
let binary;
try {
  binary = path.join(path.dirname(require.resolve(`${name}/package.json`)), "bin", exe);
} catch {
  console.error(
    `onmessage: no prebuilt binary for this platform (${name} is not installed). ` +
      "Reinstall without --no-optional, or install onmessage with pip or cargo."
  );
  process.exit(2);
}

const result = spawnSync(binary, process.argv.slice(2), { stdio: "inherit" });
if (result.error) {
  console.error(`onmessage: cannot run ${binary}: ${result.error.message}`);
  process.exit(2);
}
if (result.signal) {
  // End as the binary did, so a shell sees the same signal.
  process.kill(process.pid, result.signal);
}
process.exit(result.status === null ? 2 : result.status);
