import { audit, auditHelp } from "./commands/audit";
import { check, checkHelp } from "./commands/check";
import { delivered, deliveredHelp } from "./commands/delivered";
import { exportHelp, exportPlan } from "./commands/export";
import { init, initHelp } from "./commands/init";
import { reviews, reviewsHelp } from "./commands/reviews";
import { rules, rulesHelp } from "./commands/rules";
import { schedule, scheduleHelp } from "./commands/schedule";
import { worker, workerHelp } from "./commands/worker";
import type { CommandContext } from "./context";
import { displayName, UsageError } from "./io";
import { closestMatches } from "../core/suggest";

const COMMANDS = { check, schedule, reviews, rules, init, delivered, export: exportPlan, audit, worker } as const;
const HELP = `Usage: iopkit <command> [options]

Commands:
  check      check plans against a policy's rules
  schedule   list a plan's dated sessions in its time zone
  reviews    list the medication reviews and labs due
  rules      list the rule catalog, or explain one rule
  init       write a template plan
  delivered  show the care delivered week by week from attendance
  export     write a plan as a FHIR R4 Bundle
  audit      check an NDJSON caseload on every core, or on many machines
  worker     check parts of audits handed out through Redis

Run iopkit <command> --help for a command's options. iopkit --version prints the version.

${[checkHelp, scheduleHelp, reviewsHelp, rulesHelp, initHelp, deliveredHelp, exportHelp, auditHelp, workerHelp].map((help) => help.split("\n")[0]).join("\n")}`;

/** The message for an unknown command, with the closest commands. */
function unknownCommand(command: string): string {
  const suggestions = closestMatches(command, Object.keys(COMMANDS));
  return `unknown command ${displayName(command)}${suggestions.length > 0 ? ` (did you mean ${suggestions.join(" or ")}?)` : ""}; run iopkit --help`;
}

/** Runs the command line and returns the exit code. Never throws. */
export function run(argv: readonly string[], context: CommandContext): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") return context.out(HELP), command === undefined ? 2 : 0;
    if (command === "--version" || command === "-v") return context.out(context.version), 0;
    if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(unknownCommand(command));
    return COMMANDS[command as keyof typeof COMMANDS](rest, context);
  } catch (error) {
    context.err(`iopkit: ${error instanceof UsageError ? error.message : "unexpected failure; please report it with the command you ran (not the plan)"}`);
    return 2;
  }
}
