import "../shared/base.css";
import "./page.css";
import { ApiError, applyImport, credential, loadImport, pendingImports, review, setCredential, upload, type ImportView, type ProposalView } from "./api.js";
import { byId, el, words } from "../shared/dom.js";

// The review page: upload a document, read it with each proposal's evidence highlighted beside
// the proposals, accept / reject / edit them, apply. Every text from the server goes into the
// page as text (never as markup), so nothing stored can run here.

let current: ImportView | null = null;
const statusLine = byId("status");

function say(message: string, problem = false): void {
  statusLine.textContent = message;
  statusLine.classList.toggle("problem", problem);
}

const failed = (error: unknown) => say(error instanceof ApiError ? error.message : `Something went wrong: ${String(error)}`, true);

/** The id an element of one proposal gets: "p3" → "accept-p3". Local ids are the importer's ("p3"). */
const idOf = (what: string, p: { localId: string }) => `${what}-${p.localId.replace(/[^A-Za-z0-9_-]/g, "_")}`;

async function refreshImportList(): Promise<void> {
  const select = byId<HTMLSelectElement>("import-select");
  select.replaceChildren(el("option", { value: "" }, "Choose an import…"));
  if (!credential()) return;
  try {
    for (const item of await pendingImports()) {
      select.append(el("option", { value: item.id }, `${item.document.reference ?? item.document.title} (${item.createdAt.slice(0, 10)})`));
    }
  } catch (error) {
    failed(error);
  }
}

async function open(id: string, message?: string): Promise<void> {
  try {
    const imported = await loadImport(id);
    if (!imported) return say(`There is no import ${id}.`, true);
    current = imported;
    const url = new URL(location.href);
    url.searchParams.set("import", id);
    history.replaceState(null, "", url);
    render();
    if (message) say(message);
  } catch (error) {
    failed(error);
  }
}

function render(): void {
  const imported = current;
  if (!imported) return;
  const doc = imported.document;
  byId("review-title").textContent = `${doc.reference ?? doc.title}: ${words(imported.status)}`;
  byId("review-meta").textContent =
    `${doc.title} · ${words(doc.importKind)}${doc.date ? ` · dated ${doc.date}` : ""}${doc.fileName ? ` · file ${doc.fileName}` : ""} · imported by ${imported.createdBy} · ` +
    `${imported.counts.total} proposals: ${imported.counts.pending} pending, ${imported.counts.accepted + imported.counts.edited} accepted, ${imported.counts.rejected} rejected`;
  renderDocument(imported);
  renderProposals(imported);
  const pending = imported.status === "PENDING";
  byId<HTMLButtonElement>("accept-all").disabled = !pending || imported.proposals.every((p) => p.decision !== "PENDING");
  byId<HTMLButtonElement>("apply").disabled = !pending;
}

/** The text, block by block, with every proposal's quote marked and linked to its proposal. */
function renderDocument(imported: ImportView): void {
  const byLocator = new Map<string, ProposalView[]>();
  for (const p of imported.proposals) byLocator.set(p.evidence.locator, [...(byLocator.get(p.evidence.locator) ?? []), p]);
  const container = byId("document-text");
  container.replaceChildren(
    ...imported.document.blocks.map((block) => {
      const paragraph = el("p", { id: `block-${block.locator}`, class: "block", "data-locator": block.locator }, el("span", { class: "locator", "aria-hidden": "true" }, block.locator));
      const quotes = (byLocator.get(block.locator) ?? [])
        .map((p) => ({ p, start: p.evidence.quote ? block.text.indexOf(p.evidence.quote) : -1 }))
        .filter((q) => q.start >= 0)
        .sort((a, b) => a.start - b.start);
      let at = 0;
      const unplaced = (byLocator.get(block.locator) ?? []).filter((p) => !quotes.some((q) => q.p === p));
      for (const { p, start } of quotes) {
        if (start < at) {
          unplaced.push(p); // overlaps the quote before it: linked after the block instead
          continue;
        }
        paragraph.append(block.text.slice(at, start));
        const end = start + p.evidence.quote.length;
        paragraph.append(
          el("mark", { id: idOf("evidence", p), class: `evidence ${p.decision.toLowerCase()}`, tabindex: "-1" }, block.text.slice(start, end)),
          el("a", { href: `#${idOf("proposal", p)}`, class: "mark-ref", "aria-label": `Proposal ${p.localId}: ${p.summary}` }, p.localId),
        );
        at = end;
      }
      paragraph.append(block.text.slice(at));
      for (const p of unplaced) {
        paragraph.append(" ", el("a", { href: `#${idOf("proposal", p)}`, id: idOf("evidence", p), class: "mark-ref", "aria-label": `Proposal ${p.localId}: ${p.summary}` }, p.localId));
      }
      return paragraph;
    }),
  );
}

const json = (value: unknown) => JSON.stringify(value, null, 2);
/** A proposal's values: the API's JSON scalar, an object of field → value for every proposal. */
const valuesOf = (p: ProposalView): Record<string, unknown> => (p.values !== null && typeof p.values === "object" ? (p.values as Record<string, unknown>) : {});

function renderProposals(imported: ImportView): void {
  const pending = imported.status === "PENDING";
  byId("proposal-list").replaceChildren(
    ...imported.proposals.map((p) => {
      const titleId = idOf("proposal-title", p);
      const ambiguous = p.resolution.status === "AMBIGUOUS";
      const resolution =
        p.resolution.status === "EXISTING" ? `existing ${p.resolution.key ?? ""}${p.resolution.reason ? ` (by ${words(p.resolution.reason)})` : ""}`
        : p.resolution.status === "NEW" ? `new${p.resolution.key ? ` (${p.resolution.key})` : ""}`
        : `ambiguous: ${p.resolution.candidates.map((c) => c.label).join(" or ")}`;
      // A question about the graph's own entity (a value the document gives differently) is answered
      // by choosing it (take the document's value) or rejecting (keep the graph's); "a new one" is no answer.
      const changesGraph = p.action === "UPDATE";
      const chooser = ambiguous || p.resolution.candidates.length > 0
        ? el("div", { class: "question" },
            el("p", {},
              el("label", { for: idOf("choose", p) }, changesGraph ? "Take the document's value for: " : "Which one is it? "),
              el("select", { id: idOf("choose", p), disabled: !pending },
                el("option", { value: "" }, "Choose…"),
                ...p.resolution.candidates.map((c) => el("option", { value: c.key }, `${c.label} (${c.key}, by ${words(c.reason)})`)),
                changesGraph ? null : el("option", { value: "new" }, "None of these: a new one"),
              )),
            p.resolution.candidates.length > 0
              ? el("ul", { class: "candidates", "aria-label": `Candidates of ${p.localId}` },
                  ...p.resolution.candidates.map((c) => el("li", {},
                    el("strong", {}, c.label), ` (${c.key})`,
                    c.organizations.length > 0 ? el("span", { class: "candidate-detail" }, ` · belongs to ${c.organizations.join(", ")}`) : null,
                    c.roles.length > 0 ? el("span", { class: "candidate-detail" }, ` · roles: ${c.roles.join("; ")}`) : null,
                    el("span", { class: "candidate-detail" }, c.sources.length > 0 ? ` · from ${c.sources.join(", ")}` : " · no source recorded"),
                  )))
              : el("p", {}, "No candidate in the graph: reject it, or add the entity first."))
        : null;
      const diff = p.diff.length > 0
        ? el("table", { class: "diff" },
            el("caption", {}, "In the graph and in the document"),
            el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Field"), el("th", { scope: "col" }, "Graph"), el("th", { scope: "col" }, "Document"))),
            el("tbody", {}, ...p.diff.map((d) => el("tr", {}, el("th", { scope: "row" }, d.field), el("td", {}, json(d.current)), el("td", {}, json(d.proposed))))))
        : null;
      const item = el("li", { id: idOf("proposal", p), class: `proposal ${p.decision.toLowerCase()}`, tabindex: "-1", "aria-labelledby": titleId },
        el("h4", { id: titleId }, `${p.localId} · ${words(p.action)} ${words(p.entityType)}: ${p.summary}`),
        el("p", { class: "facts" },
          `Decision: ${words(p.decision)} · resolution: ${resolution} · confidence ${Math.round(p.confidence * 100)}%`,
          p.dependsOn.length > 0 ? ` · needs ${p.dependsOn.join(", ")}` : ""),
        el("p", { class: "evidence-label" }, "The sentence it comes from:"),
        el("blockquote", {}, p.evidence.quote || "(no quote)"),
        el("p", {}, el("a", { href: `#${idOf("evidence", p)}` }, `Show in the document (${p.evidence.locator})`)),
        diff,
        chooser,
        el("details", {},
          el("summary", {}, "Values (edit here)"),
          el("label", { for: idOf("values", p) }, "Values as JSON"),
          el("textarea", { id: idOf("values", p), rows: "8", spellcheck: "false", disabled: !pending }, json(p.values))),
        el("div", { class: "actions" },
          el("button", { type: "button", id: idOf("accept", p), "data-action": "ACCEPT", "data-proposal": p.id, disabled: !pending || ambiguous, "aria-describedby": titleId }, "Accept"),
          el("button", { type: "button", id: idOf("reject", p), "data-action": "REJECT", "data-proposal": p.id, disabled: !pending, "aria-describedby": titleId }, "Reject"),
          el("button", { type: "button", id: idOf("edit", p), "data-action": "EDIT", "data-proposal": p.id, disabled: !pending, "aria-describedby": titleId }, "Accept with my edits"),
        ),
      );
      return item;
    }),
  );
}

async function decide(button: HTMLButtonElement): Promise<void> {
  const p = current?.proposals.find((x) => x.id === button.dataset.proposal);
  const action = button.dataset.action as "ACCEPT" | "REJECT" | "EDIT";
  if (!p || !current) return;
  try {
    let updated: ProposalView;
    if (action === "EDIT") {
      const text = byId<HTMLTextAreaElement>(idOf("values", p)).value;
      let values: Record<string, unknown>;
      try {
        values = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return say(`${p.localId}: the values are not valid JSON.`, true);
      }
      const patch: Record<string, unknown> = {};
      const before = valuesOf(p);
      for (const name of new Set([...Object.keys(before), ...Object.keys(values)])) {
        if (JSON.stringify(values[name]) !== JSON.stringify(before[name])) patch[name] = name in values ? values[name] : null;
      }
      const chooser = document.getElementById(idOf("choose", p)) as HTMLSelectElement | null;
      const choose = chooser?.value || undefined;
      if (Object.keys(patch).length === 0 && !choose) return say(`${p.localId}: change a value or choose a candidate first, or accept it as it is.`, true);
      updated = await review(p.id, "EDIT", Object.keys(patch).length > 0 ? patch : undefined, choose);
    } else {
      updated = await review(p.id, action);
    }
    await open(current.id, `${p.localId} ${words(updated.decision)}.`);
    document.getElementById(button.id)?.focus();
  } catch (error) {
    failed(error);
  }
}

async function acceptAll(): Promise<void> {
  if (!current) return;
  const todo = current.proposals.filter((p) => p.decision === "PENDING" && p.resolution.status !== "AMBIGUOUS");
  try {
    for (const p of todo) await review(p.id, "ACCEPT");
    await open(current.id, `${todo.length} proposals accepted.`);
  } catch (error) {
    failed(error);
    await open(current.id);
  }
}

async function apply(): Promise<void> {
  if (!current) return;
  say("Applying…");
  try {
    const result = await applyImport(current.id);
    await open(current.id, `Applied: ${result.appliedChanges} changes recorded, each citing this document.`);
    await refreshImportList();
  } catch (error) {
    failed(error);
  }
}

byId<HTMLInputElement>("credential").value = credential();
byId("credential-form").addEventListener("submit", (event) => {
  event.preventDefault();
  setCredential(byId<HTMLInputElement>("credential").value.trim());
  say("Credential set for this tab.");
  void refreshImportList();
});
byId("upload-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const file = byId<HTMLInputElement>("file").files?.[0];
  if (!file) return say("Choose a file first.", true);
  say(`Reading ${file.name}…`);
  upload(file)
    .then((answer) => {
      void refreshImportList();
      return open(answer.import.id, answer.import.alreadyImported
        ? `${file.name} was imported before: here is that import.`
        : `${file.name} read: ${answer.import.proposals.total} proposed changes to review.`);
    })
    .then(() => byId("review").focus())
    .catch(failed);
});
byId("open-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const id = byId<HTMLSelectElement>("import-select").value;
  if (id) void open(id).then(() => byId("review").focus());
});
byId("proposal-list").addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest("button[data-action]");
  if (button instanceof HTMLButtonElement) void decide(button);
});
byId("accept-all").addEventListener("click", () => void acceptAll());
byId("apply").addEventListener("click", () => void apply());

void refreshImportList();
const requested = new URL(location.href).searchParams.get("import");
if (requested) void open(requested);
