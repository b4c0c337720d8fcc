// Writes docs/plan-reference.md: every field of a treatment plan with its type, whether it is
// required, its constraints, its meaning and an example, walked from the plan's JSON Schema
// (scripts/plan-json-schema.ts, itself generated from the zod schemas and their TSDoc). Examples
// come from test/fixtures/reference-plan.json. `npx tsx scripts/plan-reference.ts` rewrites it;
// test/package/generated-docs.test.ts checks that it is current.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { planJsonSchema } from "./plan-json-schema";

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
    return [key === "pattern" ? `${words} \`${String(value).replace(/\|/g, "\\|")}\`` : `${words} ${String(value)}`];
  });
  if (node.additionalProperties === false) parts.push("no other keys");
  return parts.join("; ");
}

/** The first value at a path in the reference plan, as a short JSON example. */
function exampleAt(plan: unknown, path: readonly string[]): string {
  let values: unknown[] = [plan];
  for (const key of path) {
    values = values.flatMap((value) => (key === "[]" ? (Array.isArray(value) ? value : []) : value !== null && typeof value === "object" ? [(value as Record<string, unknown>)[key]] : [])).filter((value) => value !== undefined);
  }
  if (values.length === 0) return "";
  const text = JSON.stringify(values[0]);
  return `\`${(text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\|/g, "\\|")}\``;
}

function cell(text: string): string {
  return text.replace(/\n/g, " ").replace(/\|/g, "\\|");
}

/** One section per object in the plan: its description and a row per field. */
function sections(node: Node, path: readonly string[], plan: unknown, out: string[]): void {
  const union = node.oneOf ?? node.anyOf;
  if (union && node.type === undefined) {
    for (const option of union) if (option.properties) sections(option, path, plan, out);
    return;
  }
  if (node.type === "array" && node.items) return sections(node.items, [...path, "[]"], plan, out);
  if (!node.properties) return;
  const kind = node.properties["kind"]?.const;
  const title = path.length === 0 ? "The plan" : `\`${path.join(".").replace(/\.\[\]/g, "[]")}\`${kind === undefined ? "" : ` (kind ${JSON.stringify(kind)})`}`;
  out.push("", `## ${title}`, "");
  if (node.description) out.push(node.description, "");
  out.push("| Field | Type | Required | Constraints | Meaning | Example |", "| --- | --- | --- | --- | --- | --- |");
  const nested: [Node, string[]][] = [];
  for (const [field, child] of Object.entries(node.properties)) {
    const fieldPath = [...path, field];
    const required = node.required?.includes(field) ? "yes" : "no";
    const items = child.type === "array" ? child.items : undefined;
    const meaning = child.description ?? items?.description ?? "";
    const constraints = [constraintsOf(child), items && !items.properties ? constraintsOf(items) : ""].filter((text) => text !== "").join("; each ");
    out.push(`| \`${field}\` | ${typeOf(child)} | ${required} | ${cell(constraints)} | ${cell(meaning)} | ${exampleAt(plan, fieldPath)} |`);
    if (child.properties || items?.properties || items?.oneOf || items?.anyOf || child.oneOf || child.anyOf) nested.push([child, fieldPath]);
  }
  for (const [child, fieldPath] of nested) sections(child, fieldPath, plan, out);
}

/** The text of docs/plan-reference.md. */
export function planReferenceText(): string {
  const plan = JSON.parse(readFileSync("test/fixtures/reference-plan.json", "utf8")) as unknown;
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
    "reference plan in `test/fixtures/reference-plan.json`.",
  ];
  sections(planJsonSchema() as Node, [], plan, lines);
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(PLAN_REFERENCE_FILE, planReferenceText());
