import { describe, expect, it } from "vitest";
import { checkLines, type Verdict } from "../../src/index";
import { cleanPlan } from "../helpers/plans";

async function collect(source: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for await (const verdict of checkLines(source, { asOf: "2026-03-12" })) verdicts.push(verdict);
  return verdicts;
}

/** Bytes cut into pieces of `size`, wherever that falls (inside a character too). */
async function* bytesIn(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

const plan = cleanPlan();
const planLine = JSON.stringify(plan);

describe("checkLines", () => {
  it("gives every line a verdict in order, numbered from 1, the bad ones with their code, and goes on", async () => {
    const text = [planLine, "", "{not json", '{"schemaVersion":1}', planLine].join("\n");
    const verdicts = await collect([text]);
    expect(verdicts.map((verdict) => [verdict.line, verdict.ok])).toEqual([[1, true], [2, false], [3, false], [4, false], [5, true]]);
    expect(verdicts[0]).toEqual({ line: 1, planId: plan.id, ok: true, counts: { error: 0, warning: 0, info: 0 }, rules: {} });
    expect(verdicts[1]).toEqual({ line: 2, ok: false, counts: { error: 1, warning: 0, info: 0 }, rules: { "audit/empty-line": 1 } });
    expect(verdicts[2]!.rules).toEqual({ "audit/not-json": 1 });
    expect(Object.keys(verdicts[3]!.rules).every((code) => code.startsWith("schema/"))).toBe(true);
    expect(verdicts[3]!.planId).toBeUndefined();
  });

  it("counts findings by rule code as checkPlan reports them, and carries no message text", async () => {
    const broken = { ...plan, problems: [] };
    const [verdict] = await collect([`${JSON.stringify(broken)}\n`]);
    expect(verdict!.ok).toBe(false);
    expect(Object.values(verdict!.rules).reduce((sum, count) => sum + count, 0)).toBe(verdict!.counts.error + verdict!.counts.warning + verdict!.counts.info);
    expect(JSON.stringify(verdict)).not.toMatch(/message|[A-Z][a-z]+ [a-z]+ /);
  });

  it("reads bytes cut anywhere, inside a UTF-8 character too, and CRLF line ends, with the same verdicts", async () => {
    const named = { ...plan, dischargeCriteria: ["Zoë 😀 sleeps through the night", ...plan.dischargeCriteria] };
    const text = `${JSON.stringify(named)}\r\n"été 😀"\r\n${planLine}`;
    const whole = await collect([text]);
    expect(whole).toHaveLength(3);
    expect(whole[0]!.ok).toBe(true);
    for (const size of [1, 2, 3, 5, 7, 64]) expect(await collect(bytesIn(text, size))).toEqual(whole);
  });

  it("gives no verdict after a final newline, and one to a last line without it", async () => {
    expect(await collect([`${planLine}\n`])).toHaveLength(1);
    expect(await collect([`${planLine}\n{`])).toHaveLength(2);
    expect(await collect([])).toEqual([]);
  });
});
