// Runs the unit suite under every supported Node major, each with its vitest projects
// (scripts/node-matrix.mjs): every suite in full on the newest, the zone-sensitive and
// runtime-sensitive suites on the others. The Node running this script serves its own major; the
// others come from the npm registry (`nodeBinary`, scripts/node-matrix.mjs). `--major=<n>` runs
// one major only (npm test runs each as a step of its own); the other arguments are passed to
// vitest, e.g. `node scripts/node-versions.mjs --major=22 test/core`. Prints one line per version
// with its pass count; exits non-zero when any version fails.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { NODE_MATRIX as MATRIX, fetchFailure, nodeBinary } from "./node-matrix.mjs";

const vitest = resolve("node_modules", "vitest", "vitest.mjs");
const majorArgument = process.argv.slice(2).find((argument) => argument.startsWith("--major="));
const vitestArgs = process.argv.slice(2).filter((argument) => argument !== majorArgument);
const runs = majorArgument === undefined ? MATRIX : MATRIX.filter(({ major }) => `--major=${major}` === majorArgument);
if (runs.length === 0) {
  console.error(`${majorArgument} names no major of the matrix (${MATRIX.map(({ major }) => major).join(", ")})`);
  process.exit(2);
}

/** Vitest's counts from its JSON report, or undefined when it wrote none. */
function counts(report) {
  if (!existsSync(report)) return undefined;
  const { numPassedTests, numFailedTests, testResults } = JSON.parse(readFileSync(report, "utf8"));
  return { passed: numPassedTests, failed: numFailedTests, files: testResults.length };
}

/** Runs vitest's projects under a binary with its output passed through, less the line naming the JSON report; resolves to the exit code. */
function runVitest(binary, projects, report) {
  const child = spawn(binary, [vitest, "run", ...projects.flatMap((project) => ["--project", project]), "--reporter=dot", "--reporter=json", `--outputFile.json=${report}`, ...vitestArgs], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, PATH: `${join(binary, "..")}:${process.env.PATH}` },
  });
  child.stdout.on("data", (chunk) => process.stdout.write(String(chunk).replace(/^.*JSON report written to .*\n/m, "")));
  return new Promise((done) => child.on("close", (code) => done(code ?? 1)));
}

const reports = mkdtempSync(join(tmpdir(), "iopkit-node-versions-"));
const failed = [];
try {
  for (const { major, projects, runs: what } of runs) {
    let binary;
    try {
      binary = nodeBinary(major);
    } catch (error) {
      console.error(fetchFailure(major, error));
      failed.push(`${major} (not fetched)`);
      continue;
    }
    const version = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
    console.log(`\nNode ${version}: vitest run ${projects.map((project) => `--project ${project}`).join(" ")} ${vitestArgs.join(" ")}`);
    const report = join(reports, `node-${major}.json`);
    const status = await runVitest(binary, projects, report);
    const result = counts(report);
    const summary = result ? `${result.passed} tests passed, ${result.failed} failed, in ${result.files} files (${what})` : "no test report";
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
console.log(`The matrix passed under Node ${runs.map(({ major }) => major).join(" and ")}.`);
