import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkRange } from "../../src/cli/audit/ranges";
import { checkLines, policies, type Verdict } from "../../src/index";
import { cleanPlan } from "../helpers/plans";

const folder = mkdtempSync(join(tmpdir(), "iopkit-ranges-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A verdict without its line number, which counts from 1 within each range. */
function unnumbered({ line: _line, ...verdict }: Verdict): Omit<Verdict, "line"> {
  return verdict;
}

describe("byte ranges of a caseload", () => {
  it("give the verdicts of the whole file, a byte order mark opening a line after the first included", async () => {
    const line = JSON.stringify(cleanPlan());
    const lines = [`\uFEFF${line}`, line, `\uFEFF${line}`, line];
    const path = join(folder, "caseload.ndjson");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const whole: Verdict[] = [];
    for await (const verdict of checkLines([readFileSync(path)], { asOf: "2026-03-12" })) whole.push(verdict);
    expect(whole.map((verdict) => verdict.ok)).toEqual([true, true, false, true]);
    // A range for each line, as `cutRanges` cuts them: each ends just after its newline.
    const ends = lines.map((_, index) => Buffer.byteLength(`${lines.slice(0, index + 1).join("\n")}\n`));
    const ranges = ends.map((end, index) => ({ start: index === 0 ? 0 : ends[index - 1]!, end }));
    const size = ends.at(-1)!;
    const byRange = await Promise.all(ranges.map((range) => checkRange({ path, size, ...range, policy: policies.default, asOf: "2026-03-12" })));
    expect(byRange.flat().map(unnumbered)).toEqual(whole.map(unnumbered));
  });

  it("refuse a range of a file whose size is not the one it was cut from: a worker that found another file at the path", async () => {
    const path = join(folder, "other.ndjson");
    writeFileSync(path, `${JSON.stringify(cleanPlan())}\n`);
    await expect(checkRange({ path, size: 1, start: 0, end: 1, policy: policies.default })).rejects.toThrow("its size differs");
  });
});
