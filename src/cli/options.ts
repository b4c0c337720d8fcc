import { isDay } from "../core/calendar";
import { formatPath } from "../core/plan-error";
import { safeParsePlan } from "../plan/parse";
import type { TreatmentPlan } from "../plan/types";
import { safeDefinePolicy } from "../rules/define-policy";
import { presetById } from "../policy/presets";
import type { Policy } from "../policy/types";
import { readInputs, UsageError } from "./io";

/** The policy named by `--policy`: a preset id, or a JSON policy file checked in full. */
export function policyOption(value: string | undefined): Policy {
  if (value === undefined) return presetById("default")!;
  const preset = presetById(value);
  if (preset) return preset;
  const [input] = readInputs([value]);
  if (!input || "error" in input) throw new UsageError(`--policy ${value}: not a preset (default, medicare-iop, asam-2.1) and ${input ? input.error : "unreadable"}`);
  const result = safeDefinePolicy(input.value);
  if (!result.success) {
    const details = result.findings.map((finding) => `  ${finding.rule} at ${formatPath(finding.path)}: ${finding.message}`).join("\n");
    throw new UsageError(`--policy ${value} is not a valid policy:\n${details}`);
  }
  return result.data;
}

/** A `--as-of`-style day option, checked. */
export function dayOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isDay(value)) throw new UsageError(`--${name} must be a calendar day written YYYY-MM-DD`);
  return value;
}

/** One of the allowed values of a `--format`-style option. */
export function choiceOption<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of: ${allowed.join(", ")}`);
  return value as T;
}

/** Reads and parses one plan, or explains why it cannot (exit 2 for unreadable, 1 for invalid). */
export function planFromInput(input: { name: string; value: unknown } | { name: string; error: string }): { plan: TreatmentPlan } | { exit: 1 | 2; message: string } {
  if ("error" in input) return { exit: 2, message: `${input.name}: ${input.error}` };
  const parsed = safeParsePlan(input.value);
  if (parsed.success) return { plan: parsed.data };
  const details = parsed.findings.slice(0, 20).map((finding) => `  ${finding.rule} at ${formatPath(finding.path)}: ${finding.message}`);
  const more = parsed.findings.length > 20 ? [`  … and ${parsed.findings.length - 20} more (run iopkit check for all)`] : [];
  return { exit: 1, message: [`${input.name} is not a valid plan:`, ...details, ...more].join("\n") };
}
