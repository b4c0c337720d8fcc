// Writes schema.json: the JSON Schema (draft 2020-12) of a treatment plan as written, generated from
// TreatmentPlanSchema, with the formats and patterns that zod's refinements cannot express:
// calendar days, wall-clock times, IANA time-zone names and ICD-10-CM codes.
// `npx tsx scripts/plan-json-schema.ts` rewrites it; test/schema checks that it is current.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import * as z from "zod";
import { daySchema, hasVisibleCharacter, timeZoneSchema, wallTimeSchema } from "../src/core/schema-kit";
import * as iopkit from "../src/index";
import { DiagnosisSchema, TreatmentPlanSchema } from "../src/index";

/** Where the schema is written, relative to the package root; package.json exports it as `iopkit/schema.json`. */
export const PLAN_JSON_SCHEMA_FILE = "schema.json";

/** The patterns and formats each refined string schema gets in JSON Schema. */
const STRING_FORMATS = new Map<unknown, Record<string, string>>([
  [daySchema, { format: "date", pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", description: "A calendar day, YYYY-MM-DD." }],
  [wallTimeSchema, { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "A wall-clock time, HH:MM from 00:00 to 23:59." }],
  [
    timeZoneSchema,
    {
      pattern: "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$",
      description: "An IANA time-zone name such as America/New_York. The pattern checks its form; iopkit also checks that the runtime knows the zone.",
    },
  ],
  [
    DiagnosisSchema.shape.code,
    { pattern: "^[A-TV-Za-tv-z][0-9][0-9ABab](\\.[0-9A-TV-Za-tv-z]{1,4})?$", description: "An ICD-10-CM code such as F33.1." },
  ],
]);

/** The pattern of free text, which must have a character other than white space (`textSchema`'s refinement). */
export const VISIBLE_TEXT_PATTERN = "\\S";

/** Whether a zod schema is free text: a string refined to have a visible character. */
function isFreeText(schema: z.core.$ZodType): boolean {
  const { def } = schema._zod;
  return def.type === "string" && (def.checks ?? []).some((check) => (check._zod.def as { fn?: unknown }).fn === hasVisibleCharacter);
}

/** The descriptions of the formats alone, which say what a value looks like, not what a field means. */
export const FORMAT_DESCRIPTIONS: ReadonlySet<string> = new Set([...STRING_FORMATS.values()].map((format) => format["description"]!));

/** The TSDoc of an exported schema: its summary and the comments on its fields, by path. */
interface SchemaDoc {
  readonly summary: string;
  /**
   * Field comments keyed by their path inside the schema, joined with dots: `risk.suicide` for a
   * field of an inline object, `kind=holistic.practice` for a field of one option of a union
   * tagged by `kind`.
   */
  readonly fields: ReadonlyMap<string, string>;
}

/** The first paragraph of a node's TSDoc comment, on one line. */
function summaryOf(node: ts.Node): string {
  const doc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
  const text = typeof doc?.comment === "string" ? doc.comment : ts.getTextOfJSDocComment(doc?.comment) ?? "";
  return (text.split(/\n\s*\n/)[0] ?? "").replace(/\s+/g, " ").trim();
}

/** The `kind` an object literal declares with `kind: z.literal("…")`, if any. */
function kindOf(node: ts.ObjectLiteralExpression): string | undefined {
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name) || property.name.text !== "kind") continue;
    const value = property.initializer;
    if (ts.isCallExpression(value) && value.expression.getText() === "z.literal" && value.arguments[0] && ts.isStringLiteral(value.arguments[0])) return value.arguments[0].text;
  }
  return undefined;
}

/**
 * The field comments inside a schema's initializer, by path: a commented property is recorded at
 * its path, inline objects and lists extend the path, and a spread of a const of the same file
 * (shared fields) is read in place.
 */
function fieldDocs(initializer: ts.Expression, locals: ReadonlyMap<string, ts.Expression>): Map<string, string> {
  const fields = new Map<string, string>();
  const visit = (node: ts.Node, path: readonly string[]): void => {
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      const fieldPath = [...path, node.name.text];
      const summary = summaryOf(node);
      if (summary !== "") fields.set(fieldPath.join("."), summary);
      visit(node.initializer, fieldPath);
    } else if (ts.isSpreadAssignment(node) && ts.isIdentifier(node.expression) && locals.has(node.expression.text)) {
      visit(locals.get(node.expression.text)!, path);
    } else if (ts.isObjectLiteralExpression(node) && kindOf(node) !== undefined) {
      ts.forEachChild(node, (child) => visit(child, [...path, `kind=${kindOf(node)}`]));
    } else {
      ts.forEachChild(node, (child) => visit(child, path));
    }
  };
  visit(initializer, []);
  return fields;
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
    const declarations = source.statements.filter(ts.isVariableStatement).flatMap((statement) => statement.declarationList.declarations.map((declaration) => ({ statement, declaration })));
    const locals = new Map(declarations.flatMap(({ declaration }) => (ts.isIdentifier(declaration.name) && declaration.initializer ? [[declaration.name.text, declaration.initializer] as const] : [])));
    for (const { statement, declaration } of declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.name.text.endsWith("Schema") || !declaration.initializer) continue;
      docs.set(declaration.name.text, { summary: summaryOf(statement), fields: fieldDocs(declaration.initializer, locals) });
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

/** The parts of a JSON Schema node the descriptions are written into. */
interface JsonNode {
  description?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  oneOf?: JsonNode[];
  anyOf?: JsonNode[];
  const?: unknown;
}

/** The nodes at a documented path below a node: through lists, and into the options of a union that match a `kind=` step. */
function nodesAt(node: JsonNode, path: readonly string[]): JsonNode[] {
  if (node.items) return nodesAt(node.items, path);
  const [step, ...rest] = path;
  if (step === undefined) return [node];
  const union = node.oneOf ?? node.anyOf;
  if (union) return union.flatMap((option) => nodesAt(option, path));
  if (step.startsWith("kind=")) return node.properties?.["kind"]?.const === step.slice("kind=".length) ? nodesAt(node, rest) : [];
  const child = node.properties?.[step];
  return child ? (rest.length === 0 ? [child] : nodesAt(child, rest)) : [];
}

/**
 * Writes the TSDoc of each schema into the JSON Schema, walking both together: a schema's summary
 * describes its node, a field comment its field (over the summary of the field's own schema).
 */
function annotate(schema: z.core.$ZodType, node: JsonNode, docs: ReadonlyMap<unknown, SchemaDoc>): void {
  const def = schema._zod.def;
  if (def.type === "optional") annotate((def as z.core.$ZodOptionalDef).innerType, node, docs);
  else if (def.type === "array" && node.items) annotate((def as z.core.$ZodArrayDef).element, node.items, docs);
  else if (def.type === "union") {
    const options = node.oneOf ?? node.anyOf ?? [];
    (def as z.core.$ZodUnionDef).options.forEach((option, index) => options[index] && annotate(option, options[index], docs));
  } else if (def.type === "object") {
    for (const [field, child] of Object.entries((def as z.core.$ZodObjectDef).shape)) {
      const property = node.properties?.[field];
      if (property) annotate(child, property, docs);
    }
  }
  const doc = docs.get(schema);
  if (!doc) return;
  if (doc.summary !== "") node.description = doc.summary;
  for (const [path, description] of doc.fields) for (const target of nodesAt(node, path.split("."))) target.description = description;
}

/** The JSON Schema of a plan as written (the input side of the zod schema), with TSDoc as descriptions. */
export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(TreatmentPlanSchema, {
    target: "draft-2020-12",
    io: "input",
    override: ({ zodSchema, jsonSchema }) => {
      const format = STRING_FORMATS.get(zodSchema);
      if (format) Object.assign(jsonSchema, format);
      else if (isFreeText(zodSchema)) jsonSchema["pattern"] = VISIBLE_TEXT_PATTERN;
    },
  });
  annotate(TreatmentPlanSchema, generated as JsonNode, docsBySchema());
  return {
    ...generated,
    title: "iopkit treatment plan",
    description:
      "An Intensive Outpatient Program treatment plan, schema version 1, as read by iopkit's safeParsePlan. This schema checks the structure; iopkit also checks what JSON Schema cannot express (ids unique and every reference resolving, a period, window or authorization ending after it starts, time-zone names the runtime knows), so a plan this schema accepts may still get schema findings from iopkit.",
  };
}

/** The file's text: the schema as indented JSON with a final newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(PLAN_JSON_SCHEMA_FILE, planJsonSchemaText());
