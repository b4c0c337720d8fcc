import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { useColor } from "../../src/cli/format";
import { run } from "../../src/cli/main";

/** The built command line, run by the tests that need a process of its own (from any folder). */
export const CLI = resolve("dist/cli.js");

/** The version `iopkit --version` prints: the package's, which the build writes into the binary. */
export const VERSION = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

/** What a run of the command line wrote, byte for byte, and its exit code. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command line in this process as `dist/cli.js` runs it (src/cli/bin.ts): each text
 * written followed by a newline, colour decided as for a pipe, the package's version, and the
 * clock unless `now` fixes it. `errLines` lists each text written to standard error.
 */
export function iopkit(args: readonly string[], options: { readonly now?: () => Date } = {}): CliResult & { readonly errLines: readonly string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, {
    out: (text) => out.push(`${text}\n`),
    err: (text) => err.push(text),
    color: useColor({ isTTY: false }, process.env),
    version: VERSION,
    now: options.now ?? (() => new Date()),
  });
  return { code, stdout: out.join(""), stderr: err.map((text) => `${text}\n`).join(""), errLines: err };
}

/**
 * Runs `dist/cli.js` in a process of its own, for what only a process has: standard input, the
 * environment, the binary's wiring. Output goes to pipes, so it is never coloured.
 */
export function spawnIopkit(args: readonly string[], options: { readonly input?: string; readonly env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { input: options.input, encoding: "utf8", env: { ...process.env, NO_COLOR: "", ...options.env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
