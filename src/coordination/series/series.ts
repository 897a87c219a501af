import { SERIES_RULES } from "./rules/index.js";

/**
 * A standard series: the deliverables that one reference family numbers together, derived from
 * the reference alone (all parts of ISO/IEC 23090, IEEE 2888.1 to .6, ITU-T H.264 to H.266).
 * `key` is what the API's `series` filter takes; `name` is how a person reads it.
 */
export interface Series {
  key: string;
  name: string;
}

const spaces = (text: string) => text.replace(/\s+/g, " ").trim();

/** The series a deliverable's code belongs to; a code no rule knows is a series of its own. */
export function seriesOfCode(code: string): Series {
  const clean = spaces(code);
  for (const rule of SERIES_RULES) {
    const match = rule.pattern.exec(clean);
    if (match) {
      const name = spaces(rule.series(match));
      return { key: name.toLowerCase(), name };
    }
  }
  return { key: clean.toLowerCase(), name: clean };
}

/** Meetings and other events: a group per body holding them (the first named), else one group. */
export function seriesOfEvent(organization: { acronym?: unknown; name?: unknown } | undefined): Series {
  const body = organization ? String(organization.acronym ?? organization.name ?? "") : "";
  const name = body ? `Meetings of ${body}` : "Meetings";
  return { key: `meetings:${body.toLowerCase()}`, name };
}
