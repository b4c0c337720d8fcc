import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleCatalog } from "../../src/index";
import { toDraft } from "../../src/testing";
import { iopkit, spawnIopkit, VERSION } from "../helpers/cli";
import { cleanPlan } from "../helpers/plans";

let folder = "";

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "iopkit-cli-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("dist/cli.js", () => {
  it("prints the package's version, and writes what the command line run in this process writes, each text on its own line, with its exit code", () => {
    expect(spawnIopkit(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
    const args = ["check", "examples/plans/broken-plan.json", join(folder, "missing.json"), "examples/plans/valid-plan.json", "--as-of", "2026-03-30"];
    const { errLines, ...inProcess } = iopkit(args);
    expect([inProcess.code, errLines, inProcess.stdout.split("\n").slice(-2)]).toEqual([2, [`${join(folder, "missing.json")}: no such file`], ["3 inputs: 1 passed, 1 failed, 1 unreadable (11 errors, 0 warnings, 0 info)", ""]]);
    expect(spawnIopkit(args)).toEqual(inProcess);
  });
});

describe("iopkit check", () => {
  it("exits 0 for a valid plan and 1 for a plan with errors, grouping findings by severity", () => {
    const valid = iopkit(["check", "examples/plans/valid-plan.json", "--as-of", "2026-03-30"]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain("ok (0 errors");
    const broken = iopkit(["check", "examples/plans/broken-plan.json", "--as-of", "2026-03-30"]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/11 errors\n {4}plan\/diagnosis-required {2}diagnoses/);
    expect(broken.stdout).not.toContain("\u001b[");
  });

  it("without --as-of, judges on today in the plan's zone, read from the clock, and prints the day", () => {
    const without = iopkit(["check", "examples/plans/valid-plan.json"]);
    expect(without.stdout).toMatch(/^examples\/plans\/valid-plan.json: (NOT )?ok \(\d+ errors?, \d+ warnings?, \d+ info\)\n {2}as of \d{4}-\d{2}-\d{2}, today in America\/New_York\n/);
    const json = JSON.parse(iopkit(["check", "examples/plans/valid-plan.json", "--format", "json"]).stdout);
    expect(json.plans["examples/plans/valid-plan.json"].skipped).toEqual([]);
    expect(json.plans["examples/plans/valid-plan.json"].asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("checks a folder and prints one JSON document that parses back", () => {
    const result = iopkit(["check", "examples/plans", "--format", "json", "--as-of", "2026-03-30", "--policy", "medicare-iop"]);
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout) as { policy: string; plans: Record<string, { ok: boolean; findings: { rule: string }[] }> };
    expect(document.policy).toBe("medicare-iop");
    expect(Object.keys(document.plans)).toEqual(["examples/plans/broken-plan.json", "examples/plans/valid-plan.json"]);
    expect(document.plans["examples/plans/broken-plan.json"]!.findings.some((finding) => finding.rule === "plan/diagnosis-required")).toBe(true);
  });

  it("reads standard input", () => {
    const result = spawnIopkit(["check", "-", "--format", "json", "--as-of", "2026-03-30"], { input: readFileSync("examples/plans/valid-plan.json", "utf8") });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).plans["-"].ok).toBe(true);
  });

  it("gives a clear message and exit 2 for a missing file, a non-JSON file, an empty file and a 50 MB file", () => {
    const cases: [string, RegExp][] = [
      [join(folder, "missing.json"), /no such file/],
      [file("not-json.json", "{ name: Jane Doe "), /not valid JSON/],
      [file("empty.json", "  \n"), /empty/],
      [file("huge.json", `[${"0,".repeat(25 * 1024 * 1024)}0]`), /above the 10 MB limit/],
    ];
    for (const [path, message] of cases) {
      const result = iopkit(["check", path]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/at .*\.js:\d+|Jane/);
    }
  });

  it("reports a plan with 10,000 sessions as findings, exit 1", () => {
    const draft = toDraft(cleanPlan());
    draft.schedule.sessions = Array.from({ length: 10_000 }, () => draft.schedule.sessions[0]!);
    const result = iopkit(["check", file("many.json", JSON.stringify(draft))]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("schema/too_big");
  });

  it("exit 2 with a clear message for bad usage and bad policies", () => {
    expect(iopkit(["check"]).code).toBe(2);
    expect(iopkit(["check", "examples/plans", "--as-of", "soon"]).stderr).toContain("--as-of must be a calendar day");
    expect(iopkit(["check", "examples/plans", "--format", "xml"]).stderr).toContain("--format must be one of: pretty, json");
    expect(iopkit(["check", "examples/plans", "--bogus"]).code).toBe(2);
    const policy = file("policy.json", JSON.stringify({ extends: "default", rules: { "plan/dischage-criteria": "off" } }));
    const bad = iopkit(["check", "examples/plans", "--policy", policy]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Did you mean plan/discharge-criteria?");
    const good = file("good-policy.json", JSON.stringify({ extends: "default", rules: { "plan/diagnosis-required": "off" } }));
    expect(iopkit(["check", "examples/plans/valid-plan.json", "--policy", good, "--as-of", "2026-03-30"]).code).toBe(0);
  });

  it("colors only on a terminal: never when piped", () => {
    expect(spawnIopkit(["check", "examples/plans/broken-plan.json"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });
});

describe("iopkit schedule, reviews, rules, init", () => {
  it("schedule prints a table or JSON", () => {
    const table = iopkit(["schedule", "examples/plans/valid-plan.json", "--to", "2026-03-13"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("2026-03-09  09:00  12:00  -04:00");
    const json = iopkit(["schedule", "examples/plans/valid-plan.json", "--from", "2026-03-09", "--to", "2026-03-13", "--format", "json"]);
    expect(JSON.parse(json.stdout).sessions).toHaveLength(3);
    expect(iopkit(["schedule", "examples/plans/valid-plan.json", "--from", "2026-04-01", "--to", "2026-03-01"]).code).toBe(2);
  });

  it("reviews lists due items and exits 1 when something is overdue", () => {
    expect(iopkit(["reviews", "examples/plans/valid-plan.json", "--as-of", "2026-03-30"]).code).toBe(0);
    const broken = iopkit(["reviews", "examples/plans/broken-plan.json", "--as-of", "2026-03-30", "--format", "json"]);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).some((item: { status: string }) => item.status === "overdue")).toBe(true);
    expect(iopkit(["reviews", "examples/plans/valid-plan.json"]).stderr).toContain("--as-of");
  });

  it("rules lists every rule and explains one", () => {
    const list = iopkit(["rules"]);
    expect(list.code).toBe(0);
    for (const rule of ruleCatalog) expect(list.stdout).toContain(rule.code);
    const one = iopkit(["rules", "schedule/weekly-hours"]);
    expect(one.stdout).toContain("severity: default error, medicare-iop error, asam-2.1 error");
    expect(one.stdout).toContain("parameters: weeklyMinutes");
    const unknown = iopkit(["rules", "schedule/weekly-hour"]);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, "iopkit: unknown rule schedule/weekly-hour; did you mean schedule/weekly-hours?"]);
  });

  it("init writes a template plan that passes check", () => {
    const out = join(folder, "init.json");
    expect(iopkit(["init", "--out", out, "--time-zone", "Europe/London"]).code).toBe(0);
    expect(iopkit(["check", out]).code).toBe(0);
    expect(JSON.parse(iopkit(["init"]).stdout).timeZone).toBe("America/New_York");
  });

  it("has --help for each command, and exit 2 without a known command", () => {
    for (const command of ["check", "schedule", "reviews", "rules", "init"]) {
      const help = iopkit([command, "--help"]);
      expect([help.code, help.stdout.startsWith(`Usage: iopkit ${command}`)]).toEqual([0, true]);
    }
    expect(iopkit([]).code).toBe(2);
    expect(iopkit(["frobnicate"]).stderr).toContain("unknown command frobnicate");
  });
});

describe("useColor", () => {
  it("colors a terminal unless NO_COLOR is set or the terminal is dumb", async () => {
    const { useColor } = await import("../../src/cli/format");
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(useColor({ isTTY: true }, { TERM: "dumb" })).toBe(false);
    expect(useColor({ isTTY: false }, {})).toBe(false);
  });
});
