import { describe, expect, it } from "vitest";
import { validatePlan, type TreatmentPlan } from "../../src/index";
import { cleanPlan, withEdits } from "../helpers/plans";

function rulesAt(plan: TreatmentPlan, asOf?: string, prefix = "medication/") {
  return validatePlan(plan, asOf === undefined ? {} : { asOf }).findings.filter((finding) => finding.rule.startsWith(prefix));
}

/** The template plan (sertraline from 2026-03-09, a 35-year-old) with psychiatric reviews on the given days. */
function seenOn(...days: string[]): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.participant.birthDate = "1990-05-15";
    for (const date of days) draft.reviews.push({ date, kind: "psychiatric" });
  });
}

describe("medication/review-after-change and medication/review-overdue", () => {
  it("nothing is reported without asOf", () => {
    expect(rulesAt(seenOn())).toEqual([]);
  });

  it("a review 7 days after the start is on time; on day 8 without one it is overdue", () => {
    expect(rulesAt(seenOn("2026-03-16"), "2026-03-17")).toEqual([]);
    expect(rulesAt(seenOn(), "2026-03-16")).toEqual([]);
    expect(rulesAt(seenOn(), "2026-03-17")).toEqual([
      expect.objectContaining({ rule: "medication/review-after-change", severity: "error", path: ["medications", 0], params: { due: "2026-03-16", windowFrom: "2026-03-10", protocol: "review-after-change", event: "start", eventOn: "2026-03-09" } }),
    ]);
  });

  it("routine reviews every 2 weeks: one visit covers every open need, the next is due two weeks on", () => {
    // The 2026-03-16 visit covers the review after the start and the routine review due 2026-03-23;
    // the next routine review is due two weeks after that visit.
    expect(rulesAt(seenOn("2026-03-16"), "2026-03-30")).toEqual([]);
    expect(rulesAt(seenOn("2026-03-16"), "2026-03-31").map((finding) => [finding.rule, finding.params?.due])).toEqual([["medication/review-overdue", "2026-03-30"]]);
    expect(rulesAt(seenOn("2026-03-16", "2026-03-24"), "2026-04-07")).toEqual([]);
  });
});

describe("medication/prescriber-on-team", () => {
  it("fires when medications have no prescriber on the team; a nurse practitioner counts", () => {
    const noPrescriber = withEdits(cleanPlan(), (draft) => void (draft.careTeam = draft.careTeam.filter((member) => member.role !== "psychiatrist")));
    expect(rulesAt(noPrescriber).map((finding) => finding.rule)).toEqual(["medication/prescriber-on-team"]);
    const nursePractitioner = withEdits(noPrescriber, (draft) => void draft.careTeam.push({ id: "ct-np", role: "psychiatric-nurse-practitioner" }));
    expect(rulesAt(nursePractitioner)).toEqual([]);
  });
});

describe("medication/monitoring-antidepressant-young", () => {
  it("a 22-year-old needs a visit each week after starting", () => {
    const young = withEdits(seenOn("2026-03-16"), (draft) => void (draft.participant.birthDate = "2004-01-20"));
    expect(rulesAt(young, "2026-03-23")).toEqual([]);
    expect(rulesAt(young, "2026-03-24").map((finding) => [finding.rule, finding.params?.due])).toEqual([["medication/monitoring-antidepressant-young", "2026-03-23"]]);
  });

  it("notes an adult on an antidepressant whose age is unknown", () => {
    const unknown = withEdits(cleanPlan(), (draft) => void delete draft.participant.birthDate);
    expect(rulesAt(unknown)).toEqual([expect.objectContaining({ rule: "medication/monitoring-antidepressant-young", severity: "warning", path: ["participant", "birthDate"] })]);
  });
});

describe("monitoring protocols", () => {
  const onMedication = (medicationClass: string, start: string, reviews: { date: string; labs: string[] }[] = []) =>
    withEdits(cleanPlan(), (draft) => {
      draft.medications = [{ id: "med-1", name: "x", class: medicationClass, events: [{ date: start, kind: "start" }] }];
      draft.reviews.push({ date: "2026-03-16", kind: "psychiatric" }, { date: "2026-03-23", kind: "psychiatric" });
      for (const review of reviews) draft.reviews.push({ date: review.date, kind: "lab", labs: review.labs as never });
    });

  it("clozapine: an ANC missed on its due day is overdue the next day", () => {
    const plan = onMedication("clozapine", "2025-08-04", [{ date: "2026-03-09", labs: ["anc", "weight-bmi", "blood-pressure", "fasting-glucose", "waist", "lipids"] }]);
    expect(rulesAt(plan, "2026-03-23")).toEqual([]);
    expect(rulesAt(plan, "2026-03-24").map((finding) => [finding.rule, finding.params?.labs])).toEqual([["medication/monitoring-clozapine", ["anc"]]]);
  });

  it("lithium: no level 7 days after the start is overdue", () => {
    const plan = onMedication("lithium", "2026-03-09", [{ date: "2026-03-09", labs: ["renal-function", "thyroid", "calcium"] }]);
    expect(rulesAt(plan, "2026-03-16")).toEqual([]);
    expect(rulesAt(plan, "2026-03-17").map((finding) => finding.rule)).toEqual(["medication/monitoring-lithium"]);
  });

  it("valproate and antipsychotics: missing baselines are overdue after the start day", () => {
    // The template does not say whether the participant can become pregnant: the valproate rule notes it.
    expect(rulesAt(onMedication("valproate", "2026-03-10"), "2026-03-11").map((finding) => finding.variant ?? finding.params?.labs)).toEqual(["pregnancyUnknown", ["blood-count"], ["liver-function"]]);
    expect(rulesAt(onMedication("antipsychotic", "2026-03-10"), "2026-03-11").map((finding) => finding.params?.labs)).toEqual([
      ["blood-pressure"],
      ["fasting-glucose"],
      ["lipids"],
      ["waist"],
      ["weight-bmi"],
    ]);
  });
});
