// Every ```ts block of the README and the guides in docs/, each written as a module of its own, so
// the documentation cannot drift from the code: scripts/doc-code.ts type-checks and runs them
// against the built package.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes each snippet to a module in `folder` and returns their paths, in the order of the documents. */
export function writeSnippets(folder: string): string[] {
  const sources = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
  return sources.flatMap((source) =>
    [...readFileSync(source, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => {
      const file = join(folder, `${source.replace(/[/.]/g, "_")}_${index + 1}.ts`);
      writeFileSync(file, `${match[1]}\nexport {};\n`);
      return file;
    }),
  );
}
