import { describe, expect, it } from "vitest";
import { describeActivity, describeModality, isQualifyingService } from "../../src/modalities/catalog";
import type { Activity } from "../../src/index";
import { CREATIVE_ARTS_PRACTICES, HOLISTIC_PRACTICES, PRESCRIBER_ROLES, PSYCHIATRIC_PRESCRIBER_ROLES } from "../../src/modalities/kinds";

describe("isQualifyingService", () => {
  it("is true exactly when the catalog names a Medicare category", () => {
    expect(isQualifyingService(describeActivity({ kind: "group-therapy", minutes: 60 }))).toBe(true);
    expect(isQualifyingService(describeActivity({ kind: "psychiatric", service: "evaluation", minutes: 60 }))).toBe(true);
    expect(isQualifyingService(describeActivity({ kind: "psychiatric", service: "medication-management", minutes: 30 }))).toBe(false);
    expect(isQualifyingService(describeActivity({ kind: "holistic", practice: "yoga", minutes: 45 }))).toBe(false);
    expect(isQualifyingService(describeActivity({ kind: "holistic", practice: "yoga", goalLinked: true, minutes: 45 }))).toBe(true);
    expect(isQualifyingService(describeActivity({ kind: "break", minutes: 15 }))).toBe(false);
  });
});

describe("the role lists", () => {
  it("keep creative-arts practices, and only those, for creative-arts therapists", () => {
    for (const practice of HOLISTIC_PRACTICES) {
      const creative = (CREATIVE_ARTS_PRACTICES as readonly string[]).includes(practice);
      const { deliveredBy } = describeActivity({ kind: "holistic", practice, goalLinked: true, minutes: 45 });
      expect(deliveredBy.includes("licensed-therapist")).toBe(!creative);
      expect(deliveredBy.includes("creative-arts-therapist")).toBe(true);
    }
  });

  it("keep psychiatric care for the psychiatric prescribers, who are prescribers", () => {
    expect(describeModality("psychiatric").deliveredBy).toEqual([...PSYCHIATRIC_PRESCRIBER_ROLES]);
    for (const role of PSYCHIATRIC_PRESCRIBER_ROLES) expect(PRESCRIBER_ROLES).toContain(role);
    expect(PRESCRIBER_ROLES).toContain("physician");
  });
});

describe("describeActivity's entries", () => {
  it("are looked up by kind for an activity with no practice, goal link or service, and apart from those that have one", () => {
    const linked = describeActivity({ kind: "holistic", practice: "yoga", goalLinked: true, minutes: 45 });
    expect(linked.medicareCategory).toBe("activity-therapy");
    expect(describeActivity({ kind: "holistic", minutes: 45 } as Activity).medicareCategory).toBeUndefined();
    expect(describeActivity({ kind: "psychiatric", minutes: 30 } as Activity).medicareCategory).toBeUndefined();
    expect(describeActivity({ kind: "psychiatric", service: "evaluation", minutes: 30 }).medicareCategory).toBe("diagnostic-services");
    expect(() => describeActivity({ kind: "holistic|yoga|true|", minutes: 45 } as unknown as Activity)).toThrow();
  });
});
