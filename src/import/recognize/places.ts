import { escapeRegExp } from "../text-utils.js";
/**
 * Countries and meeting cities, as documents of standards bodies write them, with ISO 3166-1
 * codes and the cities' IANA time zones.
 */
const COUNTRIES: Array<[string, string[]]> = [
  ["CH", ["Switzerland"]], ["CN", ["China", "China P.R.", "People's Republic of China", "P.R. China", "China (People's Republic of)"]],
  ["KR", ["Republic of Korea", "Korea, Republic of", "Rep. of Korea", "Korea (Republic of)", "Korea", "South Korea"]], ["JP", ["Japan"]],
  ["SA", ["Saudi Arabia", "Kingdom of Saudi Arabia", "Saudi Arabia (Kingdom of)"]], ["US", ["United States", "United States of America", "USA", "U.S.A."]],
  ["GB", ["United Kingdom", "UK", "U.K."]], ["FR", ["France"]], ["DE", ["Germany"]], ["IT", ["Italy"]], ["ES", ["Spain"]],
  ["PT", ["Portugal"]], ["NL", ["Netherlands", "The Netherlands"]], ["BE", ["Belgium"]], ["SE", ["Sweden"]], ["FI", ["Finland"]],
  ["NO", ["Norway"]], ["DK", ["Denmark"]], ["AT", ["Austria"]], ["IE", ["Ireland"]], ["PL", ["Poland"]], ["GR", ["Greece"]],
  ["TR", ["Türkiye", "Turkey"]], ["RU", ["Russian Federation", "Russia"]], ["UA", ["Ukraine"]], ["IN", ["India"]],
  ["BR", ["Brazil"]], ["MX", ["Mexico"]], ["AR", ["Argentina"]], ["CA", ["Canada"]], ["AU", ["Australia"]], ["NZ", ["New Zealand"]],
  ["KE", ["Kenya"]], ["NG", ["Nigeria"]], ["ZA", ["South Africa"]], ["EG", ["Egypt"]], ["MA", ["Morocco"]], ["TN", ["Tunisia"]],
  ["RW", ["Rwanda"]], ["SN", ["Senegal"]], ["GH", ["Ghana"]], ["ET", ["Ethiopia"]], ["AE", ["United Arab Emirates", "UAE"]],
  ["QA", ["Qatar"]], ["IR", ["Iran", "Iran (Islamic Republic of)", "Islamic Republic of Iran"]], ["IL", ["Israel"]], ["SG", ["Singapore"]], ["MY", ["Malaysia"]],
  ["ID", ["Indonesia"]], ["TH", ["Thailand"]], ["VN", ["Viet Nam", "Vietnam"]], ["PH", ["Philippines"]], ["HK", ["Hong Kong"]],
  ["PK", ["Pakistan"]], ["BD", ["Bangladesh"]], ["GT", ["Guatemala"]], ["CO", ["Colombia"]], ["CL", ["Chile"]], ["PE", ["Peru"]],
  ["CZ", ["Czech Republic", "Czechia"]], ["HU", ["Hungary"]], ["RO", ["Romania"]], ["BG", ["Bulgaria"]], ["LU", ["Luxembourg"]],
  ["KZ", ["Kazakhstan"]], ["UZ", ["Uzbekistan"]], ["KG", ["Kyrgyzstan"]], ["TZ", ["Tanzania", "United Republic of Tanzania"]], ["UG", ["Uganda"]], ["ZW", ["Zimbabwe"]],
  ["CI", ["Côte d'Ivoire"]], ["CM", ["Cameroon"]], ["DZ", ["Algeria"]], ["JO", ["Jordan"]], ["OM", ["Oman"]], ["BH", ["Bahrain"]], ["KW", ["Kuwait"]],
];

const CITIES: Array<[string, string, string]> = [
  ["Geneva", "CH", "Europe/Zurich"], ["Zurich", "CH", "Europe/Zurich"], ["Shanghai", "CN", "Asia/Shanghai"], ["Beijing", "CN", "Asia/Shanghai"],
  ["Shenzhen", "CN", "Asia/Shanghai"], ["Hangzhou", "CN", "Asia/Shanghai"], ["Wuhan", "CN", "Asia/Shanghai"], ["Seoul", "KR", "Asia/Seoul"],
  ["Busan", "KR", "Asia/Seoul"], ["Tokyo", "JP", "Asia/Tokyo"], ["Riyadh", "SA", "Asia/Riyadh"], ["Jeddah", "SA", "Asia/Riyadh"],
  ["New Delhi", "IN", "Asia/Kolkata"], ["Bangalore", "IN", "Asia/Kolkata"], ["Hyderabad", "IN", "Asia/Kolkata"], ["Dubai", "AE", "Asia/Dubai"],
  ["Abu Dhabi", "AE", "Asia/Dubai"], ["Doha", "QA", "Asia/Qatar"], ["London", "GB", "Europe/London"], ["Paris", "FR", "Europe/Paris"],
  ["Sophia Antipolis", "FR", "Europe/Paris"], ["Berlin", "DE", "Europe/Berlin"], ["Munich", "DE", "Europe/Berlin"], ["Brussels", "BE", "Europe/Brussels"],
  ["Madrid", "ES", "Europe/Madrid"], ["Lisbon", "PT", "Europe/Lisbon"], ["Rome", "IT", "Europe/Rome"], ["Vienna", "AT", "Europe/Vienna"],
  ["Stockholm", "SE", "Europe/Stockholm"], ["Helsinki", "FI", "Europe/Helsinki"], ["Oslo", "NO", "Europe/Oslo"], ["Amsterdam", "NL", "Europe/Amsterdam"],
  ["Dublin", "IE", "Europe/Dublin"], ["Warsaw", "PL", "Europe/Warsaw"], ["Athens", "GR", "Europe/Athens"], ["Istanbul", "TR", "Europe/Istanbul"],
  ["Moscow", "RU", "Europe/Moscow"], ["New York", "US", "America/New_York"], ["Washington", "US", "America/New_York"],
  ["San Francisco", "US", "America/Los_Angeles"], ["San Diego", "US", "America/Los_Angeles"], ["Piscataway", "US", "America/New_York"],
  ["Montreal", "CA", "America/Toronto"], ["Ottawa", "CA", "America/Toronto"], ["Toronto", "CA", "America/Toronto"], ["Vancouver", "CA", "America/Vancouver"],
  ["Mexico City", "MX", "America/Mexico_City"], ["Brasilia", "BR", "America/Sao_Paulo"], ["São Paulo", "BR", "America/Sao_Paulo"],
  ["Rio de Janeiro", "BR", "America/Sao_Paulo"], ["Buenos Aires", "AR", "America/Argentina/Buenos_Aires"], ["Singapore", "SG", "Asia/Singapore"],
  ["Kuala Lumpur", "MY", "Asia/Kuala_Lumpur"], ["Bangkok", "TH", "Asia/Bangkok"], ["Jakarta", "ID", "Asia/Jakarta"], ["Hanoi", "VN", "Asia/Ho_Chi_Minh"],
  ["Sydney", "AU", "Australia/Sydney"], ["Nairobi", "KE", "Africa/Nairobi"], ["Kigali", "RW", "Africa/Kigali"], ["Cairo", "EG", "Africa/Cairo"],
  ["Johannesburg", "ZA", "Africa/Johannesburg"], ["Cape Town", "ZA", "Africa/Johannesburg"], ["Marrakesh", "MA", "Africa/Casablanca"],
  ["Tunis", "TN", "Africa/Tunis"], ["Dakar", "SN", "Africa/Dakar"], ["Lagos", "NG", "Africa/Lagos"], ["Abuja", "NG", "Africa/Lagos"],
  ["Addis Ababa", "ET", "Africa/Addis_Ababa"], ["Accra", "GH", "Africa/Accra"], ["Hong Kong", "HK", "Asia/Hong_Kong"], ["Tel Aviv", "IL", "Asia/Jerusalem"],
  ["Astana", "KZ", "Asia/Almaty"], ["Tashkent", "UZ", "Asia/Tashkent"], ["Bucharest", "RO", "Europe/Bucharest"], ["Sofia", "BG", "Europe/Sofia"],
  ["Prague", "CZ", "Europe/Prague"], ["Budapest", "HU", "Europe/Budapest"], ["Luxembourg", "LU", "Europe/Luxembourg"],
];

const countryIndex = new Map<string, string>();
for (const [code, names] of COUNTRIES) for (const n of names) countryIndex.set(key(n), code);

function key(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]+/g, " ").trim();
}

/** "Rep. of Korea" → KR; undefined when the text is not a country name. */
export function countryCode(text: string): string | undefined {
  return countryIndex.get(key(text));
}

/** Country names in the text (longest first), with their positions. */
export function findCountries(text: string): Array<{ code: string; index: number; text: string }> {
  const out: Array<{ code: string; index: number; text: string }> = [];
  const names = COUNTRIES.flatMap(([code, ns]) => ns.map((n) => [code, n] as const)).sort((a, b) => b[1].length - a[1].length);
  const taken: Array<[number, number]> = [];
  for (const [code, name] of names) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu");
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const a = m.index;
      const b = a + m[0].length;
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      taken.push([a, b]);
      out.push({ code, index: a, text: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export interface City {
  name: string;
  country: string;
  timezone: string;
  index: number;
}

export function findCities(text: string): City[] {
  const out: City[] = [];
  for (const [name, country, timezone] of CITIES) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu");
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push({ name, country, timezone, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

export function cityTimezone(name: string | undefined): string | undefined {
  return name ? CITIES.find(([n]) => n === name)?.[2] : undefined;
}


/**
 * "Arusha International Conference Centre", "Palais des Nations", "Hotel Intercontinental": a
 * place where a meeting is held, not a body, even when its name ends in "Centre".
 */
export function isVenueName(name: string): boolean {
  return /\b(?:Conference|Convention|Congress|Exhibition|Expo|Events?|Trade)\s+(?:Cent(?:re|er)|Hall|Complex|Palace)\b|\b(?:Hotel|Auditorium|Stadium|Arena)\b|^Palais\b/i.test(name);
}
