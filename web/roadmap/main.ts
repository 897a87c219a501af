// The roadmap page: a timeline of deliverables and events, a network of liaisons and gaps, the
// details and sources of whatever is chosen, and the exports for the current filters. Built by
// Vite from npm packages and served by mvgraph itself: nothing comes from another host.
import "../shared/base.css";
import "./page.css";
import { ApiError, fetchAsOf, fetchChoices, fetchDetails, fetchNetwork, fetchRoadmap, fetchSeries, fetchSeriesItems, type Named, type Roadmap, type SeriesGroup } from "./api.js";
import { renderDetails } from "./details.js";
import { byId, el, orgLabel } from "../shared/dom.js";
import { addressOf, DEFAULT_HOME, downloads, NETWORK_SIZES, filtersFromAddress, readForm, roadmapVariables, sameSelection, writeForm, type Filters, type View } from "./filters.js";
import { NetworkView } from "./network-view.js";
import { downloadItems } from "../shared/downloads.js";
import { holds, type Viewer } from "../shared/session.js";
import { SignIn } from "../shared/sign-in.js";
import { defaultWindow, TimelineView } from "./timeline-view.js";

const form = byId<HTMLFormElement>("filters");
const status = byId("status");
const detailsBody = byId("details-body");
const tabs: Record<View, HTMLButtonElement> = { timeline: byId("tab-timeline"), network: byId("tab-network") };
const panels: Record<View, HTMLElement> = { timeline: byId("panel-timeline"), network: byId("panel-network") };

let filters: Filters = filtersFromAddress(location.search);
/** Answers of older requests are dropped: only the latest filters' answer is shown. */
let generation = 0;

const timeline = new TimelineView(byId("timeline"), byId<HTMLTableSectionElement>("item-rows"), (id, fromList) => void openDetails(id, fromList));
const network = new NetworkView(byId("network"), byId("liaison-list"), byId("gap-list"), (id, fromList) => void openDetails(id, fromList));

function say(message: string, problem = false): void {
  status.textContent = message;
  status.classList.toggle("problem", problem);
}

const failure = (error: unknown) => (error instanceof ApiError ? error.message : "The server could not be reached.");

/** Below this width the details sit under the views (page.css), far from a tapped item. */
const stacked = window.matchMedia("(max-width: 1100px)");

async function openDetails(id: string, moveFocus: boolean): Promise<void> {
  detailsBody.replaceChildren(el("p", {}, "Loading…"));
  // On a phone or a narrow window, bring the details to the reader instead of updating them out of sight.
  if (stacked.matches) byId("details").scrollIntoView({ block: "start" });
  try {
    const node = await fetchDetails(id);
    detailsBody.replaceChildren(...(node ? renderDetails(node) : [el("p", {}, "Not found.")]));
    if (moveFocus) byId("details").focus();
    else if (stacked.matches) byId("details").scrollIntoView({ block: "start" });
  } catch (error) {
    detailsBody.replaceChildren(el("p", { class: "problem", role: "alert" }, failure(error)));
  }
}

async function showTimeline(): Promise<void> {
  const mine = ++generation;
  say("Loading the roadmap…");
  try {
    if (filters.lanes === "series") {
      await showSeries(mine);
      return;
    }
    seriesPager.hidden = true;
    const roadmap = await fetchRoadmap(roadmapVariables(filters));
    if (mine !== generation) return;
    timeline.show(roadmap, filters.lanes, { from: filters.from, to: filters.to });
    const shown = roadmap.items.filter((i) => i.date).length;
    say(`${shown} items on the timeline: ${roadmap.planned} planned, ${roadmap.done} done.` + (roadmap.total > roadmap.items.length ? ` Showing the first ${roadmap.items.length} of ${roadmap.total}; narrow the filters, or show them by series.` : ""));
    byId("item-list").querySelector("summary")!.textContent = `Items as a table (${shown})`;
  } catch (error) {
    if (mine === generation) say(failure(error), true);
  }
}

/** Series on one page of the timeline: few enough lanes to read on a screen. */
const SERIES_PER_PAGE = 25;
/** Up to this many matching items, every series of a page opens by itself; beyond, they open on demand. */
const OPEN_ALL_UP_TO = 200;

const seriesPager = byId("series-pager");
/** The series of the last filters, kept while only the page or the open series change. */
let seriesOf: { key: string; groups: SeriesGroup[] } | null = null;

/** The timeline by standard series: a page of series, collapsed with their counts, the open ones with their items. */
async function showSeries(mine: number): Promise<void> {
  // The series of the window on screen (without From and To: the default one), not of all time.
  const [from, to] = filters.from && filters.to ? [filters.from, filters.to] : defaultWindow(timeline.today, filters);
  const variables = { ...roadmapVariables(filters), from, to };
  const key = JSON.stringify(variables);
  const groups = seriesOf?.key === key ? seriesOf.groups : await fetchSeries(variables);
  if (mine !== generation) return;
  seriesOf = { key, groups };
  const matched = groups.reduce((sum, g) => sum + g.count, 0);
  const pages = Math.max(1, Math.ceil(groups.length / SERIES_PER_PAGE));
  const page = Math.min(filters.page, pages);
  const onPage = groups.slice((page - 1) * SERIES_PER_PAGE, page * SERIES_PER_PAGE);
  const openByDefault = matched <= OPEN_ALL_UP_TO;
  const open = onPage.map((g) => g.key).filter((k) => (openByDefault ? !filters.shut.includes(k) : filters.open.includes(k)));
  const answer: Roadmap = open.length ? await fetchSeriesItems(variables, open) : { total: 0, planned: 0, done: 0, items: [] };
  if (mine !== generation) return;
  timeline.showSeries({ groups: onPage, open: new Set(open), items: answer.items, toggle: (k) => toggleSeries(k, open.includes(k)) }, { from, to });
  const shown = answer.items.filter((i) => i.date).length;
  const first = (page - 1) * SERIES_PER_PAGE + 1;
  const range = groups.length ? `series ${first}–${first + onPage.length - 1} of ${groups.length}` : "no series";
  say(
    `${shown} items on the timeline` +
      (open.length === groups.length ? `: ${answer.planned} planned, ${answer.done} done, in ${plural(groups.length, "series")}.` : ` (${open.length} of ${range} open); ${matched.toLocaleString("en")} match the filters. Open a series to see its items, or narrow the filters.`) +
      (answer.total > answer.items.length ? ` Showing the first ${answer.items.length} of ${answer.total} in the open series.` : ""),
  );
  byId("item-list").querySelector("summary")!.textContent = `Items as a table, by series (${shown} of ${matched.toLocaleString("en")})`;
  renderPager(page, pages, range, onPage.map((g) => g.key), open.length < onPage.length);
}

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 || word.endsWith("s") ? "" : "s"}`;

/** Opens or closes a series: remembered as a change from what the page opens by itself. */
function toggleSeries(key: string, isOpen: boolean): void {
  setSeriesView(isOpen ? { open: filters.open.filter((k) => k !== key), shut: [...filters.shut, key] } : { open: [...filters.open, key], shut: filters.shut.filter((k) => k !== key) });
}

function setSeriesView(change: Partial<Pick<Filters, "page" | "open" | "shut">>): void {
  filters = { ...filters, ...change };
  history.replaceState(null, "", `${location.pathname}${addressOf(filters)}`);
  show();
}

function renderPager(page: number, pages: number, range: string, onPage: string[], someClosed: boolean): void {
  seriesPager.hidden = false;
  const button = (text: string, disabled: boolean, action: () => void, label?: string) => {
    const b = el("button", { type: "button", disabled, "aria-label": label }, text);
    b.addEventListener("click", action);
    return b;
  };
  const without = (keys: string[]) => keys.filter((k) => !onPage.includes(k));
  seriesPager.replaceChildren(
    button("‹ Previous", page <= 1, () => setSeriesView({ page: page - 1 }), "Previous page of series"),
    el("span", { class: "pager-range" }, `Page ${page} of ${pages}: ${range}`),
    button("Next ›", page >= pages, () => setSeriesView({ page: page + 1 }), "Next page of series"),
    someClosed
      ? button("Open the series of this page", false, () => setSeriesView({ open: [...without(filters.open), ...onPage], shut: without(filters.shut) }))
      : button("Close the series of this page", onPage.length === 0, () => setSeriesView({ open: without(filters.open), shut: [...without(filters.shut), ...onPage] })),
  );
}

async function showNetwork(): Promise<void> {
  const mine = ++generation;
  const center = filters.org || DEFAULT_HOME;
  say("Loading the network…");
  try {
    const answer = await fetchNetwork(center, filters.topic || null, filters.size);
    if (mine !== generation) return;
    network.show(answer);
    const liaisons = answer.links.length < answer.linksTotal ? `showing ${answer.links.length} of ${answer.linksTotal} liaisons` : `${answer.links.length} liaisons`;
    say(
      `${orgLabel(answer.organization)}: ${liaisons}` +
        (answer.topic
          ? answer.bodies.length < answer.bodiesTotal
            ? `; showing the ${answer.bodies.length} most active of ${answer.bodiesTotal} bodies that work on ${answer.topic.name}, ${answer.gaps.length} of ${answer.gapsTotal} without a liaison.`
            : `; ${answer.bodies.length} bodies work on ${answer.topic.name}, ${answer.gaps.length} without a liaison.`
          : ". Choose a topic to see gaps."),
    );
    renderWiden(answer.topic !== null && answer.bodies.length < answer.bodiesTotal, answer.bodiesTotal);
  } catch (error) {
    if (mine === generation) say(failure(error), true);
  }
}

/** "Show more bodies": the next network size, while the topic has more bodies than are drawn. */
function renderWiden(more: boolean, total: number): void {
  const widen = byId<HTMLButtonElement>("widen");
  const next = NETWORK_SIZES.find((n) => n > filters.size);
  widen.hidden = !more || next === undefined;
  if (next === undefined) return;
  widen.textContent = `Show more bodies (up to ${Math.min(next, total)} of ${total})`;
  widen.onclick = () => {
    filters = { ...filters, size: next };
    history.replaceState(null, "", `${location.pathname}${addressOf(filters)}`);
    show();
  };
}

function show(): void {
  void (filters.view === "timeline" ? showTimeline() : showNetwork());
}

let viewer: Viewer | null = null;
const signIn = new SignIn(byId("sign-in"), (signedIn) => {
  viewer = signedIn;
  renderDownloads();
});

/** The downloads for the current filters; contact lists only with an analyst's sign-in (../shared/downloads.ts). */
function renderDownloads(): void {
  byId("downloads").replaceChildren(...downloadItems(downloads(filters), viewer, signIn, byId("download-status")));
  byId("needs-analyst").hidden = holds(viewer, "ANALYST");
}

function selectView(view: View, moveFocus = false): void {
  filters = { ...filters, view };
  for (const name of Object.keys(tabs) as View[]) {
    const selected = name === view;
    tabs[name].setAttribute("aria-selected", String(selected));
    tabs[name].tabIndex = selected ? 0 : -1;
    panels[name].hidden = !selected;
  }
  if (moveFocus) tabs[view].focus();
  history.replaceState(null, "", `${location.pathname}${addressOf(filters)}`);
  show();
}

function applyForm(): void {
  const next = readForm(form, filters);
  // Other filters, other series: back to the first page, opened as the new answer warrants.
  filters = sameSelection(filters, next) ? next : { ...next, page: 1, open: [], shut: [], size: NETWORK_SIZES[0] };
  history.replaceState(null, "", `${location.pathname}${addressOf(filters)}`);
  renderDownloads();
  show();
}

let pending: number | undefined;
form.addEventListener("change", () => {
  window.clearTimeout(pending);
  pending = window.setTimeout(applyForm, 150);
});
// Words: the timeline follows the typing, once it pauses.
byId("f-q").addEventListener("input", () => {
  window.clearTimeout(pending);
  pending = window.setTimeout(applyForm, 400);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  applyForm();
});
form.addEventListener("reset", () => window.setTimeout(applyForm, 0));

byId("zoom-in").addEventListener("click", () => network.zoom(1.4));
byId("zoom-out").addEventListener("click", () => network.zoom(1 / 1.4));
byId("zoom-fit").addEventListener("click", () => network.fit());

// Tabs: click, or arrow keys between them (WAI-ARIA tabs pattern).
for (const view of Object.keys(tabs) as View[]) {
  tabs[view].addEventListener("click", () => selectView(view));
  tabs[view].addEventListener("keydown", (event) => {
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      selectView(view === "timeline" ? "network" : "timeline", true);
    }
  });
}

function fillChoices(select: HTMLSelectElement, choices: Named[]): void {
  select.append(...choices.map((c) => el("option", { value: c.key }, c.acronym && c.acronym !== c.name ? `${c.acronym} — ${c.name}` : c.name)));
}

async function start(): Promise<void> {
  try {
    const asOf = await fetchAsOf();
    timeline.today = asOf.today;
    byId("data-as-of").textContent = `Data as of ${asOf.dataAsOf ?? "—"} (the newest source document); today is ${asOf.today}.`;
  } catch (error) {
    say(failure(error), true);
  }
  try {
    const choices = await fetchChoices();
    fillChoices(byId<HTMLSelectElement>("f-org"), choices.organizations);
    fillChoices(byId<HTMLSelectElement>("f-topic"), choices.topics);
  } catch (error) {
    say(failure(error), true);
  }
  writeForm(form, filters);
  renderDownloads();
  selectView(filters.view);
  await signIn.start();
}

void start();
