import { baselineLate } from "./baseline-late";
import { baselineRecorded } from "./baseline-recorded";
import { repeatEvery } from "./repeat-every";
import { suicideItemPositive } from "./suicide-item-positive";
import { suicideScreen } from "./suicide-screen";
import { validAssessment } from "./valid-assessment";

/** The `measures/…` rules in catalog order. */
export const measuresRules = [validAssessment, baselineRecorded, baselineLate, repeatEvery, suicideScreen, suicideItemPositive] as const;
