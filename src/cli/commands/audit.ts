import { createReadStream, createWriteStream, fstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { checkLines, MAX_LINE_BYTES, type Verdict } from "../../audit/check-lines";
import { watchLongLines } from "../audit/long-lines";
import { rangeChecker, type RangeChecker } from "../audit/pool";
import { openRangeQueue, parseRedisAddress, QueueError, type RedisAddress } from "../audit/queue";
import { cutRanges, inOrder, type RangeTask } from "../audit/ranges";
import { Interrupted, nextSignal } from "../audit/signals";
import type { Day } from "../../core/calendar";
import type { Policy } from "../../policy/types";
import type { CommandContext } from "../context";
import { displayName, readError, UsageError } from "../io";
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

/**
 * One input of an audit, by the name it was given: a regular file, checked in byte ranges and
 * found by its real path (a worker elsewhere cannot follow `/dev/stdin` or a link of this
 * machine's); standard input or another file that is read as a stream (a pipe, a device, whose
 * size says nothing), checked as it arrives on this thread, its `path` `-` when it is standard
 * input under another name; or one that cannot be read, and why.
 */
type Entry = Readable | { readonly name: string; readonly error: string };

/** An input that can be read: its name, where it is read from, its status, and how it is checked. */
interface Readable {
  readonly name: string;
  readonly path: string;
  readonly file: Stats;
  readonly kind: "ranges" | "stream";
}

/** Whether two statuses are of one file: the same device and inode, whatever the names. */
function sameFile(a: Stats, b: Stats | undefined): boolean {
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** The status `stat` gives, or undefined when there is none (no such file, standard input closed). */
function statusOrNone(stat: () => Stats): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

/** What the input at `name` is, from its status (`-`: standard input's). */
function entryOf(name: string, file: Stats): Entry {
  if (file.isDirectory()) return { name, error: readError({ code: "EISDIR" }) };
  if (file.isFile() && name !== "-") return { name, path: realpathSync(name), file, kind: "ranges" };
  // Standard input under another name (`/dev/stdin`) is read from its descriptor: a socket cannot be opened again.
  return { name, path: name === "-" || sameFile(file, statusOrNone(() => fstatSync(0))) ? "-" : name, file, kind: "stream" };
}

/** The entry of a file of a folder, or why it cannot be read (a loop of symbolic links, a folder). */
function folderEntry(name: string): Entry {
  try {
    return entryOf(name, statSync(name));
  } catch (error) {
    return { name, error: readError(error) };
  }
}

/** The inputs of the audit: standard input, a file, or a folder's .ndjson files in name order; bad usage is thrown. */
function inputEntries(input: string): { entries: Entry[]; folder: boolean } {
  let top: Stats;
  try {
    top = input === "-" ? fstatSync(0) : statSync(input);
  } catch (error) {
    throw new UsageError(`${displayName(input)}: ${readError(error)}`);
  }
  if (!top.isDirectory()) return { entries: [entryOf(input, top)], folder: false };
  let names: string[];
  try {
    names = readdirSync(input).filter((name) => name.endsWith(".ndjson")).sort();
  } catch (error) {
    throw new UsageError(`${displayName(input)}: ${readError(error)}`);
  }
  if (names.length === 0) throw new UsageError(`${displayName(input)}: the folder holds no .ndjson file`);
  return { entries: names.map((name) => folderEntry(join(input, name))), folder: true };
}

/**
 * Refuses an `--out` that is a regular file among the inputs (the same device and inode, however
 * it is named): opening it for writing would empty the input before it is read.
 */
function refuseOverwrite(out: string | undefined, entries: readonly Entry[]): void {
  const target = out === undefined ? undefined : statusOrNone(() => statSync(out));
  if (out === undefined || target === undefined || !target.isFile()) return;
  const same = entries.find((entry) => "file" in entry && sameFile(entry.file, target));
  if (same) throw new UsageError(`--out ${displayName(out)} is the input ${displayName(same.name)}: writing would erase it before it is read`);
}

/**
 * The entries in runs to check one after the other: each run of regular files is checked in byte
 * ranges together (so threads go on from one file to the next), each other entry on its own.
 */
function runsOf(entries: readonly Entry[]): Array<Entry | Readable[]> {
  const runs: Array<Entry | Readable[]> = [];
  for (const entry of entries) {
    const last = runs.at(-1);
    if (!("kind" in entry) || entry.kind !== "ranges") runs.push(entry);
    else if (Array.isArray(last)) last.push(entry);
    else runs.push([entry]);
  }
  return runs;
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

/** What every part of an audit writes to: the verdicts' destination, the tally, and standard error for what cannot be read. */
interface AuditOutput {
  readonly write: (text: string) => Promise<void>;
  readonly tally: Tally;
  readonly report: (text: string) => void;
}

/**
 * Checks a run of regular files in byte ranges, on threads or through the queue (`runner` opens it
 * at the first range), and writes verdicts in input order. A file that cannot be cut is reported
 * and left out; a SIGINT or SIGTERM stops the run with {@link Interrupted}, after which the
 * runner is closed by the caller, removing what a queue holds of the run.
 */
async function auditRanges(files: readonly Readable[], options: AuditOptions, folder: boolean, runner: () => Promise<RangeChecker>, output: AuditOutput): Promise<number> {
  const tasks: RangeTask[] = [];
  /** The entry of each task: two names of a folder may be one file, each numbered on its own. */
  const entryOfTask = new Map<RangeTask, Entry>();
  let unreadable = 0;
  for (const file of files) {
    const pieces = Math.max(options.threads * RANGES_PER_THREAD, Math.ceil(file.file.size / RANGE_BYTES));
    try {
      for (const range of await cutRanges(file.path, pieces)) {
        const task = { path: file.path, size: file.file.size, ...range, policy: options.policy, ...(options.asOf === undefined ? {} : { asOf: options.asOf }) };
        tasks.push(task);
        entryOfTask.set(task, file);
      }
    } catch (error) {
      unreadable += 1;
      output.report(`iopkit: ${displayName(file.name)}: ${readError(error)}`);
    }
  }
  if (tasks.length === 0) return unreadable;
  const bar = progress(tasks.reduce((total, task) => total + task.end - task.start, 0));
  const check = (await runner()).check;
  const signal = nextSignal();
  const stopped = signal.received.then((name): never => {
    throw new Interrupted(name);
  });
  let current: Entry | undefined;
  let offset = 0;
  try {
    await inOrder(tasks, options.queue ? QUEUE_WINDOW : options.threads * RANGES_PER_THREAD, (task) => Promise.race([check(task), stopped]), async (verdicts, task) => {
      const entry = entryOfTask.get(task)!;
      if (entry !== current) [current, offset] = [entry, 0];
      let text = "";
      for (const verdict of verdicts) {
        output.tally.add(verdict);
        text += verdictLine(verdict, offset + verdict.line, folder ? entry.name : undefined);
      }
      offset += verdicts.length;
      bar.advance(task.end - task.start);
      await output.write(text);
    });
  } finally {
    signal.dispose();
    bar.done();
  }
  return unreadable;
}

/**
 * Checks standard input, a pipe or a device as it arrives, on this thread. A line that runs past
 * the limit without ending is told on standard error, once: an endless one (`/dev/zero`) would
 * otherwise keep the command reading in silence.
 */
async function auditStream(entry: Readable, options: AuditOptions, folder: boolean, output: AuditOutput): Promise<void> {
  const checkOptions = options.asOf === undefined ? { policy: options.policy } : { policy: options.policy, asOf: options.asOf };
  const source = (entry.path === "-" ? process.stdin : createReadStream(entry.path)) as AsyncIterable<Uint8Array>;
  const tell = (line: number): void => output.report(`iopkit: ${displayName(entry.name)}: line ${line} runs past ${MAX_LINE_BYTES / 1024 / 1024} MiB without ending; reading on to its end (audit/line-too-long)`);
  for await (const verdict of checkLines(watchLongLines(source, MAX_LINE_BYTES, tell), checkOptions)) {
    output.tally.add(verdict);
    await output.write(verdictLine(verdict, verdict.line, folder ? entry.name : undefined));
  }
}

/** Checks every entry in input order and returns how many could not be read, each reported by its name. */
async function auditEntries(entries: readonly Entry[], options: AuditOptions, folder: boolean, output: AuditOutput): Promise<number> {
  let checker: RangeChecker | undefined;
  const runner = async (): Promise<RangeChecker> => (checker ??= options.queue ? await openRangeQueue(options.queue) : rangeChecker(WORKER_ENTRY, options.threads));
  let unreadable = 0;
  try {
    for (const run of runsOf(entries)) {
      if (Array.isArray(run)) unreadable += await auditRanges(run, options, folder, runner, output);
      else if ("path" in run) await auditStream(run, options, folder, output);
      else {
        unreadable += 1;
        output.report(`iopkit: ${displayName(run.name)}: ${run.error}`);
      }
    }
  } finally {
    await checker?.close();
  }
  return unreadable;
}

/** Runs an audit and returns its exit code: 2 when an input could not be read, even though the others were checked. */
export async function runAudit(options: AuditOptions, context: CommandContext): Promise<number> {
  const tally = new Tally();
  let unreadable: number;
  try {
    const { entries, folder } = inputEntries(options.input);
    refuseOverwrite(options.out, entries);
    const output = sink(options.out);
    unreadable = await auditEntries(entries, options, folder, { write: output.write, tally, report: context.err });
    await output.end();
  } catch (error) {
    if (error instanceof UsageError || error instanceof QueueError) return context.err(`iopkit: ${error.message}`), 2;
    if (error instanceof Interrupted) return context.err(`iopkit: ${error.message}`), error.exitCode;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code.startsWith("E")) return context.err(`iopkit: ${displayName(options.input)}: cannot be read or written (${code})`), 2;
    throw error;
  }
  (options.out === undefined ? context.err : context.out)(tally.summary());
  return unreadable > 0 ? 2 : tally.ok === tally.plans ? 0 : 1;
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
