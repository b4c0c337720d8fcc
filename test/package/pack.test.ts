import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("the packed package", () => {
  it(
    "ships its build, LICENSE, guides and schema.json, and installs into fresh ESM and CommonJS TypeScript apps that build and validate a plan from parts",
    () => {
      const run = spawnSync(process.execPath, ["scripts/smoke-package.mjs"], { encoding: "utf8" });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toContain("typescript esm and cjs apps ok");
      expect(run.stdout).toContain("esm ok");
      expect(run.stdout).toContain("cjs ok");
    },
    900_000,
  );
});
