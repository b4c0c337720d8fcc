import { MAX_HORIZON_DAYS, medicationReviews } from "../../medication/reviews";
import type { CommandContext } from "../context";
import { table } from "../format";
import { displayName, readOne, UsageError } from "../io";
import { choiceOption, dayOption, findingLine, localeOption, parseOptions, planFromInput, policyOption } from "../options";

export const reviewsHelp = `Usage: iopkit reviews <plan.json | -> --as-of <YYYY-MM-DD> [options]

Lists the psychiatric reviews and labs due for the plan's medications and where each stands.

Options:
  --as-of <YYYY-MM-DD>    the day to judge statuses on (required)
  --policy <id|file>      default, medicare-iop, asam-2.1, or a JSON policy file
  --horizon <days>        also list items due up to this many days after --as-of (0 to ${MAX_HORIZON_DAYS})
  --format <table|json>   table (default) or JSON
  --locale <en|es>        the language of the findings' messages (default: en)
  -h, --help              show this help

Exit codes: 0 nothing overdue, 1 something overdue, 2 unreadable input or bad usage.`;

/** `--horizon`: whole days from 0 to {@link MAX_HORIZON_DAYS}, written in digits (0 when absent). */
function horizonOption(value: string | undefined): number {
  if (value === undefined) return 0;
  const days = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!(days <= MAX_HORIZON_DAYS)) throw new UsageError(`--horizon must be a whole number of days from 0 to ${MAX_HORIZON_DAYS}`);
  return days;
}

/** `iopkit reviews`: due reviews and labs, exit 1 when something is overdue. */
export function reviews(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseOptions(args, { "as-of": { type: "string" }, policy: { type: "string" }, horizon: { type: "string" }, format: { type: "string" }, locale: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return context.out(reviewsHelp), 0;
  const locale = localeOption(values.locale);
  const asOf = dayOption("as-of", values["as-of"]);
  if (asOf === undefined) throw new UsageError("reviews needs --as-of YYYY-MM-DD");
  const horizonDays = horizonOption(values.horizon);
  const policy = policyOption(values.policy);
  const format = choiceOption("format", values.format, ["table", "json"] as const, "table");
  const loaded = planFromInput(readOne(positionals), locale);
  if ("exit" in loaded) return context.err(loaded.message), loaded.exit;
  const result = medicationReviews(loaded.plan, { asOf, policy, horizonDays });
  if (!result.success) return context.err(result.findings.map((finding) => findingLine(finding, locale)).join("\n")), 2;
  const overdue = result.data.some((item) => item.status === "overdue");
  if (format === "json") return context.out(JSON.stringify(result.data, null, 2)), overdue ? 1 : 0;
  const rows = result.data.map((item) => [item.due, item.status, item.kind === "lab" ? `lab: ${item.labs?.join(" or ")}` : "psychiatric review", item.protocol, displayName(item.medicationId ?? ""), item.reason]);
  context.out(table(["due", "status", "what", "protocol", "medication", "reason"], rows));
  return overdue ? 1 : 0;
}
