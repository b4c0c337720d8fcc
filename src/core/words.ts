import type { FindingPath } from "./finding";

/** The singular of each list a plan holds, as a message names one of its items. */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  activities: "activity",
  appointments: "appointment",
  assessments: "assessment",
  careTeam: "care team member",
  commitments: "commitment",
  components: "component",
  diagnoses: "diagnosis",
  events: "event",
  goals: "goal",
  interventions: "intervention",
  medications: "medication",
  objectives: "objective",
  problems: "problem",
  reviews: "review",
  sessions: "session",
};

/**
 * A place in a plan in plain words, for messages: each list item by its name and its number
 * counted from 1 (`["participant", "commitments", 2]` is "commitment 3", `["problems", 0,
 * "goals", 1]` is "problem 1, goal 2"); keys that are not lists are left out.
 */
export function placeName(path: FindingPath): string {
  const items: string[] = [];
  path.forEach((segment, index) => {
    const list = path[index - 1];
    if (typeof segment !== "number" || typeof list !== "string") return;
    items.push(`${Object.hasOwn(ITEM_NAMES, list) ? ITEM_NAMES[list] : list} ${segment + 1}`);
  });
  return items.join(", ");
}

/** A count with its noun, plural unless the count is one: "1 error", "2 warnings", "0.5 times". */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** How often a cadence in weeks comes round: "every week", "every 4 weeks". */
export function everyWeeks(weeks: number): string {
  return weeks === 1 ? "every week" : `every ${weeks} weeks`;
}
