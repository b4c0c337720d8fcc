import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exampleTable } from "./example";

describe("docs/attendance.md", () => {
  it("shows the worked example's figures as the library computes them", () => {
    const doc = readFileSync("docs/attendance.md", "utf8");
    const shown = /<!-- example:start -->\n([\s\S]*?)\n<!-- example:end -->/.exec(doc)?.[1];
    expect(shown).toBe(exampleTable());
  });
});
