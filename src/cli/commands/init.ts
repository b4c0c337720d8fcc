import { existsSync, writeFileSync } from "node:fs";
import type { Finding } from "../../core/finding";
import { templates } from "../../plan/templates";
import { dayIn } from "../clock";
import type { CommandContext } from "../context";
import { displayName, UsageError } from "../io";
import { choiceOption, dayOption, parseOptions } from "../options";

export const initHelp = `Usage: iopkit init [--template standard-iop] [--admitted YYYY-MM-DD] [--time-zone ZONE] [--out plan.json [--force]]

Writes a plan from a template that passes iopkit check: three sessions a week of about three
hours, to complete with the participant.

Options:
  --template <name>      standard-iop (the only template so far)
  --admitted <day>       admission day (default: today in the time zone)
  --time-zone <zone>     IANA zone of the program (default America/New_York)
  --out <file>           write to a file instead of standard output; an existing file is
                         left alone unless --force is given
  --force                replace the --out file when it exists
  -h, --help             show this help

Exit codes: 0 written, 2 bad usage or the file cannot be written (it exists, its folder does not).`;

/** `iopkit init`: a template plan that passes `check`. */
export function init(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseOptions(args, { template: { type: "string" }, admitted: { type: "string" }, "time-zone": { type: "string" }, out: { type: "string" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } });
  if (values.help) return context.out(initHelp), 0;
  if (positionals.length > 0) throw new UsageError("init takes no positional arguments");
  choiceOption("template", values.template, ["standard-iop"] as const, "standard-iop");
  const timeZone = values["time-zone"] ?? "America/New_York";
  const admitted = dayOption("admitted", values.admitted) ?? dayIn(context.now(), timeZone);
  const built = templates.standardIop({
    id: "plan-1",
    participantId: "participant-1",
    admitted,
    days: ["mon", "wed", "fri"],
    start: "09:00",
    timeZone,
    ageGroup: "adult",
    diagnoses: [{ code: "F33.1" }],
  });
  if (!built.success) throw new UsageError(built.findings.map(optionMessage).join("\n"));
  const text = `${JSON.stringify(built.data, null, 2)}\n`;
  if (values.out === undefined) return context.out(text.trimEnd()), 0;
  if (values.force !== true && existsSync(values.out)) throw new UsageError(`${displayName(values.out)} exists; add --force to replace it`);
  try {
    writeFileSync(values.out, text);
  } catch (error) {
    throw new UsageError(`cannot write ${displayName(values.out)}: ${writeError(error)}`);
  }
  context.err(`wrote ${displayName(values.out)}`);
  return 0;
}

/** The options behind a template finding's first path segment. */
const OPTION_OF_PATH: Readonly<Record<string, string>> = { timeZone: "--time-zone", period: "--admitted", admitted: "--admitted" };

/** A template finding as the option it comes from and its message. */
function optionMessage(finding: Finding): string {
  const option = Object.hasOwn(OPTION_OF_PATH, String(finding.path[0])) ? OPTION_OF_PATH[String(finding.path[0])] : undefined;
  return option ? `${option}: ${finding.message}` : finding.message;
}

/** Why a file could not be written, in words. */
function writeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "its folder does not exist";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  return "the file system refused it";
}
