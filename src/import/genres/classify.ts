import { circular } from "./circular.js";
import { datatracker } from "./datatracker.js";
import { event } from "./event.js";
import type { Genre, GenreEvidence, GenreName } from "./genre.js";
import { group } from "./group.js";
import { liaison } from "./liaison.js";
import { news } from "./news.js";
import { report } from "./report.js";

/** The genres, most specific first: the first whose detector accepts the document is its genre. */
export const genres: readonly Genre[] = [datatracker, liaison, circular, event, report, news, group];

export function classifyGenre(doc: GenreEvidence): GenreName {
  return genres.find((g) => g.detect(doc))?.name ?? "other";
}
