// Makes sure the system programs the tests start are installed: `node scripts/system-packages.mjs`.
// Each entry names a command and the Debian package that provides it. When a command is missing
// and this runs as root, the packages are installed with apt-get (after apt-get update if the
// first try fails), without the packages they only recommend (desktop services a headless test
// never starts: a third of Chromium's install time); otherwise it exits 1 with the one command to run.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

/** The commands the tests need and their Debian packages. Add an entry per program. */
export const SYSTEM_PACKAGES = [
  { command: "redis-server", package: "redis-server" },
  { command: "chromium", package: "chromium" },
];

/** Whether a command is on the PATH. */
function installed(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** The packages of the commands that are not on the PATH. */
export function missingPackages(list = SYSTEM_PACKAGES) {
  return [...new Set(list.filter((entry) => !installed(entry.command)).map((entry) => entry.package))];
}

/** The apt-get command that installs packages. */
export function installCommand(packages) {
  return ["apt-get", "install", "-y", "--no-install-recommends", ...packages];
}

/** Whether packages can be installed here: apt-get needs root. */
function canInstall() {
  return process.getuid?.() === 0;
}

/** The line that says how to install missing packages where this cannot (not root), else undefined. */
export function installRefusal(packages) {
  return canInstall() ? undefined : `missing system packages for the tests; run: sudo ${installCommand(packages).join(" ")}`;
}

/** Installs the packages of the missing commands, or says how. Returns the exit code. */
export function ensureSystemPackages(list = SYSTEM_PACKAGES) {
  const missing = missingPackages(list);
  if (missing.length === 0) return 0;
  const refusal = installRefusal(missing);
  if (refusal !== undefined) {
    console.error(refusal);
    return 1;
  }
  const install = installCommand(missing);
  const apt = (args) => spawnSync(args[0], args.slice(1), { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
  if (apt(install) || (apt(["apt-get", "update"]) && apt(install))) return 0;
  console.error(`could not install ${missing.join(" ")}; run: ${install.join(" ")}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = ensureSystemPackages();
