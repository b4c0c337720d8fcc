/** A count with its noun, plural unless the count is one: "1 error", "2 warnings", "0.5 times". */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** How often a cadence in weeks comes round: "every week", "every 4 weeks". */
export function everyWeeks(weeks: number): string {
  return weeks === 1 ? "every week" : `every ${weeks} weeks`;
}
