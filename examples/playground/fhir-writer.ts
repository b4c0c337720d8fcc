// The FHIR writer the download button loads when pressed. A named import here, rather than the
// namespace of `await import("iopkit/fhir")`, lets the bundler leave out the FHIR import
// (fromFhir), which the page never runs and which is as large as the export.
export { toFhir } from "iopkit/fhir";
