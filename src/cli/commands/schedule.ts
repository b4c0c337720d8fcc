import { toICalendar } from "../../ical";
import { expandSchedule } from "../../schedule/expand";
import type { CommandContext } from "../context";
import { table } from "../format";
import { readOne } from "../io";
import { choiceOption, dayOption, findingLine, localeOption, parseOptions, planFromInput } from "../options";

export const scheduleHelp = `Usage: iopkit schedule <plan.json | -> [options]

Lists the plan's dated sessions and appointments in its time zone, or writes them as an
iCalendar file (--format ics > program.ics).

Options:
  --from <YYYY-MM-DD>      first day (default: admission)
  --to <YYYY-MM-DD>        last day (default: discharge or planned discharge)
  --closures <d1,d2,...>   days the program is closed
  --format <table|json|ics> table (default), JSON or iCalendar
  --mode <events|series>   ics: one event per session (default) or one weekly series
  --stamp <instant>        ics: DTSTAMP, an ISO instant ending in Z (default: now)
  --locale <en|es>         the language of the findings' messages (default: en)
  -h, --help               show this help`;

/** `iopkit schedule`: the dated schedule as a table, JSON or an iCalendar file. */
export function schedule(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseOptions(args, { from: { type: "string" }, to: { type: "string" }, closures: { type: "string" }, format: { type: "string" }, mode: { type: "string" }, stamp: { type: "string" }, locale: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return context.out(scheduleHelp), 0;
  const locale = localeOption(values.locale);
  const from = dayOption("from", values.from);
  const to = dayOption("to", values.to);
  const closures = values.closures?.split(",").map((day) => dayOption("closures", day.trim())!) ?? [];
  const format = choiceOption("format", values.format, ["table", "json", "ics"] as const, "table");
  const loaded = planFromInput(readOne(positionals), locale);
  if ("exit" in loaded) return context.err(loaded.message), loaded.exit;
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}), closures };
  const mode = choiceOption("mode", values.mode, ["events", "series"] as const, "events");
  const result = format === "ics" ? toICalendar(loaded.plan, { ...range, mode, stamp: values.stamp ?? `${context.now().toISOString().slice(0, 19)}Z` }) : expandSchedule(loaded.plan, range);
  if (!result.success) {
    for (const finding of result.findings) context.err(findingLine(finding, locale));
    return 2;
  }
  // The file ends in CRLF; `out` writes the LF that ends it.
  if (typeof result.data === "string") return context.out(result.data.slice(0, -1)), 0;
  if (format === "json") return context.out(JSON.stringify(result.data, null, 2)), 0;
  const rows = result.data.sessions.map((session) => [
    session.date,
    session.start.slice(11, 16),
    session.end.slice(11, 16),
    session.start.slice(19),
    session.kind === "session" ? session.activities.map((activity) => activity.kind).join(", ") : `${session.modality} (appointment)`,
    session.adjusted ? "start moved (DST)" : "",
  ]);
  context.out(`${loaded.plan.timeZone}: ${result.data.sessions.length} sessions and appointments`);
  context.out(table(["date", "start", "end", "offset", "what", "note"], rows));
  if (result.data.skippedClosures.length > 0) context.out(`closed: ${result.data.skippedClosures.join(", ")}`);
  if (result.data.undatedAppointments.length > 0) context.out(`appointments without a set day and time: ${result.data.undatedAppointments.length}`);
  return 0;
}
