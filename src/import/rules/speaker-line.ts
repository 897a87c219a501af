import type { Where } from "../recognize/facts.js";
import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME, nameLine, roleOf } from "./names.js";
import type { Rule, RuleContext } from "./rule.js";
import { numberedSubgroup } from "./subgroup.js";

const LINE = new RegExp(`^(?:[·•▪◦○●*–-]\\s*)?(?:(?:Moderator|Chair|Speaker|Panellist|Panelist|Rapporteur|Host)s?\\s*:\\s*)?${HONORIFIC}?(${NAME}),\\s*(.+)$`, "u");

/**
 * Programme and speakers' pages: a person named without an honorific, with titles and bodies.
 * - a line that is only a name, followed by its caption line "Title, Body | Role of Group, Parent";
 * - a programme line "• Name, Title, Body[, Parent]" or "Moderator: Name, Title, Body".
 * Each part of the caption with a role word gives a role in the body it names (a numbered
 * working group of the body named after it is that body's group); the others give affiliations.
 */
export const speakerLine: Rule = {
  name: "speaker-line",
  genres: ["event", "news", "report", "other"],
  scope: "document",
  trigger: /\S/,
  apply(ctx) {
    const blocks = ctx.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      const name = nameLine(b.block.text);
      const next = blocks[i + 1];
      if (name && next && /,/.test(next.block.text) && !nameLine(next.block.text) && next.block.text.length < 250) {
        caption(ctx, name, next.block.text, whereOf(next));
        i++;
        continue;
      }
      const m = LINE.exec(b.block.text);
      if (m && m[2]!.length < 200 && !/[.;:]\s/.test(m[2]!) && roleOf(m[2]!)) caption(ctx, m[1]!.trim(), m[2]!, whereOf(b));
    }
  },
};

const NUMBERED = /\b(?:Working Group|Task Group|WG|TG)\s*\d/;

function caption(ctx: RuleContext, name: string, text: string, where: Where) {
  const parts = text.split(/\s+\|\s+/);
  const affiliations: string[] = [];
  const roles: Array<{ organization: string; role: string; title: string }> = [];
  for (const part of parts) {
    const role = roleOf(part);
    const bodies = ctx.orgs.scan(part, where);
    if (!role) {
      const with_ = bodies.at(-1);
      if (with_) affiliations.push(with_.key);
      continue;
    }
    // The body the role is of: a numbered group of the body named after it, else the first body named after the role word.
    const after = part.slice(part.search(/chair|director|rapporteur|editor|conven|secretar|co-?chair|vice/i));
    const afterBodies = ctx.orgs.scan(after, where);
    const parent = afterBodies.at(-1)?.key;
    // "Co-chairman, XY Working Group 6 on …": the mention may be the numbered group itself.
    const numbered = afterBodies.find((o) => NUMBERED.test(o.printed));
    const organization = numberedSubgroup(ctx, after, parent) ?? numbered?.key ?? (NUMBERED.test(after) ? undefined : afterBodies[0]?.key);
    if (organization) roles.push({ organization, role, title: part.trim() });
  }
  if (roles.length === 0 && affiliations.length === 0) return;
  if (roles.length === 0 && !/^[\p{Lu}]/u.test(text)) return;
  const person = ctx.addPerson(name, where, { affiliations });
  for (const r of roles) ctx.addRole(person, r.organization, r.role, r.title, where, 0.8);
}
