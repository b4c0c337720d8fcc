import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests run 1,000 cases each; the limit guards against a hang, not against slowness.
    testTimeout: 120_000,
    // Both cores: the property tests dominate and run in separate files.
    maxWorkers: 2,
  },
});
