import type { TopicRow } from "../import/graph-index.repository.js";
import { wordPattern } from "./scope/scope.js";

/**
 * Topics from the graph's own taxonomy: a deliverable addresses a topic when its title, abstract
 * or ICS text names the topic's name or one of its aliases. The words matched are the evidence.
 * Names of more than four words ("Computer graphics, image processing and environmental data
 * representation") are matched whole; the root of the taxonomy is never attached by a word, nor is a
 * topic by a word of the scope's `topicStopWords` ("data", "framework": too common to say anything).
 */
export interface TopicMatch {
  topic: string;
  /** "immersive video (title)" */
  evidence: string;
}

const MAX_WORDS = 6;

export class TopicMatcher {
  private readonly patterns: Array<{ topic: string; word: string; re: RegExp }> = [];

  constructor(topics: TopicRow[], stopWords: readonly string[] = [], root = "metaverse") {
    const stop = new Set(stopWords.map((w) => w.toLowerCase()));
    for (const t of topics) {
      if (t.id === root) continue;
      for (const name of [t.name, ...t.aliases]) {
        const words = name.split(/\s+/).length;
        if (name.length < 3 || words > MAX_WORDS) continue;
        // "Internet of Things (IoT)": the name and the parenthesized acronym separately.
        const paren = /^(.*?)\s*\(([^)]+)\)$/.exec(name);
        for (const form of paren ? [paren[1]!, paren[2]!] : [name]) {
          if (form.length >= 2 && !stop.has(form.toLowerCase())) this.patterns.push({ topic: t.id, word: form, re: wordPattern(form) });
        }
      }
    }
  }

  match(fields: Array<{ where: string; text: string | undefined }>): TopicMatch[] {
    const found = new Map<string, string[]>();
    for (const { topic, re } of this.patterns) {
      for (const field of fields) {
        if (!field.text) continue;
        const m = re.exec(field.text);
        if (m) {
          const list = found.get(topic) ?? [];
          const evidence = `${m[0]} (${field.where})`;
          if (!list.includes(evidence)) list.push(evidence);
          found.set(topic, list);
        }
      }
    }
    return [...found].map(([topic, words]) => ({ topic, evidence: words.join("; ") })).sort((a, b) => a.topic.localeCompare(b.topic));
  }
}
