// Countries Lodestone knows without being told: ISO 3166-1 alpha-3 codes with their usual English names and
// the other names statistical publishers print (USGS "Burma", "Korea, Republic of"; UN Comtrade "Rep. of Korea",
// "Türkiye", partner "W00" = World; historical USSR, Congo (Zaire); groups such as EU-28 "EUR"), and every other
// ISO 3166-1 country, M49 number and English name from i18n-iso-countries. An import adds a known country to
// Countries the first time it appears.
import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json'

export interface KnownCountry {
  code: string
  name: string
  kind: 'country' | 'aggregate' | 'group'
}

// CODE:Name[|alias|alias]; one entry per line.
const LIST = `ABW:Aruba
AFG:Afghanistan
AGO:Angola
ALB:Albania
AND:Andorra
ARE:United Arab Emirates|UAE
ARG:Argentina
ARM:Armenia
AUS:Australia
AUT:Austria
AZE:Azerbaijan
BDI:Burundi
BEL:Belgium
BEN:Benin
BFA:Burkina Faso
BGD:Bangladesh
BGR:Bulgaria
BHR:Bahrain
BHS:Bahamas|The Bahamas
BIH:Bosnia and Herzegovina
BLR:Belarus
BLZ:Belize
BOL:Bolivia|Bolivia (Plurinational State of)
BRA:Brazil
BRB:Barbados
BRN:Brunei|Brunei Darussalam
BTN:Bhutan
BWA:Botswana
CAF:Central African Republic
CAN:Canada
CHE:Switzerland
CHL:Chile
CHN:China|People's Republic of China|PRC
CIV:Côte d'Ivoire|Cote d'Ivoire|Ivory Coast
CMR:Cameroon
COD:Democratic Republic of the Congo|Congo (Kinshasa)|Congo (Zaire)|Congo, Democratic Republic of|Congo (Democratic Republic)|Dem. Rep. of the Congo|DR Congo|DRC
COG:Republic of the Congo|Congo (Brazzaville)|Congo
COL:Colombia
CRI:Costa Rica
CUB:Cuba
CYP:Cyprus
CZE:Czechia|Czech Republic
DEU:Germany
DJI:Djibouti
DNK:Denmark
DOM:Dominican Republic|Dominican Rep.
DZA:Algeria
ECU:Ecuador
EGY:Egypt
ERI:Eritrea
ESP:Spain
EST:Estonia
ETH:Ethiopia
FIN:Finland
FJI:Fiji
FRA:France
GAB:Gabon
GBR:United Kingdom|UK|Great Britain
GEO:Georgia
GHA:Ghana
GIN:Guinea
GMB:Gambia|The Gambia
GNB:Guinea-Bissau
GNQ:Equatorial Guinea
GRC:Greece
GRL:Greenland
GTM:Guatemala
GUY:Guyana
HKG:Hong Kong|China, Hong Kong SAR|Hong Kong SAR
HND:Honduras
HRV:Croatia
HTI:Haiti
HUN:Hungary
IDN:Indonesia
IND:India
IRL:Ireland
IRN:Iran|Iran (Islamic Republic of)
IRQ:Iraq
ISL:Iceland
ISR:Israel
ITA:Italy
JAM:Jamaica
JOR:Jordan
JPN:Japan
KAZ:Kazakhstan
KEN:Kenya
KGZ:Kyrgyzstan
KHM:Cambodia
KOR:Republic of Korea|Korea, Republic of|Rep. of Korea|South Korea|Korea
KWT:Kuwait
LAO:Laos|Lao People's Dem. Rep.|Lao People's Democratic Republic|Lao PDR
LBN:Lebanon
LBR:Liberia
LBY:Libya
LKA:Sri Lanka
LSO:Lesotho
LTU:Lithuania
LUX:Luxembourg
LVA:Latvia
MAC:Macao|China, Macao SAR|Macau
MAR:Morocco
MDA:Moldova|Rep. of Moldova|Republic of Moldova
MDG:Madagascar
MEX:Mexico
MKD:North Macedonia
MLI:Mali
MLT:Malta
MMR:Myanmar|Burma|Myanmar (Burma)
MNE:Montenegro
MNG:Mongolia
MOZ:Mozambique
MRT:Mauritania
MUS:Mauritius
MWI:Malawi
MYS:Malaysia
NAM:Namibia
NCL:New Caledonia
NER:Niger
NGA:Nigeria
NIC:Nicaragua
NLD:Netherlands|The Netherlands|Netherlands (Kingdom of the)
NOR:Norway
NPL:Nepal
NZL:New Zealand
OMN:Oman
PAK:Pakistan
PAN:Panama
PER:Peru
PHL:Philippines
PNG:Papua New Guinea
POL:Poland
PRK:North Korea|Korea, North|Dem. People's Rep. of Korea|Democratic People's Republic of Korea
PRT:Portugal
PRY:Paraguay
QAT:Qatar
ROU:Romania
RUS:Russia|Russian Federation
RWA:Rwanda
SAU:Saudi Arabia
SDN:Sudan
SEN:Senegal
SGP:Singapore
SLE:Sierra Leone
SLV:El Salvador
SOM:Somalia
SRB:Serbia
SUR:Suriname|Surinam
SVK:Slovakia
SVN:Slovenia
SWE:Sweden
SWZ:Eswatini|Swaziland
SYR:Syria|Syrian Arab Republic
TCD:Chad
TGO:Togo
THA:Thailand
TJK:Tajikistan
TKM:Turkmenistan
TTO:Trinidad and Tobago
TUN:Tunisia
TUR:Türkiye|Turkey|Turkiye|Türkiye (Turkey)
TWN:Taiwan|Chinese Taipei|Taiwan, China
TZA:Tanzania|United Rep. of Tanzania|United Republic of Tanzania
UGA:Uganda
UKR:Ukraine
URY:Uruguay
USA:United States|US|USA|United States of America|U.S.
UZB:Uzbekistan
VEN:Venezuela|Venezuela (Bolivarian Republic of)
VNM:Vietnam|Viet Nam
YEM:Yemen
ZAF:South Africa
ZMB:Zambia
ZWE:Zimbabwe
SUN:USSR (former)|USSR|Soviet Union|U.S.S.R.|Former USSR
YUG:Yugoslavia (former)|Yugoslavia|Former Yugoslavia
SCG:Serbia and Montenegro (former)|Serbia and Montenegro|Serbia & Montenegro
CSK:Czechoslovakia (former)|Czechoslovakia
ZAR:Zaire (former)|Zaire
ANT:Netherlands Antilles (former)|Netherlands Antilles
ZA1:Southern African Customs Union|SACU@group
EUR:EU-28|European Union (28)|EU28|European Union@group
EU2:EU-27|European Union (27)|EU27@group
E19:Other Europe, nes@aggregate
F19:Other Africa, nes@aggregate
WLD:World|World total|World total (rounded)|World total (may be rounded)|W00|0@aggregate
OTH:Other countries|Other|Others|Rest of world@aggregate
MUL:Multiple countries@group
S19:Other Asia, nes@aggregate
XNS:Areas, nes|_X@aggregate`

const byKey = new Map<string, KnownCountry>()
for (const line of LIST.split('\n')) {
  const [body, kind] = line.split('@')
  const [code, names] = body!.split(':')
  const [name, ...aliases] = names!.split('|')
  const entry: KnownCountry = { code: code!, name: name!, kind: (kind as KnownCountry['kind'] | undefined) ?? 'country' }
  for (const key of [code!, name!, ...aliases]) byKey.set(keyOf(key), entry)
}

countries.registerLocale(en)

/** Curly apostrophes and runs of spaces as plain ones: "Côte d’Ivoire " -> "côte d'ivoire". */
function keyOf(text: string): string {
  return text
    .trim()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()
}

/** Every other ISO 3166-1 country from i18n-iso-countries (by alpha-3, alpha-2 only as a code, M49 number, English names). */
function fromIso(text: string): KnownCountry | undefined {
  const t = text.trim()
  let alpha3: string | undefined
  if (/^\d{1,3}$/.test(t)) alpha3 = countries.numericToAlpha3(t.padStart(3, '0'))
  else if (/^[A-Za-z]{3}$/.test(t) && countries.isValid(t.toUpperCase())) alpha3 = countries.toAlpha3(t.toUpperCase())
  else if (t.length > 3) alpha3 = countries.getAlpha3Code(t, 'en') ?? countries.getAlpha3Code(t.replace(/[\u2018\u2019]/g, "'"), 'en')
  if (!alpha3) return undefined
  const listed = byKey.get(alpha3.toLowerCase())
  if (listed) return listed
  const name = countries.getName(alpha3, 'en', { select: 'official' }) ?? countries.getName(alpha3, 'en')
  return name ? { code: alpha3, name, kind: 'country' } : undefined
}

/** The known country for a code (ISO alpha-3, M49 number, W00, S19, _X) or a name, ignoring case; undefined when unknown. */
export function knownCountry(text: string): KnownCountry | undefined {
  return byKey.get(keyOf(text)) ?? fromIso(text)
}

export interface Unmarked {
  text: string
  /** A trailing superscript letter: e (estimated) or r (revised). */
  marker: 'e' | 'r' | null
  /** Footnote numbers that followed the name. */
  footnotes: string[]
}

/**
 * Names in spreadsheets carry footnote marks: "China3", "Indiae, 4", "Thailande, 5", "Australiae" (all values
 * estimated). Returns the text without them; the letter variant is only tried after the plain one.
 */
export function withoutFootnotes(text: string): Unmarked[] {
  const trimmed = text.trim()
  const tail = /((\s*,?\s*\d{1,2})+)$/.exec(trimmed)
  const base = tail ? trimmed.slice(0, tail.index).trim() : trimmed
  const footnotes = tail ? (tail[1]!.match(/\d{1,2}/g) ?? []) : []
  const out: Unmarked[] = [{ text: base, marker: null, footnotes }]
  if (/[a-z][er]$/.test(base)) out.push({ text: base.slice(0, -1), marker: base.endsWith('e') ? 'e' : 'r', footnotes })
  return out.filter((u) => u.text !== '' && (u.text !== trimmed || u.marker !== null))
}
