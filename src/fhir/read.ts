import { dayOrdinal, isDay, type Day } from "../core/calendar";
import type { Finding, FindingPath } from "../core/finding";
import { isTimeZone } from "../core/time-zone";
import { localDay, offsetAt, zoneTimeline } from "../core/zone";
import { FHIR_EXTENSIONS, type ExtensionName } from "./vocabulary";
import type { MessageOf } from "../core/messages";
import { fhirFinding, type FHIR_CATALOG, type UnmappedVariant } from "./messages";

/** A JSON object read from the Bundle. */
export type Json = Readonly<Record<string, unknown>>;

/** A resource of the Bundle with the path to it. */
export interface Located {
  readonly resource: Json;
  readonly path: FindingPath;
}

/** The value as a JSON object, if it is one. */
export function obj(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** The value as an array, or an empty one. */
export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value as a string, if it is one. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The calendar day a FHIR date or dateTime starts with. */
export function day(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : undefined;
}

/** A FHIR dateTime with a time: its day, hours, minutes, seconds (optional) and offset (`Z` or `±HH:MM`). */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An offset `Z` or `±HH:MM` in minutes east of UTC. */
function offsetMinutes(offset: string): number {
  if (offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/**
 * The calendar day in a zone of a FHIR date or dateTime: a dateTime with a time and an offset is an
 * instant, dated where the plan runs (`2026-03-14T00:30:00Z` is 2026-03-13 in New York); a date, or
 * a zone the runtime does not know, gives the day as written. Never reads the host's zone.
 */
export function dayInZone(value: unknown, zone: string): Day | undefined {
  const match = DATE_TIME.exec(str(value) ?? "");
  const date = match?.[1];
  if (match === null || !isDay(date) || !isTimeZone(zone)) return day(value);
  const utcMinutes = dayOrdinal(date) * 1440 + Number(match[2]) * 60 + Number(match[3]) - offsetMinutes(match[5]!);
  // A leap second (:60) belongs to the minute it ends, not to the next day.
  const utcMs = utcMinutes * 60_000 + Math.min(Number(match[4] ?? 0), 59) * 1000;
  return localDay(utcMs, offsetAt(zoneTimeline(zone, date, date), utcMs));
}

/** The wall time `HH:MM` of a FHIR time. */
export function wallTime(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && /^\d{2}:\d{2}/.test(text) ? text.slice(0, 5) : undefined;
}

/** The extensions of an element with a URL. */
export function extensionsOf(element: Json | undefined, url: string): Json[] {
  return arr(element?.extension).flatMap((item) => {
    const extension = obj(item);
    return extension?.url === url ? [extension] : [];
  });
}

/** The value of the first iopkit extension of a name (`valueString`, `valueCode`, …). */
export function extValue(element: Json | undefined, name: ExtensionName, key: string): unknown {
  return extensionsOf(element, FHIR_EXTENSIONS[name])[0]?.[key];
}

/** The value of a nested extension part. */
export function partValue(extension: Json, url: string, key: string): unknown {
  return extensionsOf(extension, url)[0]?.[key];
}

/** The code of a concept in a system. */
export function codeIn(concept: unknown, system: string): string | undefined {
  for (const item of arr(obj(concept)?.coding)) {
    const coding = obj(item);
    if (coding?.system === system && typeof coding.code === "string") return coding.code;
  }
  return undefined;
}

/** The value of a resource's identifier in a system, or of its first identifier when no system is named. */
export function identifierValue(resource: Json, system?: string): string | undefined {
  const identifiers = arr(resource.identifier).map(obj);
  return str((system === undefined ? identifiers[0] : identifiers.find((identifier) => identifier?.system === system))?.value);
}

/** The codes of a concept, in any system. */
function codesOf(concept: unknown): unknown[] {
  return arr(obj(concept)?.coding).map((coding) => obj(coding)?.code);
}

/** Statuses that say a record does not hold: a diagnosis ruled out, an assessment not done, a medication not taken. */
const NOT_ASSERTED: Readonly<Record<string, string>> = { Observation: "cancelled", MedicationStatement: "not-taken" };

/**
 * What leaves a resource out of the plan, when something does: the element that says so and why.
 * Entered in error: a Condition's `verificationStatus`, a Goal's `lifecycleStatus`, any other
 * resource's `status`. Not asserted: a Condition `refuted`, an Observation `cancelled`, a
 * MedicationStatement `not-taken`.
 */
function reasonLeftOut(resource: Json): { readonly element: string; readonly variant: "enteredInError" | "notAsserted" } | undefined {
  if (resource.resourceType === "Condition") {
    const codes = codesOf(resource.verificationStatus);
    if (codes.includes("entered-in-error")) return { element: "verificationStatus", variant: "enteredInError" };
    return codes.includes("refuted") ? { element: "verificationStatus", variant: "notAsserted" } : undefined;
  }
  const element = resource.resourceType === "Goal" ? "lifecycleStatus" : "status";
  if (resource[element] === "entered-in-error") return { element, variant: "enteredInError" };
  const notAsserted = NOT_ASSERTED[String(resource.resourceType)];
  return notAsserted !== undefined && resource[element] === notAsserted ? { element, variant: "notAsserted" } : undefined;
}

/**
 * Resolves references between the Bundle's entries and collects what could not be mapped. A
 * resource entered in error, or one that does not hold (a diagnosis refuted, an assessment
 * cancelled, a medication not taken), is left out, with a finding at its status: no type lists it
 * and a reference to it resolves to nothing.
 */
export class BundleReader {
  readonly findings: Finding[] = [];
  readonly located: Located[] = [];
  private readonly byUrl = new Map<string, Located>();
  private readonly leftOut = new Set<Located>();

  constructor(entries: readonly unknown[]) {
    entries.forEach((item, index) => {
      const entry = obj(item);
      const resource = obj(entry?.resource);
      if (resource === undefined || typeof resource.resourceType !== "string") {
        this.gap(["entry", index], "emptyEntry");
        return;
      }
      const located = { resource, path: ["entry", index, "resource"] };
      const reason = reasonLeftOut(resource);
      if (reason === undefined) {
        this.located.push(located);
      } else {
        this.leftOut.add(located);
        this.gap([...located.path, reason.element], reason.variant);
      }
      const fullUrl = str(entry?.fullUrl);
      if (fullUrl !== undefined) this.byUrl.set(fullUrl, located);
      if (typeof resource.id === "string") this.byUrl.set(`${resource.resourceType}/${resource.id}`, located);
    });
  }

  /** Every resource of a type, in Bundle order. */
  ofType(type: string): Located[] {
    return this.located.filter((located) => located.resource.resourceType === type);
  }

  /**
   * The entry a reference points to, by full URL or `Type/id`, entered in error or not. A
   * version-specific reference (`Patient/8812/_history/3`, FHIR R4's `[type]/[id]/_history/[vid]`)
   * points to the resource the Bundle holds, of whatever version.
   */
  private target(reference: unknown): Located | undefined {
    const written = str(obj(reference)?.reference);
    if (written === undefined) return undefined;
    const target = written.replace(/\/_history\/[^/]+$/, "");
    return this.byUrl.get(written) ?? this.byUrl.get(target) ?? this.byUrl.get(target.split("/").slice(-2).join("/"));
  }

  /** The resource a reference points to; an unresolvable one is a gap, one left out nothing (it has its finding). */
  resolve(reference: unknown, path: FindingPath): Located | undefined {
    const found = this.target(reference);
    if (found !== undefined) return this.leftOut.has(found) ? undefined : found;
    if (str(obj(reference)?.reference) !== undefined) this.gap([...path, "reference"], "danglingReference");
    return undefined;
  }

  /** Whether a reference points to a resource (of a type, when one is named) left out: entered in error, or not holding. */
  pointsToLeftOut(reference: unknown, type?: string): boolean {
    const found = this.target(reference);
    return found !== undefined && this.leftOut.has(found) && (type === undefined || found.resource.resourceType === type);
  }

  /** Records what the Bundle lacked or what iopkit could not map, at its FHIR path. */
  gap(path: FindingPath, variant: UnmappedVariant): void {
    this.findings.push(fhirFinding("fhir/unmapped", "warning", path, { variant } as MessageOf<(typeof FHIR_CATALOG)["fhir/unmapped"]>));
  }
}
