import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The probe's verdict count and peak heap after collection, measured in a fresh process. */
function probe(lines: number): { count: number; peak: number } {
  const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "test/audit/memory-probe.ts", String(lines)], { encoding: "utf8" });
  return JSON.parse(output) as { count: number; peak: number };
}

describe("checkLines memory", () => {
  it("stays flat: the heap with 100,000 lines is within 1.2× of the heap with 10,000", () => {
    const small = probe(10_000);
    const large = probe(100_000);
    expect([small.count, large.count]).toEqual([10_000, 100_000]);
    expect(large.peak / small.peak).toBeLessThanOrEqual(1.2);
  }, 600_000);
});
