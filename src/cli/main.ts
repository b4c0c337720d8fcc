import { audit, auditHelp } from "./commands/audit";
import { check, checkHelp } from "./commands/check";
import { init, initHelp } from "./commands/init";
import { reviews, reviewsHelp } from "./commands/reviews";
import { rules, rulesHelp } from "./commands/rules";
import { schedule, scheduleHelp } from "./commands/schedule";
import { worker, workerHelp } from "./commands/worker";
import type { CommandContext } from "./context";
import { useColor } from "./format";
import { UsageError } from "./io";

const COMMANDS = { check, schedule, reviews, rules, init, audit, worker } as const;
const HELP = `Usage: iopkit <command> [options]

Commands:
  check      check plans against a policy's rules
  schedule   list a plan's dated sessions in its time zone
  reviews    list the medication reviews and labs due
  rules      list the rule catalog, or explain one rule
  init       write a template plan
  audit      check an NDJSON caseload on every core, or on many machines
  worker     check parts of audits handed out through Redis

Run iopkit <command> --help for a command's options. iopkit --version prints the version.

${[checkHelp, scheduleHelp, reviewsHelp, rulesHelp, initHelp, auditHelp, workerHelp].map((help) => help.split("\n")[0]).join("\n")}`;

/** Runs the command line and returns the exit code. Never throws. */
export function run(argv: readonly string[], context: CommandContext): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") return context.out(HELP), command === undefined ? 2 : 0;
    if (command === "--version" || command === "-v") return context.out(context.version), 0;
    if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command ${command}; run iopkit --help`);
    return COMMANDS[command as keyof typeof COMMANDS](rest, context);
  } catch (error) {
    const usage = error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
    context.err(`iopkit: ${usage ? (error as Error).message : "unexpected failure; please report it with the command you ran (not the plan)"}`);
    return 2;
  }
}
