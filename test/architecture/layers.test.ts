import { describe, expect, it } from "vitest";
import { folderCycles, folderEdges, readSources, runtimeImports } from "../helpers/import-graph";

const sources = readSources("src");
const edges = folderEdges(sources);

describe("run-time imports between src/ folders", () => {
  it("form no cycle", () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it("never leave core/", () => {
    expect(edges.filter((edge) => edge.from === "core").map((edge) => `${edge.file} → ${edge.specifier}`)).toEqual([]);
  });

  it("never point from a domain folder up to the engine or an entry point", () => {
    const above = new Set(["rules", "cli", "testing", "audit", "(entry)"]);
    const upward = edges.filter((edge) => !above.has(edge.from) && above.has(edge.to));
    expect(upward.map((edge) => `${edge.file} → ${edge.specifier}`)).toEqual([]);
  });
});

describe("the import graph check itself", () => {
  it("leaves out `import type` and keeps every import that loads a module, `{ type A }` lists included", () => {
    const text = [
      'import type { A } from "../a/x";',
      'import { type B, type C } from "../b/x";',
      'import { d, type E } from "../d/x";',
      'export { f } from "../f/x";',
      'export type { G } from "../g/x";',
      'import "../h/x";',
      'const lazy = () => import("../i/x");',
      'import { z } from "zod";',
    ].join("\n");
    expect(runtimeImports(text)).toEqual(["../b/x", "../d/x", "../f/x", "../h/x", "../i/x"]);
  });

  it("finds a cycle through three folders and names its members", () => {
    const graph = folderEdges({
      "a/one.ts": 'import { b } from "../b/two";',
      "b/two.ts": 'import { c } from "../c/three";',
      "c/three.ts": 'import { a } from "../a/one";',
      "d/four.ts": 'import { a } from "../a/one";',
      "index.ts": 'import { d } from "./d/four";',
    });
    expect(folderCycles(graph)).toEqual([["a", "b", "c"]]);
  });

  it("finds no cycle in a graph that points one way", () => {
    const graph = folderEdges({ "a/one.ts": 'import { b } from "../b/two";', "b/two.ts": 'import type { A } from "../a/one";' });
    expect(folderCycles(graph)).toEqual([]);
  });
});
