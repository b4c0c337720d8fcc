import { describe, expect, it } from "vitest";
import { checkLines, checkPlan, expandSchedule, fitSchedule, formatFinding, InputError, validatePlan, type Finding, type TreatmentPlan } from "../../src/index";
import { scheduleRules } from "../../src/schedule/rules";
import { SCHEDULE_MESSAGES } from "../../src/schedule/messages";
import { reviewCadence } from "../../src/plan/rules/review-cadence";
import { cadenceRulesEs } from "../../src/locales/es/cadence";
import { scheduleMessagesEs, scheduleRulesEs } from "../../src/locales/es/schedule";
import { toDraft } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";
import { expectWrittenFromParams, keyOf, keysOf, mutationFindings, rulesCatalog, spanish } from "./catalog-checks";

const locale = spanish(scheduleRulesEs, scheduleMessagesEs, cadenceRulesEs);
const CODES = [...scheduleRules.map((rule) => rule.code), reviewCadence.code];

/** The findings of `codes` in a plan, with `asOf` when given. */
function findingsIn(plan: TreatmentPlan, asOf?: string): Finding[] {
  return validatePlan(plan, asOf === undefined ? {} : { asOf }).findings.filter((finding) => CODES.includes(finding.rule as (typeof CODES)[number]));
}

/** A plan with `days` sessions of `minutes` each and no appointments. */
function planWith(days: number, minutes: number): TreatmentPlan {
  return withEdits(cleanPlan(), (draft) => {
    draft.schedule.appointments = [];
    draft.schedule.sessions = (["mon", "tue", "wed", "thu", "fri", "sat"] as const).slice(0, days).map((day) => ({
      day,
      start: "09:00",
      activities: [{ kind: "group-therapy" as const, minutes, interventionId: "int-group" }],
    }));
  });
}

/** Findings for the variants the mutations do not reach. */
function targetedFindings(): Finding[] {
  const appointment = { modality: "individual-therapy" as const, minutes: 50, everyWeeks: 1, interventionId: "int-individual" };
  const ambiguous = withEdits(cleanPlan({ admitted: "2026-10-19" }), (draft) => {
    draft.schedule.appointments![0] = { ...draft.schedule.appointments![0]!, day: "sun", start: "01:30" };
  });
  const gap = withEdits(cleanPlan({ admitted: "2026-03-02" }), (draft) => {
    draft.schedule.appointments![0] = { ...draft.schedule.appointments![0]!, day: "sun", start: "02:30" };
  });
  const reviewed = withEdits(cleanPlan(), (draft) => {
    draft.period.plannedDischarge = "2026-05-18";
    draft.reviews = [{ date: "2026-03-09", kind: "plan", participantSigned: true }, { date: "2026-04-12", kind: "plan", participantSigned: true }];
  });
  return [
    ...findingsIn(planWith(3, 179)),
    ...findingsIn(planWith(5, 240)),
    ...findingsIn(planWith(3, 130)),
    ...findingsIn(planWith(3, 250)),
    ...findingsIn(withEdits(planWith(4, 180), (draft) => void (draft.schedule.sessions[3]!.day = "mon"))),
    ...findingsIn(withEdits(planWith(3, 180), (draft) => void (draft.schedule.sessions[0]!.start = "21:01"))),
    ...findingsIn(withEdits(planWith(3, 180), (draft) => void (draft.schedule.sessions[0]!.end = "12:15"))),
    ...findingsIn(
      withEdits(planWith(3, 180), (draft) => {
        draft.participant.commitments = [{ day: "tue", start: "06:00", end: "08:00" }, { day: "mon", start: "08:00", end: "10:00" }];
        draft.schedule.appointments = [{ ...appointment, day: "tue", start: "07:00" }, { ...appointment, day: "tue", start: "07:30" }, { ...appointment, day: "mon", start: "10:00" }];
      }),
    ),
    ...findingsIn(gap),
    ...findingsIn(ambiguous),
    ...findingsIn(reviewed, "2026-05-18"),
  ];
}

/** Findings of the schedule functions outside the rules. */
function functionFindings(): Finding[] {
  const plan = cleanPlan();
  const failed = (result: { success: boolean; findings?: readonly Finding[] }) => (result.success ? [] : [...result.findings!]);
  const reason = (fit: ReturnType<typeof fitSchedule>) => (fit.success && fit.data.reason ? [fit.data.reason] : []);
  const busy = (["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const).map((day) => ({ day, start: "08:00", end: "21:00" }));
  const draft = toDraft(plan);
  draft.participant.commitments = [{ day: "mon", start: "10:00", end: "09:00" }];
  return [
    ...failed(expandSchedule(plan, { closures: "2026-03-09" as unknown as string[] })),
    ...failed(expandSchedule(plan, { closures: Array<string>(4000).fill("2026-03-09") })),
    ...failed(expandSchedule(plan, { from: "2026-04-01", to: "2026-03-01" })),
    ...failed(expandSchedule(plan, { from: "2026-01-01", to: "2046-01-01" })),
    ...failed(fitSchedule([], { earliest: "25:00" as "08:00", limit: -1 })),
    ...failed(fitSchedule([], { ageGroup: "child" as "adult", preferredDays: ["monday"] as never, stepMinutes: 0 })),
    ...reason(fitSchedule([], { daysPerWeek: 2 })),
    ...reason(fitSchedule([], { sessionMinutes: 100 })),
    ...reason(fitSchedule([], { daysPerWeek: 3, sessionMinutes: 150 })),
    ...reason(fitSchedule([], { earliest: "19:00", latest: "21:00" })),
    ...reason(fitSchedule(busy, {})),
    ...checkPlan(draft).findings.filter((finding) => finding.rule === "schema/window-order"),
    ...refused(() => checkLines([], { maxLineBytes: 0.5 })),
  ];
}

/** The findings of the `InputError` a call throws. */
function refused(call: () => unknown): Finding[] {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return [...error.findings];
  }
  throw new Error("the call was not refused with an InputError");
}

describe("schedule messages", () => {
  const findings = [...mutationFindings(CODES), ...targetedFindings(), ...functionFindings()];

  it("reach every code and variant of the schedule rules, the plan-review cadence and the schedule functions", () => {
    const english = keysOf({ ...rulesCatalog([...scheduleRules, reviewCadence]), ...SCHEDULE_MESSAGES });
    expect([...new Set(findings.map(keyOf))].filter((key) => english.includes(key)).sort()).toEqual(english);
  });

  it("are written again from their params in English, and in Spanish", () => {
    expectWrittenFromParams(findings, locale);
  });

  it("have a Spanish message for every English one, and none more", () => {
    expect(keysOf(scheduleRulesEs)).toEqual(keysOf(rulesCatalog(scheduleRules)));
    expect(keysOf(cadenceRulesEs)).toEqual(keysOf(rulesCatalog([reviewCadence])));
    expect(keysOf(scheduleMessagesEs)).toEqual(keysOf(SCHEDULE_MESSAGES));
  });

  it("say weekdays, places and lists in the language", () => {
    const byKey = new Map(findings.map((finding) => [keyOf(finding), finding]));
    const both = (key: string) => [byKey.get(key)!.message, formatFinding(byKey.get(key)!, { locale })];
    expect(both("schedule/one-session-per-day#default")).toEqual(["A session on Monday is already scheduled (session 1).", "Ya hay una sesión programada el lunes (sesión 1)."]);
    expect(both("schedule/no-fit#noFreeDays")).toEqual([
      "No start between 08:00 and 21:00 leaves 3, 4, or 5 days free of commitments.",
      "Ninguna hora de inicio entre las 08:00 y las 21:00 deja 3, 4 o 5 días libres de compromisos.",
    ]);
  });
});
