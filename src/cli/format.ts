import { formatPath } from "../core/plan-error";
import type { Finding, Severity } from "../core/finding";
import { displayName } from "./io";

/** Whether to color output: only on a terminal, and never with NO_COLOR set. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === "") && env.TERM !== "dumb";
}

const CODES: Record<Severity | "bold" | "dim" | "green", [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  bold: [1, 22],
  dim: [2, 22],
  green: [32, 39],
};

/** A painter that wraps text in ANSI codes, or leaves it alone. */
export function painter(color: boolean) {
  return (style: keyof typeof CODES, text: string) => (color ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text);
}

/** What an unknown property's key is printed as: the key is the plan's own text, not iopkit's. */
export const UNKNOWN_KEY = "<unknown key>";

/**
 * Where a finding is, as printed: the key of an unknown property (the last segment of a
 * `schema/unrecognized_keys` finding) replaced by {@link UNKNOWN_KEY}, and control characters in
 * any other segment escaped as in {@link displayName}, so a path stays on its line and cannot
 * repaint the terminal.
 */
export function findingPath(finding: Pick<Finding, "rule" | "path">): string {
  const path = finding.rule === "schema/unrecognized_keys" ? [...finding.path.slice(0, -1), UNKNOWN_KEY] : finding.path;
  return displayName(formatPath(path));
}

const ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Findings grouped by severity, each with its rule code, path and message; `notes` follow the title. */
export function prettyFindings(title: string, findings: readonly Finding[], color: boolean, notes: readonly string[] = []): string {
  const paint = painter(color);
  const lines = [paint("bold", title), ...notes.map((note) => `  ${paint("dim", note)}`)];
  if (findings.length === 0) lines.push(`  ${paint("green", "no findings")}`);
  for (const severity of ORDER) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${paint(severity, `${group.length} ${severity}${group.length === 1 ? "" : severity === "info" ? "" : "s"}`)}`);
    for (const finding of group) {
      lines.push(`    ${paint(severity, finding.rule)}  ${paint("dim", findingPath(finding))}`);
      lines.push(`      ${finding.message}`);
    }
  }
  return lines.join("\n");
}

/** A plain text table with padded columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
