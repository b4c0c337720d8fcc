// The code of the documentation against the built package (run `npm run build` first): every TSDoc
// @example of the public API (each `//=>` asserted), every ```ts block of the README and the guides,
// and the programs in examples/. All are type-checked (TypeScript 7, the package `typescript-7`),
// then run one after the other in one process, each a module of its own, with their output hidden:
// a module that throws names its file and fails the run.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeDocExamples } from "./doc-examples";
import { writeSnippets } from "./doc-snippets";

const folder = join(".tmp", "doc-code");
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const tsdocFile = join(folder, "tsdoc-examples.ts");
const tsdocCount = writeDocExamples(tsdocFile);
const snippets = writeSnippets(folder);
const programs = readdirSync("examples").filter((name) => name.endsWith(".ts")).sort().map((name) => join("examples", name));

// The generated modules are checked without the rules on unused names and type-only imports (an
// example declares what it shows); examples/ under its own tsconfig, as strict as the library.
writeFileSync(join(folder, "tsconfig.json"), JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: { types: ["node"], noUnusedLocals: false, verbatimModuleSyntax: false }, include: ["*.ts"] }));

const compiler = resolve("node_modules", "typescript-7", "bin", "tsc");
for (const config of [join(folder, "tsconfig.json"), join("examples", "tsconfig.json")]) {
  if (spawnSync(process.execPath, [compiler, "-p", config, "--noEmit"], { stdio: ["ignore", "inherit", "inherit"] }).status !== 0) process.exit(1);
}

// One process for every module: starting tsx costs more than most of the modules it runs. tsx runs
// from node_modules directly: npx would spend most of a second resolving it.
const runner = join(folder, "run-all.mts");
const modules = [tsdocFile, ...snippets, ...programs].map((file) => resolve(file));
writeFileSync(
  runner,
  `for (const file of ${JSON.stringify(modules)}) {\n  try {\n    await import(file);\n  } catch (error) {\n    process.stderr.write(\`\${file} failed: \${error instanceof Error ? error.stack : String(error)}\\n\`);\n    process.exit(1);\n  }\n}\n`,
);
const run = spawnSync(process.execPath, [resolve("node_modules", "tsx", "dist", "cli.mjs"), runner], { stdio: ["ignore", "ignore", "inherit"] });
if (run.status !== 0) process.exit(1);
console.log(`${tsdocCount} TSDoc examples (every //=> held), ${snippets.length} README and guide snippets and ${programs.length} example programs type-checked and ran.`);
