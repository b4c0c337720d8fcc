import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const external = ["zod", "ts-pattern", "date-fns", "@date-fns/tz", "fast-check", "ical-generator"];
const entry = { index: "src/index.ts", testing: "src/testing/index.ts", ical: "src/ical/index.ts", fhir: "src/fhir/index.ts", "locales/es": "src/locales/es/index.ts" };
/**
 * The declarations are bundled from the ones `tsc -p tsconfig.build.json` wrote (the build's first
 * step, which type-checks the library with TypeScript 7, the package `typescript-7`, in a quarter
 * of TypeScript 5.9's time): bundling written declarations takes a fifth of the time of having them
 * compiled again from the sources for each format. The bundler reads them with TypeScript 5.9, the
 * `typescript` package, which the tools built on the compiler's API (this bundler, typedoc, attw)
 * need; npm test checks apps that use the bundled declarations under both.
 */
const declarations = Object.fromEntries(Object.entries(entry).map(([name, source]) => [name, source.replace(/^src\//, ".tmp/types/").replace(/\.ts$/, ".d.ts")]));

export default defineConfig([
  {
    entry,
    format: ["esm", "cjs"],
    dts: { entry: declarations },
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    splitting: true,
    external,
  },
  {
    entry: { cli: "src/cli/bin.ts", "audit-worker": "src/cli/audit/worker-entry.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    define: { IOPKIT_VERSION: JSON.stringify(version) },
    external,
  },
]);
