import type { Rule } from "./rule.js";
import { signerOf } from "./statement-sender.js";

/**
 * A letter's signer: the name under its closing ("Sincerely," / "Ada Quill" / "Secretariat,
 * XY/SC 9"), proposed as a person of the body the title under the name names, holding the office
 * the title states there ("Secretariat", "Chair of …"). A name with no title, or a title that
 * names no body, gives the person alone; a closing with no name under it gives nothing.
 */
export const letterClosing: Rule = {
  name: "letter-closing",
  genres: ["liaison"],
  scope: "document",
  trigger: /^\s*(?:(?:Yours\s+)?(?:sincerely|faithfully|truly)|(?:With\s+)?(?:best|kind|warm)\s+regards|Regards|Respectfully|Best\s+wishes)\b/im,
  apply(ctx) {
    const signer = signerOf(ctx);
    if (!signer) return;
    const person = ctx.addPerson(signer.name, signer.where, signer.body ? { affiliations: [signer.body] } : {});
    if (signer.body && signer.role) ctx.addRole(person, signer.body, signer.role, signer.title, signer.where, 0.8);
  },
};
