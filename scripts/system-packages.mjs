// Makes sure the system programs the tests start are installed: `node scripts/system-packages.mjs`.
// Each entry names a command and the Debian package that provides it. When a command is missing
// and this runs as root, the packages are installed with apt-get (after apt-get update if the
// first try fails); otherwise it exits 1 with the one command to run.
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

/** Installs the packages of the missing commands, or says how. Returns the exit code. */
export function ensureSystemPackages(list = SYSTEM_PACKAGES) {
  const missing = [...new Set(list.filter((entry) => !installed(entry.command)).map((entry) => entry.package))];
  if (missing.length === 0) return 0;
  const install = ["apt-get", "install", "-y", ...missing];
  if (process.getuid?.() !== 0) {
    console.error(`missing system packages for the tests; run: sudo ${install.join(" ")}`);
    return 1;
  }
  const apt = (args) => spawnSync(args[0], args.slice(1), { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
  if (apt(install) || (apt(["apt-get", "update"]) && apt(install))) return 0;
  console.error(`could not install ${missing.join(" ")}; run: ${install.join(" ")}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = ensureSystemPackages();
