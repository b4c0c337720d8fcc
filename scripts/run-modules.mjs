// Runs TypeScript modules one after the other in one tsx process, each a module of its own: their
// output is not shown, and a module that throws names its file and fails the run. One process
// rather than one per module: starting tsx costs more than most of the modules it runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// tsx runs from node_modules directly: npx would spend most of a second resolving it.
const tsx = resolve("node_modules", "tsx", "dist", "cli.mjs");

/**
 * Imports each file in order through a runner module written at `runner`; true when every import
 * ended without an error.
 *
 * @param {string[]} files
 * @param {string} runner - where to write the runner module (an .mts file)
 */
export function runModules(files, runner) {
  mkdirSync(dirname(runner), { recursive: true });
  writeFileSync(
    runner,
    `for (const file of ${JSON.stringify(files.map((file) => resolve(file)))}) {\n  try {\n    await import(file);\n  } catch (error) {\n    process.stderr.write(\`\${file} failed: \${error instanceof Error ? error.stack : String(error)}\\n\`);\n    process.exit(1);\n  }\n}\n`,
  );
  return spawnSync(process.execPath, [tsx, runner], { stdio: ["ignore", "ignore", "inherit"] }).status === 0;
}
