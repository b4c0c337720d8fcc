import { deliveredCare, type DeliveredWeek } from "../../attendance/delivered";
import type { CommandContext } from "../context";
import { table } from "../format";
import { readOne, UsageError } from "../io";
import { choiceOption, dayOption, findingLine, localeOption, parseOptions, planFromInput, policyOption } from "../options";

export const deliveredHelp = `Usage: iopkit delivered <plan.json | -> --as-of <YYYY-MM-DD> [options]

Shows the care delivered week by week from the plan's attendance records.

Options:
  --as-of <YYYY-MM-DD>    sessions before this day count (required)
  --policy <id|file>      default, medicare-iop, asam-2.1, or a JSON policy file
  --format <table|json>   table (default) or JSON
  --locale <en|es>        the language of the findings' messages (default: en)
  -h, --help              show this help

Exit codes: 0 shown, 1 invalid plan, 2 unreadable input or bad usage.`;

/** What the week column's note says: short, not complete yet, or another level of care. */
function note(week: DeliveredWeek): string {
  if (week.short) return "under the minimum";
  if (!week.complete) return "in progress";
  if (week.unrecorded > 0) return "not all recorded";
  return week.level === "intensive-outpatient" ? "" : (week.level ?? "level changes");
}

/** `iopkit delivered`: delivered care as a table or JSON. */
export function delivered(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseOptions(args, { "as-of": { type: "string" }, policy: { type: "string" }, format: { type: "string" }, locale: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return context.out(deliveredHelp), 0;
  const locale = localeOption(values.locale);
  const asOf = dayOption("as-of", values["as-of"]);
  if (asOf === undefined) throw new UsageError("delivered needs --as-of YYYY-MM-DD");
  const policy = policyOption(values.policy);
  const format = choiceOption("format", values.format, ["table", "json"] as const, "table");
  const loaded = planFromInput(readOne(positionals), locale);
  if ("exit" in loaded) return context.err(loaded.message), loaded.exit;
  const result = deliveredCare(loaded.plan, { asOf, policy });
  if (!result.success) {
    for (const finding of result.findings) context.err(findingLine(finding, locale));
    return 2;
  }
  const care = result.data;
  if (format === "json") return context.out(JSON.stringify(care, null, 2)), 0;
  const qualifying = care.counted === "qualifying";
  const rows = care.weeks.map((week) => [
    String(week.week),
    week.from,
    String(qualifying ? week.scheduledQualifyingMinutes : week.scheduledMinutes),
    String(qualifying ? week.deliveredQualifyingMinutes : week.deliveredMinutes),
    `${week.programDaysAttended}/${week.programDays}`,
    `${week.absences.excused}/${week.absences.unexcused}/${week.absences.cancelled}`,
    String(week.unrecorded),
    note(week),
  ]);
  const { totals } = care;
  const run = care.longestUnexcusedRun;
  context.out(`${care.counted} minutes before ${care.asOf}; weekly minimum ${care.weeklyMinimum}`);
  context.out(table(["week", "from", "scheduled", "delivered", "days", "absent exc/unexc/canc", "unrecorded", "note"], rows));
  context.out(
    `total: ${qualifying ? totals.deliveredQualifyingMinutes : totals.deliveredMinutes} of ${qualifying ? totals.scheduledQualifyingMinutes : totals.scheduledMinutes} minutes, ${totals.programDaysAttended} of ${totals.programDays} program days`,
  );
  context.out(`attendance rate: ${care.attendanceRate === undefined ? "none recorded" : `${Math.round(care.attendanceRate * 100)}%`}`);
  context.out(`longest run of unexcused absences: ${run ? `${run.length} (${run.from} to ${run.to})` : "none"}`);
  if (care.unrecorded.length > 0) context.out(`without a record: ${care.unrecorded.length} (first ${care.unrecorded[0]!.date})`);
  return 0;
}
