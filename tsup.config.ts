import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  splitting: true,
  external: ["zod", "ts-pattern", "date-fns", "@date-fns/tz", "fast-check"],
});
