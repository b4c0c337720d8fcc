// `npm test`: every gate of the package, run as a small graph over the machine's cores. Each step
// prints one line when it ends (its time, and for the test runs their counts); a step's own output
// is shown only when it fails, and then the run stops. The system packages come first: their
// check may install them or print the one command to run.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { ensureSystemPackages } from "./system-packages.mjs";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const packFolder = join(".tmp", "package");
const tarball = join(packFolder, `${manifest.name}-${manifest.version}.tgz`);
const node = process.execPath;
const bin = (path) => resolve("node_modules", path);
const plain = (line) => line.replace(/\x1b\[[0-9;]*m/g, "").trim();
const counts = (pattern) => (output) => output.split("\n").map(plain).filter((line) => pattern.test(line));

/**
 * The steps: `commands` run one after the other; `after` names the steps that must end first;
 * `cores` is how many cores the step keeps busy; `summary` picks the lines shown on success.
 * Listed in the order they start when several are ready: the longest first.
 */
const STEPS = [
  { id: "pack", title: "build (prepack) and pack the tarball", commands: [["npm", "pack", "--silent", "--pack-destination", packFolder]] },
  {
    id: "unit",
    title: "unit tests: every suite in UTC, the date and zone suites again under America/New_York and Australia/Lord_Howe",
    commands: [[node, bin("vitest/vitest.mjs"), "run", "--reporter=dot"]],
    after: ["pack"],
    cores: 2,
    summary: counts(/^(Test Files|Tests)\s/),
  },
  { id: "types", title: "type-check the library without Node types", commands: [[node, bin("typescript/bin/tsc"), "-p", "tsconfig.json"]] },
  { id: "types-test", title: "type-check tests (type tests included), scripts and benchmarks", commands: [[node, bin("typescript/bin/tsc"), "-p", "tsconfig.test.json"]] },
  { id: "tsdoc", title: "TSDoc examples type-check and every //=> holds", commands: [[node, bin("tsx/dist/cli.mjs"), "scripts/doc-examples.ts"]], summary: counts(/documentation examples ran/) },
  {
    id: "node",
    title: "Node 22 and 24: the runtime-sensitive suites",
    commands: [[node, "scripts/node-versions.mjs", "--node-sensitive"]],
    after: ["pack"],
    cores: 2,
    summary: counts(/^Node v\d+[^:]*: \d+ tests passed/),
  },
  { id: "package", title: "the tarball in fresh ESM and CommonJS TypeScript apps", commands: [[node, "scripts/smoke-package.mjs", tarball]], after: ["pack"] },
  { id: "docs", title: "rules page and typedoc site (warnings are errors)", commands: [[node, bin("tsx/dist/cli.mjs"), "scripts/rules-page.ts"], [node, bin("typedoc/bin/typedoc")]] },
  { id: "snippets", title: "README and guide snippets type-check and run", commands: [[node, "scripts/run-snippets.mjs"]], after: ["pack"], summary: counts(/snippets type-checked and ran/) },
  {
    id: "examples",
    title: "examples/ type-check and run",
    commands: [[node, bin("typescript/bin/tsc"), "-p", "examples/tsconfig.json"], [node, "scripts/run-examples.mjs"]],
    after: ["pack"],
    summary: counts(/examples ran/),
  },
  { id: "attw", title: "types resolve in every module system (attw)", commands: [[node, bin("@arethetypeswrong/cli/dist/index.js"), tarball]], after: ["pack"] },
  { id: "publint", title: "package.json and its exports (publint --strict)", commands: [[node, bin("publint/src/cli.js"), "--strict"]], after: ["pack"] },
  { id: "bundle", title: "browser bundle: no Node built-ins, within its gzip ceiling", commands: [[node, "scripts/bundle-check.mjs"]], after: ["pack"], summary: counts(/iopkit's own code/) },
  { id: "bench", title: "benchmarks run (smoke)", commands: [[node, "--expose-gc", "--import", "tsx", "bench/run.ts", "--smoke"]], after: ["pack"] },
];

const capacity = availableParallelism() + 1;
const started = new Map();
const done = new Set();
const children = new Set();
const begin = performance.now();
let busy = 0;

/** Runs a step's commands in turn, collecting their output; resolves to the output, rejects with it. */
function runStep(step) {
  let output = "";
  const runOne = (command) =>
    new Promise((resolveCommand, rejectCommand) => {
      const child = spawn(command[0], command.slice(1), { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
      children.add(child);
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.on("error", (error) => rejectCommand(`${output}\n${error.message}`));
      child.on("close", (code) => {
        children.delete(child);
        if (code === 0) resolveCommand();
        else rejectCommand(`${output}\n${command.join(" ")} exited with ${code}`);
      });
    });
  return step.commands.reduce((previous, command) => previous.then(() => runOne(command)), Promise.resolve()).then(() => output);
}

function seconds(from) {
  return `${((performance.now() - from) / 1000).toFixed(1)} s`;
}

function fail(step, output) {
  console.log(`✗ ${step.title} (${seconds(started.get(step.id))})\n${output.trimEnd()}`);
  for (const child of children) child.kill("SIGTERM");
  process.exit(1);
}

function schedule() {
  for (const step of STEPS) {
    if (started.has(step.id) || !(step.after ?? []).every((id) => done.has(id))) continue;
    const cores = Math.min(step.cores ?? 1, capacity);
    if (busy + cores > capacity) continue;
    busy += cores;
    started.set(step.id, performance.now());
    runStep(step).then(
      (output) => {
        busy -= cores;
        done.add(step.id);
        console.log([`✓ ${step.title} (${seconds(started.get(step.id))})`, ...(step.summary?.(output) ?? []).map((line) => `    ${line}`)].join("\n"));
        if (done.size === STEPS.length) console.log(`every gate passed in ${seconds(begin)}`);
        else schedule();
      },
      (output) => fail(step, output),
    );
  }
}

if (ensureSystemPackages() !== 0) process.exit(1);
rmSync(packFolder, { recursive: true, force: true });
mkdirSync(packFolder, { recursive: true });
schedule();
