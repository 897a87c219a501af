const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS.join("|")})\\b(?!,?\\s+\\d{4})`, "i");
const MONTH_DAY = new RegExp(`\\b(${MONTHS.join("|")})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})(?![\\d:])`, "i");

/**
 * "on 30 November", "on April 24": a day printed without its year takes the document's year, or
 * the next one when that day would come before the document (a notice announces what is to come).
 * Undefined without a document date.
 */
export function dayWithoutYear(text: string, documentDate: string | undefined): { start: string; index: number } | undefined {
  if (!documentDate) return undefined;
  const dm = DAY_MONTH.exec(text);
  const md = MONTH_DAY.exec(text);
  const hit = dm && (!md || dm.index <= md.index) ? { day: dm[1]!, month: dm[2]!, index: dm.index } : md ? { day: md[2]!, month: md[1]!, index: md.index } : undefined;
  if (!hit || Number(hit.day) < 1 || Number(hit.day) > 31) return undefined;
  const month = MONTHS.indexOf(hit.month.toLowerCase()) + 1;
  let year = Number(documentDate.slice(0, 4));
  const day = `${String(month).padStart(2, "0")}-${hit.day.padStart(2, "0")}`;
  if (documentDate.length >= 10 && `${year}-${day}` < documentDate.slice(0, 10)) year++;
  return { start: `${year}-${day}`, index: hit.index };
}
