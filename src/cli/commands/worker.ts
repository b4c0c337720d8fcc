import { availableParallelism } from "node:os";
import { rangeChecker } from "../audit/pool";
import { QueueError, serveRangeQueue } from "../audit/queue";
import type { CommandContext } from "../context";
import { displayName, UsageError } from "../io";
import { nextSignal } from "../audit/signals";
import { parseOptions } from "../options";
import { countOption, finish, MAX_THREADS, queueOption, WORKER_ENTRY } from "./audit";

export const workerHelp = `Usage: iopkit worker --queue <redis://host:port> [options]

Checks the parts of the files that \`iopkit audit --queue\` hands out, until stopped (Ctrl-C or
SIGTERM). Run one on each machine; each must read the audited files at the same absolute path.

Options:
  --queue <redis://host:port>  the Redis the coordinator uses
  --threads <n>        parts checked at once, each on its own thread (default: the cores;
                       with 1 the worker checks on its own thread; at most 256)
  --stalled-ms <ms>    how soon the part of a worker that died goes to another (default: 30000,
                       at most 86400000: a day)
  -h, --help           show this help

Exit codes: 0 stopped, 2 Redis unreachable or bad usage.`;

const DEFAULT_STALLED_MS = 30_000;
/** A day: a worker that has not renewed its part's lock for longer is dead, not slow. */
const MAX_STALLED_MS = 86_400_000;

/**
 * Serves the queue until SIGINT or SIGTERM, then lets running parts finish; exits 2 when Redis
 * cannot be reached, or is lost while serving (no answer for a few seconds).
 */
async function serve(options: { queue: NonNullable<ReturnType<typeof queueOption>>; threads: number; stalledMs: number }, context: CommandContext): Promise<number> {
  const pool = rangeChecker(WORKER_ENTRY, options.threads);
  try {
    const worker = await serveRangeQueue(options.queue, {
      concurrency: options.threads,
      stalledMs: options.stalledMs,
      check: pool.check,
      // The path comes from Redis: written as a name, on one line.
      onJob: (task) => context.err(`iopkit worker: checking bytes ${task.start}-${task.end} of ${displayName(task.path)}`),
    });
    context.err(`iopkit worker: waiting for work on ${options.queue.shown}`);
    const signal = nextSignal();
    try {
      await Promise.race([signal.received, worker.lost]);
    } finally {
      signal.dispose();
    }
    await worker.close();
    return 0;
  } catch (error) {
    if (error instanceof QueueError) return context.err(`iopkit: ${error.message}`), 2;
    throw error;
  } finally {
    await pool.close();
  }
}

/** `iopkit worker`: checks the options now, then serves the queue and sets the exit code when stopped. */
export function worker(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseOptions(args, { queue: { type: "string" }, threads: { type: "string" }, "stalled-ms": { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return context.out(workerHelp), 0;
  if (positionals.length > 0) throw new UsageError("worker takes no file: the coordinator names them");
  const queue = queueOption(values.queue);
  if (!queue) throw new UsageError("worker needs --queue redis://host:port");
  const threads = countOption("threads", values.threads, availableParallelism(), MAX_THREADS);
  finish(serve({ queue, threads, stalledMs: countOption("stalled-ms", values["stalled-ms"], DEFAULT_STALLED_MS, MAX_STALLED_MS) }, context), context);
  return 0;
}
