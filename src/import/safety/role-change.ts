/**
 * Safety rule (issue 25): an import proposes to end a role, or to give a single-holder role to
 * another person, only when a sentence of the document says that the holder changes. A document
 * that merely names someone else as chair contradicts the graph: that is a question for the
 * reviewer, not an update. These are the phrasings that state a change; the sentence that matched
 * is the proposal's evidence.
 */
export const ROLE_CHANGE_STATEMENTS: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  { id: "succeeds", pattern: /\bsucceed(?:s|ed|ing)?\b|\bsuccessor\b/i },
  { id: "replaces", pattern: /\breplac(?:es|ed|ing)\b/i },
  { id: "steps-down", pattern: /\bst(?:ep|eps|epped|epping) down\b|\bresign(?:s|ed|ation)?\b|\bretir(?:es|ed|ing|ement)\b/i },
  { id: "takes-over", pattern: /\b(?:take|takes|took|taken|taking) over\b|\bhand(?:s|ed)? over\b/i },
  { id: "outgoing", pattern: /\b(?:outgoing|former|previous|new|newly) (?:elected |appointed )?(?:chair|chairman|chairwoman|chairperson|director|convenor|convener)\b/i },
  { id: "newly-elected", pattern: /\bnewly (?:elected|appointed)\b/i },
  { id: "term-ends", pattern: /\b(?:end|ended|ends|expir(?:es|ed)) (?:of )?(?:his|her|their|the) (?:term|mandate)\b/i },
];

/** The id of the rule that finds a change of holder stated in `sentence`, or undefined. */
export function statedRoleChange(sentence: string): string | undefined {
  return ROLE_CHANGE_STATEMENTS.find((rule) => rule.pattern.test(sentence))?.id;
}
