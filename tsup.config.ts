import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const external = ["zod", "ts-pattern", "date-fns", "@date-fns/tz", "fast-check", "ical-generator"];

export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts", ical: "src/ical/index.ts", fhir: "src/fhir/index.ts", "locales/es": "src/locales/es/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
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
