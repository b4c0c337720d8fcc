import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, medicationReviews, parsePlan, toDraft, validatePlan, type TreatmentPlan } from "../../src/index";
import { runs } from "../helpers/runs";

const reference = parsePlan(JSON.parse(readFileSync(new URL("../fixtures/reference-plan.json", import.meta.url), "utf8")));

/** The medication rules whose findings are protocol items: missed ones, and late ones (`medication/review-late`). */
const MISSED_RULES = new Set(["medication/review-overdue", "medication/review-after-change", "medication/monitoring-antidepressant-young", "medication/monitoring-antipsychotic", "medication/monitoring-lithium", "medication/monitoring-clozapine", "medication/monitoring-valproate"]);

/** "protocol due" of each item with a status, sorted. */
function itemKeys(plan: TreatmentPlan, asOf: string, status: "overdue" | "late"): string[] {
  const result = medicationReviews(plan, { asOf });
  if (!result.success) throw new Error(JSON.stringify(result.findings));
  return result.data.filter((item) => item.status === status).map((item) => `${item.protocol} ${item.due}`).sort();
}

/** "protocol due" of each finding of the rules, sorted. */
function findingKeys(plan: TreatmentPlan, asOf: string, late: boolean): string[] {
  return validatePlan(plan, { asOf })
    .findings.filter((finding) => (late ? finding.rule === "medication/review-late" : MISSED_RULES.has(finding.rule)))
    .map((finding) => `${String(finding.params?.protocol)} ${String(finding.params?.due)}`)
    .sort();
}

describe("medication rules at asOf", () => {
  it("report exactly the missed and late items medicationReviews lists to the end of care", () => {
    fc.assert(
      fc.property(fc.subarray(reference.reviews.map((_, index) => index)), fc.integer({ min: -10, max: 120 }), (dropped, offset) => {
        const draft = toDraft(reference);
        draft.reviews = draft.reviews.filter((_, index) => !dropped.includes(index));
        const plan = parsePlan(draft);
        const asOf = addDays(plan.period.admitted, offset);
        expect(findingKeys(plan, asOf, false)).toEqual(itemKeys(plan, asOf, "overdue"));
        expect(findingKeys(plan, asOf, true)).toEqual(itemKeys(plan, asOf, "late"));
      }),
      runs(60),
    );
  });

  it("count a review on asOf itself late for the review after the last medication change", () => {
    const lastChange = reference.medications.flatMap((medication) => medication.events.map((event) => event.date)).sort().at(-1)!;
    const draft = toDraft(reference);
    draft.reviews = draft.reviews.filter((review) => review.kind !== "psychiatric" || review.date <= lastChange);
    const unseen = parsePlan(draft);
    const due = itemKeys(unseen, unseen.period.plannedDischarge, "overdue").find((key) => key.startsWith("review-after-change") && key.split(" ")[1]! > lastChange)!.split(" ")[1]!;
    const asOf = addDays(due, 3);
    const seen = parsePlan({ ...draft, reviews: [...draft.reviews, { date: asOf, kind: "psychiatric" }] });
    expect(findingKeys(seen, asOf, true)).toEqual(itemKeys(seen, asOf, "late"));
    expect(findingKeys(seen, asOf, true)).toContain(`review-after-change ${due}`);
  });
});
