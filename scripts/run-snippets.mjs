// Type-checks and runs every ```ts block of the README and the guides in docs/ against the built
// package, so the documentation cannot drift from the code.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runModules } from "./run-modules.mjs";

const sources = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
const outDir = ".tmp/snippets";
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const files = [];
for (const source of sources) {
  const blocks = [...readFileSync(source, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
  blocks.forEach((code, index) => {
    const file = join(outDir, `${source.replace(/[/.]/g, "_")}_${index + 1}.ts`);
    writeFileSync(file, `${code}\nexport {};\n`);
    files.push(file);
  });
}
writeFileSync(
  join(outDir, "tsconfig.json"),
  JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: { types: ["node"], noUnusedLocals: false }, include: ["*.ts"] }),
);

// tsc runs from node_modules directly: npx would spend most of a second resolving it.
const typecheck = spawnSync(process.execPath, [resolve("node_modules", "typescript", "bin", "tsc"), "-p", join(outDir, "tsconfig.json")], { stdio: "inherit" });
if (typecheck.status !== 0) process.exit(1);
// Every snippet runs in one process, each a module of its own; a snippet that throws names its file.
if (!runModules(files, join(outDir, "run-all.mts"))) process.exit(1);
console.log(`${files.length} documentation snippets type-checked and ran.`);
