import { describe, expect, it } from "vitest";
import { policies, templates } from "../../src/index";
import { BASE_OPTIONS } from "../helpers/plans";

describe("templates.standardIop", () => {
  it("follows a preset given by id as it follows the preset itself", () => {
    const byId = templates.standardIop({ ...BASE_OPTIONS, family: { involvement: "planned", consent: true }, policy: "asam-2.1" });
    expect(byId).toEqual(templates.standardIop({ ...BASE_OPTIONS, family: { involvement: "planned", consent: true }, policy: policies.asam21 }));
  });

  it("reports an unknown preset id as its failure result", () => {
    const result = templates.standardIop({ ...BASE_OPTIONS, policy: "asam" as never });
    expect(result).toEqual({ success: false, findings: [expect.objectContaining({ rule: "policy/unknown-preset", path: ["policy"], severity: "error" })] });
  });
});
