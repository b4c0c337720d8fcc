// Writes docs/plan-reference.md: every field of a treatment plan with its type, whether it is
// required, its constraints, its meaning and an example, walked from the plan's JSON Schema
// (scripts/plan-json-schema.ts, itself generated from the zod schemas and their TSDoc). Examples
// come from test/fixtures/reference-plan.json, and for the fields it leaves out from plans that
// `arbPlan` draws with a fixed seed (with attendance from `arbAttendance` and a step down).
// `npx tsx scripts/plan-reference.ts` rewrites it; test/package/generated-docs.test.ts checks that
// it is current and that every field has an example.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { addDays, type TreatmentPlan } from "../src/index";
import { arbAttendance, arbPlan } from "../src/testing";
import { FORMAT_DESCRIPTIONS, planJsonSchema, VISIBLE_TEXT_PATTERN } from "./plan-json-schema";

/** Where the reference is written, relative to the package root. */
export const PLAN_REFERENCE_FILE = "docs/plan-reference.md";

/** The parts of a JSON Schema node the reference reads. */
interface Node {
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly required?: readonly string[];
  readonly items?: Node;
  readonly oneOf?: readonly Node[];
  readonly anyOf?: readonly Node[];
  readonly minimum?: number;
  readonly format?: string;
  readonly pattern?: string;
  readonly [constraint: string]: unknown;
}

const CONSTRAINTS: readonly (readonly [string, string])[] = [
  ["minLength", "length ≥"],
  ["maxLength", "length ≤"],
  ["minimum", "≥"],
  ["maximum", "≤"],
  ["minItems", "items ≥"],
  ["maxItems", "items ≤"],
  ["format", "format"],
  ["pattern", "pattern"],
];

/** A short type name for a schema node. */
function typeOf(node: Node): string {
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((value) => `\`${JSON.stringify(value)}\``).join(" \\| ");
  const union = node.oneOf ?? node.anyOf;
  if (union) return union.map((option) => (option.properties?.["kind"]?.const !== undefined ? `${JSON.stringify(option.properties["kind"].const)} object` : typeOf(option))).join(" \\| ");
  if (node.type === "array") return `${node.items ? typeOf(node.items) : "value"}[]`;
  return node.type ?? "value";
}

/** Constraints of a schema node, in words. */
function constraintsOf(node: Node): string {
  const target = node.type === "array" ? node : node;
  const parts = CONSTRAINTS.flatMap(([key, words]) => {
    const value = target[key];
    if (value === undefined || (key === "minimum" && value === Number.MIN_SAFE_INTEGER) || (key === "maximum" && value === Number.MAX_SAFE_INTEGER)) return [];
    if (key === "pattern" && value === VISIBLE_TEXT_PATTERN) return ["not blank"];
    return [key === "pattern" ? `${words} \`${String(value)}\`` : `${words} ${String(value)}`];
  });
  if (node.additionalProperties === false) parts.push("no other keys");
  return parts.join("; ");
}

/** The values at a path in the reference plan (`[]` steps into every item of a list). */
function valuesAt(plan: unknown, path: readonly string[]): unknown[] {
  let values: unknown[] = [plan];
  for (const key of path) {
    values = values.flatMap((value) => (key === "[]" ? (Array.isArray(value) ? value : []) : value !== null && typeof value === "object" ? [(value as Record<string, unknown>)[key]] : [])).filter((value) => value !== undefined);
  }
  return values;
}

/** Plans drawn for the fields the reference plan leaves out: varied, and the same on every run. */
function drawnPlans(): unknown[] {
  return fc.sample(arbPlan(), { seed: 2026, numRuns: 40 }).map((plan: TreatmentPlan, index) => ({
    ...plan,
    attendance: fc.sample(arbAttendance(plan, { unrecorded: false }), { seed: index, numRuns: 1 })[0],
    transitions: [{ date: addDays(plan.period.plannedDischarge, -7), from: "intensive-outpatient", to: "outpatient", reason: "Goals met; weekly therapy from here." }],
    // No drawn plan names who provides an aftercare component: free text, shown by one example.
    ...(plan.aftercare ? { aftercare: { ...plan.aftercare, components: plan.aftercare.components.map((component) => ({ ...component, provider: "Riverside Counseling Center" })) } } : {}),
  }));
}

/** Every value of a key anywhere in some values (a field written in another part of the plan). */
function valuesOfKey(values: readonly unknown[], key: string): unknown[] {
  return values.flatMap((value): unknown[] => {
    if (Array.isArray(value)) return valuesOfKey(value, key);
    if (value === null || typeof value !== "object") return [];
    const own = (value as Record<string, unknown>)[key];
    return [...(own === undefined ? [] : [own]), ...valuesOfKey(Object.values(value), key)];
  });
}

/** A value the schema of a field alone gives: its constant, its first allowed value, its least number, a day or a time. */
function valueFromSchema(node: Node): unknown {
  if (node.const !== undefined) return node.const;
  if (node.enum !== undefined) return node.enum[0];
  if (node.type === "integer" || node.type === "number") return node.minimum ?? 0;
  if (node.type === "boolean") return true;
  if (node.format === "date") return "2026-03-09";
  if (node.pattern?.includes("[0-5][0-9]$")) return "09:00";
  return undefined;
}

/**
 * A field's example, as short JSON: its first value among the objects of its section, else the
 * first value of a field of the same name elsewhere in the plans (an `interventionId` of another
 * activity), else what its schema alone gives.
 */
function exampleOf(instances: readonly unknown[], field: string, node: Node, plans: readonly unknown[]): string {
  const value = valuesAt(instances, ["[]", field])[0] ?? valuesOfKey(plans, field).find((candidate) => typeof candidate !== "object") ?? valueFromSchema(node);
  if (value === undefined) return "";
  const text = JSON.stringify(value);
  return `\`${(text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\|/g, "\\|")}\``;
}

function cell(text: string): string {
  return text.replace(/\n/g, " ").replace(/\|/g, "\\|");
}

/** Calls `visit` with every object of the plan's schema and its path, parents first; the options of a union tagged by `kind` one by one. */
function eachObject(node: Node, path: readonly string[], visit: (node: Node & { readonly properties: Readonly<Record<string, Node>> }, path: readonly string[]) => void): void {
  const union = node.oneOf ?? node.anyOf;
  if (union && node.type === undefined) {
    for (const option of union) if (option.properties) eachObject(option, path, visit);
    return;
  }
  if (node.type === "array" && node.items) return eachObject(node.items, [...path, "[]"], visit);
  if (!node.properties) return;
  visit({ ...node, properties: node.properties }, path);
  for (const [field, child] of Object.entries(node.properties)) {
    const items = child.type === "array" ? child.items : undefined;
    if (child.properties || items?.properties || items?.oneOf || items?.anyOf || child.oneOf || child.anyOf) eachObject(child, [...path, field], visit);
  }
}

/** The title of an object's section: its path, and its kind when it is one option of a union. */
function titleOf(node: Node, path: readonly string[]): string {
  const kind = node.properties?.["kind"]?.const;
  return path.length === 0 ? "The plan" : `\`${path.join(".").replace(/\.\[\]/g, "[]")}\`${kind === undefined ? "" : ` (kind ${JSON.stringify(kind)})`}`;
}

/** What a field means: its description, or its items' for a list. */
function meaningOf(field: Node): string {
  return field.description ?? (field.type === "array" ? field.items?.description : undefined) ?? "";
}

/**
 * The fields of a plan schema without a meaning of their own: no description, or only the one of
 * their format (a calendar day, a wall-clock time). The reference refuses to generate while any is
 * left, so every field stays documented.
 */
export function undocumentedFields(schema: Node): string[] {
  const missing: string[] = [];
  eachObject(schema, [], (node, path) => {
    for (const [field, child] of Object.entries(node.properties)) {
      const meaning = meaningOf(child);
      if (meaning === "" || FORMAT_DESCRIPTIONS.has(meaning)) missing.push(`${field} in ${titleOf(node, path)}`);
    }
  });
  return missing;
}

/** One section per object in the plan: its description and a row per field, with examples from the plans, the first that has one. */
function sections(schema: Node, plans: readonly unknown[], out: string[]): void {
  eachObject(schema, [], (node, path) => {
    const kind = node.properties["kind"]?.const;
    const instances = plans.flatMap((plan) => valuesAt(plan, path)).filter((value) => kind === undefined || (value as { kind?: unknown }).kind === kind);
    out.push("", `## ${titleOf(node, path)}`, "");
    if (node.description) out.push(node.description, "");
    out.push("| Field | Type | Required | Constraints | Meaning | Example |", "| --- | --- | --- | --- | --- | --- |");
    for (const [field, child] of Object.entries(node.properties)) {
      const required = node.required?.includes(field) ? "yes" : "no";
      const items = child.type === "array" ? child.items : undefined;
      const constraints = [constraintsOf(child), items && !items.properties ? constraintsOf(items) : ""].filter((text) => text !== "").join("; each ");
      out.push(`| \`${field}\` | ${typeOf(child)} | ${required} | ${cell(constraints)} | ${cell(meaningOf(child))} | ${exampleOf(instances, field, child, plans)} |`);
    }
  });
}

/** The text of docs/plan-reference.md, from the plan's JSON Schema; throws when a field has no meaning (see {@link undocumentedFields}). */
export function planReferenceText(schema: Node = planJsonSchema() as Node): string {
  const missing = undocumentedFields(schema);
  if (missing.length > 0) throw new Error(`Document these fields of the plan with a TSDoc comment in src/*/schema.ts: ${missing.join(", ")}.`);
  const plans = [JSON.parse(readFileSync("test/fixtures/reference-plan.json", "utf8")) as unknown, ...drawnPlans()];
  const lines = [
    "---",
    "title: Plan reference",
    "---",
    "",
    "# Plan reference",
    "",
    "Every field of a treatment plan (schema version 1), generated from the zod schemas by",
    "`scripts/plan-reference.ts`. Days are `YYYY-MM-DD`, times `HH:MM` in the plan's `timeZone`, money",
    "integer cents. Unknown keys are reported, never kept. The same shape as JSON Schema is",
    "`iopkit/schema.json`; in TypeScript, `TreatmentPlanInput` and its parts (`SessionInput`,",
    "`ProblemInput`, `MedicationInput`, …) type a plan before parsing. Examples come from the",
    "reference plan in `test/fixtures/reference-plan.json`, and for the fields it leaves out from",
    "generated plans.",
  ];
  sections(schema, plans, lines);
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(PLAN_REFERENCE_FILE, planReferenceText());
