import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { fastParser } from "../../src/core/fast-parse";
import { policies, safeParsePlan, type TreatmentPlan } from "../../src/index";
import { safeParseOwnedPlan, zodParsePlan } from "../../src/plan/parse";
import { TreatmentPlanSchema } from "../../src/plan/schema";
import { arbPlan, toDraft } from "../../src/testing";
import { cleanPlan } from "../helpers/plans";
import { mutated, STRUCTURAL_MUTATIONS, type Loose } from "../helpers/structural";
import { runs } from "../helpers/runs";

const fastPlan = fastParser(TreatmentPlanSchema);
const planInPlace = fastParser(TreatmentPlanSchema, "in-place");
const PRESETS = Object.entries(policies);

/** A plan as JSON data, the way it arrives from a file or a request. */
function asJson(plan: TreatmentPlan): Loose {
  return JSON.parse(JSON.stringify(plan)) as Loose;
}

/** The fast path's answer next to zod's own, for the same input. */
function bothOutputs(input: unknown) {
  const zod = TreatmentPlanSchema.safeParse(input);
  return { fast: fastPlan(input), zod: zod.success ? zod.data : undefined };
}

/** Every path to a value inside a JSON value, the root's included. */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  const children = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : typeof value === "object" && value !== null ? Object.entries(value) : [];
  return [[...prefix], ...children.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

/** The container at `path` in `root`. */
function at(root: unknown, path: readonly (string | number)[]): Loose {
  return path.reduce<Loose>((node, key) => node[key] as Loose, root as Loose);
}

type Edit = { readonly kind: "delete" | "add" | "replace"; readonly path: (string | number)[]; readonly key: string; readonly value: unknown };

/** Applies one edit to a copy of a plan's JSON: deletes a key or item, adds a key, or replaces a value. */
function edited(json: Loose, edit: Edit): unknown {
  const copy = structuredClone(json);
  if (edit.path.length === 0) return edit.kind === "replace" ? edit.value : copy;
  const parent = at(copy, edit.path.slice(0, -1));
  const key = edit.path.at(-1)!;
  if (edit.kind === "replace") parent[key] = edit.value;
  else if (edit.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else {
    const node = parent[key] as Loose;
    if (typeof node === "object" && node !== null && !Array.isArray(node)) node[edit.key] = edit.value;
    else parent[key] = { [edit.key]: edit.value };
  }
  return copy;
}

const arbEditedPlan = arbPlan().chain((plan) => {
  const json = asJson(plan);
  return fc
    .record({
      kind: fc.constantFrom("delete" as const, "add" as const, "replace" as const),
      path: fc.constantFrom(...pathsOf(json)),
      key: fc.oneof(fc.constantFrom("id", "notes", "__proto__", "constructor", "toString"), fc.string({ maxLength: 8 })),
      value: fc.jsonValue({ maxDepth: 2 }),
    })
    .map((edit) => edited(json, edit));
});

const valid = () => asJson(cleanPlan());
const withSession = (change: (session: Loose) => void) => {
  const plan = valid();
  change(plan.schedule.sessions[0]);
  return plan;
};
/** Inputs no JSON text gives: prototypes, getters, proxies, sparse arrays, boxed values. */
const exotic: Record<string, () => unknown> = {
  "a plan whose fields are all inherited": () => Object.create(valid()),
  "a plan with a prototype of its own": () => Object.setPrototypeOf(valid(), { inherited: true }),
  "a plan with a null prototype": () => Object.assign(Object.create(null), valid()),
  "an enumerable getter": () => Object.defineProperty(valid(), "id", { get: () => "plan-9", enumerable: true }),
  "a getter that throws": () => Object.defineProperty(valid(), "id", { get: () => { throw new Error("no"); }, enumerable: true }),
  "a non-enumerable unknown key": () => Object.defineProperty(valid(), "extra", { value: 1, enumerable: false }),
  "a proxy": () => new Proxy(valid(), {}),
  "a proxy that hides every key": () => new Proxy(valid(), { has: () => false }),
  "a revoked proxy": () => {
    const { proxy, revoke } = Proxy.revocable(valid(), {});
    revoke();
    return proxy;
  },
  "an array with an extra property": () => {
    const plan = valid();
    plan.dischargeCriteria = Object.assign([...plan.dischargeCriteria], { extra: 1 });
    return plan;
  },
  "a sparse array": () => {
    const plan = valid();
    plan.dischargeCriteria = [...plan.dischargeCriteria];
    plan.dischargeCriteria.length += 1;
    return plan;
  },
  "a __proto__ key": () => JSON.parse(JSON.stringify(valid()).replace('"schemaVersion":1', '"__proto__":{"id":"x"},"schemaVersion":1')),
  "NaN minutes": () => withSession((session) => (session.activities[0].minutes = NaN)),
  "infinite minutes": () => withSession((session) => (session.activities[0].minutes = Infinity)),
  "minus zero minutes": () => withSession((session) => (session.activities[0].minutes = -0)),
  "a string of astral characters at its length limit": () => ({ ...valid(), id: "😀".repeat(64) }),
  "a boxed string": () => ({ ...valid(), id: new String("plan-1") }),
};


describe("the compiled plan parser", () => {
  it.each(PRESETS)("accepts plans generated under the %s preset with zod's output, keys in zod's order, in new objects", (_, policy) => {
    fc.assert(
      fc.property(arbPlan({ policy }), (plan) => {
        const input = asJson(plan);
        const { fast, zod } = bothOutputs(input);
        expect(fast).toBeDefined();
        expect(fast!.value).toStrictEqual(zod);
        expect(JSON.stringify(fast!.value)).toBe(JSON.stringify(zod));
        expect(fast!.value).not.toBe(input);
        expect(fast!.value.participant).not.toBe(input.participant);
        expect(fast!.value.schedule.sessions).not.toBe(input.schedule.sessions);
        expect(input).toStrictEqual(asJson(plan));
      }),
      runs(200),
    );
  });

  it("writes keys in the schema's order whatever the input's order, and keeps an optional key given as undefined as zod does", () => {
    const plan = asJson(cleanPlan());
    const reversed = Object.fromEntries(Object.entries(plan).reverse());
    reversed.participant = { ...plan.participant, canBecomePregnant: undefined };
    const { fast, zod } = bothOutputs(reversed);
    expect(Object.keys(fast!.value)).toEqual(Object.keys(zod!));
    expect(Object.keys(fast!.value.participant)).toEqual(Object.keys(zod!.participant));
    expect(fast!.value.participant).toHaveProperty("canBecomePregnant", undefined);
    expect(JSON.stringify(fast!.value)).toBe(JSON.stringify(zod));
  });

  it("is what safeParsePlan runs: zod's parse is not called for a valid plan, and is for an invalid one", () => {
    const spy = vi.spyOn(TreatmentPlanSchema, "safeParse");
    const input = asJson(cleanPlan());
    expect(safeParsePlan(input).success).toBe(true);
    expect(spy).not.toHaveBeenCalled();
    expect(safeParsePlan({ ...input, id: "" }).success).toBe(false);
    expect(spy).toHaveBeenCalled();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });
});

describe("safeParsePlan gives zod's answer", () => {
  it.each(Object.entries(STRUCTURAL_MUTATIONS))("after a structural mutation: %s", (_, mutation) => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const input = mutated(plan, mutation);
        const result = safeParsePlan(input);
        expect(result.success).toBe(false);
        expect(result).toStrictEqual(zodParsePlan(input));
      }),
      runs(20),
    );
  });

  it("for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(safeParsePlan(input)).toStrictEqual(zodParsePlan(input));
      }),
      runs(500),
    );
  });

  it("for a valid plan with a key deleted, a key added or a value replaced", () => {
    fc.assert(
      fc.property(arbEditedPlan, (input) => {
        const before = JSON.stringify(input);
        expect(safeParsePlan(input)).toStrictEqual(zodParsePlan(input));
        expect(JSON.stringify(input)).toBe(before);
      }),
      runs(500),
    );
  });

  it.each(Object.entries(exotic))("for an exotic input: %s", (_, make) => {
    expect(safeParsePlan(make())).toStrictEqual(zodParsePlan(make()));
  });

  it("keeps the output of a minus zero zod accepts", () => {
    const plan = { ...toDraft(cleanPlan()), attendance: [{ date: "2026-03-09", session: -0, status: "attended" }] };
    const result = safeParsePlan(plan);
    expect(result).toStrictEqual(zodParsePlan(plan));
    expect(result.success && Object.is(result.data.attendance![0]!.session, -0)).toBe(true);
  });
});

describe("the in-place plan parser, for input parsed from JSON that the caller gives up", () => {
  it.each(PRESETS)("answers plans generated under the %s preset with the input itself, holding zod's output", (_, policy) => {
    fc.assert(
      fc.property(arbPlan({ policy }), (plan) => {
        const input = asJson(plan);
        const parsed = planInPlace(input);
        expect(parsed?.value).toBe(input);
        expect(input).toStrictEqual(TreatmentPlanSchema.parse(asJson(plan)));
        expect(input).toStrictEqual(asJson(plan));
      }),
      runs(100),
    );
  });

  it("gives the answer safeParsePlan gives for a valid plan with a key deleted, a key added or a value replaced, and for any JSON value", () => {
    fc.assert(
      fc.property(fc.oneof(arbEditedPlan, fc.jsonValue()), (value) => {
        // What JSON.parse gives: an edit that set a prototype through `__proto__` is not JSON.
        const text = JSON.stringify(value) ?? "null";
        expect(safeParseOwnedPlan(JSON.parse(text))).toStrictEqual(zodParsePlan(JSON.parse(text)));
      }),
      runs(500),
    );
  });

  it("leaves a plan with an unknown key to the copying parse, which drops it", () => {
    const input = { ...valid(), participant: { ...valid().participant, nickname: "x" } };
    expect(planInPlace(input)).toBeUndefined();
    expect(planInPlace(exotic["a __proto__ key"]!())).toBeUndefined();
    const result = safeParseOwnedPlan(input);
    expect(result.success && result.data).not.toBe(input);
    expect(result).toStrictEqual(zodParsePlan(input));
  });

  it("vouches only for a value zod's output would equal: no unknown key, no check that rewrites it", () => {
    const schema = z.object({ name: z.string().trim(), tags: z.array(z.string()).max(3), at: z.int().optional() });
    const clean = { tags: ["a"], name: "a" };
    expect(fastParser(schema, "in-place")(clean)?.value).toBe(clean);
    expect(fastParser(schema, "in-place")({ ...clean, name: " a " })).toBeUndefined();
    expect(fastParser(schema, "in-place")({ ...clean, extra: 1 })).toBeUndefined();
    expect(fastParser(schema, "in-place")({ ...clean, tags: ["a", "b", "c", "d"] })).toBeUndefined();
    expect(fastParser(schema, "in-place")({ ...clean, at: 1.5 })).toBeUndefined();
  });
});

describe("the plan parser where code cannot be compiled from text (z.config({ jitless: true }), a strict Content Security Policy)", () => {
  /** Runs `body` with the Function constructor replaced by one that counts the code it is asked to compile, then refuses. */
  const countingCompiles = (body: () => void): number => {
    const original = globalThis.Function;
    let compiles = 0;
    globalThis.Function = new Proxy(original, {
      construct() {
        compiles += 1;
        throw new EvalError("code from text is refused here");
      },
    });
    try {
      body();
    } finally {
      globalThis.Function = original;
    }
    return compiles;
  };

  beforeAll(() => {
    z.config({ jitless: true });
  });
  afterAll(() => {
    z.config({ jitless: false });
  });

  it("compiles no code and leaves every plan to zod's parse, which safeParsePlan then runs", () => {
    const jitless = fastParser(TreatmentPlanSchema);
    const spy = vi.spyOn(TreatmentPlanSchema, "safeParse");
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const input = asJson(plan);
        let parsed: ReturnType<typeof jitless> | { value: unknown } = { value: "not asked" };
        expect(countingCompiles(() => (parsed = jitless(input)))).toBe(0);
        expect(parsed).toBeUndefined();
        expect(safeParsePlan(input)).toStrictEqual(zodParsePlan(input));
      }),
      runs(50),
    );
    expect(spy).toHaveBeenCalled();
  });

  it("compiles once code may be compiled again, and not before", () => {
    expect(countingCompiles(() => expect(fastParser(TreatmentPlanSchema)(asJson(cleanPlan()))).toBeUndefined())).toBe(0);
    z.config({ jitless: false });
    expect(countingCompiles(() => expect(fastParser(TreatmentPlanSchema)(asJson(cleanPlan()))).toBeUndefined())).toBe(1);
    expect(fastParser(TreatmentPlanSchema)(asJson(cleanPlan()))).toBeDefined();
    z.config({ jitless: true });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });
});

describe("fastParser", () => {
  it("returns what zod's checks leave, such as a trimmed string", () => {
    const schema = z.strictObject({ name: z.string().trim().min(1), tags: z.array(z.string().toLowerCase()).max(3) });
    const input = { name: "  a  ", tags: ["X", "y"] };
    expect(fastParser(schema)(input)).toEqual({ value: schema.parse(input) });
    expect(input).toEqual({ name: "  a  ", tags: ["X", "y"] });
  });

  it("measures string lengths in code points as zod does", () => {
    const schema = z.string().min(3).max(2);
    expect(fastParser(z.string().max(2))("😀😀")).toEqual({ value: "😀😀" });
    expect(fastParser(z.string().min(2))("😀")).toBeUndefined();
    expect(fastParser(schema)("abc")).toBeUndefined();
  });

  it("drops unknown keys of a stripping object and reports them for a strict one", () => {
    const shape = { a: z.int(), b: z.boolean().optional() };
    expect(fastParser(z.object(shape))({ c: 1, a: 2 })).toEqual({ value: { a: 2 } });
    expect(fastParser(z.strictObject(shape))({ c: 1, a: 2 })).toBeUndefined();
  });

  it("leaves to zod a value any check fails, a check that throws and an asynchronous refinement", () => {
    expect(fastParser(z.int().max(3))(4)).toBeUndefined();
    expect(fastParser(z.string().refine(() => { throw new Error("no"); }))("a")).toBeUndefined();
    expect(fastParser(z.string().refine(async () => true))("a")).toBeUndefined();
    expect(fastParser(z.strictObject({ a: z.int(), b: z.int() }).refine((value) => value.a < value.b))({ a: 2, b: 1 })).toBeUndefined();
  });

  it("is off for a schema with a part it does not know", () => {
    const unknown = [
      z.string().transform((value) => value.length),
      z.strictObject({ a: z.string().default("x") }),
      z.union([z.string(), z.int()]),
      z.record(z.string(), z.int()),
      z.string().nullable(),
      z.strictObject({ a: z.string() }).catchall(z.int()),
    ];
    for (const schema of unknown) {
      const parse = fastParser(schema as z.ZodType);
      expect([parse("a"), parse({ a: "a" }), parse({ a: "a" })]).toEqual([undefined, undefined, undefined]);
    }
  });
});
