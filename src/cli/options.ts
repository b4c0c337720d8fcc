import { parseArgs, type ParseArgsConfig } from "node:util";
import { isDay } from "../core/calendar";
import { dayProblem, writtenAsDay } from "../core/options";
import type { Finding } from "../core/finding";
import type { Locale } from "../core/messages";
import { es } from "../locales/es";
import { closestMatches } from "../core/suggest";
import { safeParsePlan } from "../plan/parse";
import type { TreatmentPlan } from "../plan/types";
import { safeDefinePolicy } from "../rules/define-policy";
import { formatFinding } from "../rules/format-finding";
import { presetById } from "../policy/presets";
import { resolvePolicy } from "../policy/resolve";
import type { Policy } from "../policy/types";
import { findingPath } from "./format";
import { displayName, readInputs, UsageError, type Input } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The options a command was given as `--name`s, with the closest ones for a misspelt name. */
function unknownOption(option: string, options: Options): string {
  const names = Object.keys(options).map((name) => `--${name}`);
  const suggestions = closestMatches(option, names);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(" or ")}?` : `; the options are ${names.join(", ")}`;
  return `unknown option ${displayName(option)}${hint}`;
}

/**
 * Parses a command's arguments, turning Node's parse errors into one-line usage errors: an
 * unknown option with the closest known ones, an option without its value, a value starting with
 * a dash written apart from its option.
 */
export function parseOptions<const T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = String((error as Error).message);
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(unknownOption(option, options));
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /ambiguous/.test(message)) {
      throw new UsageError(`${displayName(option)} takes a value starting with a dash only when written ${displayName(option)}=<value>`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`${displayName(option)} needs a value`);
    throw new UsageError("the arguments could not be read; run the command with --help");
  }
}

/** The policy named by `--policy`: a preset id, or a JSON policy file checked in full. */
export function policyOption(value: string | undefined): Policy {
  if (value === undefined) return presetById("default")!;
  const preset = presetById(value);
  if (preset) return preset;
  const input = readInputs([value]).next().value as Input;
  if ("error" in input) {
    const preset = resolvePolicy(value);
    const unknown = preset.success ? "" : `${preset.findings[0]?.message} `;
    throw new UsageError(`--policy ${displayName(value)}: ${unknown}Nor is it a policy file: ${input.error}.`);
  }
  const result = safeDefinePolicy(input.value);
  if (!result.success) {
    const details = result.findings.map((finding) => `  ${findingLine(finding, "en")}`).join("\n");
    throw new UsageError(`--policy ${displayName(value)} is not a valid policy:\n${details}`);
  }
  return result.data;
}

/** The language `--locale` names: `en` (the default) or `es`. */
export function localeOption(value: string | undefined): "en" | Locale {
  return choiceOption("locale", value, ["en", "es"] as const, "en") === "es" ? es : "en";
}

/** A finding on one line: its code, where, and its message in the language asked for. */
export function findingLine(finding: Finding, locale: "en" | Locale): string {
  return `${finding.rule} at ${findingPath(finding)}: ${formatFinding(finding, { locale })}`;
}

/** A `--as-of`-style day option, checked. */
export function dayOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined || isDay(value)) return value;
  throw new UsageError(writtenAsDay(value) ? `--${name} ${dayProblem(value)}` : `--${name} must be a calendar day written YYYY-MM-DD`);
}

/** One of the allowed values of a `--format`-style option. */
export function choiceOption<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of: ${allowed.join(", ")}`);
  return value as T;
}

/** Reads and parses one plan, or explains why it cannot (exit 2 for unreadable, 1 for invalid). */
export function planFromInput(input: Input, locale: "en" | Locale = "en"): { plan: TreatmentPlan } | { exit: 1 | 2; message: string } {
  if ("error" in input) return { exit: 2, message: `${input.name}: ${input.error}` };
  const parsed = safeParsePlan(input.value);
  if (parsed.success) return { plan: parsed.data };
  const details = parsed.findings.slice(0, 20).map((finding) => `  ${findingLine(finding, locale)}`);
  const more = parsed.findings.length > 20 ? [`  … and ${parsed.findings.length - 20} more (run iopkit check for all)`] : [];
  return { exit: 1, message: [`${input.name} is not a valid plan:`, ...details, ...more].join("\n") };
}
