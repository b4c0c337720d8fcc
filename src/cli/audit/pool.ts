import Tinypool from "tinypool";
import type { Verdict } from "../../audit/check-lines";
import { checkRange, type RangeTask } from "./ranges";

/** What checks byte ranges for `audit` and `worker`, and what frees it. */
export interface RangeChecker {
  readonly check: (task: RangeTask) => Promise<Verdict[]>;
  readonly close: () => Promise<void>;
}

/**
 * Checks byte ranges on `threads` threads: worker threads running `entry` (the built worker file,
 * `audit-worker.js` beside the CLI), or, for one thread, this one, which then starts no worker:
 * with one thread a worker would only add its start-up and a copy of the library to the run.
 */
export function rangeChecker(entry: URL, threads: number): RangeChecker {
  if (threads === 1) return { check: checkRange, close: () => Promise.resolve() };
  const pool = new Tinypool({ filename: entry.href, minThreads: threads, maxThreads: threads, idleTimeout: 0 });
  return { check: (task) => pool.run(task) as Promise<Verdict[]>, close: () => pool.destroy() };
}
