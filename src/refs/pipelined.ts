import { READABLE_ID } from "../entity-kinds.js";

type Refs = ReadonlyArray<string | undefined>;

/**
 * Work that needs the ids some refs name, started before they are resolved. A ref of id form is
 * nearly always the id itself, so when every ref given is of that form the work starts at once
 * with them, pipelined beside the refs' resolution in the request's one read transaction: the
 * request waits for Neo4j once instead of twice. The early result is kept only when every ref
 * resolved to exactly itself; otherwise (an id-shaped designation such as "sc27", which names
 * jtc1-sc27) the work runs again with the resolved ids. When resolving fails (no such body, an
 * ambiguous name), that error is the answer and the early work is dropped unseen.
 */
export class Pipelined<T> {
  private readonly early: Promise<T> | undefined;

  constructor(
    private readonly refs: Refs,
    work: () => Promise<T>,
  ) {
    const idShaped = refs.some((ref) => ref !== undefined) && refs.every((ref) => ref === undefined || READABLE_ID.test(ref));
    this.early = idShaped ? work() : undefined;
    // Awaited in `resolvedTo`, or never needed: either way never an unhandled rejection.
    this.early?.catch(() => undefined);
  }

  /** The answer for the ids the refs resolved to (in the same order; undefined where no ref was given). */
  resolvedTo(ids: Refs, again: () => Promise<T>): Promise<T> {
    const same = ids.length === this.refs.length && ids.every((id, i) => id === this.refs[i]);
    return this.early && same ? this.early : again();
  }
}
