import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPlan, createPlan, definePolicy, expandSchedule, explainRule, fitSchedule, parsePlan, policies, safeDefinePolicy, safeParsePlan, summarizeModalityMix, summarizeWeek, templates, validatePlan, medicationReviews, assessmentTrend, objectiveProgress, aftercareReadiness, draftAftercarePlan, serviceDays, estimateCost, authorizationStatus } from "../src/index";
import { arbPlan, mutate, toDraft } from "../src/testing";
import { BASE_OPTIONS, deepFreeze } from "./helpers/plans";
import { runs } from "./helpers/runs";

describe("no public function mutates its input", () => {
  it("parsing, checking and validating leave deep-frozen plans and policies alone", () => {
    deepFreeze(policies);
    fc.assert(
      fc.property(arbPlan(), fc.constantFrom(...Object.values(mutate)), (generated, mutation) => {
        const plan = deepFreeze(generated);
        const draft = deepFreeze(toDraft(plan));
        const before = JSON.stringify(plan);
        safeParsePlan(draft);
        parsePlan(draft);
        checkPlan(draft, { asOf: plan.period.plannedDischarge });
        for (const policy of Object.values(policies)) validatePlan(plan, { policy, asOf: plan.period.admitted });
        mutation(plan);
        summarizeWeek(plan.schedule);
        summarizeModalityMix(plan);
        medicationReviews(plan, { asOf: plan.period.plannedDischarge, horizonDays: 30 });
        assessmentTrend(plan, "PHQ-9");
        objectiveProgress(plan);
        aftercareReadiness(plan, { asOf: plan.period.plannedDischarge });
        draftAftercarePlan(plan, { asOf: plan.period.admitted });
        serviceDays(plan);
        estimateCost(plan);
        authorizationStatus(plan, { asOf: plan.period.admitted });
        expandSchedule(plan, { closures: deepFreeze([plan.period.admitted]) });
        fitSchedule(plan, { preferredDays: deepFreeze(["mon", "tue"] as const) });
        fitSchedule(plan.participant.commitments ?? []);
        expect(JSON.stringify(plan)).toBe(before);
      }),
      runs(300),
    );
  });

  it("construction helpers leave frozen options and drafts alone", () => {
    const options = deepFreeze(structuredClone(BASE_OPTIONS));
    expect(templates.standardIop(options).success).toBe(true);
    const draft = deepFreeze({ id: "p", timeZone: "UTC", participant: { id: "pt", ageGroup: "adult" as const }, period: { admitted: "2026-01-05", plannedDischarge: "2026-03-02" } });
    expect(createPlan(draft).success).toBe(true);
    const input = deepFreeze({ extends: "default" as const, params: { daysPerWeek: { max: 4 } }, rules: { "plan/goal-own-words": "off" as const } });
    definePolicy(input);
    expect(safeDefinePolicy(input).success).toBe(true);
    explainRule("plan/discharge-criteria");
  });
});
