import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan, policies, toDraft } from "../../src/index";
import { medicationClasses } from "../../src/medication/due";
import { dueItems, planRecords, type ProtocolItem } from "../../src/medication/due-items";
import { PROTOCOLS } from "../../src/medication/protocols";
import { arbPlan } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";
import { runs } from "../helpers/runs";

/** The key a protocol's items are ordered by: due day, medication and labs, written as one string. */
function orderKey(item: ProtocolItem): string {
  return `${item.due} ${item.medicationId ?? ""} ${item.labs?.join("|") ?? ""}`;
}

describe("dueItems", () => {
  it("orders each protocol's items by due day, then medication, then labs, as one string key compares", () => {
    const plan = cleanPlan();
    const start = plan.period.admitted;
    // Two antipsychotics started together, whose ids a tie on the due day compares: "med b blood-pressure"
    // sorts before "med blood-pressure", as the keys compare as whole strings.
    const tied = parsePlan({
      ...toDraft(plan),
      medications: [
        { id: "med", name: "olanzapine", class: "antipsychotic", events: [{ date: start, kind: "start" }] },
        { id: "med b", name: "quetiapine", class: "antipsychotic", events: [{ date: start, kind: "start" }] },
      ],
    });
    fc.assert(
      fc.property(fc.oneof(fc.constant(tied), arbPlan()), (each) => {
        const records = planRecords(each);
        const classes = medicationClasses(each);
        for (const protocol of PROTOCOLS) {
          const items = dueItems(protocol, each, policies.default.params, each.period.plannedDischarge, each.period.plannedDischarge, records, classes);
          const keys = items.map(orderKey);
          expect(keys).toEqual([...keys].sort());
        }
      }),
      runs(100),
    );
    const metabolic = dueItems(PROTOCOLS[3], tied, policies.default.params, tied.period.plannedDischarge, tied.period.plannedDischarge, planRecords(tied), medicationClasses(tied));
    expect(metabolic.slice(0, 2).map((item) => [item.medicationId, item.labs?.join("|")])).toEqual([["med b", "blood-pressure"], ["med b", "fasting-glucose"]]);
  });
});
