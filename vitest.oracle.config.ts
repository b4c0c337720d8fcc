import { defineConfig } from "vitest/config";

// `npm run test:oracle`: the full comparison with Temporal in every zone over 1970–2037, which
// takes minutes; `npm test` runs a sample of it (test/schedule/oracle-zones.test.ts).
export default defineConfig({
  test: {
    include: ["test/schedule/**/*.oracle.ts"],
    testTimeout: 1_800_000,
  },
});
