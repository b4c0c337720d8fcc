import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { templates } from "../../plan/templates";
import type { CommandContext } from "../context";
import { UsageError } from "../io";
import { choiceOption, dayOption } from "../options";

export const initHelp = `Usage: iopkit init [--template standard-iop] [--admitted YYYY-MM-DD] [--time-zone ZONE] [--out plan.json]

Writes a plan from a template that passes iopkit check: three sessions a week of about three
hours, to complete with the participant.

Options:
  --template <name>      standard-iop (the only template so far)
  --admitted <day>       admission day (default 2026-01-05)
  --time-zone <zone>     IANA zone of the programme (default America/New_York)
  --out <file>           write to a file instead of standard output
  -h, --help             show this help`;

/** `iopkit init`: a template plan that passes `check`. */
export function init(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { template: { type: "string" }, admitted: { type: "string" }, "time-zone": { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) return context.out(initHelp), 0;
  if (positionals.length > 0) throw new UsageError("init takes no positional arguments");
  choiceOption("template", values.template, ["standard-iop"] as const, "standard-iop");
  const admitted = dayOption("admitted", values.admitted) ?? "2026-01-05";
  const built = templates.standardIop({
    id: "plan-1",
    participantId: "participant-1",
    admitted,
    days: ["mon", "wed", "fri"],
    start: "09:00",
    timeZone: values["time-zone"] ?? "America/New_York",
    ageGroup: "adult",
    diagnoses: [{ code: "F33.1" }],
  });
  if (!built.success) throw new UsageError(built.findings.map((finding) => `${finding.path.join(".")}: ${finding.message}`).join("\n"));
  const text = `${JSON.stringify(built.data, null, 2)}\n`;
  if (values.out === undefined) context.out(text.trimEnd());
  else {
    writeFileSync(values.out, text);
    context.err(`wrote ${values.out}`);
  }
  return 0;
}
