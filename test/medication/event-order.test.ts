import { describe, expect, it } from "vitest";
import { MedicationEventSchema, validatePlan, type TreatmentPlan } from "../../src/index";
import { cleanPlan, withEdits } from "../helpers/plans";

type Event = { date: string; kind: "start" | "dose-change" | "stop" | "continuing" };

/** The template plan (admitted 2026-03-09, a 35-year-old) with one medication and these events. */
function withEvents(name: string, medicationClass: string, events: Event[]): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.medications = [{ id: "med-1", name, class: medicationClass, events }];
  });
}

function eventOrderFindings(plan: TreatmentPlan) {
  return validatePlan(plan).findings.filter((finding) => finding.rule === "medication/event-order");
}

describe("medication/event-order", () => {
  it("a clozapine list that begins with a dose change is an error at that event", () => {
    // Clozapine taken for months, recorded only from its dose change: every lab protocol reads the
    // history from a start and would find none.
    const plan = withEvents("clozapine", "clozapine", [{ date: "2026-03-16", kind: "dose-change" }]);
    const report = validatePlan(plan, { asOf: "2026-04-01" });
    expect(report.ok).toBe(false);
    expect(report.findings.filter((finding) => finding.rule === "medication/event-order")).toEqual([
      {
        rule: "medication/event-order",
        severity: "error",
        path: ["medications", 0, "events", 0],
        message: "The first event of medication 1 is a dose-change; a history begins with a start or a continuing.",
        variant: "firstNotStart",
        params: { medication: 1, event: 1, kind: "dose-change" },
      },
    ]);
  });

  it("a lithium history whose dose change is listed before its start is an error at the out-of-order event", () => {
    const plan = withEvents("lithium", "lithium", [
      { date: "2026-03-18", kind: "dose-change" },
      { date: "2026-01-05", kind: "start" },
    ]);
    expect(eventOrderFindings(plan)).toEqual([
      expect.objectContaining({
        path: ["medications", 0, "events", 1],
        message: "Event 2 of medication 1 is dated 2026-01-05, before the event listed before it (2026-03-18); events are listed oldest first.",
        variant: "unordered",
        params: { medication: 1, event: 2, date: "2026-01-05", previous: "2026-03-18" },
      }),
    ]);
  });

  it("a history that begins with a stop is an error", () => {
    expect(eventOrderFindings(withEvents("sertraline", "antidepressant", [{ date: "2026-03-20", kind: "stop" }]))).toEqual([
      expect.objectContaining({ path: ["medications", 0, "events", 0], params: { medication: 1, event: 1, kind: "stop" } }),
    ]);
  });

  it("a dose change after a stop without a new start is an error; a restart makes it valid", () => {
    const stopped: Event[] = [
      { date: "2026-03-09", kind: "start" },
      { date: "2026-03-20", kind: "stop" },
      { date: "2026-04-01", kind: "dose-change" },
    ];
    expect(eventOrderFindings(withEvents("sertraline", "antidepressant", stopped))).toEqual([
      expect.objectContaining({
        path: ["medications", 0, "events", 2],
        message: "Event 3 of medication 1 is a dose-change after the stop on 2026-03-20 without a new start.",
        params: { medication: 1, event: 3, kind: "dose-change", stoppedOn: "2026-03-20" },
      }),
    ]);
    const stoppedTwice: Event[] = [...stopped.slice(0, 2), { date: "2026-03-25", kind: "stop" }];
    expect(eventOrderFindings(withEvents("sertraline", "antidepressant", stoppedTwice))).toEqual([
      expect.objectContaining({ path: ["medications", 0, "events", 2], params: { medication: 1, event: 3, kind: "stop", stoppedOn: "2026-03-20" } }),
    ]);
    const restarted: Event[] = [...stopped.slice(0, 2), { date: "2026-03-27", kind: "start" }, stopped[2]!, { date: "2026-04-10", kind: "stop" }];
    expect(eventOrderFindings(withEvents("sertraline", "antidepressant", restarted))).toEqual([]);
  });

  it("events on the same day keep their listed order", () => {
    const sameDay: Event[] = [
      { date: "2026-03-09", kind: "start" },
      { date: "2026-03-09", kind: "dose-change" },
      { date: "2026-03-09", kind: "stop" },
    ];
    expect(eventOrderFindings(withEvents("sertraline", "antidepressant", sameDay))).toEqual([]);
  });

  it("sertraline continued from before admission, then changed, is a valid history", () => {
    const continued: Event[] = [
      { date: "2026-03-09", kind: "continuing" },
      { date: "2026-03-23", kind: "dose-change" },
    ];
    expect(MedicationEventSchema.safeParse(continued[0]).success).toBe(true);
    expect(eventOrderFindings(withEvents("sertraline", "antidepressant", continued))).toEqual([]);
    expect(eventOrderFindings(withEvents("sertraline", "antidepressant", [{ date: "2025-11-02", kind: "continuing" }]))).toEqual([]);
  });

  it("a continuing dated after admission is an error: a medicine begun during care has a start", () => {
    expect(eventOrderFindings(withEvents("sertraline", "antidepressant", [{ date: "2026-03-10", kind: "continuing" }]))).toEqual([
      expect.objectContaining({
        path: ["medications", 0, "events", 0],
        message: "Medication 1 is continuing from 2026-03-10, after admission on 2026-03-09; a medicine begun during care has a start.",
        params: { medication: 1, event: 1, kind: "continuing", date: "2026-03-10", admitted: "2026-03-09" },
      }),
    ]);
  });

  it("a continuing anywhere but first is an error", () => {
    const plan = withEvents("sertraline", "antidepressant", [
      { date: "2026-01-05", kind: "start" },
      { date: "2026-03-09", kind: "continuing" },
    ]);
    expect(eventOrderFindings(plan)).toEqual([expect.objectContaining({ path: ["medications", 0, "events", 1], params: { medication: 1, event: 2, kind: "continuing" } })]);
  });

  it("each medication is judged on its own, one finding for its first broken event", () => {
    const plan = withEdits(cleanPlan(), (draft) => {
      draft.medications = [
        { id: "med-1", name: "a", class: "other", events: [{ date: "2026-03-09", kind: "start" }] },
        { id: "med-2", name: "b", class: "other", events: [{ date: "2026-03-12", kind: "dose-change" }, { date: "2026-03-20", kind: "stop" }] },
      ];
    });
    expect(eventOrderFindings(plan).map((finding) => finding.path)).toEqual([["medications", 1, "events", 0]]);
  });

  it("sertraline continuing from before admission leaves the template plan clean", () => {
    const plan = withEvents("sertraline", "antidepressant", [{ date: "2026-02-01", kind: "continuing" }]);
    expect(validatePlan(plan).findings).toEqual([]);
  });
});
