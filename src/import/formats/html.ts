import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { TextBlock } from "../proposal.js";

/** Elements whose content is never text of the document (and could run in a browser). */
const DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, head, link, meta, form, button, select, nav, footer";
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
  "dd", "pre", "blockquote", "caption", "figcaption", "address", "table", "tr", "br", "hr", "body", "html",
]);

/**
 * HTML (a page saved from a browser, or DOCX converted by mammoth) → text blocks. Scripts,
 * styles and other active content are dropped before any text is read; what is kept is plain
 * text, so nothing stored can run in a browser. Paragraph-like blocks are located "p1", "p2"…
 * in document order, table cells "t1.r2.c1" (table, row, cell).
 */
export function htmlBlocks(html: string): { blocks: TextBlock[]; title?: string } {
  const $ = cheerio.load(html);
  const title = normalize($("title").first().text()) || undefined;
  $(DROPPED).remove();
  const blocks: TextBlock[] = [];
  let paragraph = 0;
  let tables = 0;
  let buffer = "";

  const flush = () => {
    const text = normalize(buffer);
    buffer = "";
    if (text) blocks.push({ locator: `p${++paragraph}`, text });
  };

  const walk = (node: AnyNode): void => {
    if (node.type === "text") {
      buffer += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type !== "tag") return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (tag === "table") {
      flush();
      table(element, ++tables);
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    for (const child of element.children) walk(child);
    if (isBlock) flush();
    else if (tag === "td" || tag === "th") buffer += " ";
  };

  const table = (element: Element, t: number) => {
    let row = 0;
    $(element)
      .find("tr")
      .filter((_, tr) => $(tr).closest("table").get(0) === element)
      .each((_, tr) => {
        row += 1;
        let cell = 0;
        $(tr)
          .children("td, th")
          .each((__, td) => {
            cell += 1;
            // A cell's paragraphs are separate blocks of the same cell (t1.r2.c1, t1.r2.c1.2…).
            const parts: string[] = [];
            let current = "";
            const inCell = (n: AnyNode): void => {
              if (n.type === "text") current += (n as unknown as { data: string }).data;
              else if (n.type === "tag") {
                const el = n as Element;
                const block = BLOCK.has(el.tagName.toLowerCase());
                if (block) { parts.push(current); current = ""; }
                for (const c of el.children) inCell(c);
                if (block) { parts.push(current); current = ""; }
              }
            };
            for (const c of (td as Element).children) inCell(c);
            parts.push(current);
            parts.map(normalize).filter(Boolean).forEach((text, i) => {
              blocks.push({ locator: `t${t}.r${row}.c${cell}${i > 0 ? `.${i + 1}` : ""}`, text });
            });
          });
      });
  };

  const root = $("body").get(0) ?? $.root().get(0);
  if (root) for (const child of (root as Element).children ?? []) walk(child);
  flush();
  return { blocks, ...(title ? { title } : {}) };
}

function normalize(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, " ").replace(/[\u2010\u2011]/g, "-").replace(/\s+/g, " ").trim();
}
