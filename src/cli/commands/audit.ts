import { createWriteStream, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { checkLines, type Verdict } from "../../audit/check-lines";
import { rangeChecker } from "../audit/pool";
import { openRangeQueue, parseRedisAddress, QueueError, type RedisAddress } from "../audit/queue";
import { cutRanges, inOrder, type RangeTask } from "../audit/ranges";
import type { Day } from "../../core/calendar";
import type { Policy } from "../../policy/types";
import type { CommandContext } from "../context";
import { UsageError } from "../io";
import { dayOption, parseOptions, policyOption } from "../options";

export const auditHelp = `Usage: iopkit audit <plans.ndjson | folder | -> [options]

Checks a caseload written as NDJSON (one plan per line) and writes one verdict per line, in
input order: {"line","planId","ok","counts","rules"}, rule codes and counts only.

Options:
  --policy <id|file>   default, medicare-iop, asam-2.1, or a JSON policy file (default: default)
  --as-of <YYYY-MM-DD> the day to judge deadlines and overdue reviews on
  --out <file>         write the verdicts there (default: standard output)
  --threads <n>        threads that check, each reading its own part of the file
                       (default: the cores; with 1 the command checks on its own thread; at most 256)
  --queue <redis://host:port>  hand the parts to \`iopkit worker\` processes through Redis;
                       every worker must be able to read the input at the same absolute path
  -h, --help           show this help

A folder gives its .ndjson files in name order; each verdict then names its file.
Exit codes: 0 every plan ok, 1 a plan has errors or a line is no plan, 2 unreadable input,
unreachable queue or bad usage.`;

/** The worker-thread file, built beside the CLI. */
export const WORKER_ENTRY = new URL("./audit-worker.js", import.meta.url);

/**
 * A size of range that keeps every thread busy without holding many verdicts in memory. Each range
 * costs the thread that checks it a fixed amount besides its lines (opening the file and a stream
 * on it, a message each way between threads): with ranges of 1 MB two threads took about 5%
 * longer than with ranges of 4 MB, one thread the same. A range of 4 MB holds about 300 verdicts of
 * 13 kB plans, so the ranges under way, a few per thread or 64 for a queue, hold few.
 */
const RANGE_BYTES = 4 * 1024 * 1024;
/** Ranges under way per thread (or per queue): enough for none to wait, few enough to bound memory. */
const RANGES_PER_THREAD = 4;
const QUEUE_WINDOW = 64;
const TOP_RULES = 10;

/** The checked options of `iopkit audit`. */
interface AuditOptions {
  readonly input: string;
  readonly policy: Policy;
  readonly asOf?: Day;
  readonly out?: string;
  readonly threads: number;
  readonly queue?: RedisAddress;
}

/** The most threads a machine's audit or worker starts: more than a machine has cores only costs memory. */
export const MAX_THREADS = 256;

/** A whole number option from 1 to `max`, written in digits. */
export function countOption(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const count = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!(count >= 1 && count <= max)) throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return count;
}

/** A `--queue` address, checked. */
export function queueOption(value: string | undefined): RedisAddress | undefined {
  if (value === undefined) return undefined;
  const address = parseRedisAddress(value);
  if (!address) throw new UsageError("--queue must be a Redis address: redis://host:port");
  return address;
}

/** The NDJSON files of the input: the file itself, or a folder's .ndjson files in name order. */
function inputFiles(input: string): { files: string[]; folder: boolean } {
  let folder = false;
  try {
    folder = statSync(input).isDirectory();
  } catch {
    throw new UsageError(`${input}: no such file`);
  }
  if (!folder) return { files: [input], folder };
  const files = readdirSync(input).filter((name) => name.endsWith(".ndjson")).sort().map((name) => join(input, name));
  if (files.length === 0) throw new UsageError(`${input}: the folder holds no .ndjson file`);
  return { files, folder };
}

/** Tallies verdicts for the closing summary. */
class Tally {
  plans = 0;
  ok = 0;
  withErrors = 0;
  readonly rules = new Map<string, number>();

  add(verdict: Verdict): void {
    this.plans += 1;
    if (verdict.ok) this.ok += 1;
    if (verdict.counts.error > 0) this.withErrors += 1;
    for (const [code, count] of Object.entries(verdict.rules)) this.rules.set(code, (this.rules.get(code) ?? 0) + count);
  }

  summary(): string {
    const top = [...this.rules].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, TOP_RULES);
    const width = String(top[0]?.[1] ?? 0).length;
    const lines = top.map(([code, count]) => `  ${String(count).padStart(width)}  ${code}`);
    return [`${this.plans} plans: ${this.ok} ok, ${this.withErrors} with errors`, ...(lines.length > 0 ? ["most frequent rules:", ...lines] : [])].join("\n");
  }
}

/** Where verdict lines go, waiting when the destination is full. */
function sink(out: string | undefined): { write: (text: string) => Promise<void>; end: () => Promise<void> } {
  const stream = out === undefined ? process.stdout : createWriteStream(out);
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => undefined);
  return {
    write: (text) => (stream.write(text) ? Promise.resolve() : Promise.race([new Promise<void>((resolve) => stream.once("drain", resolve)), failed])),
    end: () => (stream === process.stdout ? Promise.resolve() : Promise.race([new Promise<void>((resolve) => stream.end(resolve)), failed])),
  };
}

/** A progress bar on standard error, drawn only when it is a terminal. */
function progress(total: number): { advance: (bytes: number) => void; done: () => void } {
  if (!process.stderr.isTTY || total === 0) return { advance: () => undefined, done: () => undefined };
  let seen = 0;
  const draw = (): void => {
    const filled = Math.round((seen / total) * 30);
    process.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(30 - filled)}] ${Math.floor((seen / total) * 100)}%`);
  };
  draw();
  return { advance: (bytes) => ((seen += bytes), draw()), done: () => process.stderr.write("\r\u001b[K") };
}

/** One verdict as an output line: numbered from the start of its file, named by its file when the input is a folder. */
function verdictLine(verdict: Verdict, line: number, file: string | undefined): string {
  const { line: _line, ...rest } = verdict;
  return `${JSON.stringify(file === undefined ? { line, ...rest } : { file, line, ...rest })}\n`;
}

/** Checks the files in byte ranges, on threads or through the queue, and writes verdicts in input order. */
async function auditFiles(options: AuditOptions, write: (text: string) => Promise<void>, tally: Tally): Promise<void> {
  const { files, folder } = inputFiles(options.input);
  const tasks: RangeTask[] = [];
  /** The file each task's absolute path was given as, which a folder's verdicts name. */
  const given = new Map<string, string>();
  for (const file of files) {
    const path = resolve(file);
    given.set(path, file);
    const size = statSync(path).size;
    const pieces = Math.max(options.threads * RANGES_PER_THREAD, Math.ceil(size / RANGE_BYTES));
    for (const range of await cutRanges(path, pieces)) tasks.push({ path, size, ...range, policy: options.policy, ...(options.asOf === undefined ? {} : { asOf: options.asOf }) });
  }
  const bar = progress(tasks.reduce((total, task) => total + task.end - task.start, 0));
  const runner = options.queue ? await openRangeQueue(options.queue) : rangeChecker(WORKER_ENTRY, options.threads);
  let path = "";
  let offset = 0;
  try {
    await inOrder(tasks, options.queue ? QUEUE_WINDOW : options.threads * RANGES_PER_THREAD, runner.check, async (verdicts, task) => {
      if (task.path !== path) [path, offset] = [task.path, 0];
      let text = "";
      for (const verdict of verdicts) {
        tally.add(verdict);
        text += verdictLine(verdict, offset + verdict.line, folder ? given.get(task.path) : undefined);
      }
      offset += verdicts.length;
      bar.advance(task.end - task.start);
      await write(text);
    });
  } finally {
    bar.done();
    await runner.close();
  }
}

/** Checks standard input as it arrives, on this thread. */
async function auditStdin(options: AuditOptions, write: (text: string) => Promise<void>, tally: Tally): Promise<void> {
  const checkOptions = options.asOf === undefined ? { policy: options.policy } : { policy: options.policy, asOf: options.asOf };
  for await (const verdict of checkLines(process.stdin as AsyncIterable<Uint8Array>, checkOptions)) {
    tally.add(verdict);
    await write(verdictLine(verdict, verdict.line, undefined));
  }
}

/** Runs an audit and returns its exit code. */
export async function runAudit(options: AuditOptions, context: CommandContext): Promise<number> {
  const tally = new Tally();
  const output = sink(options.out);
  try {
    await (options.input === "-" ? auditStdin : auditFiles)(options, output.write, tally);
    await output.end();
  } catch (error) {
    if (error instanceof UsageError || error instanceof QueueError) return context.err(`iopkit: ${error.message}`), 2;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code.startsWith("E")) return context.err(`iopkit: ${options.input}: cannot be read or written (${code})`), 2;
    throw error;
  }
  (options.out === undefined ? context.err : context.out)(tally.summary());
  return tally.ok === tally.plans ? 0 : 1;
}

/**
 * `iopkit audit`: checks the options now (bad usage exits 2 at once), then runs the audit and sets
 * the process's exit code when it ends.
 */
export function audit(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseOptions(args, {
    policy: { type: "string" },
    "as-of": { type: "string" },
    out: { type: "string" },
    threads: { type: "string" },
    queue: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return context.out(auditHelp), 0;
  if (positionals.length !== 1) throw new UsageError("audit needs exactly one NDJSON file, folder or -");
  const asOf = dayOption("as-of", values["as-of"]);
  const queue = queueOption(values.queue);
  if (queue && positionals[0] === "-") throw new UsageError("--queue needs a file or folder every worker can read, not standard input");
  const options: AuditOptions = {
    input: positionals[0]!,
    policy: policyOption(values.policy),
    ...(asOf === undefined ? {} : { asOf }),
    ...(values.out === undefined ? {} : { out: values.out }),
    threads: countOption("threads", values.threads, availableParallelism(), MAX_THREADS),
    ...(queue ? { queue } : {}),
  };
  finish(runAudit(options, context), context);
  return 0;
}

/**
 * Exits with the code of a long-running command when it ends, without waiting for timers a Redis
 * client may leave behind; a failure nobody foresaw exits 2 with a one-line message.
 */
export function finish(done: Promise<number>, context: CommandContext): void {
  done.then(
    (code) => process.exit(code),
    () => {
      context.err("iopkit: unexpected failure; please report it with the command you ran (not the plan)");
      process.exit(2);
    },
  );
}
