// Writes schema.json: the JSON Schema (draft 2020-12) of a treatment plan as written, generated from
// TreatmentPlanSchema, with the formats and patterns that zod's refinements cannot express:
// calendar days, wall-clock times, IANA time-zone names and ICD-10-CM codes.
// `npx tsx scripts/plan-json-schema.ts` rewrites it; test/schema checks that it is current.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { z } from "zod";
import { daySchema, timeZoneSchema, wallTimeSchema } from "../src/core/schema-kit";
import * as iopkit from "../src/index";
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

/** The TSDoc of an exported schema: its summary and the comments on its fields. */
interface SchemaDoc {
  readonly summary: string;
  readonly fields: ReadonlyMap<string, string>;
}

/** The first paragraph of a node's TSDoc comment, on one line. */
function summaryOf(node: ts.Node): string {
  const doc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
  const text = typeof doc?.comment === "string" ? doc.comment : ts.getTextOfJSDocComment(doc?.comment) ?? "";
  return (text.split(/\n\s*\n/)[0] ?? "").replace(/\s+/g, " ").trim();
}

/** The TSDoc of every exported `…Schema` const in src/, read from the sources. */
function schemaDocs(): Map<string, SchemaDoc> {
  const docs = new Map<string, SchemaDoc>();
  for (const folder of readdirSync("src")) {
    const file = join("src", folder, "schema.ts");
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.name.text.endsWith("Schema")) continue;
        const fields = new Map<string, string>();
        const visit = (node: ts.Node): void => {
          if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && summaryOf(node) !== "") fields.set(node.name.text, summaryOf(node));
          else ts.forEachChild(node, visit);
        };
        if (declaration.initializer) visit(declaration.initializer);
        docs.set(declaration.name.text, { summary: summaryOf(statement), fields });
      }
    }
  }
  return docs;
}

/** The TSDoc of each exported zod schema, by schema object. */
function docsBySchema(): Map<unknown, SchemaDoc> {
  const docs = schemaDocs();
  return new Map(
    Object.entries(iopkit).flatMap(([name, value]) => {
      const doc = docs.get(name);
      return doc && value instanceof z.ZodType ? [[value, doc] as const] : [];
    }),
  );
}

/** The JSON Schema of a plan as written (the input side of the zod schema), with TSDoc as descriptions. */
export function planJsonSchema(): Record<string, unknown> {
  const docs = docsBySchema();
  const generated = z.toJSONSchema(TreatmentPlanSchema, {
    target: "draft-2020-12",
    io: "input",
    override: ({ zodSchema, jsonSchema }) => {
      const format = STRING_FORMATS.get(zodSchema);
      if (format) Object.assign(jsonSchema, format);
      const doc = docs.get(zodSchema);
      if (!doc) return;
      if (doc.summary !== "") jsonSchema.description = doc.summary;
      for (const [field, description] of doc.fields) {
        const property = jsonSchema.properties?.[field];
        if (typeof property === "object") property.description = description;
      }
    },
  });
  return {
    ...generated,
    title: "iopkit treatment plan",
    description: "An Intensive Outpatient Program treatment plan, schema version 1, as read by iopkit's safeParsePlan.",
  };
}

/** The file's text: the schema as indented JSON with a final newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(PLAN_JSON_SCHEMA_FILE, planJsonSchemaText());
