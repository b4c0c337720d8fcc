import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counted } from "../../src/core/words";
import { MAX_INPUT_BYTES } from "../../src/cli/io";
import { toDraft } from "../../src/testing";
import { iopkit as runIopkit } from "../helpers/cli";
import { cleanPlan } from "../helpers/plans";

let folder = "";
const VALID = "examples/plans/valid-plan.json";
const BROKEN = "examples/plans/broken-plan.json";

/** Runs the command line in this process with a fixed clock: 2026-04-01 02:00 UTC, still 31 March in New York. */
const iopkit = (...args: string[]) => runIopkit(args, { now: () => new Date("2026-04-01T02:00:00Z") });

function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const validText = () => readFileSync(VALID, "utf8");

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "iopkit-cli-hardening-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("check reads hostile files", () => {
  it("accepts a UTF-8 byte-order mark", () => {
    const result = iopkit("check", file("bom.json", `\uFEFF${validText()}`));
    expect([result.code, result.stderr]).toEqual([0, ""]);
  });

  it.each([
    ["UTF-16 text", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(validText(), "utf16le")]), "the input is UTF-16 text; save it as UTF-8"],
    ["binary garbage", () => Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256), "the input is binary data, not JSON text"],
    ["bytes that are not UTF-8", () => Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d]), "the input is not UTF-8 text"],
  ])("refuses %s with a one-line error and exit 2", (label, content, message) => {
    const path = file(`${label.replace(/\W/g, "-")}.json`, content());
    const result = iopkit("check", path);
    expect([result.code, result.errLines]).toEqual([2, [`${path}: ${message}`]]);
  });

  it("refuses a 50 MB file after reading at most the limit, and stops /dev/zero at it", () => {
    const huge = file("huge.json", `[${"0,".repeat(25 * 1024 * 1024)}0]`);
    expect(statSync(huge).size).toBeGreaterThan(50 * 1024 * 1024);
    expect(iopkit("check", huge).errLines).toEqual([`${huge}: the input is above the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`]);
    const started = performance.now();
    const zero = iopkit("check", "/dev/zero");
    expect([zero.code, zero.errLines]).toEqual([2, ["/dev/zero: the input is above the 10 MB limit"]]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("reports 100,000-deep nesting as findings, without overflowing", () => {
    const deep = file("deep.json", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`);
    const result = iopkit("check", deep);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("schema/");
  });

  it("checks every file of a folder of 2,000 with loops, folders, dangling links and odd names, one line for each that cannot be read", () => {
    const crowd = join(folder, "crowd");
    mkdirSync(crowd);
    for (let index = 0; index < 2_000; index += 1) writeFileSync(join(crowd, `plan-${String(index).padStart(4, "0")}.json`), "{}");
    writeFileSync(join(crowd, "zz-valid.json"), validText());
    symlinkSync("loop-b.json", join(crowd, "loop-a.json"));
    symlinkSync("loop-a.json", join(crowd, "loop-b.json"));
    symlinkSync("nowhere", join(crowd, "dangling.json"));
    mkdirSync(join(crowd, "folder.json"));
    const odd = ["new\nline.json", "\u001b[31mred.json", "-dash.json", "ünïcødé \u{1F600}.json"];
    for (const name of odd) writeFileSync(join(crowd, name), "not json");
    const result = iopkit("check", crowd, "--as-of", "2026-03-30");
    expect(result.code).toBe(2);
    expect(result.errLines).toHaveLength(4 + odd.length);
    expect(result.errLines).toContain(`${join(crowd, "loop-a.json")}: a loop of symbolic links`);
    expect(result.errLines).toContain(`${join(crowd, "dangling.json")}: no such file`);
    expect(result.errLines).toContain(`${join(crowd, "folder.json")}: a folder, not a file`);
    expect(result.errLines.filter((line) => line.startsWith(`${join(crowd, "new\\u000aline.json")}: the input is not valid JSON`))).toHaveLength(1);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stdout).toContain(`${join(crowd, "zz-valid.json")}: ok`);
    expect(result.stdout.split("\n").slice(-2)).toEqual(["2009 inputs: 1 passed, 2000 failed, 8 unreadable (30000 errors, 0 warnings, 0 info)", ""]);
    expect(readdirSync(crowd)).toHaveLength(2_009);
  });

  it("names an unreadable file and checks the others", () => {
    const locked = file("locked.json", validText());
    chmodSync(locked, 0o000);
    const result = iopkit("check", locked, VALID);
    chmodSync(locked, 0o600);
    // The superuser reads any file: then the locked file is simply checked.
    const asRoot = process.getuid?.() === 0;
    expect(result.code).toBe(asRoot ? 0 : 2);
    expect(result.errLines).toEqual(asRoot ? [] : [`${locked}: permission denied`]);
    expect(result.stdout).toContain(`${VALID}: ok`);
  });

  it("says a missing folder or file does not exist, never an unexpected failure", () => {
    const result = iopkit("check", join(folder, "no-such-folder"));
    expect([result.code, result.stderr]).toEqual([2, `${join(folder, "no-such-folder")}: no such file\n`]);
    const init = iopkit("init", "--out", join(folder, "no-such-folder", "plan.json"));
    expect([init.code, init.stderr]).toEqual([2, `iopkit: cannot write ${join(folder, "no-such-folder", "plan.json")}: its folder does not exist\n`]);
  });
});

describe("check options", () => {
  it("defaults --as-of to today in the plan's zone and prints the day it used", () => {
    const pretty = iopkit("check", VALID);
    expect(pretty.stdout).toContain(`${VALID}: ok (0 errors, 0 warnings, 0 info)\n  as of 2026-03-31, today in America/New_York\n`);
    expect(pretty.stdout).not.toContain("skipped");
    const tokyo = toDraft(cleanPlan({ timeZone: "Asia/Tokyo" }));
    const json = JSON.parse(iopkit("check", file("tokyo.json", JSON.stringify(tokyo)), "--format", "json").stdout);
    expect(Object.values(json.plans as Record<string, { asOf: string; skipped: unknown[] }>).map((plan) => [plan.asOf, plan.skipped])).toEqual([["2026-04-01", []]]);
    expect(json.asOf).toBeNull();
    expect(iopkit("check", VALID, "--as-of", "2026-03-30").stdout).toContain("\n  as of 2026-03-30\n");
  });

  it("fails on warnings with --fail-on warning", () => {
    const draft = toDraft(cleanPlan());
    draft.dischargeCriteria = [];
    const plan = file("no-criteria.json", JSON.stringify(draft));
    const policy = file("warn-policy.json", JSON.stringify({ extends: "default", rules: { "plan/discharge-criteria": "warning" } }));
    expect(iopkit("check", plan, "--policy", policy, "--as-of", "2026-03-09").code).toBe(0);
    const strict = iopkit("check", plan, "--policy", policy, "--as-of", "2026-03-09", "--fail-on", "warning");
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("NOT ok (0 errors, 1 warning, 0 info)");
    expect(iopkit("check", plan, "--fail-on", "info").stderr).toBe("iopkit: --fail-on must be one of: error, warning\n");
  });

  it("--quiet prints only the plans that fail, and no summary", () => {
    const result = iopkit("check", VALID, BROKEN, "--quiet", "--as-of", "2026-03-30");
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith(`${BROKEN}: NOT ok (11 errors, 0 warnings, 0 info)`)).toBe(true);
    expect(result.stdout).not.toContain(VALID);
    expect(result.stdout).not.toContain("inputs:");
    expect(iopkit("check", VALID, "-q").stdout).toBe("");
  });

  it("ends a check of several inputs with a summary line whose plurals are right", () => {
    const result = iopkit("check", VALID, BROKEN, "--as-of", "2026-03-30");
    expect(result.stdout.split("\n").slice(-2)).toEqual(["2 inputs: 1 passed, 1 failed (11 errors, 0 warnings, 0 info)", ""]);
    expect(iopkit("check", VALID).stdout).not.toContain("inputs:");
    expect([counted(1, "error"), counted(2, "warning"), counted(0, "error"), counted(1, "input")]).toEqual(["1 error", "2 warnings", "0 errors", "1 input"]);
  });
});

describe("usage errors", () => {
  it("suggests the option meant for a mistyped flag, never Node's parse error", () => {
    expect(iopkit("check", VALID, "--polcy", "default").stderr).toBe("iopkit: unknown option --polcy; did you mean --policy?\n");
    expect(iopkit("check", VALID, "--as-off", "2026-03-30").stderr).toBe("iopkit: unknown option --as-off; did you mean --as-of?\n");
    expect(iopkit("schedule", VALID, "--form", "2026-03-30").stderr).toBe("iopkit: unknown option --form; did you mean --format or --from?\n");
    expect(iopkit("check", VALID, "--zzz").stderr).toBe("iopkit: unknown option --zzz; the options are --policy, --as-of, --fail-on, --format, --locale, --quiet, --help\n");
    expect(iopkit("check", VALID, "--as-of").stderr).toBe("iopkit: --as-of needs a value\n");
    expect(iopkit("reviews", VALID, "--as-of", "2026-04-01", "--horizon", "-5").stderr).toBe("iopkit: --horizon takes a value starting with a dash only when written --horizon=<value>\n");
    expect(iopkit("chek", VALID).stderr).toBe("iopkit: unknown command chek (did you mean check?); run iopkit --help\n");
  });

  it("lists the preset ids and the closest one for an unknown preset", () => {
    const result = iopkit("check", VALID, "--policy", "medicare");
    expect([result.code, result.stderr]).toEqual([
      2,
      "iopkit: --policy medicare: Unknown preset id; expected one of: default, medicare-iop, or asam-2.1. Did you mean medicare-iop? Nor is it a policy file: no such file.\n",
    ]);
  });
});

describe("init", () => {
  it("refuses to overwrite a file without --force", () => {
    const out = file("existing.json", "keep me");
    const refused = iopkit("init", "--out", out);
    expect([refused.code, refused.stderr]).toEqual([2, `iopkit: ${out} exists; add --force to replace it\n`]);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(iopkit("init", "--out", out, "--force").code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).timeZone).toBe("America/New_York");
  });

  it("admits on today in the plan's zone by default, so the plan it writes passes check today", () => {
    const out = join(folder, "today.json");
    expect(iopkit("init", "--out", out).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).period.admitted).toBe("2026-03-31");
    const tokyo = join(folder, "tokyo-init.json");
    expect(iopkit("init", "--out", tokyo, "--time-zone", "Asia/Tokyo").code).toBe(0);
    expect(JSON.parse(readFileSync(tokyo, "utf8")).period.admitted).toBe("2026-04-01");
    expect(iopkit("check", out, tokyo).code).toBe(0);
  });
});
