// What the audit command's tests share: the built CLI (dist/cli.js, built before the tests by
// test/build-once.ts), a real redis-server on a free port, a caseload file, and the CLI run as
// processes (coordinator and workers).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { CLI } from "../helpers/cli";
import { writeCaseload } from "./caseload";

/** The day every audit of the tests judges on. */
export const AS_OF = "2026-03-30";

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs the built CLI in a process of its own and waits for it. */
export function iopkitProcess(args: readonly string[], cwd?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...(cwd === undefined ? {} : { cwd }) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A CLI process running in the background, with the standard error it wrote so far. */
export interface Background {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly exit: Promise<number | null>;
}

const started: ChildProcess[] = [];

/** Runs the CLI in the background, collecting its standard error; killed after the file's tests if still running. */
export function background(args: readonly string[]): Background {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  started.push(child);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, stderr: () => stderr, exit };
}

/** Waits until a condition holds, polling every 50 ms; fails after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Kills (SIGKILL) the background processes of the file that are still running. */
export function stopStarted(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/** Stops background processes with SIGTERM and waits for their exit. */
export function stop(list: readonly Background[]): Promise<Array<number | null>> {
  for (const each of list) each.child.kill("SIGTERM");
  return Promise.all(list.map((each) => each.exit));
}

/** What a test file's setup made: a folder of its own, a caseload of `plans` lines in it, and the Redis address. */
export interface AuditFixture {
  readonly folder: string;
  readonly caseload: string;
  readonly queue: string;
  /** Starts worker processes on the queue that give a dead worker's job to another within about a second. */
  readonly workers: (count: number) => Promise<Background[]>;
}

/** A real redis-server of the tests: its process, its port and its `redis://` address. */
export interface RedisServer {
  readonly process: ChildProcess;
  readonly port: number;
  readonly address: string;
}

/**
 * Starts a real redis-server on a free port and waits until it answers. A test that cannot start
 * Redis fails here: the queue is tested against the real server, never skipped. The caller stops it.
 */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const failed = new Promise<never>((_, reject) => redis.once("error", (error) => reject(new Error(`redis-server could not start: ${error.message}; run node scripts/system-packages.mjs`))));
  await Promise.race([failed, until(() => redisCli(port, "ping") === "PONG", "redis-server", 20_000)]);
  return { process: redis, port, address: `redis://127.0.0.1:${port}` };
}

/** Runs one redis-cli command against the server on `port` and returns its output, trimmed. */
export function redisCli(port: number | string, ...command: string[]): string {
  return spawnSync("redis-cli", ["-p", String(port), ...command], { encoding: "utf8" }).stdout?.trim() ?? "";
}

/**
 * Sets up the file's tests (before all of them) and tears them down after: a caseload of `plans`
 * generated lines and a real redis-server ({@link startRedis}).
 */
export function auditFixture(plans: number): AuditFixture {
  let redis: ChildProcess | undefined;
  const fixture = { folder: "", caseload: "", queue: "" };
  beforeAll(async () => {
    fixture.folder = mkdtempSync(join(tmpdir(), "iopkit-audit-"));
    fixture.caseload = join(fixture.folder, "caseload.ndjson");
    expect(writeCaseload(fixture.caseload, plans)).toBe(plans);
    const server = await startRedis();
    redis = server.process;
    fixture.queue = server.address;
  }, 600_000);
  afterAll(async () => {
    stopStarted();
    // Waited for, so that this process reaps it rather than leave it to the system's init.
    const exited = redis && redis.exitCode === null ? new Promise((resolve) => redis!.once("exit", resolve)) : undefined;
    redis?.kill("SIGTERM");
    await exited;
    if (fixture.folder) rmSync(fixture.folder, { recursive: true, force: true });
  });
  return {
    get folder() {
      return fixture.folder;
    },
    get caseload() {
      return fixture.caseload;
    },
    get queue() {
      return fixture.queue;
    },
    async workers(count) {
      const list = Array.from({ length: count }, () => background(["worker", "--queue", fixture.queue, "--threads", "1", "--stalled-ms", "1000"]));
      await until(() => list.every((worker) => worker.stderr().includes("waiting for work")), "the workers to connect");
      return list;
    },
  };
}
