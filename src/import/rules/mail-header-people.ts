import { whereOf } from "./evidence.js";
import { HONORIFIC, NAME, nameLine } from "./names.js";
import type { Rule } from "./rule.js";

const ON_BEHALF = new RegExp(`\\bOn Behalf Of\\s+${HONORIFIC}?(${NAME})\\s*(?:<[^>]*>|\\[[^\\]]*\\])?\\s*$`, "u");
const ORIGINAL = /^-{2,}\s*Original Message\s*-{2,}$/i;

/**
 * A message copied from a mail archive names its senders in its headers, not in sentences: the
 * person a list's message was sent "On Behalf Of", and the reply's signature, a line that is only
 * a name just above "-----Original Message-----". Each is a person the document names; no role
 * is read (the message's body says what they do).
 */
export const mailHeaderPeople: Rule = {
  name: "mail-header-people",
  genres: "any",
  scope: "document",
  trigger: /On Behalf Of|Original Message/i,
  apply(ctx) {
    ctx.blocks.forEach((b, i) => {
      const behalf = ON_BEHALF.exec(b.block.text);
      if (behalf) ctx.addPerson(behalf[1]!.trim(), whereOf(b));
      if (!ORIGINAL.test(b.block.text.trim())) return;
      const signature = ctx.blocks.slice(Math.max(0, i - 2), i).map((x) => ({ x, name: nameLine(x.block.text) })).filter((s) => s.name).at(-1);
      if (signature && ctx.orgs.scan(signature.name!, whereOf(signature.x)).length === 0) ctx.addPerson(signature.name!, whereOf(signature.x));
    });
  },
};
