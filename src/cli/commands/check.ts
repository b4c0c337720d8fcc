import type { SeverityCounts } from "../../core/finding";
import { counted } from "../../core/words";
import type { CheckReport } from "../../rules/run-rules";
import { checkPlan } from "../../rules/engine";
import { dayIn, zoneOf } from "../clock";
import type { CommandContext } from "../context";
import { prettyFindings } from "../format";
import { readInputs, UsageError } from "../io";
import { choiceOption, dayOption, localeOption, parseOptions, policyOption } from "../options";

export const checkHelp = `Usage: iopkit check <plan.json | folder | ->... [options]

Checks each plan against every rule of a policy.

Options:
  --policy <id|file>        default, medicare-iop, asam-2.1, or a JSON policy file (default: default)
  --as-of <YYYY-MM-DD>      the day to judge deadlines and overdue reviews on (default: today
                            in each plan's time zone; the day used is printed)
  --fail-on <error|warning> the lowest severity that fails a plan (default: error)
  --format <pretty|json>    pretty (default) or one JSON document keyed by file
  --locale <en|es>          the language of the findings' messages (default: en)
  -q, --quiet               print only the plans that fail and the inputs that cannot be read
  -h, --help                show this help

Exit codes: 0 every plan passes, 1 a plan fails (has an error, or a warning with
--fail-on warning), 2 an input cannot be read or bad usage (the other inputs are still checked).`;

const OPTIONS = {
  policy: { type: "string" },
  "as-of": { type: "string" },
  "fail-on": { type: "string" },
  format: { type: "string" },
  locale: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

/** The counts of a report or a run, in words. */
function countsText(counts: SeverityCounts): string {
  return `${counted(counts.error, "error")}, ${counted(counts.warning, "warning")}, ${counted(counts.info, "info", "info")}`;
}

/** What a check of several inputs came to. */
interface Tally {
  passed: number;
  failed: number;
  unreadable: number;
  readonly counts: { error: number; warning: number; info: number };
}

/** The summary line after several inputs. */
function summary(tally: Tally): string {
  const plans = counted(tally.passed + tally.failed + tally.unreadable, "input");
  const outcome = [`${tally.passed} passed`, `${tally.failed} failed`, ...(tally.unreadable > 0 ? [`${tally.unreadable} unreadable`] : [])].join(", ");
  return `${plans}: ${outcome} (${countsText(tally.counts)})`;
}

/** `iopkit check`: reports for every plan, exit 0/1/2. */
export function check(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseOptions(args, OPTIONS);
  if (values.help) return context.out(checkHelp), 0;
  if (positionals.length === 0) throw new UsageError("check needs at least one plan file, folder or -");
  const policy = policyOption(values.policy);
  const givenAsOf = dayOption("as-of", values["as-of"]);
  const failOn = choiceOption("fail-on", values["fail-on"], ["error", "warning"] as const, "error");
  const format = choiceOption("format", values.format, ["pretty", "json"] as const, "pretty");
  const locale = localeOption(values.locale);
  const quiet = values.quiet === true;
  const fails = (report: CheckReport) => report.counts.error > 0 || (failOn === "warning" && report.counts.warning > 0);
  const results = new Map<string, (Omit<CheckReport, "plan"> & { asOf: string }) | { error: string }>();
  const tally: Tally = { passed: 0, failed: 0, unreadable: 0, counts: { error: 0, warning: 0, info: 0 } };
  const now = givenAsOf === undefined ? context.now() : undefined;
  for (const input of readInputs(positionals)) {
    if ("error" in input) {
      tally.unreadable += 1;
      if (format === "json") results.set(input.name, { error: input.error });
      else context.err(`${input.name}: ${input.error}`);
      continue;
    }
    const zone = zoneOf(input.value);
    const asOf = givenAsOf ?? dayIn(now!, zone);
    const { plan: _plan, ...report } = checkPlan(input.value, { policy, asOf, locale });
    const failed = fails(report);
    tally[failed ? "failed" : "passed"] += 1;
    for (const severity of ["error", "warning", "info"] as const) tally.counts[severity] += report.counts[severity];
    if (format === "json") results.set(input.name, { ...report, asOf });
    else if (failed || !quiet) {
      const title = `${input.name}: ${failed ? "NOT ok" : "ok"} (${countsText(report.counts)})`;
      const note = givenAsOf === undefined ? `as of ${asOf}, today in ${zone}` : `as of ${asOf}`;
      context.out(prettyFindings(title, report.findings, context.color, [note]));
    }
  }
  if (format === "json") context.out(JSON.stringify({ policy: policy.id, asOf: givenAsOf ?? null, failOn, plans: Object.fromEntries(results) }, null, 2));
  else if (!quiet && tally.passed + tally.failed + tally.unreadable > 1) context.out(summary(tally));
  return tally.unreadable > 0 ? 2 : tally.failed > 0 ? 1 : 0;
}
