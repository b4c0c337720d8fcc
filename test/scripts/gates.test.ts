import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without declarations
import { runGates, linesMatching } from "../../scripts/gates.mjs";

type Gate = { id: string; title: string; commands: string[][]; after?: string[]; cores?: number; summary?: (output: string) => string[] };
const run = runGates as (steps: Gate[], options: { capacity: number; log: (text: string) => void }) => Promise<boolean>;
const node = (code: string) => [process.execPath, "-e", code];

async function gates(steps: Gate[], capacity = 2): Promise<{ passed: boolean; log: string[] }> {
  const log: string[] = [];
  const passed = await run(steps, { capacity, log: (text) => log.push(text) });
  return { passed, log };
}

describe("npm test's gates", () => {
  it("run every step, a step only after those it comes after, and print one line each with its summary", async () => {
    const { passed, log } = await gates([
      { id: "second", title: "second", commands: [node("console.log('Test Files 1 passed')"), node("console.log('Tests 3 passed'); console.log('noise')")], after: ["first"], summary: linesMatching(/^Tests /) },
      { id: "first", title: "first", commands: [node("console.log('\\x1b[32mdone\\x1b[0m')")], summary: linesMatching(/^done$/) },
    ]);
    expect(passed).toBe(true);
    expect(log.map((line) => line.replace(/\(\d+\.\d s\)/g, "(t)"))).toEqual(["✓ first (t)\n    done", "✓ second (t)\n    Tests 3 passed", expect.stringMatching(/^every gate passed in /)]);
  });

  it("stop at a failing step, print its whole output and what failed, and end with false", async () => {
    const { passed, log } = await gates([
      { id: "slow", title: "slow", commands: [node("setTimeout(() => {}, 20000)")] },
      { id: "broken", title: "broken", commands: [node("console.log('the reason'); process.exit(3)"), node("console.log('never')")] },
    ]);
    expect(passed).toBe(false);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^✗ broken \(\d+\.\d s\)\nthe reason\n.* exited with 3$/);
  }, 15_000);

  it("keep a two-core step waiting until two cores are free", async () => {
    const { passed, log } = await gates(
      [
        { id: "a", title: "a", commands: [node("setTimeout(() => {}, 300)")] },
        { id: "wide", title: "wide", commands: [node("")], cores: 2 },
      ],
      2,
    );
    expect(passed).toBe(true);
    expect(log[0]).toMatch(/^✓ a /);
    expect(log[1]).toMatch(/^✓ wide /);
  });

  it("let no step listed after a ready step waiting for cores start before it", async () => {
    const { passed, log } = await gates(
      [
        { id: "a", title: "a", commands: [node("setTimeout(() => {}, 300)")] },
        { id: "wide", title: "wide", commands: [node("setTimeout(() => {}, 300)")], cores: 2 },
        { id: "short", title: "short", commands: [node("")] },
      ],
      2,
    );
    expect(passed).toBe(true);
    expect(log.slice(0, 3).map((line) => line.split(" ")[1])).toEqual(["a", "wide", "short"]);
  });

  it("start a step that keeps no core beside steps that keep every core", async () => {
    const { passed, log } = await gates(
      [
        { id: "wide", title: "wide", commands: [node("setTimeout(() => {}, 300)")], cores: 2 },
        { id: "beside", title: "beside", commands: [node("")], cores: 0 },
        { id: "after", title: "after", commands: [node("")], after: ["beside"] },
      ],
      2,
    );
    expect(passed).toBe(true);
    expect(log.slice(0, 3).map((line) => line.split(" ")[1])).toEqual(["beside", "wide", "after"]);
  });

  it("refuse a step that comes after an unknown step", () => {
    expect(() => run([{ id: "a", title: "a", commands: [], after: ["nowhere"] }], { capacity: 2, log: () => undefined })).toThrow("unknown step nowhere");
  });
});
