import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without declarations
import { runGates, linesMatching } from "../../scripts/gates.mjs";

type Gate = { id: string; title: string; commands: string[][]; after?: string[]; cores?: number; idle?: boolean; uninterruptible?: boolean; summary?: (output: string) => string[] };
const run = runGates as (steps: Gate[], options: { capacity: number; log: (text: string) => void }) => Promise<boolean>;
const node = (code: string) => [process.execPath, "-e", code];

// Steps prove their order with marks (empty files) in a folder of the test's own, not with timing.
const markFolder = () => mkdtempSync(join(tmpdir(), "iopkit-gates-"));
const mark = (folder: string, name: string) => node(`require("node:fs").writeFileSync(${JSON.stringify(join(folder, name))}, "")`);
/** A command that fails unless the mark is already there. */
const expectMark = (folder: string, name: string) => node(`process.exit(require("node:fs").existsSync(${JSON.stringify(join(folder, name))}) ? 0 : 4)`);
/** A command that ends when the mark appears, and fails when it has not appeared in 10 s. */
const awaitMark = (folder: string, name: string) =>
  node(`const fs = require("node:fs"); const until = Date.now() + 10000; (function poll() { if (fs.existsSync(${JSON.stringify(join(folder, name))})) return; if (Date.now() > until) process.exit(5); setTimeout(poll, 20); })()`);

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
    const marks = markFolder();
    const { passed } = await gates([
      { id: "a", title: "a", commands: [mark(marks, "a-ended")] },
      { id: "wide", title: "wide", commands: [expectMark(marks, "a-ended")], cores: 2 },
    ]);
    expect(passed).toBe(true);
  });

  it("let no step that keeps a core, listed after a ready step waiting for cores, start before it", async () => {
    const marks = markFolder();
    const { passed, log } = await gates([
      { id: "a", title: "a", commands: [node("")] },
      { id: "wide", title: "wide", commands: [mark(marks, "wide-started")], cores: 2 },
      { id: "short", title: "short", commands: [expectMark(marks, "wide-started")] },
    ]);
    expect(log.at(-1)).toMatch(/^every gate passed/);
    expect(passed).toBe(true);
  });

  it("start a step that keeps no core beside steps that keep every core, even when listed after a step waiting for cores", async () => {
    const marks = markFolder();
    const { passed, log } = await gates([
      { id: "wide", title: "wide", commands: [awaitMark(marks, "late-ran")], cores: 2 },
      { id: "beside", title: "beside", commands: [node("")], cores: 0 },
      { id: "waiting", title: "waiting", commands: [node("")], cores: 2, after: ["beside"] },
      { id: "late", title: "late", commands: [mark(marks, "late-ran")], cores: 0, after: ["beside"] },
    ]);
    expect(log.at(-1)).toMatch(/^every gate passed/);
    expect(passed).toBe(true);
  }, 15_000);

  it("start an idle step beside steps that keep every core, at the lowest priority, which the processes it starts inherit", async () => {
    const marks = markFolder();
    const priorityOfChild = `const { execFileSync } = require("node:child_process"); console.log("child priority " + execFileSync(process.execPath, ["-e", "process.stdout.write(String(require('node:os').getPriority()))"], { encoding: "utf8" }))`;
    const { passed, log } = await gates([
      { id: "wide", title: "wide", commands: [awaitMark(marks, "idle-ran")], cores: 2 },
      { id: "idle", title: "idle", commands: [mark(marks, "idle-ran"), node(priorityOfChild)], idle: true, summary: linesMatching(/^child priority/) },
    ]);
    expect(passed).toBe(true);
    expect(log.find((line) => line.startsWith("✓ idle"))).toMatch(/\n {4}child priority 19$/);
  }, 15_000);

  it("wait for an uninterruptible step to end when another fails, and stop the others", async () => {
    const marks = markFolder();
    const { passed, log } = await gates([
      { id: "install", title: "install", commands: [node(`setTimeout(() => require("node:fs").writeFileSync(${JSON.stringify(join(marks, "installed"))}, ""), 500)`)], cores: 0, uninterruptible: true },
      { id: "slow", title: "slow", commands: [node(`setTimeout(() => require("node:fs").writeFileSync(${JSON.stringify(join(marks, "slow-ended"))}, ""), 1000)`)], cores: 0 },
      { id: "broken", title: "broken", commands: [node("process.exit(3)")] },
    ]);
    expect(passed).toBe(false);
    expect(existsSync(join(marks, "installed"))).toBe(true);
    await new Promise((done) => setTimeout(done, 1000));
    expect(existsSync(join(marks, "slow-ended"))).toBe(false);
    expect(log).toEqual([expect.stringMatching(/^✗ broken /), "… waiting for install to end"]);
  }, 15_000);

  it("end with false, naming the command, when a command cannot start", async () => {
    const { passed, log } = await gates([{ id: "missing", title: "missing", commands: [["/nonexistent/command"]], uninterruptible: true }]);
    expect(passed).toBe(false);
    expect(log).toEqual([expect.stringMatching(/^✗ missing .*\n.*ENOENT/s)]);
  });

  it("refuse a step that comes after an unknown step", () => {
    expect(() => run([{ id: "a", title: "a", commands: [], after: ["nowhere"] }], { capacity: 2, log: () => undefined })).toThrow("unknown step nowhere");
  });
});
