import type { Medication } from "../plan/types";
import { MEDICATION_CLASSES, type MedicationClass } from "./schema";
import { guardValue } from "../core/plan-error";

/**
 * Generic and common US brand names of each class, lower case, one word each (the word of a
 * multi-word brand that names it: "abilify" for Abilify Maintena). Salts, release forms and
 * strengths are other words of the name and are ignored ("lithium carbonate ER 300 mg").
 * Combination products and names with more than one use (doxepin, Zyban) are left out.
 */
const FORMULARY: Readonly<Partial<Record<MedicationClass, readonly string[]>>> = {
  clozapine: ["clozapine", "clozaril", "fazaclo", "versacloz"],
  lithium: ["lithium", "lithobid", "eskalith", "lithonate", "lithotabs"],
  valproate: ["valproate", "valproic", "divalproex", "depakote", "depakene", "depacon", "stavzor"],
  antipsychotic: [
    "aripiprazole", "abilify", "aristada",
    "asenapine", "saphris", "secuado",
    "brexpiprazole", "rexulti",
    "cariprazine", "vraylar",
    "chlorpromazine", "thorazine",
    "fluphenazine", "prolixin",
    "haloperidol", "haldol",
    "iloperidone", "fanapt",
    "loxapine", "loxitane", "adasuve",
    "lumateperone", "caplyta",
    "lurasidone", "latuda",
    "olanzapine", "zyprexa", "lybalvi",
    "paliperidone", "invega",
    "perphenazine", "trilafon",
    "pimozide", "orap",
    "quetiapine", "seroquel",
    "risperidone", "risperdal", "perseris", "uzedy", "rykindo",
    "thiothixene", "navane",
    "trifluoperazine",
    "ziprasidone", "geodon",
  ],
  antidepressant: [
    "amitriptyline", "elavil",
    "bupropion", "wellbutrin", "aplenzin", "forfivo", "auvelity",
    "citalopram", "celexa",
    "clomipramine", "anafranil",
    "desipramine", "norpramin",
    "desvenlafaxine", "pristiq",
    "duloxetine", "cymbalta", "drizalma",
    "escitalopram", "lexapro",
    "esketamine", "spravato",
    "fluoxetine", "prozac", "sarafem",
    "fluvoxamine", "luvox",
    "imipramine", "tofranil",
    "isocarboxazid", "marplan",
    "levomilnacipran", "fetzima",
    "mirtazapine", "remeron", "remeronsoltab",
    "nefazodone",
    "nortriptyline", "pamelor",
    "paroxetine", "paxil", "pexeva",
    "phenelzine", "nardil",
    "emsam",
    "sertraline", "zoloft",
    "tranylcypromine", "parnate",
    "trazodone", "desyrel",
    "venlafaxine", "effexor",
    "vilazodone", "viibryd",
    "vortioxetine", "trintellix",
  ],
  anxiolytic: [
    "alprazolam", "xanax",
    "buspirone", "buspar",
    "chlordiazepoxide", "librium",
    "clonazepam", "klonopin",
    "clorazepate", "tranxene",
    "diazepam", "valium",
    "hydroxyzine", "vistaril", "atarax",
    "lorazepam", "ativan",
    "oxazepam",
  ],
  hypnotic: [
    "daridorexant", "quviviq",
    "estazolam",
    "eszopiclone", "lunesta",
    "flurazepam",
    "lemborexant", "dayvigo",
    "ramelteon", "rozerem",
    "suvorexant", "belsomra",
    "temazepam", "restoril",
    "triazolam", "halcion",
    "zaleplon", "sonata",
    "zolpidem", "ambien", "edluar", "intermezzo",
  ],
  stimulant: [
    "amphetamine", "adderall", "evekeo", "adzenys", "dyanavel",
    "armodafinil", "nuvigil",
    "dexmethylphenidate", "focalin", "azstarys",
    "dextroamphetamine", "dexedrine", "zenzedi", "procentra",
    "lisdexamfetamine", "vyvanse",
    "methamphetamine", "desoxyn",
    "methylphenidate", "ritalin", "concerta", "metadate", "methylin", "daytrana", "quillichew", "cotempla", "jornay", "aptensio", "relexxii",
    "modafinil", "provigil",
  ],
};

/**
 * How much monitoring a class's protocols ask for: a class named after one medicine (clozapine,
 * lithium, valproate) has its own laboratory protocol; antipsychotics (metabolic labs) and
 * antidepressants (visits for young people) have a protocol for the whole class; other classes
 * get only the routine cadence.
 */
const PROTOCOL_STRENGTH: ReadonlyMap<string, 1 | 2> = new Map([
  ["clozapine", 2],
  ["lithium", 2],
  ["valproate", 2],
  ["antipsychotic", 1],
  ["antidepressant", 1],
]);

/** The formulary's classes by word, built on first use. */
let byWord: ReadonlyMap<string, MedicationClass> | undefined;

/** The class of each formulary word. */
function wordIndex(): ReadonlyMap<string, MedicationClass> {
  byWord ??= new Map(Object.entries(FORMULARY).flatMap(([medicationClass, words]) => words.map((word) => [word, medicationClass as MedicationClass] as const)));
  return byWord;
}

/** The strength of a class's monitoring: 2 for a medicine's own protocol, 1 for a class protocol, 0 for none. */
function strength(medicationClass: string): number {
  return PROTOCOL_STRENGTH.get(medicationClass) ?? 0;
}

/**
 * The class a medication's name implies, from a small formulary of generic and common US brand
 * names. Matching ignores case, punctuation and digits and looks at whole words, so salts, release
 * forms and strengths do not matter, written apart or not. When the name holds words of several
 * classes, the class with the most monitoring wins, then the first in the name.
 *
 * @param name - a medication's name as written in the plan
 * @returns the implied class, or `undefined` when no word of the name is in the formulary
 * @category Medication
 * @example
 * ```ts
 * classFromName("Lithium carbonate ER 300 mg"); //=> "lithium"
 * classFromName("Depakote-ER"); //=> "valproate"
 * classFromName("CLOZARIL"); //=> "clozapine"
 * classFromName("clozapine100mg"); //=> "clozapine"
 * classFromName("lithiumlike"); //=> undefined
 * classFromName(42 as unknown as string); //=> undefined
 * ```
 */
export function classFromName(name: string): MedicationClass | undefined {
  if (typeof name !== "string") return undefined;
  const index = wordIndex();
  let found: MedicationClass | undefined;
  for (const word of name.toLowerCase().split(/[^a-z]+/)) {
    const medicationClass = index.get(word);
    if (medicationClass !== undefined && (found === undefined || strength(medicationClass) > strength(found))) found = medicationClass;
  }
  return found;
}

/**
 * The class a name implies when it differs from the stated class and has a protocol, else
 * `undefined`: what `medication/class-mismatch` reports.
 *
 * @param medication - a medication of the plan
 * @returns the implied class, when the stated class disagrees with it
 * @category Medication
 * @example
 * ```ts
 * impliedProtocolClass({ name: "clozapine", class: "antipsychotic" }); //=> "clozapine"
 * impliedProtocolClass({ name: "sertraline", class: "antidepressant" }); //=> undefined
 * ```
 */
export function impliedProtocolClass(medication: Pick<Medication, "name" | "class">): MedicationClass | undefined {
  const implied = classFromName(medication.name);
  return implied !== undefined && implied !== recordedClass(medication.class) && strength(implied) > 0 ? implied : undefined;
}

/**
 * A stated class as iopkit reads it: a class it knows whatever its case and surrounding spaces
 * (`Clozapine` is clozapine, so its monitoring applies), else the text as written.
 *
 * @param medicationClass - the class as written in the plan
 * @returns the known class, or the text unchanged
 * @category Medication
 * @example
 * ```ts
 * recordedClass(" Lithium "); //=> "lithium"
 * recordedClass("herbal"); //=> "herbal"
 * ```
 */
export function recordedClass(medicationClass: string): string {
  if (typeof medicationClass !== "string") return medicationClass;
  const folded = medicationClass.trim().toLowerCase();
  return (MEDICATION_CLASSES as readonly string[]).includes(folded) ? folded : medicationClass;
}

/**
 * The class that decides a medication's monitoring. The class its name implies wins when it asks
 * for more monitoring than the stated class: a medicine with its own protocol (clozapine, lithium,
 * valproate) over an antipsychotic, an antidepressant or a class without a protocol, an
 * antipsychotic or antidepressant over a class without a protocol. Otherwise the stated class
 * stands (an antipsychotic recorded as an antidepressant, or lithium recorded as clozapine, stays
 * the stated class here, and is monitored as both; `medication/class-mismatch` reports it).
 *
 * @param medication - a medication of the plan
 * @returns the implied class, or the stated class (which may be one iopkit does not know)
 * @throws `InputError` when the argument cannot be read as a medication
 * @category Medication
 * @example
 * ```ts
 * effectiveClass({ name: "clozapine", class: "antipsychotic" }); //=> "clozapine"
 * effectiveClass({ name: "Lithobid", class: "mood-stabilizer" }); //=> "lithium"
 * effectiveClass({ name: "quetiapine", class: "antidepressant" }); //=> "antidepressant"
 * effectiveClass({ name: "Lithobid", class: "clozapine" }); //=> "clozapine"
 * effectiveClass({ name: "house blend", class: "herbal" }); //=> "herbal"
 * ```
 */
export function effectiveClass(medication: Pick<Medication, "name" | "class">): string {
  return monitoredClasses(medication)[0]!;
}

/**
 * Every class a medication is monitored as: its {@link effectiveClass}, and when its name and its
 * record name two different classes whose protocols weigh the same, both: an antidepressant
 * recorded as an antipsychotic, or one medicine with its own protocol recorded as another (lithium
 * as clozapine). The record may be wrong, or the medicine may be both (quetiapine XR is approved
 * for depression), and monitoring for one class never stands in for the other's: lithium levels
 * say nothing of the neutrophils clozapine needs counted.
 *
 * @param medication - a medication of the plan
 * @returns the effective class first, then the other class monitored, if any
 * @throws `InputError` when the argument cannot be read as a medication
 * @example
 * ```ts
 * monitoredClasses({ name: "sertraline", class: "antipsychotic" }); //=> ["antipsychotic", "antidepressant"]
 * monitoredClasses({ name: "Lithobid", class: "clozapine" }); //=> ["clozapine", "lithium"]
 * monitoredClasses({ name: "clozapine", class: "antipsychotic" }); //=> ["clozapine"]
 * ```
 */
export function monitoredClasses(medication: Pick<Medication, "name" | "class">): readonly string[] {
  return guardValue("medication", () => {
    const stated = recordedClass(medication.class);
    const implied = impliedProtocolClass(medication);
    if (implied === undefined) return [stated];
    if (strength(implied) === strength(stated)) return [stated, implied];
    return strength(implied) > strength(stated) ? [implied] : [stated];
  });
}
