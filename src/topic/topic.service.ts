import type { TopicRow } from "../db/node-rows.js";
import { READABLE_ID } from "../entity-kinds.js";
import { BadUserInputError } from "../errors.js";
import type { DataScope } from "../loaders.js";
import { resolveRef } from "../refs/resolve-ref.js";
import { topicsByWords } from "./topic.repository.js";
import { wordFormsPattern } from "./topic-words.js";

/**
 * A topic argument, read the way `topics(text:)` and `search` read text: its readable id, name or
 * alias first (resolveRef); else the topics whose name or an alias holds it as whole words, in
 * the singular or the plural ("PII", "digital currency"). One such topic is the answer; several
 * are a BAD_USER_INPUT error listing them. Null when nothing matches.
 */
export async function resolveTopicRef(scope: DataScope, ref: string, argument = "topic"): Promise<TopicRow | null> {
  const byKey = READABLE_ID.test(ref) ? await scope.loaders.topic.byId.load(ref) : null;
  const named = byKey ?? (await resolveRef(scope, "Topic", ref, argument));
  if (named) return named;
  if (ref.trim() === "") return null;
  const found = await topicsByWords(scope.db, wordFormsPattern(ref));
  if (found.length <= 1) return found[0] ?? null;
  const listed = found.slice(0, 10).map((t) => `${t.id} (${t.name ?? ""})`).join(", ");
  throw new BadUserInputError(`${argument} "${ref}" is ambiguous: it matches topics ${listed}${found.length > 10 ? ", …" : ""}; name one of them`, argument);
}
