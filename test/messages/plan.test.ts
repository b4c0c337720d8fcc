import { describe, expect, it } from "vitest";
import { checkPlan, migratePlan, safeParsePlan, updatePlan, type Finding } from "../../src/index";
import { planRulesEs, planMessagesEs } from "../../src/locales/es/plan";
import { PLAN_MESSAGES } from "../../src/plan/messages";
import { planRules } from "../../src/plan/rules";
import { toDraft } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";
import { expectWrittenFromParams, keyOf, keysOf, mutationFindings, spanish } from "./catalog-checks";

const rules = planRules.filter((rule) => rule.code !== "plan/review-cadence");
const es = spanish(planRulesEs, planMessagesEs);

/** The structural findings of a draft changed by `change`. */
function structural(change: (draft: Record<string, any>) => void): Finding[] {
  const draft = toDraft(cleanPlan()) as unknown as Record<string, any>;
  change(draft);
  const result = safeParsePlan(draft);
  return result.success ? [] : [...result.findings];
}

describe("plan messages", () => {
  it("are written from the catalog in English and in Spanish for every plan rule a mutation fires", () => {
    const findings = mutationFindings(rules.map((rule) => rule.code));
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(rules.map((rule) => rule.code)));
    expectWrittenFromParams(findings, es);
  });

  it("write the structural findings of the plan from its catalog in both languages", () => {
    const findings = [
      ...structural((draft) => draft.problems.push({ ...draft.problems[0], goals: [] })),
      ...structural((draft) => (draft.diagnoses[0].code = "U07.1")),
      ...structural((draft) => (draft.period.plannedDischarge = draft.period.admitted)),
      ...structural((draft) => (draft.period.discharged = "2020-01-01")),
      ...structural((draft) => (draft.period.plannedDischarge = "2046-01-01")),
      ...structural((draft) => (draft.period.discharged = "2046-01-01")),
    ];
    const unreadable = safeParsePlan(new Proxy({}, { get: () => { throw new Error("no"); }, ownKeys: () => { throw new Error("no"); } }));
    const edit = updatePlan(cleanPlan(), () => { throw new Error("no"); });
    const newer = migratePlan({ ...toDraft(cleanPlan()), schemaVersion: 99 });
    const none = migratePlan({ ...toDraft(cleanPlan()), schemaVersion: 0 });
    for (const result of [unreadable, edit, newer, none]) if (!result.success) findings.push(...result.findings);
    const said = findings.map(keyOf);
    expect(new Set(said)).toEqual(new Set(keysOf(PLAN_MESSAGES)));
    expect(findings.find((finding) => finding.rule === "schema/duplicate-id")?.message).toBe("This problem id is already used by problem 1.");
    expect(findings.find((finding) => finding.rule === "schema/invalid_format")?.message).toBe("Expected an ICD-10-CM code such as F33.1.");
    expectWrittenFromParams(findings, es);
  });

  it("name the place of a duplicated id's first holder in the language of the locale", () => {
    const [finding] = structural((draft) => draft.problems[0].goals.push({ ...draft.problems[0].goals[0] }));
    expect(finding?.message).toBe("This goal id is already used by problem 1, goal 1.");
    expect(checkPlan(toDraft(cleanPlan())).ok).toBe(true);
    expectWrittenFromParams([finding!], es);
  });

  it("have a Spanish message for every code and variant, and none other", () => {
    const english = Object.fromEntries(rules.map((rule) => [rule.code, rule.messages]));
    expect(keysOf(planRulesEs)).toEqual(keysOf(english));
    expect(keysOf(planMessagesEs)).toEqual(keysOf(PLAN_MESSAGES));
  });
});
