// The network: Cytoscape.js draws a body, its liaisons (direct, inherited from a parent body,
// held by a sub-group) and, for a topic, the bodies working on it, marking those without a
// liaison (gaps). Lists beside it say the same in text, for keyboards and screen readers.
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { Named, Network } from "./api.js";
import { el, orgLabel, words } from "../shared/dom.js";

cytoscape.use(fcose);

/** Labels are drawn at 11 px; the view never opens zoomed out so far that they fall below this. */
const MIN_LABEL_PX = 9;
const LABEL_PX = 11;

const INHERITANCE: Record<string, string> = { DIRECT: "direct", VIA_PARENT: "through a parent body", VIA_SUB_GROUP: "held by a sub-group" };

export class NetworkView {
  private cy: Core | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly liaisonList: HTMLElement,
    private readonly gapList: HTMLElement,
    private readonly onOpen: (id: string, fromList: boolean) => void,
  ) {}

  show(network: Network): void {
    const us = network.organization;
    const gapKeys = new Set(network.gaps.map((g) => g.key));
    const nodes = new Map<string, ElementDefinition>();
    const edges: ElementDefinition[] = [];
    const addNode = (o: Named, classes: string, level: number) => {
      const existing = nodes.get(o.key);
      if (existing) {
        existing.classes = `${existing.classes} ${classes}`;
        existing.data.level = Math.max(Number(existing.data.level), level);
      } else {
        nodes.set(o.key, { data: { id: o.key, nodeId: o.id, label: orgLabel(o), level }, classes });
      }
    };

    addNode(us, "us", 4);
    for (const link of network.links) {
      if (link.end.key !== us.key) {
        addNode(link.end, link.inheritance === "VIA_PARENT" ? "parent" : "sub-group", 3);
        const [child, parent] = link.inheritance === "VIA_PARENT" ? [us.key, link.end.key] : [link.end.key, us.key];
        edges.push({ data: { id: `part:${child}:${parent}`, source: child, target: parent, label: "part of" }, classes: "part-of" });
      }
      addNode(link.partner, "partner", 2);
      const [source, target] = link.direction === "OUTGOING" ? [link.end.key, link.partner.key] : [link.partner.key, link.end.key];
      edges.push({
        data: { id: `liaison:${link.liaison.key}:${link.end.key}`, source, target, label: words(link.liaison.kind) },
        classes: `liaison ${link.inheritance === "DIRECT" ? "direct" : "inherited"}${link.current ? "" : " ended"}`,
      });
    }
    if (network.topic) {
      const topicId = `topic:${network.topic.key}`;
      nodes.set(topicId, { data: { id: topicId, label: network.topic.name, level: 1 }, classes: "topic" });
      for (const body of network.bodies) {
        if (body.liaisonStatus.relationToUs === "SELF") continue; // the centre itself: drawn already as "us"
        addNode(body.organization, gapKeys.has(body.organization.key) ? "gap" : "on-topic", 1);
        edges.push({ data: { id: `works:${body.organization.key}`, source: body.organization.key, target: topicId, label: "" }, classes: "works-on" });
      }
    }
    // De-duplicate edges that two links describe the same way (e.g. one liaison seen twice).
    const uniqueEdges = [...new Map(edges.map((e) => [e.data.id, e])).values()];

    this.cy?.destroy();
    // A taller drawing for a crowded network (a topic with 70 bodies), within the screen.
    this.container.style.height = `${Math.round(Math.min(Math.max(window.innerHeight * 0.5, 320 + nodes.size * 6), window.innerHeight * 0.85))}px`;
    // Few bodies: rings by kind (the body, its parents, partners, the topic's bodies) read best.
    // Many: fCoSE, a force-directed layout that spreads clusters apart, keeps labels off each other.
    const layout: cytoscape.LayoutOptions =
      nodes.size <= 30
        ? { name: "concentric", concentric: (node) => Number(node.data("level")), levelWidth: () => 1, minNodeSpacing: 28, animate: false }
        : ({ name: "fcose", quality: "default", randomize: true, animate: false, nodeSeparation: 90, idealEdgeLength: 90, nodeRepulsion: 9000, packComponents: true } as cytoscape.LayoutOptions);
    this.cy = cytoscape({
      container: this.container,
      elements: [...nodes.values(), ...uniqueEdges],
      layout,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
    });
    this.container.dataset.layout = String(layout.name);
    this.readable();
    this.cy.on("tap", "node", (event) => {
      const id = event.target.data("nodeId") as string | undefined;
      if (id) this.onOpen(id, false);
    });
    this.container.dataset.nodes = String(nodes.size);
    this.container.dataset.edges = String(uniqueEdges.length);
    this.container.setAttribute(
      "aria-label",
      `Network around ${orgLabel(us)}: ${network.links.length} liaisons with ${new Set(network.links.map((l) => l.partner.key)).size} bodies` +
        (network.topic
          ? network.bodies.length < network.bodiesTotal
            ? `; the ${network.bodies.length} most active of ${network.bodiesTotal} bodies that work on ${network.topic.name}, ${network.gaps.length} of ${network.gapsTotal} without a liaison`
            : `; ${network.bodies.length} bodies work on ${network.topic.name}, ${network.gaps.length} of them without a liaison`
          : "") +
        ". The lists beside the drawing say the same.",
    );
    this.renderLists(network);
  }

  /** Zooms in or out about the centre of the drawing. */
  zoom(factor: number): void {
    if (!this.cy) return;
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
    this.record();
  }

  /** Shows the whole network, however small its labels get. */
  fit(): void {
    this.cy?.fit(undefined, 24);
    this.record();
  }

  /**
   * The whole network when its labels stay readable at that size; otherwise as far out as they
   * do, centred on the body the network is about (Fit shows everything; drag to move).
   */
  private readable(): void {
    if (!this.cy) return;
    this.cy.fit(undefined, 24);
    if (this.cy.zoom() * LABEL_PX < MIN_LABEL_PX) {
      this.cy.zoom(MIN_LABEL_PX / LABEL_PX);
      this.cy.center(this.cy.nodes(".us"));
    }
    this.record();
  }

  /** The zoom and the size labels are drawn at, for the tests and for screen readers' sake of the status. */
  private record(): void {
    if (!this.cy) return;
    this.container.dataset.zoom = this.cy.zoom().toFixed(3);
    this.container.dataset.labelPx = (this.cy.zoom() * LABEL_PX).toFixed(1);
  }

  /** Marks a body, e.g. after it was chosen in a list, and brings it into view if it is outside. */
  highlight(key: string): void {
    if (!this.cy) return;
    this.cy.nodes().unselect();
    const node = this.cy.getElementById(key);
    if (node.empty()) return;
    node.select();
    const box = node.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > this.cy.width() || box.y2 > this.cy.height()) this.cy.center(node);
  }

  private renderLists(network: Network): void {
    const us = orgLabel(network.organization);
    const button = (o: Named, text: string) => {
      const b = el("button", { type: "button", class: "link", "data-id": o.id, "data-key": o.key }, text);
      b.addEventListener("click", () => {
        this.highlight(o.key);
        this.onOpen(o.id, true);
      });
      return b;
    };
    this.liaisonList.replaceChildren(
      el("h3", {}, `Liaisons of ${us} (${network.links.length < network.linksTotal ? `${network.links.length} of ${network.linksTotal}` : network.links.length})`),
      network.links.length === 0
        ? el("p", {}, "None recorded.")
        : el(
            "ul",
            { class: "liaisons" },
            network.links.map((link) =>
              el(
                "li",
                {},
                button(link.partner, link.partner.name),
                el(
                  "span",
                  { class: "note" },
                  ` ${words(link.liaison.kind)}, ${INHERITANCE[link.inheritance]}` +
                    (link.end.key !== network.organization.key ? ` (${orgLabel(link.end)})` : "") +
                    (link.current ? "" : ", not current"),
                ),
              ),
            ),
          ),
    );
    if (!network.topic) {
      this.gapList.replaceChildren(el("h3", {}, "Gaps"), el("p", {}, "Choose a topic to see who works on it and which of those bodies have no liaison with ", us, "."));
      return;
    }
    this.gapList.replaceChildren(
      el("h3", {}, `No liaison with ${us} on ${network.topic.name} (${network.gaps.length < network.gapsTotal ? `${network.gaps.length} of ${network.gapsTotal}` : network.gaps.length})`),
      network.gaps.length === 0
        ? el("p", {}, "Every body working on it has a liaison with ", us, ".")
        : el("ul", { class: "gaps" }, network.gaps.map((gap) => el("li", {}, button(gap, gap.name)))),
    );
  }
}

/** Colours with at least 4.5:1 contrast for labels; gaps are marked by shape and border too, not by colour only. */
const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": LABEL_PX,
      "font-family": "system-ui, sans-serif",
      color: "#1b1b1b",
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "ellipsis",
      "text-max-width": "110px",
      "background-color": "#6b7f99",
      width: 18,
      height: 18,
    },
  },
  { selector: "node.us", style: { "background-color": "#1f4e8c", width: 34, height: 34, "font-weight": "bold", "font-size": 13 } },
  { selector: "node.partner", style: { "background-color": "#2e7d4f" } },
  { selector: "node.parent, node.sub-group", style: { "background-color": "#5a4a8a", shape: "round-rectangle" } },
  { selector: "node.topic", style: { "background-color": "#b36b00", shape: "diamond", width: 26, height: 26, "font-weight": "bold" } },
  { selector: "node.on-topic", style: { "border-width": 2, "border-color": "#2e7d4f" } },
  { selector: "node.gap", style: { "background-color": "#fde8ea", "border-width": 3, "border-style": "dashed", "border-color": "#b00020", shape: "hexagon", color: "#8a0018" } },
  { selector: "node:selected", style: { "overlay-color": "#1f4e8c", "overlay-opacity": 0.25, "overlay-padding": 6 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#6d6d6d",
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      "target-arrow-color": "#6d6d6d",
      "arrow-scale": 0.8,
      label: "data(label)",
      "font-size": 8,
      color: "#444",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
    },
  },
  { selector: "edge.inherited", style: { "line-style": "dashed" } },
  { selector: "edge.ended", style: { "line-color": "#aaaaaa", "target-arrow-color": "#aaaaaa" } },
  { selector: "edge.part-of", style: { "line-style": "dotted", "line-color": "#5a4a8a", "target-arrow-color": "#5a4a8a" } },
  { selector: "edge.works-on", style: { width: 1, "line-color": "#c9a56b", "target-arrow-shape": "none", label: "" } },
];
