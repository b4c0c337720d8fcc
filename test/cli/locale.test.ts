import { describe, expect, it } from "vitest";
import { iopkit as runIopkit } from "../helpers/cli";

/** Runs the command line in this process with a fixed clock: 2026-04-01 12:00 UTC. */
const iopkit = (args: string[]) => runIopkit(args, { now: () => new Date("2026-04-01T12:00:00Z") });

describe("--locale", () => {
  it("writes the findings of check in Spanish and keeps codes and paths", () => {
    const english = iopkit(["check", "examples/plans/broken-plan.json", "--as-of", "2026-03-30"]);
    const spanish = iopkit(["check", "examples/plans/broken-plan.json", "--as-of", "2026-03-30", "--locale", "es"]);
    expect(spanish.code).toBe(english.code);
    const codes = (text: string) => text.split("\n").filter((line) => /^ {4}\S+\/\S+/.test(line));
    expect(codes(spanish.stdout)).toEqual(codes(english.stdout));
    expect(spanish.stdout).not.toBe(english.stdout);
    expect(spanish.stdout).toContain("diagnóstico");
  });

  it("rejects a language it does not have", () => {
    const result = iopkit(["check", "examples/plans/valid-plan.json", "--locale", "fr"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--locale must be one of: en, es");
  });
});
