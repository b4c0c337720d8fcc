// What `iopkit audit` reads besides a plain file: pipes and devices (whose size says nothing), an
// --out that is an input, and a folder with entries that cannot be read.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI } from "../helpers/cli";
import { writeCaseload } from "./caseload";
import { AS_OF, iopkitProcess, until } from "./cli-harness";

let folder = "";
let caseload = "";
/** The verdicts and summary of the caseload read as a plain file on one thread, which every other way of reading it must give. */
let expected = { code: 0 as number | null, stdout: "", stderr: "" };

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "iopkit-audit-inputs-"));
  caseload = join(folder, "caseload.ndjson");
  writeCaseload(caseload, 300);
  expected = iopkitProcess(["audit", caseload, "--as-of", AS_OF, "--threads", "1"]);
  expect(expected.code).toBe(1);
  expect(expected.stdout.trimEnd().split("\n")).toHaveLength(300);
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the CLI with standard input from `stdin` (a descriptor, or text through a pipe). */
function withStdin(args: readonly string[], stdin: { fd: number } | { text: string }) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...("fd" in stdin ? { stdio: [stdin.fd, "pipe", "pipe"] } : { input: stdin.text }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("iopkit audit of a pipe or a device", () => {
  /** Runs a bash command line with the CLI as "$1" after node "$0", the caseload as "$2". */
  const bash = (command: string) => {
    const result = spawnSync("bash", ["-c", command, process.execPath, CLI, caseload], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it.each(["1", "2"])("checks a pipe named as a file (bash's <(…)) as it checks a plain file, with --threads %s", (threads) => {
    expect(bash(`"$0" "$1" audit <(cat "$2") --as-of ${AS_OF} --threads ${threads}`)).toEqual(expected);
  });

  it("checks /dev/stdin fed by a pipe, by a socket or by a file as it checks the file", () => {
    expect(bash(`cat "$2" | "$0" "$1" audit /dev/stdin --as-of ${AS_OF} --threads 2`)).toEqual(expected);
    // Node gives a child's standard input as a socket, which /dev/stdin cannot open again.
    expect(withStdin(["audit", "/dev/stdin", "--as-of", AS_OF, "--threads", "2"], { text: readFileSync(caseload, "utf8") })).toEqual(expected);
    const fd = openSync(caseload, "r");
    try {
      expect(withStdin(["audit", "/dev/stdin", "--as-of", AS_OF, "--threads", "2"], { fd })).toEqual(expected);
    } finally {
      closeSync(fd);
    }
  });

  it("tells, once, that /dev/zero's endless line runs past the limit, and never reports an empty pass", async () => {
    const child = spawn(process.execPath, [CLI, "audit", "/dev/zero", "--threads", "1"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    try {
      await until(() => stderr.includes("\n") || child.exitCode !== null, "the notice of a long line", 30_000);
      expect(child.exitCode).toBeNull();
      expect(stderr).toBe("iopkit: /dev/zero: line 1 runs past 10 MiB without ending; reading on to its end (audit/line-too-long)\n");
    } finally {
      child.kill("SIGKILL");
    }
    expect(stdout).toBe("");
  });
});

describe("iopkit audit --out", () => {
  it("refuses an --out that is an input, by any name, with exit 2 and one line, before writing anything", () => {
    const input = join(folder, "same.ndjson");
    const content = readFileSync(caseload);
    writeFileSync(input, content);
    linkSync(input, join(folder, "same-link.ndjson"));
    symlinkSync("same.ndjson", join(folder, "same-symlink.ndjson"));
    const inFolder = join(folder, "inputs");
    mkdirSync(inFolder);
    writeFileSync(join(inFolder, "a.ndjson"), content);
    const fd = openSync(input, "r");
    const results = [
      iopkitProcess(["audit", input, "--out", input, "--threads", "1"]),
      iopkitProcess(["audit", input, "--out", join(folder, "same-link.ndjson"), "--threads", "1"]),
      iopkitProcess(["audit", join(folder, "same-symlink.ndjson"), "--out", input, "--threads", "1"]),
      iopkitProcess(["audit", inFolder, "--out", join(inFolder, "a.ndjson"), "--threads", "1"]),
      withStdin(["audit", "-", "--out", input], { fd }),
    ];
    closeSync(fd);
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^iopkit: --out \S+ is the input \S+: writing would erase it before it is read\n$/);
    }
    expect(readFileSync(input).equals(content)).toBe(true);
    expect(readFileSync(join(inFolder, "a.ndjson")).equals(content)).toBe(true);
  });
});

describe("iopkit audit of a folder with entries that cannot be read", () => {
  it("reports each by its own escaped name, checks the other files, and exits 2 at the end", () => {
    const crowd = join(folder, "crowd");
    mkdirSync(crowd);
    const line = readFileSync(caseload, "utf8").split("\n")[0]!;
    writeFileSync(join(crowd, "a.ndjson"), `${line}\n`);
    symlinkSync("loop-c.ndjson", join(crowd, "loop-b.ndjson"));
    symlinkSync("loop-b.ndjson", join(crowd, "loop-c.ndjson"));
    mkdirSync(join(crowd, "d\u001b[31m.ndjson"));
    writeFileSync(join(crowd, "e.ndjson"), `${line}\n`);
    for (const threads of ["1", "2"]) {
      const result = iopkitProcess(["audit", crowd, "--as-of", AS_OF, "--threads", threads]);
      expect(result.code).toBe(2);
      const verdicts = result.stdout.trimEnd().split("\n").map((text) => JSON.parse(text) as { file: string; line: number });
      expect(verdicts.map((verdict) => [verdict.file, verdict.line])).toEqual([
        [join(crowd, "a.ndjson"), 1],
        [join(crowd, "e.ndjson"), 1],
      ]);
      expect(result.stderr.split("\n").slice(0, 3)).toEqual([
        `iopkit: ${join(crowd, "d\\u001b[31m.ndjson")}: a folder, not a file`,
        `iopkit: ${join(crowd, "loop-b.ndjson")}: a loop of symbolic links`,
        `iopkit: ${join(crowd, "loop-c.ndjson")}: a loop of symbolic links`,
      ]);
      expect(result.stderr).toMatch(/\n2 plans: /);
    }
  });
});
