import fc from "fast-check";
import { describe, it } from "vitest";
import { addDays } from "../../src/index";
import { arbPlan } from "../../src/testing";
import { expectBothModesExact } from "./helpers";
import { runs } from "../helpers/runs";

describe("toICalendar on generated plans", () => {
  it("1,000 plans: ical.js parses the file, events are at expandSchedule's instants, the series expand to the same instants", () => {
    fc.assert(
      fc.property(arbPlan(), fc.integer({ min: 0, max: 20 }), (plan, closureOffset) => {
        expectBothModesExact(plan, { closures: closureOffset < 14 ? [addDays(plan.period.admitted, closureOffset)] : [] });
      }),
      runs(1000),
    );
  });
});
