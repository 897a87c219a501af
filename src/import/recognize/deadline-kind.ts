import type { DeadlineFact } from "./facts.js";

/** What kind of deadline a line or sentence states. */
export function deadlineKind(text: string): DeadlineFact["kind"] {
  if (/\bvisa\b/i.test(text)) return "VISA_LETTER";
  // A fellowship or an interpretation is requested, not contributed.
  if (/\b(fellowship|interpretation)/i.test(text)) return "OTHER";
  if (/\bregist/i.test(text)) return "REGISTRATION";
  if (/\b(contribution|input|submi|document|paper|abstract|proposal)/i.test(text)) return "CONTRIBUTION";
  return "OTHER";
}
