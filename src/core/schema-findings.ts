import type * as z from "zod";
import type { Finding, FindingParams } from "./finding";
import { catalogFinding, englishMessage, type MessageOf, type Words } from "./messages";
import { writtenAsDay } from "./options";

type Issue = z.core.$ZodIssue;
type PathSegment = string | number;

/** What a length limit counts, by the zod origin of the value: characters of a string, items of a list. */
const LENGTH_UNITS: Readonly<Record<string, { readonly one: string; readonly other: string }>> = {
  string: { one: "character", other: "characters" },
  array: { one: "item", other: "items" },
  set: { one: "item", other: "items" },
};

/** A length limit in words when the origin counts characters or items, else the bare number. */
function limit(value: number, origin: string, words: Words): string | undefined {
  const unit = LENGTH_UNITS[origin];
  return unit ? words.count(value, unit) : undefined;
}

/**
 * The messages of schema findings (`schema/<zod issue code>`, and the codes of iopkit's own
 * refinements of days, times, zones and text), in English, by code and variant. The value read is
 * never quoted: a schema finding names the expected type, limit, format or allowed values.
 */
export const SCHEMA_MESSAGES = {
  "schema/invalid_type": {
    missing: (_: { readonly expected: string }) => "Required value is missing.",
    wrong: (p: { readonly expected: string; readonly received: string }) => `Expected ${p.expected}, received ${p.received}.`,
  },
  "schema/too_big": {
    default: (p: { readonly maximum: number; readonly origin: string }, words: Words) => {
      const counted = limit(p.maximum, p.origin, words);
      return counted ? `Expected at most ${counted}.` : `Expected a value at most ${words.number(p.maximum)}.`;
    },
  },
  "schema/too_small": {
    default: (p: { readonly minimum: number; readonly origin: string }, words: Words) => {
      const counted = limit(p.minimum, p.origin, words);
      return counted ? `Expected at least ${counted}.` : `Expected a value at least ${words.number(p.minimum)}.`;
    },
  },
  "schema/invalid_value": {
    default: (p: { readonly allowed: readonly string[] }, words: Words) => `Expected one of: ${words.list(p.allowed, "or")}.`,
  },
  "schema/unrecognized_keys": {
    default: () => "Unknown property: it is not part of the schema.",
  },
  "schema/invalid_union": {
    kind: (p: { readonly allowed: readonly string[] }, words: Words) => `Unknown or missing kind; expected one of: ${words.list(p.allowed, "or")}.`,
    default: () => "Value matches none of the allowed shapes.",
  },
  "schema/invalid_format": {
    icd10: (_: { readonly format: string }) => "Expected an ICD-10-CM code such as F33.1.",
    default: (p: { readonly format: string }) => `Expected text in the ${p.format} format.`,
  },
  "schema/not_multiple_of": { default: () => "Invalid value." },
  "schema/invalid_key": { default: () => "Invalid value." },
  "schema/invalid_element": { default: () => "Invalid value." },
  "schema/blank-text": { default: () => "Text must not be blank." },
  "schema/invalid-day": {
    impossible: () => "Not a day of the calendar: the month has no such day.",
    form: () => "Expected a calendar day written YYYY-MM-DD.",
  },
  "schema/invalid-time": { default: () => "Expected a wall-clock time written HH:MM between 00:00 and 23:59." },
  "schema/unknown-time-zone": { default: () => "Expected an IANA time zone name." },
} as const;

type SchemaCode = keyof typeof SCHEMA_MESSAGES;

/** The codes of iopkit's own refinements, written as `params.code` of a custom zod issue. */
type RefinementCode = "blank-text" | "invalid-day" | "invalid-time" | "unknown-time-zone";

/** A pattern for ICD-10 codes: they start with a letter other than U. */
const ICD10_PATTERN = /^\/\^\[A-TV-Z\]/;

/**
 * What an iopkit refinement puts in its zod issue: the message in English and the params
 * {@link schemaFindings} reads back (its code, variant and values), from {@link SCHEMA_MESSAGES}.
 */
export function refinementIssue<Code extends RefinementCode>(code: Code, said: MessageOf<(typeof SCHEMA_MESSAGES)[`schema/${Code}`]>): RefinementIssue {
  const { variant = "default", params } = said as { variant?: string; params?: FindingParams };
  return { message: englishMessage(SCHEMA_MESSAGES[`schema/${code}`], variant, params, []), params: { code, variant, ...(params ? { values: params } : {}) } };
}

/** The message and params of a refinement's zod issue. */
export interface RefinementIssue {
  readonly message: string;
  readonly params: { readonly code: RefinementCode; readonly variant: string; readonly values?: FindingParams };
}

/**
 * The refinement issue of a value that is no calendar day: an impossible day, or the form a day is
 * written in. The value is not kept: a day can be a birth date.
 */
export function dayIssue(value: unknown): RefinementIssue {
  return refinementIssue("invalid-day", { variant: writtenAsDay(value) ? "impossible" : "form" });
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment.description ?? "symbol") : segment));
}

/** The type of a value as a schema message names it; a number that is not finite by its value (NaN, Infinity). */
function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function finding<Code extends SchemaCode>(code: Code, path: PathSegment[], said: MessageOf<(typeof SCHEMA_MESSAGES)[Code]>): Finding {
  return catalogFinding(SCHEMA_MESSAGES, code, "error", path, said);
}

/**
 * Turns one zod issue into findings. Messages are written here from the issue's code and the
 * schema's own numbers; the input value is never quoted (it may hold health information).
 */
function issueToFindings(issue: Issue, out: Finding[]): void {
  const path = toPath(issue.path);
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) {
        out.push(finding("schema/invalid_type", path, { variant: "missing", params: { expected: issue.expected } }));
      } else {
        out.push(finding("schema/invalid_type", path, { variant: "wrong", params: { expected: issue.expected, received: describeType(issue.input) } }));
      }
      return;
    }
    case "too_big":
      out.push(finding("schema/too_big", path, { params: { maximum: Number(issue.maximum), origin: issue.origin } }));
      return;
    case "too_small":
      out.push(finding("schema/too_small", path, { params: { minimum: Number(issue.minimum), origin: issue.origin } }));
      return;
    case "invalid_value":
      out.push(finding("schema/invalid_value", path, { params: { allowed: issue.values.map(String) } }));
      return;
    case "unrecognized_keys": {
      for (const key of issue.keys) out.push(finding("schema/unrecognized_keys", [...path, key], {}));
      return;
    }
    case "invalid_union": {
      if (issue.errors.length === 0 && "options" in issue && Array.isArray(issue.options)) {
        out.push(finding("schema/invalid_union", path, { variant: "kind", params: { allowed: issue.options.map(String) } }));
        return;
      }
      // Report the branch that got furthest: the one with the fewest issues.
      const closest = issue.errors.reduce<readonly Issue[] | undefined>(
        (best, branch) => (best === undefined || branch.length < best.length ? branch : best),
        undefined,
      );
      if (closest && closest.length > 0) {
        for (const inner of closest) issueToFindings({ ...inner, path: [...issue.path, ...inner.path] } as Issue, out);
      } else {
        out.push(finding("schema/invalid_union", path, {}));
      }
      return;
    }
    case "custom": {
      // A refinement names its finding code (`params.rule`, or `params.code` under `schema/`), message variant (`params.variant`) and values (`params.values`).
      const rule = typeof issue.params?.rule === "string" ? issue.params.rule : typeof issue.params?.code === "string" ? `schema/${issue.params.code}` : "schema/custom";
      const values = issue.params?.values as FindingParams | undefined;
      const variant = issue.params?.variant as string | undefined;
      const custom = { rule, severity: "error" as const, path, message: issue.message, ...(variant && variant !== "default" ? { variant } : {}) };
      out.push(values ? { ...custom, params: values } : custom);
      return;
    }
    case "invalid_format":
      out.push(finding("schema/invalid_format", path, { variant: issue.format === "regex" && ICD10_PATTERN.test(String(issue.pattern)) ? "icd10" : "default", params: { format: issue.format } }));
      return;
    default:
      out.push(finding(`schema/${issue.code}`, path, {}));
  }
}

/**
 * Converts zod issues to iopkit findings (`schema/<issue code>`), keeping full paths.
 */
export function schemaFindings(issues: readonly Issue[]): Finding[] {
  const out: Finding[] = [];
  for (const issue of issues) issueToFindings(issue, out);
  return out;
}
