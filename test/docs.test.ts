import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Every exported symbol of an entry point, with the JSDoc tags of its declarations. */
function exportedTags(entry: string): Map<string, string[]> {
  const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const moduleSymbol = checker.getSymbolAtLocation(source)!;
  const tags = new Map<string, string[]>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const names = (symbol.getJsDocTags(checker) ?? []).map((tag) => tag.name);
    tags.set(exported.getName(), names);
  }
  return tags;
}

describe("documentation", () => {
  for (const entry of ["src/index.ts", "src/testing/index.ts", "src/ical/index.ts", "src/fhir/index.ts"]) {
    it(`every export of ${entry} has TSDoc with an @example and a @category`, () => {
      const missing = [...exportedTags(entry)].filter(([, tags]) => !tags.includes("example") || !tags.includes("category")).map(([name]) => name);
      expect(missing).toEqual([]);
    });
  }
});
