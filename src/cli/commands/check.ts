import { parseArgs } from "node:util";
import type { CheckReport, Report } from "../../rules/run-rules";
import { checkPlan } from "../../rules/engine";
import { prettyFindings } from "../format";
import { readInputs, UsageError } from "../io";
import { choiceOption, dayOption, policyOption } from "../options";
import type { CommandContext } from "../context";

export const checkHelp = `Usage: iopkit check <plan.json | folder | ->... [options]

Checks each plan against every rule of a policy.

Options:
  --policy <id|file>   default, medicare-iop, asam-2.1, or a JSON policy file (default: default)
  --as-of <YYYY-MM-DD> the day to judge deadlines and overdue reviews on; without it
                       the date rules are skipped, and each report says how many
  --format <pretty|json>  pretty (default) or one JSON document keyed by file
  -h, --help           show this help

Exit codes: 0 no errors, 1 a plan has errors, 2 unreadable input or bad usage.`;

/** The line saying which date rules did not run for want of `--as-of`, if any. */
function skippedNote(skipped: Report["skipped"]): string[] {
  if (skipped.length === 0) return [];
  const count = skipped.length === 1 ? "1 date rule" : `${skipped.length} date rules`;
  return [`${count} skipped: no --as-of to judge deadlines on (${skipped.join(", ")})`];
}

/** `iopkit check`: reports for every plan, exit 0/1/2. */
export function check(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { policy: { type: "string" }, "as-of": { type: "string" }, format: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) return context.out(checkHelp), 0;
  if (positionals.length === 0) throw new UsageError("check needs at least one plan file, folder or -");
  const policy = policyOption(values.policy);
  const asOf = dayOption("as-of", values["as-of"]);
  const format = choiceOption("format", values.format, ["pretty", "json"] as const, "pretty");
  const results: Record<string, CheckReport | { error: string }> = {};
  let exit = 0;
  for (const input of readInputs(positionals)) {
    if ("error" in input) {
      results[input.name] = { error: input.error };
      exit = 2;
      continue;
    }
    const report = checkPlan(input.value, asOf === undefined ? { policy } : { policy, asOf });
    const { plan: _plan, ...withoutPlan } = report;
    results[input.name] = withoutPlan;
    if (!report.ok && exit === 0) exit = 1;
  }
  if (format === "json") {
    context.out(JSON.stringify({ policy: policy.id, asOf: asOf ?? null, plans: results }, null, 2));
    return exit;
  }
  for (const [name, result] of Object.entries(results)) {
    if ("error" in result) context.err(`${name}: ${result.error}`);
    else {
      const title = `${name}: ${result.ok ? "ok" : "NOT ok"} (${result.counts.error} errors, ${result.counts.warning} warnings, ${result.counts.info} infos)`;
      context.out(prettyFindings(title, result.findings, context.color, skippedNote(result.skipped)));
    }
  }
  return exit;
}
