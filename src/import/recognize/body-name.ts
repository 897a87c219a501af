/**
 * Whether a capitalized phrase printed before "(ACRONYM)" names a body: one of the words bodies
 * are named by must be the phrase's head, that is its last word ("Metaverse Standards Forum",
 * "Study Group 21"), or the word a complement hangs on ("Ministry of …", "Department for …",
 * "Working Group 3 – Architecture"). A phrase that only holds such a word inside it names a thing,
 * not a body: "Network Functions Virtualisation (NFV)" is a technology, "Standards Register" a list.
 */
const BODY_WORDS =
  "Organi[sz]ation|Institute|Union|Forum|Group|SG|WG|TG|CG|Committee|Commission|Agency|Bureau|Council|Association|Consortium|Project|Academy|Ministry|Department|Authority|Corporation|Company|University|Cent(?:re|er)|Fund|Programme|Program|Network|Sector|Activity|Laboratory|Lab|Foundation|Society|Alliance|Board|Office|Administration|Partnership|Federation|Secretariat|Assembly|Conference|Task Force|Standards|Initiative|Bank|Nations|Panel|Party|Coalition|Directorate|Chamber";

/** The body word, an optional number ("Group 21", "Committee 1"), then the end, a complement or a title. */
const HEAD = new RegExp(`\\b(?:${BODY_WORDS})(?:\\s+[A-Z]?\\d+[A-Za-z]?)?(?:$|\\s+(?:of|for|on|de|des|du|in|to)\\b|\\s*[,(]|\\s+[–—-]\\s)`);

/** "United Nations …" names the UN or one of its bodies, whatever follows. */
const UN = /^(?:the\s+)?United Nations\b/i;

export function namesABody(name: string): boolean {
  const phrase = name.trim();
  return UN.test(phrase) || HEAD.test(phrase);
}
