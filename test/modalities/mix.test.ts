import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeModalityMix, summarizeWeek, validatePlan, type ModalityKind } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

/** The rule that guards each required modality. */
const RULE_OF: Partial<Record<ModalityKind, string>> = {
  "group-therapy": "modality/group-core",
  "individual-therapy": "modality/individual-frequency",
  psychoeducation: "modality/psychoeducation-present",
  "family-therapy": "modality/family-involvement",
  psychiatric: "modality/psychiatric-access",
};

describe("summarizeModalityMix", () => {
  it("describes the standard template's week", () => {
    const mix = summarizeModalityMix(cleanPlan());
    expect(mix.therapeuticMinutes).toBe(605);
    expect(mix.qualifyingMinutes).toBe(590);
    expect(mix.modalities.map((share) => [share.modality, share.minutes, share.contactsPerWeek, share.interventions])).toEqual([
      ["group-therapy", 360, 6, ["int-group"]],
      ["individual-therapy", 50, 1, ["int-individual"]],
      ["psychoeducation", 120, 2, ["int-psychoeducation"]],
      ["holistic", 60, 1, ["int-holistic"]],
      ["psychiatric", 15, 0.5, ["int-psychiatric"]],
    ]);
    expect(mix.contactsPerWeek).toEqual({ "group-therapy": 6, "individual-therapy": 1, "family-therapy": 0, psychoeducation: 2, holistic: 1, psychiatric: 0.5, "case-management": 0 });
    expect(mix.activities[0]).toEqual({ path: ["schedule", "sessions", 0, "activities", 0], modality: "group-therapy", minutes: 60, medicareCategory: "individual-or-group-therapy", interventionId: "int-group" });
  });

  it("adds up to the schedule's therapeutic minutes, with shares summing to 1", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const mix = summarizeModalityMix(plan);
        const week = summarizeWeek(plan.schedule);
        expect(mix.therapeuticMinutes).toBeCloseTo(week.therapeuticMinutes, 9);
        expect(mix.qualifyingMinutes).toBeCloseTo(week.qualifyingMinutes, 9);
        expect(mix.modalities.reduce((sum, share) => sum + share.minutes, 0)).toBeCloseTo(week.therapeuticMinutes, 9);
        expect(mix.modalities.reduce((sum, share) => sum + share.share, 0)).toBeCloseTo(1, 9);
      }),
      runs(500),
    );
  });

  it("removing every activity of a required modality fires exactly that modality's rule", () => {
    fc.assert(
      fc.property(arbPlan(), fc.constantFrom(...(Object.keys(RULE_OF) as ModalityKind[])), (plan, modality) => {
        const present = plan.schedule.sessions.some((session) => session.activities.some((activity) => activity.kind === modality)) ||
          (plan.schedule.appointments ?? []).some((appointment) => appointment.modality === modality);
        fc.pre(present);
        const removed = withEdits(plan, (draft) => {
          for (const session of draft.schedule.sessions) session.activities = session.activities.filter((activity) => activity.kind !== modality);
          draft.schedule.sessions = draft.schedule.sessions.filter((session) => session.activities.length > 0);
          draft.schedule.appointments = draft.schedule.appointments!.filter((appointment) => appointment.modality !== modality);
        });
        const guarded = new Set(Object.values(RULE_OF));
        const fired = new Set(validatePlan(removed).findings.map((finding) => finding.rule).filter((rule) => guarded.has(rule)));
        expect([...fired]).toEqual([RULE_OF[modality]]);
      }),
      runs(500),
    );
  });
});
