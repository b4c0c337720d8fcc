// A participant works weekdays 08:00-17:00: find a program that fits around work, build the
// plan on the best pattern, and date its first two weeks in the program's time zone.
import { expandSchedule, fitSchedule, templates, validatePlan } from "iopkit";

const work = (["mon", "tue", "wed", "thu", "fri"] as const).map((day) => ({ day, start: "08:00", end: "17:00", label: "work" }));
const fit = fitSchedule(work, { daysPerWeek: 3, earliest: "17:30", latest: "21:30", limit: 3 });
if (!fit.success || fit.data.patterns.length === 0) throw new Error("an evening track should fit");
for (const pattern of fit.data.patterns) console.log(pattern.track, pattern.days.join("/"), pattern.start, "-", pattern.end);

const best = fit.data.patterns[0]!;
const built = templates.standardIop({
  id: "plan-evening",
  participantId: "participant-0007",
  admitted: "2026-10-19",
  days: best.days,
  start: best.start,
  timeZone: "Europe/London",
  ageGroup: "adult",
  diagnoses: [{ code: "F41.1" }],
  commitments: work,
  sessionMinutes: best.sessionMinutes,
});
if (!built.success) throw new Error("the template should build");
const scheduleFindings = validatePlan(built.data).findings.filter((finding) => finding.rule.startsWith("schedule/"));
if (scheduleFindings.length > 0) throw new Error("a fitted pattern passes the schedule rules");

const dated = expandSchedule(built.data, { to: "2026-10-28" }); // across the end of British Summer Time on 25 October
if (!dated.success) throw new Error("the range is valid");
for (const session of dated.data.sessions) console.log(session.date, session.start, session.end);
