import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { Parser } from "htmlparser2";
import { ImportRejectedError } from "../errors.js";
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
export function htmlBlocks(html: string, maxDepth = 512): { blocks: TextBlock[]; title?: string } {
  checkDepth(html, maxDepth);
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

  // Depth-first, with a stack of its own (never the call stack): an element is entered, then its
  // children, then left ("leave" entries), so block boundaries flush the text before and after.
  const walk = (nodes: AnyNode[]): void => {
    const stack: Array<AnyNode | { leave: string }> = [...nodes].reverse();
    while (stack.length > 0) {
      const item = stack.pop()!;
      if ("leave" in item) {
        if (BLOCK.has(item.leave)) flush();
        else if (item.leave === "td" || item.leave === "th") buffer += " ";
        continue;
      }
      if (item.type === "text") {
        buffer += (item as unknown as { data: string }).data;
        continue;
      }
      if (item.type !== "tag") continue;
      const element = item as Element;
      const tag = element.tagName.toLowerCase();
      if (tag === "table") {
        flush();
        table(element, ++tables);
        continue;
      }
      if (BLOCK.has(tag)) flush();
      stack.push({ leave: tag });
      for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
    }
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
            const stack: Array<AnyNode | "break"> = [...(td as Element).children].reverse();
            while (stack.length > 0) {
              const n = stack.pop()!;
              if (n === "break") { parts.push(current); current = ""; }
              else if (n.type === "text") current += (n as unknown as { data: string }).data;
              else if (n.type === "tag") {
                const el = n as Element;
                const block = BLOCK.has(el.tagName.toLowerCase());
                if (block) { parts.push(current); current = ""; stack.push("break"); }
                for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
              }
            }
            parts.push(current);
            parts.map(normalize).filter(Boolean).forEach((text, i) => {
              blocks.push({ locator: `t${t}.r${row}.c${cell}${i > 0 ? `.${i + 1}` : ""}`, text });
            });
          });
      });
  };

  const root = $("body").get(0) ?? $.root().get(0);
  if (root) walk((root as Element).children ?? []);
  flush();
  return { blocks, ...(title ? { title } : {}) };
}

/**
 * Refuses a page whose elements nest deeper than `maxDepth` before it is parsed into a tree: a
 * linear pass of htmlparser2's tokenizer, counting open elements (implied and void ones close).
 * Deeper pages are not documents but traps (the HTML parser's scope checks grow with depth).
 */
function checkDepth(html: string, maxDepth: number): void {
  let depth = 0;
  const tooDeep = new ImportRejectedError(
    "TOO_COMPLEX",
    `The HTML page nests its elements more than ${maxDepth} levels deep (IMPORT_MAX_HTML_DEPTH); it is refused.`,
  );
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        if (depth > maxDepth) throw tooDeep;
      },
      onclosetag() {
        depth -= 1;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
}

function normalize(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, " ").replace(/[\u2010\u2011]/g, "-").replace(/[®™℠]/g, "").replace(/\s+/g, " ").trim();
}
