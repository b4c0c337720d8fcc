import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * Runs a module in a fresh process that records every `Intl` formatter of the kinds messages use
 * (weekday names, plural rules, numbers, lists; the zone arithmetic's own date formatters aside),
 * and returns those built while loading the library and then while running `after`.
 */
function formattersBuilt(after: string): { loading: string[]; after: string[] } {
  const script = `
    const built = [];
    for (const name of ["DateTimeFormat", "PluralRules", "NumberFormat", "ListFormat"]) {
      const Formatter = Intl[name];
      Intl[name] = new Proxy(Formatter, {
        construct: (target, args) => {
          if (name !== "DateTimeFormat" || args[1]?.weekday !== undefined) built.push(name);
          return Reflect.construct(target, args);
        },
      });
    }
    const iopkit = await import(${JSON.stringify(new URL("../../src/index.ts", import.meta.url).href)});
    const loading = built.splice(0);
    ${after}
    console.log(JSON.stringify({ loading, after: built }));
  `;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as { loading: string[]; after: string[] };
}

describe("the Intl formatters messages use", () => {
  it("are not built when the library loads, and a message builds only those it needs", () => {
    const built = formattersBuilt(`
      const plan = iopkit.templates.standardIop({ id: "p", participantId: "pt", admitted: "2026-03-09", days: ["mon", "wed", "fri"], start: "09:00", timeZone: "UTC", ageGroup: "adult", diagnoses: [] });
      iopkit.validatePlan(plan.data);
    `);
    expect(built.loading).toEqual([]);
    // The plan lacks a diagnosis: that message lists nothing and counts nothing.
    expect(built.after).toEqual([]);
  });

  it("are built once each, when a message first counts or lists", () => {
    const built = formattersBuilt(`
      const plan = iopkit.templates.standardIop({ id: "p", participantId: "pt", admitted: "2026-03-09", days: ["mon", "wed"], start: "09:00", timeZone: "UTC", ageGroup: "adult", diagnoses: [{ code: "F33.1" }] });
      for (let round = 0; round < 2; round += 1) iopkit.validatePlan(plan.data, { policy: iopkit.policies.medicareIop });
    `);
    expect(built.after.length).toBeGreaterThan(0);
    expect(new Set(built.after).size).toBe(built.after.length);
  });
});
