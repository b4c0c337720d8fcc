import { describe, expect, it, vi } from "vitest";
import { checkPlan, definePolicy, explainRule, policies, ruleCatalog, suggestRuleCodes, validatePlan, type TreatmentPlan } from "../../src/index";
import { allRules } from "../../src/rules/registry";
import { cleanPlan, rulesOf, withEdits } from "../helpers/plans";

const broken = withEdits(cleanPlan(), (draft) => {
  draft.diagnoses = [];
  draft.dischargeCriteria = [];
  delete draft.problems[0]!.goals[0]!.participantWords;
});

describe("validatePlan", () => {
  it("reports every rule's findings in catalog order, with counts", () => {
    const report = validatePlan(broken);
    expect(rulesOf(report)).toEqual(["plan/diagnosis-required", "plan/goal-own-words", "plan/discharge-criteria"]);
    expect(report.counts).toEqual({ error: 2, warning: 1, info: 0 });
    expect(report.ok).toBe(false);
  });

  it("is ok with warnings only", () => {
    const report = validatePlan(withEdits(cleanPlan(), (draft) => void delete draft.problems[0]!.goals[0]!.participantWords));
    expect(report.ok).toBe(true);
    expect(report.counts.warning).toBe(1);
  });

  it("applies the policy's rule settings", () => {
    const policy = definePolicy({ rules: { "plan/diagnosis-required": "off", "plan/goal-own-words": "error", "plan/discharge-criteria": "info" } });
    const report = validatePlan(broken, { policy });
    expect(report.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ["plan/goal-own-words", "error"],
      ["plan/discharge-criteria", "info"],
    ]);
  });

  it("reports a rule that throws as engine/rule-failed and runs the others", () => {
    const rule = allRules.find((candidate) => candidate.code === "plan/goal-own-words")!;
    const spy = vi.spyOn(rule, "check").mockImplementation(() => {
      throw new Error("boom");
    });
    try {
      const report = validatePlan(broken);
      expect(rulesOf(report)).toEqual(["plan/diagnosis-required", "engine/rule-failed", "plan/discharge-criteria"]);
      expect(report.findings[1]).toEqual(expect.objectContaining({ severity: "warning", params: { failedRule: "plan/goal-own-words" } }));
      expect(report.findings[1]!.message).not.toContain("boom");
    } finally {
      spy.mockRestore();
    }
  });

  it("reports a malformed asOf instead of throwing, and skips checks that need it", () => {
    const report = validatePlan(withEdits(cleanPlan(), (draft) => void (draft.reviews = [])), { asOf: "next tuesday" });
    expect(report.findings).toEqual([expect.objectContaining({ rule: "engine/invalid-option", path: ["asOf"] })]);
  });

  it("answers a plan object with a period no parsed plan has (never parsed) with the parser's finding, instead of walking its days", () => {
    const plan = cleanPlan();
    for (const period of [
      { ...plan.period, admitted: "0001-01-01", plannedDischarge: "9999-12-31" },
      { ...plan.period, discharged: "9999-12-31" },
    ]) {
      const report = validatePlan({ ...plan, period } as TreatmentPlan, { asOf: "2026-04-01" });
      expect(report.findings.map((finding) => [finding.rule, finding.path])).toEqual([["schema/period-length", ["period", period.discharged === undefined ? "plannedDischarge" : "discharged"]]]);
      expect(report.ok).toBe(false);
    }
  });

  it("gives the same report every time (stable order)", () => {
    expect(validatePlan(broken)).toEqual(validatePlan(broken));
  });
});

describe("the rules skipped without asOf", () => {
  const DATE_RULES = allRules.filter((rule) => rule.needsAsOf).map((rule) => rule.code);
  const clozapine = withEdits(cleanPlan(), (draft) => {
    draft.medications = [{ id: "med-clz", name: "clozapine", class: "clozapine", events: [{ date: "2026-03-09", kind: "start" }] }];
  });

  it("clozapine started 03-09 with no ANC, checked without asOf: ok, and the report lists the date rules it skipped", () => {
    const report = validatePlan(clozapine);
    expect(report.ok).toBe(true);
    expect(report.skipped).toContain("medication/monitoring-clozapine");
    expect(report.skipped).toEqual(DATE_RULES);
    const dated = validatePlan(clozapine, { asOf: "2026-03-30" });
    expect(dated.skipped).toEqual([]);
    expect(rulesOf(dated)).toContain("medication/monitoring-clozapine");
  });

  it("an antidepressant started at 19 with no visit, plan or screen, checked without asOf: ok, and the report lists the close-monitoring, first-plan and screen rules", () => {
    const young = withEdits(cleanPlan(), (draft) => {
      draft.participant.birthDate = "2007-01-01";
      draft.reviews = [];
      draft.assessments = [];
      draft.medications = [{ id: "med-ser", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] }];
    });
    const report = validatePlan(young);
    expect(report.ok).toBe(true);
    expect(report.skipped).toEqual(expect.arrayContaining(["medication/monitoring-antidepressant-young", "plan/first-plan-deadline", "measures/suicide-screen", "measures/baseline-recorded"]));
    expect(rulesOf(validatePlan(young, { asOf: "2026-05-01" }))).toEqual(
      expect.arrayContaining(["medication/monitoring-antidepressant-young", "plan/first-plan-deadline", "measures/suicide-screen", "measures/baseline-recorded"]),
    );
  });

  it("runs a rule that needs asOf only in part without it, and lists it: a first plan written late is reported without asOf", () => {
    const late = withEdits(cleanPlan(), (draft) => void (draft.reviews = [{ date: "2026-03-27", kind: "plan", participantSigned: true }]));
    const report = validatePlan(late);
    expect(rulesOf(report)).toContain("plan/first-plan-deadline");
    expect(report.skipped).toContain("plan/first-plan-deadline");
  });

  it("lists them after a malformed asOf too, and leaves out rules the policy turns off", () => {
    expect(validatePlan(clozapine, { asOf: "next tuesday" }).skipped).toEqual(DATE_RULES);
    const policy = definePolicy({ rules: { "medication/monitoring-clozapine": "off" } });
    expect(validatePlan(clozapine, { policy }).skipped).toEqual(DATE_RULES.filter((code) => code !== "medication/monitoring-clozapine"));
  });

  it("checkPlan carries them; input that is not a plan and an unknown preset skip nothing, since nothing ran", () => {
    expect(checkPlan(JSON.parse(JSON.stringify(clozapine))).skipped).toEqual(DATE_RULES);
    expect(checkPlan({ schemaVersion: 2 }).skipped).toEqual([]);
    expect(validatePlan(clozapine, { policy: "medicare" as never }).skipped).toEqual([]);
  });
});

describe("checkPlan", () => {
  it("returns schema findings and no plan for bad input", () => {
    const report = checkPlan({ schemaVersion: 2 });
    expect(report.ok).toBe(false);
    expect(report.plan).toBeUndefined();
    expect(report.findings.every((finding) => finding.rule.startsWith("schema/"))).toBe(true);
  });

  it("returns the plan and the rule findings for a valid plan", () => {
    const report = checkPlan(JSON.parse(JSON.stringify(broken)));
    expect(report.plan).toEqual(broken);
    expect(rulesOf(report)).toEqual(rulesOf(validatePlan(broken)));
  });
});

describe("the rule catalog", () => {
  it("lists unique codes, each citing a source and naming its area", () => {
    const codes = ruleCatalog.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of ruleCatalog) {
      expect(rule.code.startsWith(`${rule.area}/`)).toBe(true);
      expect(rule.source.length).toBeGreaterThan(5);
      expect(rule.summary.length).toBeGreaterThan(10);
      for (const param of rule.params) expect(policies.default.params).toHaveProperty(param);
    }
  });

  it("explains a rule with its setting under each preset", () => {
    expect(explainRule("plan/review-cadence")).toEqual(
      expect.objectContaining({
        code: "plan/review-cadence",
        params: ["planReviewEveryDays"],
        presets: { default: "warning", "medicare-iop": "error", "asam-2.1": "warning" },
      }),
    );
    expect(explainRule("plan/nope")).toBeUndefined();
    expect(explainRule("plan/review-cadence")).not.toHaveProperty("check");
  });

  it("suggests the closest codes for a misspelt one", () => {
    expect(suggestRuleCodes("plan/dischage-criteria")).toEqual(["plan/discharge-criteria"]);
    expect(suggestRuleCodes("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")).toEqual([]);
  });
});
