// Runs the built CLI (dist/cli.js and dist/audit-worker.js, built here when missing or older than
// src/): worker threads need the built worker file, found beside the CLI as in an installed package.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runs } from "../helpers/runs";
import { writeCaseload } from "./caseload";

const CLI = "dist/cli.js";
const WORKER = "dist/audit-worker.js";
/** 20,000 plans in the full run; the runs under other Node majors check a tenth of them. */
const PLANS = runs(20_000).numRuns;
const AS_OF = "2026-03-30";
let folder = "";
let caseload = "";
let redis: ChildProcess | undefined;
let queue = "";
const started: ChildProcess[] = [];

/** The newest modification time under a folder. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(...readdirSync(path).map((name) => newest(join(path, name))));
}

/** A TCP port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function iopkit(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI in the background, collecting its standard error. */
function background(args: string[]): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  started.push(child);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, stderr: () => stderr, exit };
}

async function until(condition: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts worker processes that give a dead worker's job to another within about a second. */
async function workers(count: number) {
  const list = Array.from({ length: count }, () => background(["worker", "--queue", queue, "--threads", "1", "--stalled-ms", "1000"]));
  await until(() => list.every((worker) => worker.stderr().includes("waiting for work")), "the workers to connect");
  return list;
}

function stop(list: ReadonlyArray<{ child: ChildProcess; exit: Promise<number | null> }>) {
  for (const worker of list) worker.child.kill("SIGTERM");
  return Promise.all(list.map((worker) => worker.exit));
}

beforeAll(async () => {
  if (!existsSync(CLI) || !existsSync(WORKER) || newest(WORKER) < newest("src")) execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  folder = mkdtempSync(join(tmpdir(), "iopkit-audit-"));
  caseload = join(folder, "caseload.ndjson");
  expect(writeCaseload(caseload, PLANS)).toBe(PLANS);
  const port = await freePort();
  // A test that cannot start Redis fails here: the queue is tested against the real server.
  redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const failed = new Promise<never>((_, reject) => redis!.once("error", (error) => reject(new Error(`redis-server could not start: ${error.message}; run node scripts/system-packages.mjs`))));
  queue = `redis://127.0.0.1:${port}`;
  await Promise.race([failed, until(() => spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" }).stdout?.trim() === "PONG", "redis-server", 20_000)]);
}, 600_000);

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill("SIGKILL");
  redis?.kill("SIGTERM");
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("iopkit audit", () => {
  it("writes identical verdict files from --threads 1, --threads 2 and a BullMQ run with two workers", async () => {
    const outputs = ["one", "two", "queue"].map((name) => join(folder, `${name}.ndjson`));
    const one = iopkit(["audit", caseload, "--as-of", AS_OF, "--threads", "1", "--out", outputs[0]!]);
    expect(one.code).toBe(1);
    expect(one.stdout).toMatch(new RegExp(`^${PLANS} plans: \\d+ ok, \\d+ with errors\nmost frequent rules:\n`));
    expect(one.stdout).toContain("audit/not-json");
    const two = iopkit(["audit", caseload, "--as-of", AS_OF, "--threads", "2", "--out", outputs[1]!]);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const pair = await workers(2);
    const queued = iopkit(["audit", caseload, "--as-of", AS_OF, "--queue", queue, "--out", outputs[2]!]);
    await stop(pair);
    expect(queued.stderr).toBe("");
    expect(queued.code).toBe(1);
    expect(pair.every((worker) => worker.stderr().includes("checking bytes"))).toBe(true);
    const [first, ...others] = outputs.map((path) => readFileSync(path));
    const lines = first!.toString("utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(PLANS);
    expect(lines.map((line) => (JSON.parse(line) as { line: number }).line)).toEqual(Array.from({ length: PLANS }, (_, index) => index + 1));
    expect(JSON.parse(lines[96]!)).toEqual({ line: 97, ok: false, counts: { error: 1, warning: 0, info: 0 }, rules: { "audit/empty-line": 1 } });
    for (const other of others) expect(other.equals(first!)).toBe(true);
  }, 900_000);

  it("finishes with complete, identical output when a worker is killed (SIGKILL) in the middle of a job", async () => {
    const small = join(folder, "small.ndjson");
    writeCaseload(small, 2000, 7);
    const expected = join(folder, "small-expected.ndjson");
    expect(iopkit(["audit", small, "--as-of", AS_OF, "--threads", "1", "--out", expected]).code).toBe(1);
    const [victim, survivor] = await workers(2);
    const out = join(folder, "small-queue.ndjson");
    const coordinator = background(["audit", small, "--as-of", AS_OF, "--queue", queue, "--out", out]);
    await until(() => victim!.stderr().includes("checking bytes"), "the first worker to take a job");
    victim!.child.kill("SIGKILL");
    const killedRange = /checking bytes (\d+-\d+)/.exec(victim!.stderr())![1]!;
    expect(await coordinator.exit).toBe(1);
    await stop([survivor!]);
    expect(survivor!.stderr()).toContain(`checking bytes ${killedRange} `);
    expect(readFileSync(out).equals(readFileSync(expected))).toBe(true);
  }, 600_000);

  it("exits 2 with one line within 10 seconds when Redis cannot be reached", async () => {
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    for (const args of [["audit", caseload, "--queue", nowhere], ["worker", "--queue", nowhere]]) {
      const startedAt = Date.now();
      const result = iopkit(args);
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^iopkit: cannot reach Redis at ${nowhere}( \\(\\w+\\))?\\n$`));
    }
  }, 60_000);

  it("answers bad usage with exit 2 and one line", () => {
    for (const args of [["audit"], ["audit", caseload, "--threads", "0"], ["audit", caseload, "--queue", "http://x"], ["audit", "-", "--queue", "redis://127.0.0.1:1"], ["audit", join(folder, "missing.ndjson")], ["worker"]]) {
      const result = iopkit(args);
      expect(result.code).toBe(2);
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });
});
