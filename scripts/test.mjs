// `npm test`: every gate of the package, run as a small graph over the machine's cores
// (scripts/gates.mjs). Each step prints one line when it ends (its time, and for the test runs
// their counts); a step's own output is shown only when it fails, and then the run stops.
import { availableParallelism } from "node:os";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { linesMatching, runGates } from "./gates.mjs";
import { NEWEST_MAJOR, NODE_MATRIX, nodeBinaryPath } from "./node-matrix.mjs";
import { installRefusal, missingPackages } from "./system-packages.mjs";

// The Debian packages the unit tests start: when some are missing, a run that cannot install them
// stops now with the one command to run, and one that can installs them in a step of its own,
// beside the first steps (below).
const missingSystemPackages = missingPackages();
const refusal = missingSystemPackages.length > 0 ? installRefusal(missingSystemPackages) : undefined;
if (refusal !== undefined) {
  console.error(refusal);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const packFolder = join(".tmp", "package");
const tarball = join(packFolder, `${manifest.name}-${manifest.version}.tgz`);
// Every step runs on the newest Node major, the one that runs them fastest, npm and the tools it
// starts included; each unit run of the Node matrix starts its own major. A major missing from the
// cache is fetched from the npm registry in a step of its own, all of them and the Debian packages'
// installation at once, before the steps that run on it.
const fetchSteps = NODE_MATRIX.filter(({ major }) => !existsSync(nodeBinaryPath(major))).map(({ major }) => ({
  id: `fetch-node-${major}`,
  title: `fetch Node ${major} from the npm registry`,
  commands: [[process.execPath, "scripts/node-matrix.mjs", major]],
  cores: 0,
}));
/** The fetch step a step running on a major comes after, when the major is not in the cache. */
const fetched = (major) => fetchSteps.filter(({ id }) => id === `fetch-node-${major}`).map(({ id }) => id);
/**
 * The installation of the missing Debian packages, when some are missing. It keeps no core of the
 * count: it runs beside the first steps, which need none of the packages, rather than before them,
 * sharing the cores for its half minute; the unit tests, which start the packages, come after it.
 * A failing step never stops it: apt interrupted by a signal leaves dpkg half done.
 */
const systemSteps =
  missingSystemPackages.length === 0
    ? []
    : [
        {
          id: "system-packages",
          title: `install the Debian packages the unit tests start: ${missingSystemPackages.join(", ")}`,
          commands: [[process.execPath, "scripts/system-packages.mjs"]],
          cores: 0,
          uninterruptible: true,
        },
      ];
const onNewest = fetched(NEWEST_MAJOR);
const node = nodeBinaryPath(NEWEST_MAJOR);
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
    // One worker for a sampled run: --no-file-parallelism, as vitest's --maxWorkers does not reach
    // the projects, which keep the configuration's two workers (each loading the library again).
    commands: [[process.execPath, "scripts/node-versions.mjs", `--major=${run.major}`, ...(fullSuite(run) ? [] : ["--no-file-parallelism"])]],
    after: ["pack", ...fetched(run.major), ...systemSteps.map(({ id }) => id)],
    ...(fullSuite(run) ? { cores: 2 } : {}),
    summary: linesMatching(/^Node v\d+[^:]*: \d+ tests passed/),
  };
}

/**
 * The steps: `commands` run one after the other; `after` names the steps that must end first;
 * `cores` is how many cores the step keeps busy; `summary` picks the lines shown on success.
 * Listed in the order they start when several are ready: the fetches and the installation first,
 * which keep no core, then the longest runs.
 */
const STEPS = [
  ...fetchSteps,
  ...systemSteps,
  { id: "pack", title: "type-check the library without Node types (TypeScript 7), build (prepack) and pack the tarball", commands: [["npm", "pack", "--silent", "--pack-destination", packFolder]], after: onNewest },
  ...NODE_MATRIX.filter(fullSuite).map(unitTestStep),
  ...NODE_MATRIX.filter((run) => !fullSuite(run)).map(unitTestStep),
  { id: "types-test", title: "type-check tests (type tests included), scripts and benchmarks (TypeScript 7)", commands: [[node, bin("typescript-7/bin/tsc"), "-p", "tsconfig.test.json"]], after: onNewest },
  // The steps below assert nothing about time: they run at the lowest priority from the end of the
  // pack step on, beside the unit suites, taking the processor time those leave (the full suite
  // keeps both cores only part of the time: its files start processes, servers and a browser and
  // wait for them), and take the cores once the suites have ended. The unit runs, which time some
  // of their checks, keep the processor first. The docs step needs nothing the pack step makes,
  // but started beside it, it would slow the build the full suite waits for.
  { id: "docs", title: "rules page and typedoc site (warnings are errors)", commands: [[node, bin("tsx/dist/cli.mjs"), "scripts/rules-page.ts"], [node, bin("typedoc/bin/typedoc")]], after: ["pack"], idle: true },
  {
    id: "doc-code",
    title: "the documentation's code against the built package: TSDoc examples (every //=> holds), README and guide snippets, examples/",
    commands: [[node, bin("tsx/dist/cli.mjs"), "scripts/doc-code.ts"]],
    after: ["pack"],
    idle: true,
    summary: linesMatching(/type-checked and ran/),
  },
  { id: "bench", title: "benchmarks run (smoke)", commands: [[node, "--expose-gc", "--import", "tsx", "bench/run.ts", "--smoke"]], after: ["pack"], idle: true },
  { id: "package", title: "the tarball in fresh ESM and CommonJS TypeScript apps", commands: [[node, "scripts/smoke-package.mjs", tarball]], after: ["pack"], idle: true },
  { id: "attw", title: "types resolve in every module system (attw)", commands: [[node, bin("@arethetypeswrong/cli/dist/index.js"), tarball]], after: ["pack"], idle: true },
  { id: "publint", title: "package.json and its exports (publint --strict)", commands: [[node, bin("publint/src/cli.js"), "--strict"]], after: ["pack"], idle: true },
  { id: "bundle", title: "browser bundle: no Node built-ins, within its gzip ceiling", commands: [[node, "scripts/bundle-check.mjs"]], after: ["pack"], idle: true, summary: linesMatching(/iopkit's own code/) },
];

rmSync(packFolder, { recursive: true, force: true });
mkdirSync(packFolder, { recursive: true });
// As many steps keeping a core as there are cores: a third at the same priority beside the full
// suite cost more processor time than it saved in waiting; the idle steps take what is left.
if (!(await runGates(STEPS, { capacity: availableParallelism(), env }))) process.exit(1);
