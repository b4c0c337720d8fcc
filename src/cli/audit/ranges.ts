import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { Day } from "../../core/calendar";
import type { Policy } from "../../policy/types";
import { checkLines, checkLinesWithin, type Verdict } from "../../audit/check-lines";

/** A slice of an NDJSON file, cut on newlines, and how to check it: all a worker needs, never plan content. */
export interface RangeTask {
  /** The file's absolute path: a worker of the queue may run in another folder. */
  readonly path: string;
  /** The file's size when it was cut: a worker that finds another size has another file. */
  readonly size: number;
  /** First byte, inclusive. */
  readonly start: number;
  /** Last byte, exclusive. */
  readonly end: number;
  readonly policy: Policy;
  readonly asOf?: Day;
}

/** How many bytes are scanned at a time for the newline a range ends on. */
const SCAN_BYTES = 64 * 1024;

/** Cuts a file into about `pieces` byte ranges of similar size, each ending just after a newline (or at the end of the file). */
export async function cutRanges(path: string, pieces: number): Promise<Array<{ start: number; end: number }>> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const buffer = Buffer.alloc(SCAN_BYTES);
    const ranges: Array<{ start: number; end: number }> = [];
    let start = 0;
    for (let piece = 1; piece <= pieces && start < size; piece += 1) {
      let end = piece === pieces ? size : Math.max(start, Math.floor((size * piece) / pieces));
      while (end < size) {
        const { bytesRead } = await file.read(buffer, 0, SCAN_BYTES, end);
        const newline = buffer.subarray(0, bytesRead).indexOf(10);
        if (newline !== -1) {
          end += newline + 1;
          break;
        }
        end += bytesRead;
      }
      if (end > start) ranges.push({ start, end });
      start = end;
    }
    return ranges;
  } finally {
    await file.close();
  }
}

/** Checks the lines of one byte range; verdicts count lines from 1 within the range. */
export async function checkRange(task: RangeTask): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  if (task.end <= task.start) return verdicts;
  if ((await stat(task.path)).size !== task.size) throw new Error("the file at the range's path is not the file the audit cut: its size differs");
  const stream = createReadStream(task.path, { start: task.start, end: task.end - 1 });
  const options = task.asOf === undefined ? { policy: task.policy } : { policy: task.policy, asOf: task.asOf };
  // A range after the file's first byte continues the file: a byte order mark there is no file's opening.
  const check = task.start === 0 ? checkLines : checkLinesWithin;
  for await (const verdict of check(stream as AsyncIterable<Uint8Array>, options)) verdicts.push(verdict);
  return verdicts;
}

/**
 * Runs tasks with at most `window` under way and hands their results to `write` in task order,
 * as soon as every earlier one is written: output order never depends on which task ends first.
 */
export async function inOrder<T, R>(tasks: readonly T[], window: number, run: (task: T) => Promise<R>, write: (result: R, task: T) => Promise<void> | void): Promise<void> {
  const started: Array<Promise<R>> = [];
  let written = 0;
  const writeNext = async (): Promise<void> => {
    await write(await started[written]!, tasks[written]!);
    delete started[written];
    written += 1;
  };
  for (const task of tasks) {
    const promise = run(task);
    // A failure is reported when its turn to be written comes, not as an unhandled rejection before.
    promise.catch(() => undefined);
    started.push(promise);
    if (started.length - written >= window) await writeNext();
  }
  while (written < tasks.length) await writeNext();
}
