import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFinding, migratePlan, safeParsePlan, toDraft, updatePlan } from "../../src/index";
import { es } from "../../src/locales/es";
import { arbPlan } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";
import { runs } from "../helpers/runs";

const RUNS = runs(200);

describe("migratePlan", () => {
  it("reads a current plan, stored as JSON, as itself", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const stored = JSON.parse(JSON.stringify(plan)) as unknown;
        expect(migratePlan(stored)).toEqual({ success: true, data: plan });
      }),
      RUNS,
    );
  });

  it("reads a plan without a schema version as version 1, without modifying it", () => {
    const { schemaVersion: _version, ...stored } = toDraft(cleanPlan());
    const copy = structuredClone(stored);
    expect(migratePlan(stored)).toEqual({ success: true, data: cleanPlan() });
    expect(stored).toEqual(copy);
  });

  it("refuses a future or malformed version with a finding on schemaVersion, each variant saying which", () => {
    for (const [schemaVersion, variant] of [[2, "newer"], [99, "newer"], [0, "unknown"], [-1, "unknown"], [1.5, "unknown"], ["1", "unknown"], [null, "unknown"]] as const) {
      const result = migratePlan({ ...toDraft(cleanPlan()), schemaVersion });
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.findings.map((finding) => [finding.rule, finding.path.join("."), finding.variant])).toEqual([["schema/unknown-version", "schemaVersion", variant]]);
    }
  });

  it("tells a version that is none from a newer one, in English and Spanish, naming no impossible range", () => {
    const written = (schemaVersion: unknown) => {
      const result = migratePlan({ ...toDraft(cleanPlan()), schemaVersion });
      const finding = result.success ? undefined : result.findings[0];
      return finding && [finding.message, formatFinding(finding, { locale: es })];
    };
    expect(written(0)).toEqual(["Not a schema version: versions are whole numbers counted from 1.", "No es una versión de esquema: las versiones son números enteros a partir de 1."]);
    expect(written(2)).toEqual([
      "The plan's schema version is newer than 1, the newest this release reads; read it with the release that wrote it or a later one.",
      "La versión de esquema del plan es posterior a la 1, la más reciente que lee esta versión de iopkit; léalo con la versión que lo escribió o con una posterior.",
    ]);
  });

  it("answers anything that is not a plan with the findings of safeParsePlan", () => {
    for (const input of [undefined, 3, "plan", []]) expect(migratePlan(input)).toEqual(safeParsePlan(input));
    const hostile = new Proxy({}, { get: () => { throw new Error("unreadable"); } });
    expect(migratePlan(hostile).success).toBe(false);
  });
});

describe("updatePlan", () => {
  it("applies an edit to a copy and parses it again", () => {
    const plan = cleanPlan();
    const before = JSON.stringify(plan);
    const edited = updatePlan(plan, (draft) => {
      draft.dischargeCriteria.push("Returns to work");
    });
    expect(edited.success && edited.data.dischargeCriteria.at(-1)).toBe("Returns to work");
    expect(JSON.stringify(plan)).toBe(before);
    const replaced = updatePlan(plan, (draft) => ({ ...draft, status: "completed" }));
    expect(replaced.success && replaced.data.status).toBe("completed");
  });

  it("gives findings for an edit that breaks the plan or throws", () => {
    const plan = cleanPlan();
    const broken = updatePlan(plan, (draft) => {
      draft.period.admitted = "2026-02-30";
    });
    expect(broken.success ? [] : broken.findings.map((finding) => finding.rule)).toEqual(["schema/invalid-day"]);
    const thrown = updatePlan(plan, () => {
      throw new Error("edit failed");
    });
    expect(thrown.success ? [] : thrown.findings.map((finding) => finding.rule)).toEqual(["schema/unreadable"]);
  });
});
