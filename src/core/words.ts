import type { FindingPath } from "./finding";
import { ENGLISH, wordsFor } from "./messages";

/**
 * A place in a plan in plain words, for messages: each list item by its name and its number
 * counted from 1 (`["participant", "commitments", 2]` is "commitment 3", `["problems", 0,
 * "goals", 1]` is "problem 1, goal 2"); keys that are not lists are left out.
 */
export function placeName(path: FindingPath): string {
  return wordsFor(ENGLISH, path).place();
}

/** A count with its noun, plural unless the count is one: "1 error", "2 warnings", "0.5 times". */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** How often a cadence in weeks comes round: "every week", "every 4 weeks". */
export function everyWeeks(weeks: number): string {
  return weeks === 1 ? "every week" : `every ${weeks} weeks`;
}
