// Writes schema.json: the JSON Schema (draft 2020-12) of a treatment plan as written, generated from
// TreatmentPlanSchema, with the formats and patterns that zod's refinements cannot express:
// calendar days, wall-clock times, IANA time-zone names and ICD-10-CM codes.
// `npx tsx scripts/plan-json-schema.ts` rewrites it; test/schema checks that it is current.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { daySchema, timeZoneSchema, wallTimeSchema } from "../src/core/schema-kit";
import { DiagnosisSchema, TreatmentPlanSchema } from "../src/index";

/** Where the schema is written, relative to the package root; package.json exports it as `iopkit/schema.json`. */
export const PLAN_JSON_SCHEMA_FILE = "schema.json";

/** The patterns and formats each refined string schema gets in JSON Schema. */
const STRING_FORMATS = new Map<unknown, Record<string, string>>([
  [daySchema, { format: "date", pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", description: "A calendar day, YYYY-MM-DD." }],
  [wallTimeSchema, { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "A wall-clock time, HH:MM from 00:00 to 23:59." }],
  [timeZoneSchema, { pattern: "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$", description: "An IANA time-zone name such as America/New_York." }],
  [
    DiagnosisSchema.shape.code,
    { pattern: "^[A-TV-Za-tv-z][0-9][0-9ABab](\\.[0-9A-TV-Za-tv-z]{1,4})?$", description: "An ICD-10-CM code such as F33.1." },
  ],
]);

/** The JSON Schema of a plan as written (the input side of the zod schema). */
export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(TreatmentPlanSchema, {
    target: "draft-2020-12",
    io: "input",
    override: ({ zodSchema, jsonSchema }) => {
      const format = STRING_FORMATS.get(zodSchema);
      if (format) Object.assign(jsonSchema, format);
    },
  });
  return {
    ...generated,
    title: "iopkit treatment plan",
    description: "An Intensive Outpatient Programme treatment plan, schema version 1, as read by iopkit's safeParsePlan.",
  };
}

/** The file's text: the schema as indented JSON with a final newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(PLAN_JSON_SCHEMA_FILE, planJsonSchemaText());
