import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, definePolicy, medicationReviews, validatePlan, type ReviewDue, type TreatmentPlan } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";
import { runs } from "../helpers/runs";

function reviews(plan: TreatmentPlan, asOf: string, policy = definePolicy({})): readonly ReviewDue[] {
  const result = medicationReviews(plan, { asOf, policy });
  if (!result.success) throw new Error(JSON.stringify(result.findings));
  return result.data;
}

function dueDays(items: readonly ReviewDue[], protocol: string, lab?: string): string[] {
  return items.filter((item) => item.protocol === protocol && (lab === undefined || item.labs?.includes(lab as never))).map((item) => item.due);
}

/** A plan admitted on 2026-03-09 for 8 weeks (planned discharge 2026-05-04) with one medication. */
function withMedication(medication: TreatmentPlan["medications"][number] | object, birthDate = "2004-01-20"): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.participant.birthDate = birthDate;
    draft.medications = [medication as never];
  });
}

describe("medicationReviews: the horizon past the end of care", () => {
  it("looks ahead from asOf only: an item due after discharge and before asOf is not listed, nor overdue", () => {
    const plan = withMedication({ id: "med-1", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] }, "1980-01-20");
    const result = medicationReviews(plan, { asOf: "2026-06-01", horizonDays: 14, policy: definePolicy({}) });
    const items = result.success ? result.data : [];
    const afterCare = items.filter((item) => item.due > plan.period.plannedDischarge);
    expect(afterCare.map((item) => [item.due, item.status])).toEqual([
      ["2026-06-01", "due"],
      ["2026-06-15", "upcoming"],
    ]);
    expect(items.filter((item) => item.status === "overdue" && item.due > plan.period.plannedDischarge)).toEqual([]);
  });

  it("lists the same items up to the end of care with or without a horizon", () => {
    const plan = withMedication({ id: "med-1", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] }, "1980-01-20");
    const within = (horizonDays: number) => {
      const result = medicationReviews(plan, { asOf: "2026-06-01", horizonDays, policy: definePolicy({}) });
      return result.success ? result.data.filter((item) => item.due <= plan.period.plannedDischarge) : [];
    };
    expect(within(60)).toEqual(within(0));
  });
});

describe("medicationReviews: worked examples", () => {
  it("sertraline started on admission for a 22-year-old: weekly for 4 weeks, then weeks 6 and 8", () => {
    const plan = withMedication({ id: "med-1", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] });
    const items = reviews(plan, "2026-03-09");
    expect(dueDays(items, "antidepressant-young")).toEqual(["2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06", "2026-04-20", "2026-05-04"]);
    expect(dueDays(items, "review-after-change")).toEqual(["2026-03-16"]);
    expect(dueDays(items, "routine-psychiatric")).toEqual(["2026-03-23", "2026-04-06", "2026-04-20", "2026-05-04"]);
    expect(items.find((item) => item.protocol === "antidepressant-young")).toEqual({
      due: "2026-03-16",
      window: { from: "2026-03-10", to: "2026-03-16" },
      kind: "psychiatric",
      reason: "antidepressant visit after start on 2026-03-09",
      protocol: "antidepressant-young",
      medicationId: "med-1",
      status: "upcoming",
    });
  });

  it("the same sertraline for a 25-year-old has no close-monitoring visits", () => {
    const plan = withMedication({ id: "med-1", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] }, "2001-03-09");
    expect(dueDays(reviews(plan, "2026-03-09"), "antidepressant-young")).toEqual([]);
  });

  it("clozapine started 7 months before admission is in its every-2-weeks phase", () => {
    const plan = withMedication({ id: "med-1", name: "clozapine", class: "clozapine", events: [{ date: "2025-08-04", kind: "start" }] });
    // Weekly to 2026-02-04 (6 months), then every 2 weeks: ... 2026-02-09, 2026-02-23, 2026-03-09, ...
    expect(dueDays(reviews(plan, "2026-03-09"), "clozapine-anc")).toEqual(["2026-03-09", "2026-03-23", "2026-04-06", "2026-04-20", "2026-05-04"]);
  });

  it("lithium with a dose change in week 3: a level from day 5 to day 7 after each change, then every 60 days", () => {
    const started = withMedication({
      id: "med-1",
      name: "lithium",
      class: "lithium",
      events: [
        { date: "2026-01-05", kind: "start" },
        { date: "2026-03-25", kind: "dose-change" },
      ],
    });
    const plan = withEdits(started, (draft) => {
      draft.reviews.push({ date: "2026-01-05", kind: "lab", labs: ["renal-function", "thyroid", "calcium"] }, { date: "2026-01-12", kind: "lab", labs: ["lithium-level"] });
    });
    const items = reviews(plan, "2026-03-09");
    expect(dueDays(items, "lithium-level")).toEqual(["2026-03-13", "2026-04-01"]);
    expect(items.find((item) => item.due === "2026-04-01" && item.protocol === "lithium-level")?.window).toEqual({ from: "2026-03-30", to: "2026-04-01" });
  });

  it("an antipsychotic started on admission, under ADA/APA 2004 and APA 2020", () => {
    const medication = { id: "med-1", name: "quetiapine", class: "antipsychotic", events: [{ date: "2026-03-09", kind: "start" }] };
    const plan = withMedication(medication);
    const ada = reviews(plan, "2026-03-09");
    expect(dueDays(ada, "antipsychotic-metabolic", "weight-bmi")).toEqual(["2026-03-09", "2026-04-06", "2026-05-04"]);
    expect(dueDays(ada, "antipsychotic-metabolic", "waist")).toEqual(["2026-03-09"]);
    expect(dueDays(ada, "antipsychotic-metabolic", "fasting-glucose")).toEqual(["2026-03-09"]);
    const apa = reviews(plan, "2026-03-09", definePolicy({ params: { metabolicSchedule: "apa-2020" } }));
    expect(dueDays(apa, "antipsychotic-metabolic", "weight-bmi")).toEqual(["2026-03-09", "2026-03-23", "2026-04-06", "2026-04-20", "2026-05-04"]);
    expect(dueDays(apa, "antipsychotic-metabolic", "hba1c")).toEqual(["2026-03-09"]);
    expect(dueDays(apa, "antipsychotic-metabolic", "waist")).toEqual([]);
  });

  it("valproate: baseline liver function and blood count at the start, then monthly", () => {
    const plan = withMedication({ id: "med-1", name: "valproate", class: "valproate", events: [{ date: "2026-03-09", kind: "start" }] });
    const items = reviews(plan, "2026-03-09").filter((item) => item.protocol === "valproate-labs");
    expect(items.map((item) => [item.due, item.labs?.join()])).toEqual([
      ["2026-03-09", "blood-count"],
      ["2026-03-09", "liver-function"],
      ["2026-04-09", "blood-count"],
      ["2026-04-09", "liver-function"],
    ]);
  });

  it("a medication of an unknown class gets the routine cadence and an info finding", () => {
    const plan = withMedication({ id: "med-1", name: "something", class: "herbal", events: [{ date: "2026-03-09", kind: "start" }] });
    const protocols = new Set(reviews(plan, "2026-03-09").map((item) => item.protocol));
    expect(protocols).toEqual(new Set(["routine-psychiatric", "review-after-change"]));
    expect(validatePlan(plan).findings).toEqual([expect.objectContaining({ rule: "medication/known-class", severity: "info", path: ["medications", 0, "class"] })]);
  });

  it("statuses follow asOf and recorded reviews", () => {
    const base = withMedication({ id: "med-1", name: "sertraline", class: "antidepressant", events: [{ date: "2026-03-09", kind: "start" }] }, "1980-01-01");
    const afterChange = (plan: TreatmentPlan, asOf: string) => reviews(plan, asOf).find((item) => item.protocol === "review-after-change")!;
    expect(afterChange(base, "2026-03-08").status).toBe("upcoming");
    expect(afterChange(base, "2026-03-16").status).toBe("due");
    expect(afterChange(base, "2026-03-17").status).toBe("overdue");
    const seen = withEdits(base, (draft) => void draft.reviews.push({ date: "2026-03-18", kind: "psychiatric" }));
    expect(afterChange(seen, "2026-03-17").status).toBe("overdue");
    expect(afterChange(seen, "2026-03-18")).toMatchObject({ status: "late", satisfiedBy: 1, daysLate: 2 });
  });

  it("a lab satisfies only items that need that lab", () => {
    const plan = withEdits(withMedication({ id: "med-1", name: "valproate", class: "valproate", events: [{ date: "2026-03-09", kind: "start" }] }), (draft) => {
      draft.reviews.push({ date: "2026-03-09", kind: "lab", labs: ["liver-function"] });
    });
    const items = reviews(plan, "2026-03-10").filter((item) => item.protocol === "valproate-labs");
    expect(items.map((item) => [item.labs?.join(), item.status])).toEqual([
      ["blood-count", "overdue"],
      ["liver-function", "done"],
      ["blood-count", "due"],
      ["liver-function", "due"],
    ]);
  });

  it("reports a bad asOf as a finding", () => {
    const result = medicationReviews(cleanPlan(), { asOf: "2026-13-01" });
    expect(result.success).toBe(false);
  });
});

describe("medicationReviews: properties", () => {
  const arbCase = arbPlan().chain((plan) =>
    fc.record({ plan: fc.constant(plan), offset: fc.integer({ min: -10, max: 120 }), later: fc.integer({ min: 0, max: 60 }) }),
  );
  const stripReviews = (plan: TreatmentPlan) => withEdits(plan, (draft) => void (draft.reviews = draft.reviews.filter((review) => review.kind === "plan")));

  it("lists items sorted by due day", () => {
    fc.assert(
      fc.property(arbCase, ({ plan, offset }) => {
        const items = reviews(plan, addDays(plan.period.admitted, offset));
        for (let index = 1; index < items.length; index += 1) expect(items[index - 1]!.due <= items[index]!.due).toBe(true);
      }),
      runs(300),
    );
  });

  it("moving asOf forward never turns a done item back to open", () => {
    fc.assert(
      fc.property(arbCase, ({ plan, offset, later }) => {
        const asOf = addDays(plan.period.admitted, offset);
        const before = reviews(plan, asOf);
        const after = reviews(plan, addDays(asOf, later));
        const key = (item: ReviewDue) => `${item.protocol}|${item.medicationId}|${item.due}|${item.labs?.join()}`;
        const afterByKey = new Map(after.map((item) => [key(item), item]));
        for (const item of before) if (item.status === "done") expect(afterByKey.get(key(item))?.status).toBe("done");
      }),
      runs(300),
    );
  });

  it("recording a review on an item's due day makes it done; what else changed is satisfied by that review", () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), ({ plan }, pick) => {
        const bare = stripReviews(plan);
        const asOf = bare.period.plannedDischarge;
        const items = reviews(bare, asOf);
        fc.pre(items.length > 0);
        const target = items[pick % items.length]!;
        const record = target.kind === "psychiatric" ? { date: target.due, kind: "psychiatric" as const } : { date: target.due, kind: "lab" as const, labs: [target.labs![0]!] };
        const recorded = withEdits(bare, (draft) => void draft.reviews.push(record));
        const after = reviews(recorded, asOf);
        const key = (item: ReviewDue) => `${item.protocol}|${item.medicationId}|${item.due}|${item.labs?.join()}`;
        const beforeByKey = new Map(items.map((item) => [key(item), item]));
        expect(after.find((item) => key(item) === key(target))).toMatchObject({ status: "done", satisfiedBy: recorded.reviews.length - 1 });
        // Items listed before and after whose status changed are satisfied by the new review, on time or late.
        for (const item of after) {
          const previous = beforeByKey.get(key(item));
          if (previous === undefined || previous.status === item.status) continue;
          expect(item).toMatchObject({ satisfiedBy: recorded.reviews.length - 1, kind: target.kind });
          expect(["done", "late"]).toContain(item.status);
          if (item.kind === "lab") expect(item.labs).toContain(record.kind === "lab" ? record.labs[0] : undefined);
        }
      }),
      runs(300),
    );
  });
});
