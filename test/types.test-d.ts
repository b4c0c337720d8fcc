import { describe, expectTypeOf, it } from "vitest";
import { safeParsePlan, validatePlan, type Finding, type Report, type TreatmentPlan, type TreatmentPlanInput } from "../src/index";

declare const plan: TreatmentPlan;
declare const input: TreatmentPlanInput;

describe("public types", () => {
  it("narrows parse results on success", () => {
    const result = safeParsePlan(input);
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<TreatmentPlan>();
    else expectTypeOf(result.findings).toEqualTypeOf<readonly Finding[]>();
  });

  it("makes plans read-only all the way down", () => {
    // @ts-expect-error plans are read-only
    plan.status = "completed";
    // @ts-expect-error arrays are read-only
    plan.problems[0]?.goals.push(plan.problems[0].goals[0]!);
    // @ts-expect-error nested objects are read-only
    plan.period.admitted = "2026-01-01";
  });

  it("brands ids so raw input is not a parsed plan", () => {
    // @ts-expect-error an unparsed plan has unbranded ids
    validatePlan(input);
    expectTypeOf(validatePlan(plan)).toEqualTypeOf<Report>();
    expectTypeOf(plan.id).toMatchTypeOf<string>();
    // @ts-expect-error a goal id is not a problem id
    const problemId: TreatmentPlan["problems"][number]["id"] = plan.problems[0]!.goals[0]!.id;
    void problemId;
  });

  it("types activities as a tagged union", () => {
    const activity = plan.schedule.sessions[0]!.activities[0]!;
    if (activity.kind === "holistic") expectTypeOf(activity.practice).toEqualTypeOf<"mindfulness" | "meditation" | "yoga" | "art-therapy" | "music-therapy" | "movement">();
  });
});
