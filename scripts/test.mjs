// `npm test`: every gate of the package, run as a small graph over the machine's cores
// (scripts/gates.mjs). Each step prints one line when it ends (its time, and for the test runs
// their counts); a step's own output is shown only when it fails, and then the run stops. The
// system packages come first: their check may install them or print the one command to run.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { linesMatching, runGates } from "./gates.mjs";
import { NEWEST_MAJOR, NODE_MATRIX, nodeBinary } from "./node-matrix.mjs";
import { ensureSystemPackages } from "./system-packages.mjs";

if (ensureSystemPackages() !== 0) process.exit(1);

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const packFolder = join(".tmp", "package");
const tarball = join(packFolder, `${manifest.name}-${manifest.version}.tgz`);
// Every step runs on the newest Node major, the one that runs them fastest (fetched once into the
// cache when it is not the Node running this script), npm and the tools it starts included; each
// unit run of the Node matrix starts its own major. The matrix's other majors are fetched now, each
// in a process of its own beside the newest's fetch, rather than by their unit runs later, when
// the cores are busy with the other steps.
const otherFetches = NODE_MATRIX.filter(({ major }) => major !== NEWEST_MAJOR).map(
  ({ major }) =>
    new Promise((done) =>
      spawn(process.execPath, ["--input-type=module", "-e", `import { nodeBinary } from "./scripts/node-matrix.mjs"; nodeBinary(${JSON.stringify(major)});`], { stdio: "inherit" }).on("close", done),
    ),
);
let node;
try {
  node = nodeBinary(NEWEST_MAJOR);
} catch (error) {
  console.error(`Node ${NEWEST_MAJOR} could not be fetched from the npm registry: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  process.exit(1);
}
// A major that could not be fetched is named again by its unit run, which tries once more.
await Promise.all(otherFetches);
const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH}` };
const bin = (path) => resolve("node_modules", path);

/** Whether a run of the Node matrix is the full suite (the UTC project, every suite). */
function fullSuite({ projects }) {
  return projects.includes("utc");
}

/**
 * The unit tests under one Node major: the full suite on every core (vitest's workers), a sampled
 * run on one core, filling the cores the other steps leave.
 */
function unitTestStep(run) {
  return {
    id: `node-${run.major}`,
    title: `unit tests on Node ${run.major}: ${run.runs}`,
    // Started by the Node running this script, which serves its own major.
    commands: [[process.execPath, "scripts/node-versions.mjs", `--major=${run.major}`, ...(fullSuite(run) ? [] : ["--maxWorkers=1"])]],
    after: ["pack"],
    ...(fullSuite(run) ? { cores: 2 } : {}),
    summary: linesMatching(/^Node v\d+[^:]*: \d+ tests passed/),
  };
}

/**
 * The steps: `commands` run one after the other; `after` names the steps that must end first;
 * `cores` is how many cores the step keeps busy; `summary` picks the lines shown on success.
 * Listed in the order they start when several are ready: the longest first.
 */
const STEPS = [
  { id: "pack", title: "type-check the library without Node types, build (prepack) and pack the tarball", commands: [["npm", "pack", "--silent", "--pack-destination", packFolder]] },
  ...NODE_MATRIX.filter(fullSuite).map(unitTestStep),
  ...NODE_MATRIX.filter((run) => !fullSuite(run)).map(unitTestStep),
  { id: "types-test", title: "type-check tests (type tests included), scripts and benchmarks", commands: [[node, bin("typescript/bin/tsc"), "-p", "tsconfig.test.json"]] },
  // After the pack step although it needs nothing from it: started while the pack step still ran, it
  // would keep a core from the full suite, which starts when the pack step ends.
  { id: "docs", title: "rules page and typedoc site (warnings are errors)", commands: [[node, bin("tsx/dist/cli.mjs"), "scripts/rules-page.ts"], [node, bin("typedoc/bin/typedoc")]], after: ["pack"] },
  {
    id: "doc-code",
    title: "the documentation's code against the built package: TSDoc examples (every //=> holds), README and guide snippets, examples/",
    commands: [[node, bin("tsx/dist/cli.mjs"), "scripts/doc-code.ts"]],
    after: ["pack"],
    summary: linesMatching(/type-checked and ran/),
  },
  { id: "bench", title: "benchmarks run (smoke)", commands: [[node, "--expose-gc", "--import", "tsx", "bench/run.ts", "--smoke"]], after: ["pack"] },
  { id: "package", title: "the tarball in fresh ESM and CommonJS TypeScript apps", commands: [[node, "scripts/smoke-package.mjs", tarball]], after: ["pack"] },
  { id: "attw", title: "types resolve in every module system (attw)", commands: [[node, bin("@arethetypeswrong/cli/dist/index.js"), tarball]], after: ["pack"] },
  { id: "publint", title: "package.json and its exports (publint --strict)", commands: [[node, bin("publint/src/cli.js"), "--strict"]], after: ["pack"] },
  { id: "bundle", title: "browser bundle: no Node built-ins, within its gzip ceiling", commands: [[node, "scripts/bundle-check.mjs"]], after: ["pack"], summary: linesMatching(/iopkit's own code/) },
];

rmSync(packFolder, { recursive: true, force: true });
mkdirSync(packFolder, { recursive: true });
// As many steps as cores: the full suite keeps both busy (its workers and the processes its tests
// start), and a third step beside it cost more processor time than it saved in waiting.
if (!(await runGates(STEPS, { capacity: availableParallelism(), env }))) process.exit(1);
