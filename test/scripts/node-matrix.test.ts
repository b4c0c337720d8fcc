import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without declarations
import { fetchFailure, moveIntoPlace, removeLeftovers } from "../../scripts/node-matrix.mjs";

/** A folder holding a file, as an unpacked package would. */
function folderWith(path: string, file: string, text: string): string {
  mkdirSync(join(path, "bin"), { recursive: true });
  writeFileSync(join(path, "bin", file), text);
  return path;
}

/** A process id that no process has: past Linux's largest. */
const DEAD_PID = 4_194_305;

describe("the Node matrix's cache", () => {
  it("removes the unpacking folders of fetches that were killed, and keeps those of running fetches and other majors", () => {
    const cache = mkdtempSync(join(tmpdir(), "iopkit-node-cache-"));
    folderWith(join(cache, `node-22.${DEAD_PID}`), "node", "half");
    folderWith(join(cache, `node-22.${process.pid}`), "node", "running");
    folderWith(join(cache, `node-24.${DEAD_PID}`), "node", "another major");
    folderWith(join(cache, "node-22"), "node", "in place");
    removeLeftovers(join(cache, "node-22"));
    expect(existsSync(join(cache, `node-22.${DEAD_PID}`))).toBe(false);
    expect(existsSync(join(cache, `node-22.${process.pid}`))).toBe(true);
    expect(existsSync(join(cache, `node-24.${DEAD_PID}`))).toBe(true);
    expect(existsSync(join(cache, "node-22"))).toBe(true);
  });

  it("moves an unpacked folder into place, replacing a folder without the binary and keeping one another run moved first", () => {
    const cache = mkdtempSync(join(tmpdir(), "iopkit-node-cache-"));
    const folder = folderWith(join(cache, "node-22"), "README", "no binary");
    moveIntoPlace(folderWith(join(cache, "node-22.1"), "node", "first"), folder, join(folder, "bin", "node"));
    expect(readFileSync(join(folder, "bin", "node"), "utf8")).toBe("first");
    expect(existsSync(join(folder, "bin", "README"))).toBe(false);
    moveIntoPlace(folderWith(join(cache, "node-22.2"), "node", "second"), folder, join(folder, "bin", "node"));
    expect(readFileSync(join(folder, "bin", "node"), "utf8")).toBe("first");
  });

  it("says in one line, without a stack, that a major could not be fetched", () => {
    expect(fetchFailure("22", new Error("npm error code E404\nnpm error 404 Not Found"))).toBe("Node 22 could not be fetched from the npm registry: npm error code E404");
  });
});
