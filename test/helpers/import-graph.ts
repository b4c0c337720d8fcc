import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import ts from "typescript";

/** A run-time import of one `src/` folder by another, with the file that makes it. */
export interface FolderEdge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  readonly specifier: string;
}

/** The folder of a path under `src/`; files at the top (entry points) count as `(entry)`. */
export function folderOf(pathUnderSrc: string): string {
  const parts = pathUnderSrc.split("/");
  return parts.length === 1 ? "(entry)" : parts[0]!;
}

/**
 * Whether a declaration leaves nothing behind at run time: `import type` and `export type` only.
 * With `verbatimModuleSyntax`, `import { type A } from "x"` is emitted as `import {} from "x"`,
 * which still loads the module, so it counts as a run-time import.
 */
function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(node)) return node.importClause?.isTypeOnly === true;
  return node.isTypeOnly;
}

/** The relative module specifiers a source file imports at run time (`import type` left out). */
export function runtimeImports(source: string): string[] {
  const file = ts.createSourceFile("module.ts", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnly(node)) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return specifiers.filter((specifier) => specifier.startsWith("."));
}

/** Every run-time import between two different folders of `src/`, from `{ path: text }` files. */
export function folderEdges(files: Readonly<Record<string, string>>): FolderEdge[] {
  const edges: FolderEdge[] = [];
  for (const [file, text] of Object.entries(files)) {
    for (const specifier of runtimeImports(text)) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      if (target.startsWith("..")) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) edges.push({ from, to, file, specifier });
    }
  }
  return edges;
}

/** The folders that import each other, directly or through others: each cycle's members, sorted. */
export function folderCycles(edges: readonly FolderEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  }
  // Tarjan's strongly connected components: a component of two or more folders is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) connect(node);
  return cycles;
}

/** Every `.ts` file under a folder, keyed by its path relative to that folder (with `/`). */
export function readSources(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!entry.endsWith(".ts")) continue;
    files[relative(root, join(root, entry)).split(sep).join("/")] = readFileSync(join(root, entry), "utf8");
  }
  return files;
}
