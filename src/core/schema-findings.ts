import type { z } from "zod";
import type { Finding, FindingParams } from "./finding";

type Issue = z.core.$ZodIssue;
type PathSegment = string | number;

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment.description ?? "symbol") : segment));
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function lengthUnit(origin: string): string {
  if (origin === "string") return "characters";
  if (origin === "array" || origin === "set") return "items";
  return "";
}

function finding(code: string, path: PathSegment[], message: string, params?: FindingParams): Finding {
  return params ? { rule: `schema/${code}`, severity: "error", path, message, params } : { rule: `schema/${code}`, severity: "error", path, message };
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
        out.push(finding("invalid_type", path, "Required value is missing.", { expected: issue.expected }));
      } else {
        const received = describeType(issue.input);
        out.push(finding("invalid_type", path, `Expected ${issue.expected}, received ${received}.`, { expected: issue.expected, received }));
      }
      return;
    }
    case "too_big": {
      const unit = lengthUnit(issue.origin);
      const limit = Number(issue.maximum);
      const message = unit ? `Expected at most ${limit} ${unit}.` : `Expected a value at most ${limit}.`;
      out.push(finding("too_big", path, message, { maximum: limit, origin: issue.origin }));
      return;
    }
    case "too_small": {
      const unit = lengthUnit(issue.origin);
      const limit = Number(issue.minimum);
      const message = unit ? `Expected at least ${limit} ${unit}.` : `Expected a value at least ${limit}.`;
      out.push(finding("too_small", path, message, { minimum: limit, origin: issue.origin }));
      return;
    }
    case "invalid_value": {
      const allowed = issue.values.map(String).join("|");
      out.push(finding("invalid_value", path, `Expected one of: ${issue.values.map(String).join(", ")}.`, { allowed }));
      return;
    }
    case "unrecognized_keys": {
      for (const key of issue.keys) {
        out.push(finding("unrecognized_keys", [...path, key], "Unknown property: it is not part of the schema."));
      }
      return;
    }
    case "invalid_union": {
      if (issue.errors.length === 0 && "options" in issue && Array.isArray(issue.options)) {
        const allowed = issue.options.map(String);
        out.push(finding("invalid_union", path, `Unknown or missing kind; expected one of: ${allowed.join(", ")}.`, { allowed: allowed.join("|") }));
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
        out.push(finding("invalid_union", path, "Value matches none of the allowed shapes."));
      }
      return;
    }
    case "custom": {
      // A refinement may name its own finding code (`params.rule`), message variant (`params.variant`) and numbers (`params.values`).
      if (typeof issue.params?.rule === "string") {
        const values = issue.params.values as FindingParams | undefined;
        const variant = issue.params.variant as string | undefined;
        const custom = { rule: issue.params.rule, severity: "error" as const, path, message: issue.message, ...(variant && variant !== "default" ? { variant } : {}) };
        out.push(values ? { ...custom, params: values } : custom);
        return;
      }
      const code = typeof issue.params?.code === "string" ? issue.params.code : "custom";
      out.push(finding(code, path, issue.message));
      return;
    }
    case "invalid_format":
      out.push(finding("invalid_format", path, issue.message, { format: issue.format }));
      return;
    default:
      out.push(finding(issue.code, path, "Invalid value."));
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
