import type { Finding, Result } from "../core/finding";
import { catalogFinding } from "../core/messages";
import { PLAN_MESSAGES } from "./messages";
import { safeParsePlan } from "./parse";
import type { TreatmentPlan } from "./types";

/** A stored plan as plain JSON, before its shape is known. */
type StoredPlan = Readonly<Record<string, unknown>>;

/**
 * The steps that bring a stored plan up to date: step `n` turns a plan of schema version `n + 1`
 * into version `n + 2`, returning a new object. Version 1 is the first schema, so there are none
 * yet; a change to the plan schema appends its step here and raises the schema's version literal.
 */
const MIGRATIONS: readonly ((plan: StoredPlan) => StoredPlan)[] = [];

/** The schema version {@link migratePlan} produces: the version of `TreatmentPlanSchema`. */
const CURRENT_VERSION = MIGRATIONS.length + 1;

function isStoredPlan(json: unknown): json is StoredPlan {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}

/** Whether a value is a schema version at all: a whole number from 1, the first version. */
function isSchemaVersion(version: unknown): version is number {
  return typeof version === "number" && Number.isInteger(version) && version >= 1;
}

/** The finding for a `schemaVersion` that is no version at all. */
function unknownVersionFinding(): Finding {
  return catalogFinding(PLAN_MESSAGES, "schema/unknown-version", "error", ["schemaVersion"], { variant: "unknown" });
}

/** The finding for a `schemaVersion` newer than this release reads. */
function newerVersionFinding(): Finding {
  return catalogFinding(PLAN_MESSAGES, "schema/unknown-version", "error", ["schemaVersion"], { variant: "newer", params: { max: CURRENT_VERSION } });
}

/**
 * Reads a stored plan of any schema version this release knows and brings it to the current
 * version, then parses it. A plan without `schemaVersion` is read as version 1; a version that is
 * not a whole number from 1 (variant `unknown`) or is newer than the current one (variant `newer`)
 * is a `schema/unknown-version` finding. The input is not modified; a current plan comes back
 * equal to what {@link safeParsePlan} gives.
 *
 * @param json - a stored plan, typically the result of `JSON.parse`
 * @returns the plan in the current schema version, or the findings that stopped it
 * @category Plan
 * @example
 * ```ts
 * const migrated = migratePlan(JSON.parse(JSON.stringify(plan)));
 * migrated.success && migrated.data.schemaVersion; //=> 1
 * migratePlan({ ...toDraft(plan), schemaVersion: 99 }).success; //=> false
 * ```
 */
export function migratePlan(json: unknown): Result<TreatmentPlan> {
  if (!isStoredPlan(json)) return safeParsePlan(json);
  let upgraded: StoredPlan;
  try {
    const stored = json["schemaVersion"];
    const version = stored === undefined ? 1 : stored;
    if (!isSchemaVersion(version)) return { success: false, findings: [unknownVersionFinding()] };
    if (version > CURRENT_VERSION) return { success: false, findings: [newerVersionFinding()] };
    const stamped = stored === undefined ? { ...json, schemaVersion: 1 } : json;
    upgraded = MIGRATIONS.slice(version - 1).reduce((plan, step) => step(plan), stamped);
  } catch {
    return safeParsePlan(json);
  }
  return safeParsePlan(upgraded);
}
