import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FHIR_EXTENSIONS } from "../../src/fhir";
import { SYSTEMS } from "../../src/fhir/vocabulary";
import { toDraft } from "../../src/testing";
import { cleanPlan, withEdits } from "../helpers/plans";

const doc = readFileSync("docs/fhir.md", "utf8");
const mapping = doc.slice(doc.indexOf("## Where each plan field goes"), doc.indexOf("## Reading another system's Bundle"));

/** The plan fields the mapping table names: `a.b[]`, with `.c` after a comma relative to the field before it and `…x` any path ending in x. */
function documentedFields(): string[] {
  return [...mapping.matchAll(/^\| ([^|]+) \|/gm)].flatMap(([, cell]) => {
    const fields: string[] = [];
    for (const [, name] of cell!.matchAll(/`([^`]+)`/g)) {
      const previous = fields.at(-1);
      fields.push(name!.startsWith(".") && previous !== undefined ? previous.slice(0, previous.lastIndexOf(".")) + name : name!);
    }
    return fields;
  });
}

/** The path of every value in a plan (strings, numbers, booleans), without array marks. */
function leafPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => leafPaths(item, prefix));
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix === "" ? key : `${prefix}.${key}`));
}

describe("docs/fhir.md", () => {
  it("maps every field of a plan that uses every part of the model", () => {
    const plan = withEdits(cleanPlan(), (draft) => {
      draft.participant.commitments = [{ day: "sat", start: "08:00", end: "12:00", label: "work" }];
      draft.participant.canBecomePregnant = true;
      draft.risk = { suicide: "low", assessedOn: "2026-03-09" };
      draft.diagnoses[0]!.primary = true;
      draft.careTeam[0]!.credentials = "MD";
      draft.period.discharged = "2026-04-20";
      draft.schedule.sessions[0]!.end = "12:00";
      draft.schedule.appointments![0]!.day = "tue";
      draft.schedule.appointments![0]!.start = "10:00";
      draft.assessments = [{ instrument: "PHQ-9", date: "2026-03-09", items: [1, 1, 1, 1, 1, 1, 1, 1, 0] }];
      draft.reviews.push({ date: "2026-03-10", kind: "lab", labs: ["lithium-level"], refusalDocumented: false });
      draft.aftercare = {
        startedOn: "2026-04-01",
        stepDownTo: "outpatient",
        components: [{ kind: "support-group", firstAppointment: "2026-04-21", provider: "Clinic" }],
        safetyPlan: { writtenOn: "2026-03-09", crisisLine: "988", steps: [{ step: "warning-signs", text: "Words." }] },
      };
      draft.coverage = {
        payer: "medicare",
        authorization: { start: "2026-03-09", end: "2026-04-30", approvedDays: 20, nextReview: "2026-03-30" },
        certification: { certifiedOn: "2026-03-09", recertifiedOn: ["2026-04-08"] },
        costSharing: { allowedPerDayCents: 30_000, copayPerDayCents: 0, copayBeforeDeductible: false, coinsurance: 0.2, deductibleRemainingCents: 0, outOfPocketRemainingCents: 0 },
      };
      draft.attendance = [
        { date: "2026-03-09", session: 0, status: "partial", minutes: 90 },
        { date: "2026-03-10", appointment: 0, status: "attended" },
      ];
      draft.transitions = [{ date: "2026-04-20", from: "intensive-outpatient", to: "outpatient", reason: "Goals met." }];
    });
    const holistic = toDraft(plan).schedule.sessions.flatMap((session) => session.activities).find((activity) => activity.kind === "holistic");
    expect(holistic).toBeDefined();
    const documented = documentedFields().map((field) => field.replaceAll("[]", ""));
    const covered = (path: string) =>
      path
        .split(".")
        .map((_, index, parts) => parts.slice(0, index + 1).join("."))
        .some((prefix) => documented.some((field) => (field.startsWith("…") ? prefix.endsWith(field.slice(1)) : prefix === field)));
    expect([...new Set(leafPaths(plan))].filter((path) => !covered(path))).toEqual([]);
  });

  it("names the CPT and HCPCS systems toFhir writes", () => {
    for (const system of [SYSTEMS.cpt, SYSTEMS.hcpcs]) expect(mapping).toContain(`\`${system}\``);
  });

  it("names every extension iopkit writes", () => {
    for (const name of Object.keys(FHIR_EXTENSIONS)) expect(mapping).toContain(`\`${name}\``);
  });
});
