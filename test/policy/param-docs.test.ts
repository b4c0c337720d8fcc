import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policies, PolicyParamsSchema } from "../../src/index";

const source = readFileSync(new URL("../../src/policy/params.ts", import.meta.url), "utf8");

/** The TSDoc written just above a parameter's declaration, on one line. */
function docOf(name: string): string {
  const declaration = source.indexOf(`\n  ${name}: parameter(`);
  const docEnd = source.lastIndexOf("*/", declaration);
  const docStart = source.lastIndexOf("/**", docEnd);
  expect(source.slice(docEnd + 2, declaration).trim(), `${name} is declared right under its TSDoc`).toBe("");
  return source
    .slice(docStart + 3, docEnd)
    .replace(/\n\s*\*\s?/g, " ")
    .trim();
}

describe("policy parameter declarations", () => {
  it("are the default preset's parameters, one declaration each", () => {
    expect(Object.keys(policies.default.params)).toEqual(Object.keys(PolicyParamsSchema.shape));
    for (const name of Object.keys(PolicyParamsSchema.shape)) {
      expect(source.split(`\n  ${name}: parameter(`).length, name).toBe(2);
    }
  });

  it("say in their TSDoc the default of every number and flag they declare", () => {
    const checked = Object.entries(policies.default.params).filter(([, value]) => typeof value === "number" || typeof value === "boolean");
    expect(checked.length).toBeGreaterThan(30);
    for (const [name, value] of checked) expect(docOf(name), name).toMatch(new RegExp(`Default ${value}\\b`));
  });
});
