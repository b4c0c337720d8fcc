// Runs every example against the built package (imports of "iopkit" resolve to dist/ through the
// package's own exports map), all in one process; an example that throws fails the run.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { runModules } from "./run-modules.mjs";

const examples = readdirSync("examples").filter((name) => name.endsWith(".ts")).sort().map((name) => join("examples", name));
if (!runModules(examples, join(".tmp", "examples", "run-all.mts"))) process.exit(1);
console.log(`${examples.length} examples ran.`);
