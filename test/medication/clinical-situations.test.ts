import { describe, expect, it } from "vitest";
import { definePolicy, medicationReviews, validatePlan, type ReviewDue, type TreatmentPlan } from "../../src/index";
import { cleanPlan, withEdits } from "../helpers/plans";

type Event = { date: string; kind: "start" | "dose-change" | "stop" };
type Review = { date: string; kind: "psychiatric" } | { date: string; kind: "lab"; labs: string[] };

/** The template plan (admitted 2026-03-09, planned discharge 2026-05-04) with one medication and the given reviews. */
function planWith(medicationClass: string, events: Event[], reviews: Review[] = [], participant: { birthDate?: string; canBecomePregnant?: boolean } = { birthDate: "1990-05-15" }): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    Object.assign(draft.participant, participant);
    draft.medications = [{ id: "med-1", name: "x", class: medicationClass, events }];
    draft.reviews = draft.reviews.filter((review) => review.kind === "plan");
    for (const review of reviews) draft.reviews.push(review as never);
  });
}

function items(plan: TreatmentPlan, asOf: string, protocol: string): readonly ReviewDue[] {
  const result = medicationReviews(plan, { asOf, policy: definePolicy({}) });
  if (!result.success) throw new Error(JSON.stringify(result.findings));
  return result.data.filter((item) => item.protocol === protocol);
}

function findings(plan: TreatmentPlan, asOf: string, rule: string) {
  return validatePlan(plan, { asOf }).findings.filter((finding) => finding.rule === rule);
}

describe("clinical situations the medication protocols judge", () => {
  it("a dose change on 03-17 and the review on 03-27: the review came 3 days late, a warning", () => {
    const plan = planWith("other", [{ date: "2026-03-09", kind: "start" }, { date: "2026-03-17", kind: "dose-change" }], [
      { date: "2026-03-16", kind: "psychiatric" },
      { date: "2026-03-27", kind: "psychiatric" },
    ]);
    const afterChange = items(plan, "2026-03-30", "review-after-change").find((item) => item.reason.includes("2026-03-17"));
    expect(afterChange).toMatchObject({ due: "2026-03-24", status: "late", daysLate: 3, satisfiedBy: 2 });
    expect(findings(plan, "2026-03-30", "medication/review-late")).toEqual([
      expect.objectContaining({ severity: "warning", path: ["reviews", 2], params: expect.objectContaining({ due: "2026-03-24", daysLate: 3, protocol: "review-after-change" }) }),
    ]);
  });

  it("a policy can raise late reviews to errors", () => {
    const plan = planWith("other", [{ date: "2026-03-09", kind: "start" }], [{ date: "2026-03-18", kind: "psychiatric" }]);
    const strict = definePolicy({ rules: { "medication/review-late": "error" } });
    expect(validatePlan(plan, { asOf: "2026-03-20", policy: strict }).findings.filter((finding) => finding.rule === "medication/review-late").map((finding) => finding.severity)).toEqual(["error"]);
  });

  it("the prescribing visit on the start day is not its own follow-up", () => {
    const plan = planWith("other", [{ date: "2026-03-09", kind: "start" }], [{ date: "2026-03-09", kind: "psychiatric" }]);
    expect(items(plan, "2026-03-17", "review-after-change")[0]).toMatchObject({ window: { from: "2026-03-10", to: "2026-03-16" }, status: "overdue" });
  });

  it("a lithium level drawn on the dose-change day is not the post-change level; one on day 5 is", () => {
    const events: Event[] = [{ date: "2026-01-05", kind: "start" }, { date: "2026-03-16", kind: "dose-change" }];
    const sameDay = planWith("lithium", events, [{ date: "2026-03-16", kind: "lab", labs: ["lithium-level"] }]);
    const level = (plan: TreatmentPlan) => items(plan, "2026-03-24", "lithium-level").find((item) => item.labs?.includes("lithium-level") && item.reason.includes("2026-03-16"));
    expect(level(sameDay)).toMatchObject({ due: "2026-03-23", window: { from: "2026-03-21", to: "2026-03-23" }, status: "overdue" });
    const dayFive = planWith("lithium", events, [{ date: "2026-03-21", kind: "lab", labs: ["lithium-level"] }]);
    expect(level(dayFive)).toMatchObject({ status: "done" });
  });

  it("clozapine stopped on 03-02 and restarted on 04-06 (35 days off) restarts weekly ANCs with a baseline", () => {
    const plan = planWith("clozapine", [
      { date: "2025-01-06", kind: "start" },
      { date: "2026-03-02", kind: "stop" },
      { date: "2026-04-06", kind: "start" },
    ]);
    expect(items(plan, "2026-04-06", "clozapine-anc").map((item) => item.due)).toEqual(["2026-04-06", "2026-04-13", "2026-04-20", "2026-04-27", "2026-05-04"]);
    expect(findings(plan, "2026-04-14", "medication/monitoring-clozapine").map((finding) => finding.params?.due)).toEqual(["2026-04-06", "2026-04-13"]);
  });

  it("clozapine off for 10 days continues its monthly schedule from the last count; with none on record, a count is due at the restart", () => {
    const events: Event[] = [
      { date: "2025-01-06", kind: "start" },
      { date: "2026-03-20", kind: "stop" },
      { date: "2026-03-30", kind: "start" },
    ];
    const counted = planWith("clozapine", events, [{ date: "2026-03-09", kind: "lab", labs: ["anc"] }]);
    expect(items(counted, "2026-03-30", "clozapine-anc").filter((item) => item.due >= "2026-03-30").map((item) => item.due)).toEqual(["2026-04-09"]);
    expect(items(planWith("clozapine", events), "2026-03-30", "clozapine-anc").filter((item) => item.due >= "2026-03-30").map((item) => item.due)).toEqual(["2026-03-30", "2026-04-30"]);
  });

  it("clozapine stopped for 2 days in the weekly phase: the next count is due a week after the last one, not a week after the restart", () => {
    const plan = planWith("clozapine", [{ date: "2026-03-09", kind: "start" }, { date: "2026-03-20", kind: "stop" }, { date: "2026-03-22", kind: "start" }], [
      { date: "2026-03-09", kind: "lab", labs: ["anc"] },
      { date: "2026-03-16", kind: "lab", labs: ["anc"] },
      { date: "2026-03-29", kind: "lab", labs: ["anc"] },
    ]);
    expect(items(plan, "2026-03-30", "clozapine-anc").find((item) => item.reason.includes("restarted"))).toMatchObject({ due: "2026-03-23", status: "late", daysLate: 6 });
    expect(findings(plan, "2026-03-30", "medication/review-late").map((finding) => finding.params?.due)).toEqual(["2026-03-23"]);
  });

  it("clozapine off for 29 days continues the schedule, a count due at the restart since the last one is more than a week old; off for 30 days, a new baseline", () => {
    const after = (restart: string) =>
      items(planWith("clozapine", [{ date: "2026-03-09", kind: "start" }, { date: "2026-03-20", kind: "stop" }, { date: restart, kind: "start" }], [
        { date: "2026-03-09", kind: "lab", labs: ["anc"] },
        { date: "2026-03-16", kind: "lab", labs: ["anc"] },
      ]), restart, "clozapine-anc").filter((item) => item.due >= restart);
    expect(after("2026-04-18")[0]).toMatchObject({ due: "2026-04-18", window: { from: "2026-04-18", to: "2026-04-18" }, reason: "ANC for clozapine restarted on 2026-04-18" });
    expect(after("2026-04-19")[0]).toMatchObject({ due: "2026-04-19", window: { from: "2026-04-13", to: "2026-04-19" }, reason: "ANC for clozapine started on 2026-04-19" });
  });

  it("lithium taken since before admission with no lab on record: a level, renal function, thyroid and calcium are due at admission", () => {
    const plan = planWith("lithium", [{ date: "2025-01-01", kind: "continuing" as never }]);
    const due = items(plan, "2026-03-20", "lithium-level").filter((item) => item.due === "2026-03-09");
    expect(due.map((item) => [item.labs?.join(), item.status, item.reason])).toEqual([
      ["calcium", "overdue", "calcium for lithium taken since 2025-01-01"],
      ["lithium-level", "overdue", "lithium-level for lithium taken since 2025-01-01"],
      ["renal-function", "overdue", "renal-function for lithium taken since 2025-01-01"],
      ["thyroid", "overdue", "thyroid for lithium taken since 2025-01-01"],
    ]);
    expect(findings(plan, "2026-03-20", "medication/monitoring-lithium").map((finding) => finding.message)).toContain(
      "A lab (lithium-level) was due by 2026-03-09 (lithium-level for lithium taken since 2025-01-01) and is not on record.",
    );
    const leveled = withEdits(plan, (draft) => void draft.reviews.push({ date: "2026-02-20", kind: "lab", labs: ["lithium-level"] }));
    // A level recorded before admission sets the pace: the next is due 60 days after it, none at admission.
    expect(items(leveled, "2026-03-20", "lithium-level").find((item) => item.labs?.includes("lithium-level"))).toMatchObject({ due: "2026-04-21", window: { from: "2026-02-21", to: "2026-04-21" } });
  });

  it("a medicine taken for years with labs recorded before admission: the cadence runs on from them, one item owed at admission at most", () => {
    const clozapine = planWith("clozapine", [{ date: "2024-01-06", kind: "continuing" as never }], [
      { date: "2025-12-20", kind: "lab", labs: ["anc"] },
      { date: "2026-01-20", kind: "lab", labs: ["anc"] },
    ]);
    const anc = items(clozapine, "2026-03-20", "clozapine-anc").filter((item) => item.due <= "2026-03-09");
    expect(anc.map((item) => [item.due, item.status])).toEqual([["2026-03-09", "overdue"]]);
    const lithium = planWith("lithium", [{ date: "2020-01-06", kind: "continuing" as never }], [
      { date: "2020-02-01", kind: "lab", labs: ["lithium-level", "renal-function", "thyroid", "calcium"] },
      { date: "2023-05-01", kind: "lab", labs: ["lithium-level", "renal-function", "thyroid", "calcium"] },
    ]);
    const owed = items(lithium, "2026-03-20", "lithium-level").filter((item) => item.due <= "2026-03-09");
    expect(owed.map((item) => [item.due, item.labs?.join(), item.status])).toEqual([
      ["2026-03-09", "calcium", "overdue"],
      ["2026-03-09", "lithium-level", "overdue"],
      ["2026-03-09", "renal-function", "overdue"],
      ["2026-03-09", "thyroid", "overdue"],
    ]);
    const current = planWith("lithium", [{ date: "2020-01-06", kind: "continuing" as never }], [{ date: "2026-02-20", kind: "lab", labs: ["lithium-level", "renal-function", "thyroid", "calcium"] }]);
    expect(items(current, "2026-03-20", "lithium-level").filter((item) => item.due <= "2026-03-20")).toEqual([]);
  });

  it("an antipsychotic taken since before admission is named so in the reasons", () => {
    const plan = planWith("antipsychotic", [{ date: "2026-01-05", kind: "continuing" as never }]);
    expect(items(plan, "2026-03-09", "antipsychotic-metabolic")[0]?.reason).toMatch(/for an antipsychotic taken since 2026-01-05$/);
  });

  it("valproate taken since before admission with no lab on record: blood count, liver function and a level are due at admission", () => {
    const plan = planWith("valproate", [{ date: "2025-06-01", kind: "continuing" as never }], [], { birthDate: "1990-05-15", canBecomePregnant: false });
    expect(items(plan, "2026-03-20", "valproate-labs").filter((item) => item.due === "2026-03-09").map((item) => [item.labs?.join(), item.status])).toEqual([
      ["blood-count", "overdue"],
      ["liver-function", "overdue"],
      ["valproate-level", "overdue"],
    ]);
  });

  it("valproate for a participant of whom the plan does not say whether they can become pregnant is noted", () => {
    const plan = planWith("valproate", [{ date: "2026-03-09", kind: "start" }], [{ date: "2026-03-09", kind: "lab", labs: ["blood-count", "liver-function"] }]);
    expect(findings(plan, "2026-03-10", "medication/monitoring-valproate")).toEqual([
      expect.objectContaining({ severity: "warning", variant: "pregnancyUnknown", path: ["participant", "canBecomePregnant"], params: { medication: 1 } }),
    ]);
    const stated = withEdits(plan, (draft) => void (draft.participant.canBecomePregnant = false));
    expect(findings(stated, "2026-03-10", "medication/monitoring-valproate")).toEqual([]);
    const stoppedLongAgo = planWith("valproate", [{ date: "2019-01-06", kind: "start" }, { date: "2019-06-01", kind: "stop" }]);
    expect(findings(stoppedLongAgo, "2026-03-20", "medication/monitoring-valproate")).toEqual([]);
  });

  it("weekly ANCs 13 days apart: the second count is 6 days late", () => {
    const plan = planWith("clozapine", [{ date: "2026-03-09", kind: "start" }], [
      { date: "2026-03-09", kind: "lab", labs: ["anc"] },
      { date: "2026-03-22", kind: "lab", labs: ["anc"] },
    ]);
    const anc = items(plan, "2026-03-25", "clozapine-anc");
    expect(anc.slice(0, 3)).toEqual([
      expect.objectContaining({ due: "2026-03-09", status: "done" }),
      expect.objectContaining({ due: "2026-03-16", status: "late", daysLate: 6 }),
      expect.objectContaining({ due: "2026-03-29", window: { from: "2026-03-23", to: "2026-03-29" }, status: "due" }),
    ]);
  });

  it("sertraline started for a 19-year-old: a visit is due in week 6", () => {
    const plan = planWith("antidepressant", [{ date: "2026-03-09", kind: "start" }], [], { birthDate: "2007-01-01" });
    expect(items(plan, "2026-03-09", "antidepressant-young").map((item) => item.due)).toContain("2026-04-20");
  });

  it("lithium started on admission needs renal function, thyroid and calcium at the start, and again 6 months on", () => {
    const plan = planWith("lithium", [{ date: "2026-03-09", kind: "start" }]);
    const policy = { asOf: "2026-03-09", policy: definePolicy({}), horizonDays: 200 };
    const result = medicationReviews(plan, policy);
    const organ = result.success ? result.data.filter((item) => item.labs?.some((lab) => ["renal-function", "thyroid", "calcium"].includes(lab))) : [];
    expect(organ.map((item) => [item.due, item.labs?.join()])).toEqual([
      ["2026-03-09", "calcium"],
      ["2026-03-09", "renal-function"],
      ["2026-03-09", "thyroid"],
      ["2026-09-09", "calcium"],
      ["2026-09-09", "renal-function"],
      ["2026-09-09", "thyroid"],
    ]);
  });

  it("valproate started on admission: liver tests monthly in the first months, and a pregnancy test for a person who can become pregnant", () => {
    const plan = planWith("valproate", [{ date: "2026-03-09", kind: "start" }], [], { birthDate: "1990-05-15", canBecomePregnant: true });
    const valproate = items(plan, "2026-03-09", "valproate-labs");
    expect(valproate.filter((item) => item.labs?.includes("liver-function")).map((item) => item.due)).toEqual(["2026-03-09", "2026-04-09"]);
    expect(valproate.filter((item) => item.labs?.includes("pregnancy-test"))).toEqual([expect.objectContaining({ due: "2026-03-09", window: { from: "2026-03-02", to: "2026-03-09" } })]);
    const notPregnant = planWith("valproate", [{ date: "2026-03-09", kind: "start" }]);
    expect(items(notPregnant, "2026-03-09", "valproate-labs").some((item) => item.labs?.includes("pregnancy-test"))).toBe(false);
  });
});

describe("clinical situations the formulary and event kinds change", () => {
  function named(name: string, medicationClass: string, events: { date: string; kind: "start" | "continuing" | "dose-change" | "stop" }[]): TreatmentPlan {
    return withEdits(cleanPlan(), (draft) => {
      draft.medications = [{ id: "med-1", name, class: medicationClass, events }];
      draft.reviews = draft.reviews.filter((review) => review.kind === "plan");
    });
  }

  it("a class written in capitals is the class (Clozapine, Lithium), and a name run into its strength is still read (clozapine100mg)", () => {
    for (const [name, medicationClass, protocol] of [
      ["Zaponex 100 mg", "Clozapine", "clozapine-anc"],
      ["Priadel 400 mg", " Lithium ", "lithium-level"],
      ["clozapine100mg", "antipsychotic", "clozapine-anc"],
    ] as const) {
      const plan = named(name, medicationClass, [{ date: "2026-03-09", kind: "start" }]);
      const reviews = medicationReviews(plan, { asOf: "2026-03-20" });
      expect(reviews.success && reviews.data.some((item) => item.protocol === protocol), name).toBe(true);
      expect(validatePlan(plan, { asOf: "2026-03-20" }).findings.map((finding) => finding.rule), name).not.toContain("medication/known-class");
    }
    expect(validatePlan(named("clozapine100mg", "antipsychotic", [{ date: "2026-03-09", kind: "start" }])).findings.map((finding) => finding.rule)).toContain("medication/class-mismatch");
  });

  it("clozapine recorded as class antipsychotic gets ANC monitoring, and the mismatch is reported", () => {
    const plan = named("clozapine", "antipsychotic", [{ date: "2026-03-09", kind: "start" }]);
    const reviews = medicationReviews(plan, { asOf: "2026-04-01" });
    expect(reviews.success && reviews.data.some((item) => item.protocol === "clozapine-anc")).toBe(true);
    const rules = validatePlan(plan, { asOf: "2026-04-01" }).findings.map((finding) => finding.rule);
    expect(rules).toContain("medication/monitoring-clozapine");
    expect(rules).toContain("medication/class-mismatch");
  });

  it("the visit that changes a dose a day after the review of the start was due is that review, late; the change's own review is due after it", () => {
    const plan = withEdits(named("sertraline", "antidepressant", [{ date: "2026-03-09", kind: "start" }, { date: "2026-03-17", kind: "dose-change" }]), (draft) => {
      draft.reviews.push({ date: "2026-03-17", kind: "psychiatric" }, { date: "2026-03-27", kind: "psychiatric" });
    });
    const reviews = medicationReviews(plan, { asOf: "2026-04-01" });
    const afterChange = reviews.success ? reviews.data.filter((item) => item.protocol === "review-after-change") : [];
    expect(afterChange.map((item) => [item.due, item.status, item.daysLate])).toEqual([
      ["2026-03-16", "late", 1],
      ["2026-03-24", "late", 3],
    ]);
    const findings = validatePlan(plan, { asOf: "2026-04-01" }).findings.filter((finding) => finding.rule.startsWith("medication/review"));
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.params?.daysLate])).toEqual([
      ["medication/review-late", "warning", 1],
      ["medication/review-late", "warning", 3],
    ]);
  });

  it("lithium continuing from before admission: no level is due after a change, the routine levels still are", () => {
    const plan = named("lithium carbonate", "lithium", [{ date: "2026-03-09", kind: "continuing" }]);
    const reviews = medicationReviews(plan, { asOf: "2026-05-04" });
    expect(reviews.success).toBe(true);
    if (reviews.success) {
      expect(reviews.data.filter((item) => item.protocol === "review-after-change")).toEqual([]);
      expect(reviews.data.some((item) => item.protocol === "routine-psychiatric")).toBe(true);
      const levels = reviews.data.filter((item) => item.labs?.includes("lithium-level"));
      expect(levels.map((item) => [item.due, item.status])).toEqual([["2026-03-09", "overdue"]]);
    }
    const missed = validatePlan(plan, { asOf: "2026-05-04" }).findings.filter((finding) => finding.rule === "medication/monitoring-lithium");
    expect(missed.map((finding) => finding.params?.labs)).toContainEqual(["lithium-level"]);
  });

  it("lithium continuing from before admission, with a level drawn in the weeks before it and a dose change later: the levels follow the last draw, then the change", () => {
    const plan = withEdits(named("lithium carbonate", "lithium", [{ date: "2026-03-09", kind: "continuing" }, { date: "2026-04-20", kind: "dose-change" }]), (draft) => {
      draft.reviews.push({ date: "2026-02-20", kind: "lab", labs: ["lithium-level"] });
    });
    const reviews = medicationReviews(plan, { asOf: "2026-05-04" });
    const levels = reviews.success ? reviews.data.filter((item) => item.labs?.includes("lithium-level")) : [];
    expect(levels.map((item) => [item.due, item.status, item.window.from])).toEqual([
      ["2026-03-09", "done", "2026-01-09"],
      ["2026-04-27", "overdue", "2026-04-25"],
    ]);
  });
});
