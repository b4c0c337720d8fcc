import { z } from "zod";

/** The payload a zod schema or check reads and writes: the value, and the issues found in it. */
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** A zod check as zod stores it: `when` decides whether it runs, `check` pushes issues onto the payload. */
interface Check {
  readonly _zod: {
    readonly def: {
      readonly check?: string;
      readonly when?: (payload: Payload) => boolean;
      readonly maximum?: number;
      readonly minimum?: number;
      readonly value?: number;
      readonly inclusive?: boolean;
      readonly format?: string;
    };
    check(payload: Payload): unknown;
  };
}

/** The parts of a zod schema's internals the compiler reads: its definition, traits and the sets it derives. */
interface ZodNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly checks?: readonly Check[];
      readonly shape?: Readonly<Record<PropertyKey, ZodNode>>;
      readonly catchall?: ZodNode;
      readonly element?: ZodNode;
      readonly innerType?: ZodNode;
      readonly options?: readonly ZodNode[];
      readonly discriminator?: string;
      readonly coerce?: boolean;
    };
    readonly traits: ReadonlySet<string>;
    readonly optin?: string;
    readonly optout?: string;
    readonly values?: ReadonlySet<unknown>;
    readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>;
  };
}

/** A compiled schema node: the value zod would return for `value`, or {@link UNSURE}; checks run on the one payload a parse shares. */
type Walk = (value: unknown, payload: Payload) => unknown;

/** The answer of a node that cannot vouch for its value: zod has to judge it. */
const UNSURE: unique symbol = Symbol("unsure");

/** The result of a fast parse: the value zod would return, or `undefined` when only zod can tell. */
export type FastParse<T> = { readonly value: T } | undefined;

/** Stops compiling at a part of the schema the compiler does not know: the fast path stays off. */
function unknownPart(): never {
  throw UNSURE;
}

/** Whether zod reads the value as an object: not null, not an array. */
function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether zod's check leaves the payload without an issue: it runs zod's own check, as zod's parse runs it. */
type Test = (payload: Payload) => boolean;

/** A string or an array, the values whose `length` the length checks read. */
function hasLength(value: unknown): value is string | readonly unknown[] {
  return typeof value === "string" || Array.isArray(value);
}

/**
 * A check's test. Length and number bounds first try a condition under which zod's check surely
 * passes (a string is never longer in code points than in UTF-16 units, nor shorter than half);
 * every other case runs zod's own check, skipped where its `when` says so.
 */
function test(check: Check): Test {
  const zod = check._zod;
  const { when, check: kind, maximum = NaN, minimum = NaN, value: bound, inclusive, format } = zod.def;
  const run: Test = (payload) => (when !== undefined && !when(payload)) || (!(zod.check(payload) instanceof Promise) && payload.issues.length === 0);
  switch (kind) {
    case "max_length":
      return (payload) => (hasLength(payload.value) && payload.value.length <= maximum) || run(payload);
    case "min_length":
      return (payload) => (hasLength(payload.value) && payload.value.length >= (typeof payload.value === "string" ? 2 * minimum : minimum)) || run(payload);
    case "greater_than":
      return (payload) => (inclusive ? (payload.value as number) >= bound! : (payload.value as number) > bound!) || run(payload);
    case "less_than":
      return (payload) => (inclusive ? (payload.value as number) <= bound! : (payload.value as number) < bound!) || run(payload);
    case "number_format":
      return format === "safeint" ? (payload) => Number.isSafeInteger(payload.value) || run(payload) : run;
    default:
      return run;
  }
}

/** Runs a node's checks in zod's order on the payload; false at the first one that leaves an issue. */
function passes(tests: readonly Test[], payload: Payload): boolean {
  for (const each of tests) if (!each(payload)) return false;
  return true;
}

/** The test of an enum or literal: the value is one of the values zod's own parse looks up. */
function member(values: ReadonlySet<unknown> | undefined): (value: unknown) => boolean {
  if (!values) return unknownPart();
  return (value) => values.has(value);
}

/** The type test of each leaf kind, as zod's parse of that kind accepts a value. */
const LEAVES: Readonly<Record<string, (node: ZodNode) => (value: unknown) => boolean>> = {
  string: () => (value) => typeof value === "string",
  number: () => (value) => typeof value === "number" && Number.isFinite(value),
  boolean: () => (value) => typeof value === "boolean",
  enum: (node) => member(node._zod.values),
  literal: (node) => member(node._zod.values),
};

/** A leaf: its kind's type test, then its checks (a number format or string format is its own first check), the value as they leave it. */
function leaf(node: ZodNode, accepts: (value: unknown) => boolean): Walk {
  if (node._zod.def.coerce) unknownPart();
  const tests = [...(node._zod.traits.has("$ZodCheck") ? [node as unknown as Check] : []), ...(node._zod.def.checks ?? [])].map(test);
  return (value, payload) => {
    if (!accepts(value)) return UNSURE;
    payload.value = value;
    return passes(tests, payload) ? payload.value : UNSURE;
  };
}

/** A container's walk followed by its own checks (object refinements, array sizes), run on the output it built, as zod runs them. */
function checked(walk: Walk, checks: readonly Check[]): Walk {
  if (checks.length === 0) return walk;
  const tests = checks.map(test);
  return (value, payload) => {
    const output = walk(value, payload);
    if (output === UNSURE) return UNSURE;
    payload.value = output;
    return passes(tests, payload) ? payload.value : UNSURE;
  };
}

/** A declared key of an object: its walk, and whether it may be absent. */
interface Field {
  readonly key: string;
  readonly walk: Walk;
  readonly optional: boolean;
}

/**
 * Whether code may be compiled from text: not when zod is told to run without it
 * (`z.config({ jitless: true })`, for a strict Content Security Policy) nor when the runtime
 * forbids it, as zod itself decides for its own objects.
 */
function compilesCode(): boolean {
  return !z.config().jitless && z.core.util.allowsEval.value;
}

/**
 * An object's walk as code of its own, written from its keys: each key read by name, so the
 * engine's caches see one object shape per site instead of every schema's keys through one
 * generic loop. The same reads, tests and output as {@link interpretedObject}.
 */
function generatedObject(fields: readonly Field[], strict: boolean, known: ReadonlySet<string>): Walk {
  const body = fields.map(({ key, optional }, index) => {
    const name = JSON.stringify(key);
    return `const r${index} = w${index}(value[${name}], payload);
if (r${index} === UNSURE) return UNSURE;
if (${name} in value) output[${name}] = r${index};${optional ? "" : " else return UNSURE;"}`;
  });
  const source = `${fields.map((_, index) => `const w${index} = fields[${index}].walk;`).join("\n")}
return function (value, payload) {
if (typeof value !== "object" || value === null || Array.isArray(value)) return UNSURE;
const output = {};
${body.join("\n")}
${strict ? "for (const key in value) if (!known.has(key)) return UNSURE;" : ""}
return output;
};`;
  return new Function("fields", "known", "UNSURE", source)(fields, known, UNSURE) as Walk;
}

/** An object's walk as one loop over its keys, for runtimes that do not compile code from text. */
function interpretedObject(fields: readonly Field[], strict: boolean, known: ReadonlySet<string>): Walk {
  return (value, payload) => {
    if (!isObject(value)) return UNSURE;
    const output: Record<string, unknown> = {};
    for (const field of fields) {
      const result = field.walk(value[field.key], payload);
      if (result === UNSURE) return UNSURE;
      if (field.key in value) output[field.key] = result;
      else if (!field.optional) return UNSURE;
    }
    if (strict) for (const key in value) if (!known.has(key)) return UNSURE;
    return output;
  };
}

/** An object: every declared key in shape order, absent optional keys left out; unknown keys stripped or, when strict, unsure. */
function object(node: ZodNode, compileChild: (child: ZodNode) => Walk): Walk {
  const { shape = {}, catchall } = node._zod.def;
  const strict = catchall !== undefined;
  // A catchall other than `never` keeps unknown keys; symbol keys and `__proto__` are read apart by zod.
  if ((strict && catchall._zod.def.type !== "never") || Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, "__proto__")) unknownPart();
  const fields = Object.keys(shape).map((key): Field => {
    const { optin, optout } = shape[key]!._zod;
    // A default fills in an absent key.
    if (optin !== optout || (optin !== undefined && optin !== "optional")) unknownPart();
    return { key, walk: compileChild(shape[key]!), optional: optin === "optional" };
  });
  const known = new Set(Object.keys(shape));
  return (compilesCode() ? generatedObject : interpretedObject)(fields, strict, known);
}

/** An array: a new array of its items' outputs; one longer than its smallest `max` is left to zod before any item is read. */
function array(node: ZodNode, element: Walk): Walk {
  const cap = Math.min(...(node._zod.def.checks ?? []).map(({ _zod: { def } }) => (def.check === "max_length" ? (def.maximum ?? Infinity) : Infinity)));
  return (value, payload) => {
    if (!Array.isArray(value) || value.length > cap) return UNSURE;
    const output: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) {
      const item = element(value[index], payload);
      if (item === UNSURE) return UNSURE;
      output[index] = item;
    }
    return output;
  };
}

/** A discriminated union: the option its discriminator value names, as zod maps values to options (a value two options claim names none). */
function discriminated(node: ZodNode, compileChild: (child: ZodNode) => Walk): Walk {
  const { discriminator, options = [] } = node._zod.def;
  if (discriminator === undefined) unknownPart();
  const byValue = new Map<unknown, Walk | null>();
  for (const option of options) {
    const values = option._zod.propValues?.[discriminator];
    if (!values || values.size === 0) unknownPart();
    const walk = compileChild(option);
    for (const tag of values) byValue.set(tag, byValue.has(tag) ? null : walk);
  }
  return (value, payload) => {
    if (!isObject(value)) return UNSURE;
    const walk = byValue.get(value[discriminator]);
    return walk ? walk(value, payload) : UNSURE;
  };
}

/** Compiles one node (once per schema instance); a kind or feature it does not know throws, and the whole fast path is off. */
function compile(node: ZodNode, compiled: Map<ZodNode, Walk | null>): Walk {
  const done = compiled.get(node);
  if (done) return done;
  if (done === null) unknownPart(); // a recursive schema
  compiled.set(node, null);
  const { type, checks = [] } = node._zod.def;
  const compileChild = (child: ZodNode) => compile(child, compiled);
  let walk: Walk;
  const accepts = LEAVES[type];
  if (accepts) walk = leaf(node, accepts(node));
  else if (node._zod.traits.has("$ZodCheck")) unknownPart();
  else if (type === "object") walk = checked(object(node, compileChild), checks);
  else if (type === "array" && node._zod.def.element) walk = checked(array(node, compileChild(node._zod.def.element)), checks);
  else if (type === "union") walk = checked(discriminated(node, compileChild), checks);
  else if (type === "optional" && node._zod.def.innerType && !node._zod.traits.has("$ZodExactOptional")) {
    const inner = compileChild(node._zod.def.innerType);
    if (node._zod.def.innerType._zod.optin !== undefined) unknownPart(); // an optional default
    walk = checked((value, payload) => (value === undefined ? undefined : inner(value, payload)), checks);
  } else unknownPart();
  compiled.set(node, walk);
  return walk;
}

/**
 * A parser compiled, at its first call, from a zod schema's own definition: for a value zod
 * accepts it returns the output zod would return (new objects and arrays, keys in zod's order, an
 * optional key given as `undefined` kept) without running zod's parse of the whole tree. Leaves
 * test their kind as zod's parse does, then run zod's own checks and refinements; containers run
 * theirs on the output they built. A value with any issue, and any exception, gives `undefined`:
 * only zod's parse tells what is wrong. A schema with a part the compiler does not know
 * (transforms, defaults, plain unions, records, lazy or recursive parts…) always gives `undefined`.
 * The input is read as zod reads it (each declared key once, `in` for presence, `for…in` for
 * unknown keys) and never written. Each object's walk is compiled to code of its own where the
 * runtime allows it, as zod compiles its objects; under `z.config({ jitless: true })` or a Content
 * Security Policy that forbids it, the same walk runs as one generic loop.
 *
 * @param schema - the zod schema, the one source of truth
 * @returns a parser: `{ value }` when zod would accept the input with that output, else `undefined`
 */
export function fastParser<Schema extends z.ZodType>(schema: Schema): (input: unknown) => FastParse<z.output<Schema>> {
  let walk: Walk | undefined;
  let compilable = true;
  return (input) => {
    if (!compilable) return undefined;
    try {
      walk ??= compile(schema as unknown as ZodNode, new Map());
      const output = walk(input, { value: undefined, issues: [] });
      return output === UNSURE ? undefined : { value: output as z.output<Schema> };
    } catch {
      compilable = walk !== undefined;
      return undefined;
    }
  };
}
