import { findCities, findCountries } from "../recognize/places.js";

/**
 * The city and country a phrase names: a known meeting city, else the place written just before a
 * country ("…, Arusha, Tanzania", "in Tallinn, Estonia").
 */
export function placeOf(text: string): { city?: string; country?: string } {
  const city = findCities(text)[0];
  const country = findCountries(text)[0];
  if (city) return { city: city.name, country: city.country };
  if (!country) return {};
  const before = /([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?),?\s*$/u.exec(text.slice(0, country.index));
  const name = before?.[1];
  return { ...(name && !/^(?:Room|Hall|Centre|Center|The|In|At)\b/.test(name) && findCountries(name).length === 0 ? { city: name } : {}), country: country.code };
}
