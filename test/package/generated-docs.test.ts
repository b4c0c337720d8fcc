import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PLAN_REFERENCE_FILE, planReferenceText } from "../../scripts/plan-reference";

describe("generated documentation", () => {
  it("docs/plan-reference.md is current (run `npx tsx scripts/plan-reference.ts`)", () => {
    expect(readFileSync(PLAN_REFERENCE_FILE, "utf8")).toBe(planReferenceText());
  });

  it("docs/plan-reference.md lists every field of a plan, with its meaning where the schema documents it", () => {
    const text = readFileSync(PLAN_REFERENCE_FILE, "utf8");
    for (const field of ["`admitted`", "`activities`", "`interventions`", "`authorization`", "`canBecomePregnant`"]) expect(text).toContain(`| ${field} |`);
    expect(text).toContain("Whether the participant can become pregnant");
  });

  it("docs/rules.md is current (run `npx tsx scripts/rules-page.ts`)", () => {
    const folder = mkdtempSync(join(tmpdir(), "iopkit-rules-page-"));
    try {
      mkdirSync(join(folder, "docs"));
      const run = spawnSync(process.execPath, [resolve("node_modules/tsx/dist/cli.mjs"), resolve("scripts/rules-page.ts")], { cwd: folder, encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync("docs/rules.md", "utf8")).toBe(readFileSync(join(folder, "docs/rules.md"), "utf8"));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
