import { deliveredCare, estimateCost, validatePlan, type TreatmentPlan } from "../../src/index";
import { withEdits } from "../helpers/plans";
import { cleanPlan } from "../helpers/plans";
import { withAttendance } from "./helpers";

/** The day the worked example is looked at: five weeks after admission. */
export const EXAMPLE_AS_OF = "2026-04-13";

/**
 * The worked example of docs/attendance.md: the standard three-day plan (Mon, Wed, Fri from Monday
 * 2026-03-09, 180-minute sessions, a weekly 50-minute individual therapy and a 30-minute
 * psychiatric visit every other week, neither on a set day) and a participant who attends two
 * weeks, misses the third without an excuse, returns in the fourth but misses individual therapy
 * with an excuse and leaves Friday's session after 150 minutes, and attends the fifth in full. The
 * appointments are recorded on the Monday of their week.
 */
export function examplePlan(): TreatmentPlan {
  const recorded = withAttendance(cleanPlan(), EXAMPLE_AS_OF, (session) => {
    if (session.date >= "2026-03-23" && session.date <= "2026-03-29") return "absent-unexcused";
    if (session.date === "2026-03-30" && session.kind === "appointment") return "absent-excused";
    return session.date === "2026-04-03" ? ["partial", 150] : "attended";
  });
  return withEdits(recorded, (draft) => {
    draft.coverage = { payer: "self-pay", costSharing: { allowedPerDayCents: 40_000 } };
  });
}

/** The example's figures as docs/attendance.md shows them. */
export function exampleTable(): string {
  const plan = examplePlan();
  const care = deliveredCare(plan, { asOf: EXAMPLE_AS_OF });
  const cost = estimateCost(plan, { from: plan.period.admitted, to: "2026-04-12" });
  if (!care.success || !cost.success) throw new Error("the worked example does not compute");
  const weeks = care.data.weeks.map(
    (week) => `| ${week.week} | ${week.from} | ${week.scheduledMinutes} | ${week.deliveredMinutes} | ${week.programDaysAttended}/${week.programDays} | ${week.absences.unexcused} | ${week.short ? "yes" : "no"} |`,
  );
  const findings = validatePlan(plan, { asOf: EXAMPLE_AS_OF })
    .findings.filter((finding) => finding.rule.startsWith("attendance/"))
    .map((finding) => `| \`${finding.rule}\` | ${finding.severity} | ${finding.message} |`);
  const { totals } = care.data;
  return [
    "| week | from | scheduled | delivered | days attended | unexcused absences | short |",
    "|---|---|---|---|---|---|---|",
    ...weeks,
    "",
    `Totals: ${totals.deliveredMinutes} of ${totals.scheduledMinutes} minutes delivered, ${totals.programDaysAttended} of ${totals.programDays} program days attended, attendance rate ${care.data.attendanceRate}, longest run of unexcused absences ${care.data.longestUnexcusedRun?.length ?? 0} (${care.data.longestUnexcusedRun?.from} to ${care.data.longestUnexcusedRun?.to}).`,
    "",
    "| rule | severity | message |",
    "|---|---|---|",
    ...findings,
    "",
    `Billing: ${cost.data.billedDays} days billed, all from attendance (${cost.data.attendedDays} attended), ${cost.data.allowedCents / 100} dollars at 400 dollars a day; the schedule alone would bill ${care.data.totals.programDays}.`,
  ].join("\n");
}
