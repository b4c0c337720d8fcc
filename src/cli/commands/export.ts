import { writeFileSync } from "node:fs";
import { toFhir } from "../../fhir/to-fhir";
import type { CommandContext } from "../context";
import { displayName, readOne, UsageError } from "../io";
import { choiceOption, dayOption, findingLine, localeOption, parseOptions, planFromInput } from "../options";

export const exportHelp = `Usage: iopkit export <plan.json | -> --format fhir [options]

Writes the plan in an exchange format: fhir is a FHIR R4 transaction Bundle (docs/fhir.md).

Options:
  --format <fhir>               the format to write
  --from <YYYY-MM-DD>           with --to: also write the dated sessions of these days as Appointments
  --to <YYYY-MM-DD>             last day of those Appointments
  --participant-system <uri>    identifier system of the participant's id (default iopkit's own)
  --out <file>                  write to a file instead of standard output
  --locale <en|es>              the language of the findings' messages (default: en)
  -h, --help                    show this help`;

/** `iopkit export`: the plan as a FHIR Bundle. */
export function exportPlan(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseOptions(args, {
      format: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      "participant-system": { type: "string" },
      out: { type: "string" },
      locale: { type: "string" }, help: { type: "boolean", short: "h" },
    });
  if (values.help) return context.out(exportHelp), 0;
  const locale = localeOption(values.locale);
  if (values.format === undefined) throw new UsageError("--format is required: fhir");
  choiceOption("format", values.format, ["fhir"] as const, "fhir");
  const from = dayOption("from", values.from);
  const to = dayOption("to", values.to);
  if ((from === undefined) !== (to === undefined)) throw new UsageError("--from and --to go together");
  const loaded = planFromInput(readOne(positionals), locale);
  if ("exit" in loaded) return context.err(loaded.message), loaded.exit;
  const written = toFhir(loaded.plan, {
    ...(from !== undefined && to !== undefined ? { appointments: { from, to } } : {}),
    ...(values["participant-system"] === undefined ? {} : { participantSystem: values["participant-system"] }),
  });
  if (!written.success) {
    for (const finding of written.findings) context.err(findingLine(finding, locale));
    return 2;
  }
  const text = `${JSON.stringify(written.data, null, 2)}\n`;
  if (values.out === undefined) context.out(text.trimEnd());
  else {
    writeFileSync(values.out, text);
    context.err(`wrote ${displayName(values.out)}`);
  }
  return 0;
}
