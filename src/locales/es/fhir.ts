import type { FHIR_MESSAGES } from "../../fhir";
import type { Translations } from "../../rules/messages";

/**
 * The messages of iopkit/fhir's findings, in Spanish.
 *
 * @category Messages
 * @example
 * ```ts
 * typeof fhirEs["fhir/not-a-bundle"].default; //=> "function"
 * ```
 */
export const fhirEs: Translations<typeof FHIR_MESSAGES> = {
  "fhir/not-a-bundle": { default: () => "La entrada no es un Bundle de FHIR." },
  "fhir/no-care-plan": { default: () => "El Bundle no contiene ningún CarePlan." },
  "fhir/unreadable": { default: () => "La entrada no se pudo leer como datos simples." },
  "fhir/invalid-string": {
    default: () => "El texto contiene un carácter de control que una cadena FHIR no admite (de ellos, solo se admiten el tabulador, el salto de línea y el retorno de carro); el plan no se escribe.",
    blank: () => "El texto está vacío o solo contiene espacios en blanco, y una cadena FHIR no puede estarlo; el plan no se escribe.",
  },
  "fhir/unmapped": {
    noStart: () => "El CarePlan no tiene fecha de inicio: el plan necesita el día de ingreso.",
    noEnd: () => "El CarePlan no tiene fecha de fin: el plan necesita el alta prevista.",
    noIdentifier: () => "El CarePlan no tiene identificador; el plan se llama plan.",
    noStatus: () => "El estado del CarePlan no corresponde a ningún estado del plan; el plan queda como borrador.",
    noProgramType: () => "No se indica el tipo de programa; se asume un programa de salud mental.",
    noTimeZone: () => "No se indica zona horaria; se asume UTC.",
    noSubjectIdentifier: () => "El sujeto no tiene identificador; el participante se llama participant.",
    noAgeGroup: () => "No se indica el grupo de edad; se asume adulto.",
    conditionWithoutIcd: () => "La Condition no tiene código CIE-10-MC (ICD-10-CM); pasa a ser un problema del plan.",
    conditionWithoutCode: () => "La Condition no tiene ni código CIE-10-MC (ICD-10-CM) ni texto.",
    objectiveWithoutGoal: () => "La meta del objetivo no es ninguna de las metas del CarePlan.",
    goalWithoutProblem: () => "La Goal no corresponde a ningún problema del plan.",
    goalWithoutTarget: () => "La Goal no tiene target: la meta del plan no tiene ningún objetivo medible.",
    targetWithoutDueDay: () => "El target de la Goal no tiene fecha límite; no es un objetivo.",
    activityWithoutKind: () => "La actividad no tiene ni un tipo de actividad de iopkit ni un código CPT o HCPCS de una actividad de sesión; no forma parte del horario.",
    timingNotWeekly: () => "El código CPT o HCPCS de la actividad corresponde a una actividad de sesión, pero su horario no indica días de la semana, horas del día y una duración en minutos; no forma parte del horario.",
    activityUnknown: () => "La actividad no es una intervención, ni una actividad de sesión, ni una visita periódica.",
    memberWithoutRole: () => "El miembro del equipo de atención no tiene un rol asistencial de iopkit.",
    medicationWithoutName: () => "La MedicationStatement no nombra ningún medicamento.",
    noMedicationClass: () => "No se indica la clase del medicamento; se asume otra.",
    medicationWithoutStart: () => "La MedicationStatement no tiene día de inicio.",
    observationWithoutItems: () => "La Observation contiene un total sin las respuestas de sus ítems; no se registra como evaluación.",
    aftercareWithoutRequest: () => "La actividad del plan de seguimiento no remite a ninguna ServiceRequest del Bundle.",
    unknownPayer: () => "La aseguradora no es una de las que iopkit conoce; se asume otra.",
    severalCarePlans: () => "El Bundle contiene más de un CarePlan de tratamiento; se lee el primero.",
    emptyEntry: () => "La entrada del Bundle no contiene ningún recurso.",
    danglingReference: () => "La referencia no apunta a ninguna entrada del Bundle.",
    encounterNotAttendance: () => "El Encounter no está finalizado con un día de inicio; no se registra como asistencia.",
    encounterNotAmbulatory: () => "El Encounter no es ambulatorio (clase AMB), así que no es una visita del programa; no se registra como asistencia.",
    encounterOutsideSchedule: () => "El día del Encounter, en la zona horaria del plan, no tiene ninguna sesión ni visita del plan; no se registra como asistencia.",
    enteredInError: () => "Está marcado como introducido por error; no se importa.",
    notAsserted: () => "Indica que no es válido (un diagnóstico descartado, una evaluación cancelada, un medicamento que no se toma); no se importa.",
    targetNotComparable: () => "La cantidad del target de la Goal necesita un comparador (<, <=, >=, >) y una puntuación entera que el plan acepte; el objetivo se conserva sin su medida.",
    targetNotInstrument: () => "El target de la Goal no mide ningún instrumento que iopkit conozca; el objetivo se conserva sin su medida.",
    itemsNotKnown: () => "Los componentes de la Observation no están codificados como ítems de instrumento de iopkit; ni sus respuestas ni su total se registran como evaluación.",
    componentNotItem: () => "El componente no está codificado como ítem de instrumento de iopkit; queda fuera de la evaluación.",
  },
  "engine/invalid-option": {
    notObject: () => "Las opciones deben ser un objeto.",
    participantSystem: () => "La opción participantSystem debe ser un URI sin espacios.",
    appointments: () => "La opción appointments debe ser un objeto con from y to.",
  },
};
