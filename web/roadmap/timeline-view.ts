// The timeline: vis-timeline draws the items in lanes (by topic or by organization); a table
// below lists the same items for keyboards and screen readers. Both open an item's details.
import { Timeline, type DataGroup, type DataItem } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import type { Roadmap, RoadmapItem, SeriesGroup } from "./api.js";
import { el, orgLabel, words } from "../shared/dom.js";
import type { Lanes } from "./filters.js";

/** An item's node id in the API (for its details), and a short label. */
export const itemId = (item: RoadmapItem) => (item.deliverable?.id ?? item.event?.id)!;
const itemLabel = (item: RoadmapItem) => (item.deliverable ? item.deliverable.code : item.event!.name);
const itemTitle = (item: RoadmapItem) => (item.deliverable ? `${item.deliverable.code}: ${item.deliverable.title}` : item.event!.name);

/** A page of series as the timeline shows them: each collapsed to a bar with its counts, or open with its items. */
export interface SeriesPage {
  groups: SeriesGroup[];
  open: ReadonlySet<string>;
  /** The items of the open groups. */
  items: RoadmapItem[];
  toggle(key: string): void;
}

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** A series' counts in words: "34 items: 12 planned, 2 overdue". */
export function seriesCounts(group: SeriesGroup): string {
  const parts = [group.planned ? `${group.planned} planned` : "", group.overdue ? `${group.overdue} overdue` : "", group.done ? `${group.done} done` : ""].filter(Boolean);
  return `${plural(group.count, "item")}${parts.length ? `: ${parts.join(", ")}` : ""}`;
}

export class TimelineView {
  private readonly timeline: Timeline;
  private entryIds: string[] = [];
  private shown: RoadmapItem[] = [];
  private seriesPage: SeriesPage | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly list: HTMLTableSectionElement,
    private readonly onOpen: (id: string, fromList: boolean) => void,
  ) {
    this.timeline = new Timeline(container, [], [], {
      orientation: { axis: "top", item: "top" },
      stack: true,
      margin: { item: { horizontal: 4, vertical: 4 } },
      // As tall as its lanes: the page scrolls (vis-timeline draws only the lanes in its own view).
      minHeight: 320,
      zoomKey: "ctrlKey",
      groupOrder: "order",
      selectable: true,
      showCurrentTime: true,
    });
    this.timeline.on("select", ({ items }: { items: string[] }) => {
      const first = items[0];
      if (!first) return;
      // A collapsed series' bar opens the series; an item opens its details.
      if (first.startsWith("series|")) this.seriesPage?.toggle(first.slice("series|".length));
      else this.onOpen(first.slice(first.indexOf("|") + 1), false);
    });
  }

  /** The server's today: the default window is around it, and items are overdue by it. */
  today = new Date().toISOString().slice(0, 10);

  show(roadmap: Roadmap, lanes: Exclude<Lanes, "series">, window: { from: string; to: string }): void {
    this.seriesPage = null;
    this.shown = roadmap.items.filter((item) => item.date);
    const laneOf = (item: RoadmapItem) =>
      lanes === "topic"
        ? item.topics.map((t) => ({ key: `t:${t.key}`, label: t.name }))
        : item.organizations.map((o) => ({ key: `o:${o.key}`, label: orgLabel(o) }));
    const groups = new Map<string, string>();
    const entries: DataItem[] = [];
    for (const item of this.shown) {
      const itemLanes = laneOf(item);
      const placed = itemLanes.length ? itemLanes : [{ key: "none", label: lanes === "topic" ? "No topic" : "No organization" }];
      for (const lane of placed) {
        groups.set(lane.key, lane.label);
        entries.push(this.entry(item, lane.key));
      }
    }
    const sorted = [...groups].sort(([ka, a], [kb, b]) => (ka === "none" ? 1 : kb === "none" ? -1 : a.localeCompare(b)));
    const groupList: DataGroup[] = sorted.map(([id, label], order) => ({ id, order, content: el("span", { class: "lane-label", title: label }, label) }));
    this.draw(groupList, entries, window);
    this.renderList();
  }

  /**
   * A page of standard series: a lane per series, collapsed to one bar spanning its dated items
   * with their counts, or open with its items. The lane's name is a button that opens or closes
   * it, as is the bar; the table below says the same, series by series.
   */
  showSeries(page: SeriesPage, window: { from: string; to: string }): void {
    this.seriesPage = page;
    this.shown = page.items.filter((item) => item.date);
    const groupList: DataGroup[] = [];
    const entries: DataItem[] = [];
    page.groups.forEach((group, order) => {
      const open = page.open.has(group.key);
      const id = `s:${group.key}`;
      const label = el(
        "button",
        { type: "button", class: "lane-toggle", "aria-expanded": String(open), title: `${group.name}: ${seriesCounts(group)}`, "data-series": group.key },
        `${open ? "▾" : "▸"} ${group.name} (${group.count})`,
      );
      label.addEventListener("click", () => page.toggle(group.key));
      groupList.push({ id, order, content: label } as DataGroup);
      if (open) {
        for (const item of this.shown) if (item.series.key === group.key) entries.push(this.entry(item, id));
      } else if (group.first) {
        const range = group.last && group.last !== group.first;
        entries.push({
          id: `series|${group.key}`,
          group: id,
          start: new Date(`${group.first}T00:00:00`),
          ...(range ? { end: new Date(`${group.last}T23:59:59`), type: "range" as const } : { type: "point" as const }),
          content: el("span", { title: `${group.name}: ${seriesCounts(group)}, ${group.first}${range ? ` to ${group.last}` : ""}. Choose to open.` }, seriesCounts(group)) as unknown as string,
          className: `item-summary${group.overdue ? " item-summary-overdue" : ""}`,
        });
      }
    });
    this.draw(groupList, entries, window);
    this.renderList();
  }

  private draw(groupList: DataGroup[], entries: DataItem[], window: { from: string; to: string }): void {
    this.timeline.setGroups(groupList);
    this.timeline.setItems(entries);
    this.entryIds = entries.map((entry) => String(entry.id));
    const [start, end] = window.from && window.to ? [window.from, window.to] : defaultWindow(this.today, window);
    // A little room on both sides: a point's label runs to its right and must not be cut at the edge.
    const span = Date.parse(end) - Date.parse(start);
    this.timeline.setWindow(new Date(Date.parse(start) - span * 0.03), new Date(Date.parse(end) + span * 0.12), { animation: false });
    this.container.dataset.windowStart = start;
    this.container.dataset.windowEnd = end;
    this.container.dataset.lanes = String(groupList.length);
    this.container.dataset.items = String(entries.length);
  }

  /** Selects an item's boxes in every lane, e.g. after it was opened from the list. */
  select(id: string): void {
    this.timeline.setSelection(this.entryIds.filter((entry) => entry.endsWith(`|${id}`)));
  }

  private entry(item: RoadmapItem, lane: string): DataItem {
    const status = item.status ? `status-${item.status.toLowerCase()}` : "";
    return {
      id: `${lane}|${itemId(item)}`,
      group: lane,
      // A point with its label: over years, a range of a few days would be a sliver.
      start: new Date(`${item.date}T00:00:00`),
      type: "point",
      // An element, so names stay text (vis-timeline takes one; its type declares only strings).
      content: el(
        "span",
        { title: itemTitle(item) + (item.overdue ? ` (overdue: target ${item.dateAsGiven})` : "") },
        itemLabel(item),
        item.overdue ? el("strong", { class: "overdue-flag" }, " overdue") : null,
      ) as unknown as string,
      className: [
        item.kind === "EVENT" ? "item-event" : "item-deliverable",
        status,
        item.planned ? "item-planned" : "item-done",
        item.overdue ? "item-overdue" : "",
        item.collocatedWith ? "item-collocated" : "",
      ]
        .filter(Boolean)
        .join(" "),
    };
  }

  private renderList(): void {
    const page = this.seriesPage;
    const rows = page
      ? page.groups.flatMap((group) => {
          const open = page.open.has(group.key);
          const dates = group.first ? ` (${group.first}${group.last && group.last !== group.first ? ` to ${group.last}` : ""})` : "";
          const toggle = el("button", { type: "button", class: "link series-toggle", "aria-expanded": String(open), "data-series": group.key }, `${open ? "▾" : "▸"} ${group.name}`);
          toggle.addEventListener("click", () => page.toggle(group.key));
          const head = el("tr", { class: "series-row" }, el("th", { colspan: "5", scope: "colgroup" }, toggle, el("span", { class: "note" }, ` ${seriesCounts(group)}${dates}`)));
          return [head, ...(open ? this.itemRows(page.items.filter((item) => item.series.key === group.key)) : [])];
        })
      : this.itemRows(this.shown);
    this.list.replaceChildren(...rows);
    for (const button of this.list.querySelectorAll<HTMLButtonElement>("button[data-id]")) {
      button.addEventListener("click", () => {
        this.select(button.dataset.id!);
        this.onOpen(button.dataset.id!, true);
      });
    }
  }

  private itemRows(items: RoadmapItem[]): HTMLTableRowElement[] {
    return items.map((item) =>
        el(
          "tr",
          {},
          el("td", {}, item.endDate && item.endDate !== item.date ? `${item.dateAsGiven} – ${item.endDate}` : item.dateAsGiven),
          el(
            "td",
            {},
            el("button", { type: "button", class: "link", "data-id": itemId(item) }, itemTitle(item)),
            item.collocatedWith ? el("span", { class: "note" }, ` (with ${item.collocatedWith.name})`) : null,
          ),
          el(
            "td",
            {},
            item.kind === "EVENT" ? words(item.event!.kind) : `${words(item.status)} (${words(item.dateKind)})`,
            item.overdue ? el("strong", { class: "overdue-flag" }, " overdue") : null,
          ),
          el("td", {}, item.organizations.map(orgLabel).join(", ")),
          el("td", {}, item.topics.map((t) => t.name).join(", ")),
        ),
    );
  }
}

/**
 * Without dates in the filters the timeline opens around today: a year back, two years ahead
 * (or from/to alone, with the other side so far from it), so what is coming is in view.
 */
export function defaultWindow(today: string, window: { from: string; to: string }): [string, string] {
  const shift = (date: string, months: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + months);
    return d.toISOString().slice(0, 10);
  };
  if (window.from) return [window.from, shift(window.from, 36)];
  if (window.to) return [shift(window.to, -36), window.to];
  return [shift(today, -12), shift(today, 24)];
}
