import { describe, expect, it } from "vitest";
import { checkPlan, formatFinding, validatePlan, type Finding, type TreatmentPlan } from "../../src/index";
import { attendanceRules } from "../../src/attendance/rules";
import { ATTENDANCE_MESSAGES } from "../../src/attendance/messages";
import { attendanceMessagesEs, attendanceRulesEs } from "../../src/locales/es/attendance";
import { toDraft } from "../../src/testing";
import { fourDayPlan, withAttendance, type Outcome } from "../attendance/helpers";
import { cleanPlan, withEdits } from "../helpers/plans";
import { expectWrittenFromParams, keyOf, keysOf, mutationFindings, rulesCatalog, spanish } from "./catalog-checks";

const locale = spanish(attendanceRulesEs, attendanceMessagesEs);
const CODES: readonly string[] = attendanceRules.map((rule) => rule.code);
const SESSION = 180;

/** The attendance findings of a plan at `asOf`. */
function findingsIn(plan: TreatmentPlan, asOf: string): Finding[] {
  return validatePlan(plan, { asOf }).findings.filter((finding) => CODES.includes(finding.rule));
}

/** The four-day plan recorded up to `asOf`, weeks given as delivered minutes (a missing week fully attended). */
function weeksDelivering(asOf: string, byWeek: Record<number, number>): TreatmentPlan {
  return withAttendance(fourDayPlan(), asOf, (_session, index): Outcome => {
    const minutes = byWeek[Math.floor(index / 4) + 1];
    if (minutes === undefined) return "attended";
    const left = minutes - (index % 4) * SESSION;
    return left >= SESSION ? "attended" : left > 0 ? ["partial", left] : "absent-excused";
  });
}

/** Findings for the variants the mutations do not reach, and of the attendance schemas. */
function targetedFindings(): Finding[] {
  const draft = toDraft(withAttendance(fourDayPlan(), "2026-03-12"));
  draft.attendance![0] = { ...draft.attendance![0]!, session: 0, appointment: 0 };
  draft.attendance![1] = { ...draft.attendance![1]!, minutes: 30 };
  draft.transitions = [{ date: "2026-03-16", from: "intensive-outpatient", to: "intensive-outpatient", reason: "Text." }];
  // Three short weeks before a step down, one more than the default grace (attendance/step-down-grace
  // has no mutation: the weeks past the grace are short weeks too), and an IOP session attended on a
  // single partial hospitalization day.
  const stepDown = withEdits(weeksDelivering("2026-03-30", { 1: 180, 2: 180, 3: 180 }), (draft) => {
    draft.transitions = [{ date: "2026-03-30", from: "intensive-outpatient", to: "outpatient", reason: "Text." }];
  });
  const oneDayAtPhp = withEdits(withAttendance(fourDayPlan(), "2026-03-12"), (draft) => {
    draft.transitions = [
      { date: "2026-03-11", from: "intensive-outpatient", to: "partial-hospitalization", reason: "Text." },
      { date: "2026-03-12", from: "partial-hospitalization", to: "intensive-outpatient", reason: "Text." },
    ];
  });
  // The template plan's individual therapy (no set day) recorded twice in week 1, its psychiatric
  // visit (no set day, every other week) not at all.
  const weekly = withEdits(withAttendance(cleanPlan(), "2026-03-16", (session) => (session.kind === "appointment" && session.sessionIndex === 1 ? undefined : "attended")), (draft) => {
    draft.attendance!.push({ date: "2026-03-12", appointment: 0, status: "absent-excused" });
  });
  return [
    ...findingsIn(weekly, "2026-03-16"),
    ...findingsIn(weeksDelivering("2026-03-23", { 1: 539, 2: 539 }), "2026-03-23"),
    ...findingsIn(stepDown, "2026-03-30"),
    ...findingsIn(oneDayAtPhp, "2026-03-12"),
    ...checkPlan(draft).findings.filter((finding) => finding.rule.startsWith("schema/")),
  ];
}

describe("attendance messages", () => {
  const findings = [...mutationFindings(CODES), ...targetedFindings()];

  it("reach every code and variant of the attendance rules and schemas", () => {
    const english = [...keysOf(rulesCatalog(attendanceRules)), ...keysOf(ATTENDANCE_MESSAGES)].sort();
    expect([...new Set(findings.map(keyOf))].filter((key) => english.includes(key)).sort()).toEqual(english);
  });

  it("are written again from their params in English, and in Spanish", () => {
    expectWrittenFromParams(findings, locale);
  });

  it("have a Spanish message for every English one, and none more", () => {
    expect(keysOf(attendanceRulesEs)).toEqual(keysOf(rulesCatalog(attendanceRules)));
    expect(keysOf(attendanceMessagesEs)).toEqual(keysOf(ATTENDANCE_MESSAGES));
  });

  it("name the record that counts by its number from 1", () => {
    const twice = withEdits(withAttendance(fourDayPlan(), "2026-03-10"), (draft) => void draft.attendance!.push({ ...draft.attendance![0]! }));
    const duplicate = findingsIn(twice, "2026-03-10").filter((each) => each.rule === "attendance/duplicate-record");
    expect(duplicate.map((each) => [each.message, formatFinding(each, { locale })])).toEqual([
      [
        "Another attendance record for the same session on 2026-03-09; record 1 counts.",
        "Hay otro registro de asistencia para la misma sesión del 2026-03-09; cuenta el registro 1.",
      ],
    ]);
  });
});
