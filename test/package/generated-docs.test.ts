import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../../scripts/plan-json-schema";
import { PLAN_REFERENCE_FILE, planReferenceText, undocumentedFields } from "../../scripts/plan-reference";

describe("generated documentation", () => {
  it("docs/plan-reference.md is current (run `npx tsx scripts/plan-reference.ts`)", () => {
    expect(readFileSync(PLAN_REFERENCE_FILE, "utf8")).toBe(planReferenceText());
  });

  it("docs/plan-reference.md lists every field of a plan, with its meaning where the schema documents it", () => {
    const text = readFileSync(PLAN_REFERENCE_FILE, "utf8");
    for (const field of ["`admitted`", "`activities`", "`interventions`", "`authorization`", "`canBecomePregnant`"]) expect(text).toContain(`| ${field} |`);
    expect(text).toContain("Whether the participant can become pregnant");
  });

  it("docs/plan-reference.md gives every field an example", () => {
    const rows = readFileSync(PLAN_REFERENCE_FILE, "utf8").split("\n").filter((line) => line.startsWith("| `"));
    expect(rows.length).toBeGreaterThan(150);
    expect(rows.filter((row) => row.endsWith("|  |"))).toEqual([]);
  });

  it("every field of a plan has a meaning of its own, nested and per kind of activity included", () => {
    expect(undocumentedFields(planJsonSchema())).toEqual([]);
    const text = readFileSync(PLAN_REFERENCE_FILE, "utf8");
    expect(text).toContain("| `suicide` |");
    expect(text).toMatch(/\| `goalLinked` \| boolean \| no \|  \| Whether the practice serves a goal/);
    expect(text).toMatch(/\| `admitted` \| string \| yes \| [^|]+(\\\|[^|]+)* \| The admission day/);
    // A pipe inside a cell is escaped once, as a Markdown table reads it: the pattern shows `|` again.
    expect(text).toContain("pattern `^[0-9]{4}-(0[1-9]\\|1[0-2])-");
    expect(text).not.toContain("\\\\|");
  });

  it("refuses to write the reference while a field has no meaning, or only its format's", () => {
    const schema = {
      type: "object",
      properties: {
        documented: { type: "string", description: "A field with a meaning." },
        bare: { type: "string" },
        admitted: { type: "string", format: "date", description: "A calendar day, YYYY-MM-DD." },
        activities: { type: "array", description: "Activities.", items: { oneOf: [{ type: "object", properties: { kind: { const: "break", description: "A break." }, minutes: { type: "integer" } } }] } },
      },
    };
    expect(undocumentedFields(schema)).toEqual(["bare in The plan", "admitted in The plan", 'minutes in `activities[]` (kind "break")']);
    expect(() => planReferenceText(schema)).toThrow(/bare in The plan, admitted in The plan/);
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
