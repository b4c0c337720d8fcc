import Tinypool from "tinypool";
import type { Verdict } from "../../audit/check-lines";
import type { RangeTask } from "./ranges";

/** Worker threads that check byte ranges; `entry` is the built worker file (`audit-worker.js` beside the CLI). */
export function rangePool(entry: URL, threads: number): { check: (task: RangeTask) => Promise<Verdict[]>; close: () => Promise<void> } {
  const pool = new Tinypool({ filename: entry.href, minThreads: threads, maxThreads: threads, idleTimeout: 0 });
  return { check: (task) => pool.run(task) as Promise<Verdict[]>, close: () => pool.destroy() };
}
