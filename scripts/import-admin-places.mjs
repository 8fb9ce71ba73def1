#!/usr/bin/env node
// Generates ontology/places-admin.ttl: Syria's administrative hierarchy (OCHA admin1-3: 14 governorates,
// 62 districts, 272 sub-districts, with p-codes) and the admin1/admin2/admin3 links of every place in the
// gazetteer. Input: the OpenSyria data-geography table (CC BY 4.0) flattened to one CSV. Not needed at build
// or test time: its output is committed. Run it again after changing places.ttl, places-geonames.ttl or
// this script:
//
//   node scripts/import-admin-places.mjs <path to syr_admin1-3_opensyria.csv>
//
// What it does, and why:
// - one place per real place: an admin unit already in places.ttl (the 14 governorates; the districts and
//   sub-districts of five governorates) is matched by its prefixed Arabic name within its governorate and
//   gets the p-code, level and admin links as extra statements about the hand-written IRI; only the units
//   not there are minted here;
// - a minted unit is named with its prefix (منطقة for a district, ناحية for a sub-district), never with the
//   bare name, which is its seat town's: "الميادين" stays the town, "منطقة الميادين" is the district,
//   "ناحية الميادين" the sub-district. A bare alternative name in the table (أتارب, كوباني) becomes the
//   prefixed form (ناحية أتارب) for the same reason; prefixed alternatives are kept as they are. A form
//   already used by another place or actor, an everyday word, or a clitic-prefixed form of another form is
//   left out;
// - every place gets isnad:admin1/admin2/admin3 (a unit links to itself at its own level) and
//   isnad:adminBasis, how its finest link was made:
//     "pcode"            the place is an admin unit; links follow from its p-code;
//     "within"           taken from the isnad:within chain (a neighbourhood inherits its city's links, a town
//                        within a sub-district gets that sub-district);
//     "seat"             a settlement with the Arabic name of a sub-district's seat (the sub-district's name
//                        without مركز), in the governorate (and district) it is known to lie in;
//     "nearest-centroid" the sub-district whose centroid is nearest to the place's point, among those of
//                        the governorate (and district) the place is known to lie in: approximate, since a
//                        centroid is not a boundary;
//   regions, borders, the country, and places with neither a point nor an admin ancestor get no links;
// - output is sorted by p-code, then IRI, so a rerun over the same input gives the same file.

import { readFileSync } from 'node:fs';
import {
  pathArgument, readOntology, writeOntology, normalise, ARABIC_ONLY, isCliticVariant, km, slugify, cmp,
  readResources, takenArabicForms, turtleString, TURTLE_PREFIXES, placeLines, printSection,
} from './lib/reference-data.mjs';

const csvPath = pathArgument('node scripts/import-admin-places.mjs <path to syr_admin1-3_opensyria.csv>');

// Arabic names that are also everyday words: as surface forms they would turn prose into places.
const COMMON_WORDS = new Set(['ناحية المركز', 'منطقة المركز'].map(normalise));
// Alternative names in the table that are not names of the unit ("Tadif gate" for al-Bab District).
const NOT_NAMES = new Set(['بوابة تادف'].map(normalise));
// Seats whose name is too common to identify a settlement by name alone.
const NO_SEAT_MATCH = new Set(['المركز'].map(s => loose(s)));

// Kinds that are not points in one admin unit: no admin links.
const NO_ADMIN = new Set(['Region', 'Border', 'Country']);
const SETTLEMENT = new Set(['City', 'Town', 'Village', 'Neighbourhood', 'Site']);
const SEAT_KINDS = new Set(['City', 'Town', 'Village']);
const SEAT_MAX_KM = 75;
// Seats the gazetteer lacks are minted as towns under their sub-district ("قصف بلدة أورم الكبرى" names the
// town, not "ناحية أورم الكبرى"), except names that are also everyday words or places abroad: "التل" (the
// hill), "المزرعة" (the farm), "الكرامة" (dignity), "سلوك" (behaviour), "سنجار" and "الحديدة" (Iraq, Yemen).
const NO_SEAT_TOWN = new Set(['التل', 'القبو', 'الحاضر', 'الكرامة', 'الشجرة', 'المزرعة', 'الروضة', 'الحاجب', 'سلوك',
  'بلبل', 'عوج', 'شين', 'الزيارة', 'الجلاء', 'الحمراء', 'الكريمة', 'السبخة', 'ملح', 'الناصرة', 'الجيزة', 'سنجار',
  'ربيعة', 'الحديدة', 'جبل سمعان'].map(normalise));   // a seat lies within this distance of its sub-district's centroid (desert ones are vast)

// ------------------------------------------------------------------ text helpers

// For comparing two spellings of one name: no article, no spaces.
function loose(s) { return normalise(s).split(' ').map(w => w.replace(/^ال/, '')).join('').replace(/ه/g, 'ت'); }

const PREFIX = { 1: 'محافظة', 2: 'منطقة', 3: 'ناحية' };
const KIND = { 1: 'Governorate', 2: 'District', 3: 'SubDistrict' };
const stripPrefix = s => s.replace(/^(محافظة|منطقة|ناحية) /, '');
const stripMarkaz = s => s.replace(/^مركز /, '');

// ------------------------------------------------------------------ the table

function parseCsv(text) {
  const rows = [];
  let f = [], cur = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { cur += '"'; i++; } else q = false; } else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') { f.push(cur); cur = ''; }
    else if (c === '\n') { f.push(cur); rows.push(f); f = []; cur = ''; }
    else if (c !== '\r') cur += c;
  }
  if (cur || f.length) { f.push(cur); rows.push(f); }
  const [head, ...body] = rows;
  return body.filter(r => r.length > 1).map(r => Object.fromEntries(head.map((h, i) => [h, (r[i] ?? '').trim()])));
}

const units = parseCsv(readFileSync(csvPath, 'utf8')).map(r => ({
  pcode: r.pcode, level: +r.admin_level, nameAr: r.name_ar, nameEn: r.name_en,
  alts: r.alt_names ? r.alt_names.split(';').map(s => s.trim()).filter(Boolean) : [],
  admin1: r.admin1_pcode, admin2: r.admin2_pcode || null,
  lat: +r.lat, lon: +r.lon, geonames: r.geonames_id || null, wikidata: r.wikidata_id || null,
})).sort((a, b) => cmp(a.pcode, b.pcode));
const byPcode = new Map(units.map(u => [u.pcode, u]));
for (const u of units) {
  const shape = { 1: /^SY\d{2}$/, 2: /^SY\d{4}$/, 3: /^SY\d{6}$/ }[u.level];
  if (!shape || !shape.test(u.pcode)) throw new Error(`bad p-code ${u.pcode} for level ${u.level}`);
  if (u.level === 3) u.admin2 = u.admin2 || u.pcode.slice(0, 6);
  if (!u.pcode.startsWith(u.admin1) || (u.level === 3 && !u.pcode.startsWith(u.admin2)))
    throw new Error(`${u.pcode}: parents ${u.admin1}/${u.admin2} do not prefix it`);
  // the seat: the sub-district's name without مركز; a district's centre is its sub-district ending in 00
  u.seatNames = new Set();
  if (u.level === 3) {
    u.seatNames.add(loose(stripMarkaz(u.nameAr)));
    for (const a of u.alts) if (ARABIC_ONLY.test(a) && !/^(محافظة|منطقة|ناحية) /.test(a)) u.seatNames.add(loose(stripMarkaz(a)));
  }
}
// a district's own name (and bare alternatives) name the seat of its centre sub-district (منطقة حلب -> حلب)
for (const u of units.filter(x => x.level === 2)) {
  const centre = byPcode.get(u.pcode + '00');
  if (!centre) continue;
  for (const a of [u.nameAr, ...u.alts.filter(a => ARABIC_ONLY.test(a)).map(stripPrefix)])
    if (!/^مركز /.test(a)) centre.seatNames.add(loose(a));
}
const count = l => units.filter(u => u.level === l).length;
console.log(`table: ${count(1)} governorates, ${count(2)} districts, ${count(3)} sub-districts`);

// ------------------------------------------------------------------ the gazetteer as it is

const places = [...readResources('places.ttl', 'place'), ...readResources('places-geonames.ttl', 'place')];
const bySlug = new Map(places.map(p => [p.slug, p]));
const usedSlugs = new Set(places.map(p => p.slug));
const takenForms = takenArabicForms(places, readResources('actors.ttl', 'actor'));

function ancestors(p) {   // breadth-first along isnad:within, nearest first
  const out = [], seen = new Set([p.slug]);
  let todo = [...p.within];
  while (todo.length) {
    const next = [];
    for (const s of todo) {
      if (seen.has(s) || !bySlug.has(s)) continue;
      seen.add(s);
      out.push(bySlug.get(s));
      next.push(...bySlug.get(s).within);
    }
    todo = next;
  }
  return out;
}

// ------------------------------------------------------------------ match the hand-written units

const report = { matched: [], unmatchedHand: [], minted: [], droppedForms: [], namesakes: [] };
const unitSlug = new Map();   // p-code -> slug
const slugUnit = new Map();   // slug -> unit

function matchHand(level, candidatesOf) {
  for (const p of places.filter(x => x.kind === KIND[level])) {
    const cands = candidatesOf(p);
    const own = new Set(p.ar.map(a => loose(stripMarkaz(stripPrefix(a)))));
    let hits = cands.filter(u => [u.nameAr, ...u.alts.filter(a => ARABIC_ONLY.test(a))]
      .some(a => own.has(loose(stripMarkaz(stripPrefix(a))))));
    let how = 'same name';
    if (!hits.length) {   // "ناحية الشيوخ" for الشيوخ التحتانية, "ناحية كويرس" for كويرس شرقي
      hits = cands.filter(u => [...own].some(o => {
        const n = loose(stripMarkaz(u.nameAr));
        return o.length >= 3 && (n.startsWith(o) || o.startsWith(n));
      }));
      how = 'name starts alike';
    }
    hits = hits.filter(u => !unitSlug.has(u.pcode));
    if (hits.length !== 1) {
      report.unmatchedHand.push(`place/${p.slug} (${p.labelAr}): ${hits.length ? 'several: ' + hits.map(u => u.pcode).join(' ') : 'no OCHA unit'}`);
      continue;
    }
    unitSlug.set(hits[0].pcode, p.slug);
    slugUnit.set(p.slug, hits[0]);
    report.matched.push(`place/${p.slug} = ${hits[0].pcode} ${hits[0].nameAr} (${how})`);
  }
}
const governorateOf = p => {
  if (p.kind === 'Governorate') return slugUnit.get(p.slug);
  for (const a of ancestors(p)) if (a.kind === 'Governorate') return slugUnit.get(a.slug);
  return null;
};
matchHand(1, () => units.filter(u => u.level === 1));
matchHand(2, p => units.filter(u => u.level === 2 && u.admin1 === governorateOf(p)?.pcode));
matchHand(3, p => units.filter(u => u.level === 3 && u.admin1 === governorateOf(p)?.pcode));

// ------------------------------------------------------------------ mint the others

const everyForm = new Set(takenForms.keys());

const governorateNames = new Set(units.filter(u => u.level === 1).map(u => normalise(u.nameAr)));
// the Arabic forms the table gives a unit, each with its level's prefix
function prefixedForms(u) {
  const pre = PREFIX[u.level];
  const bare = u.level === 3 ? stripMarkaz(u.nameAr) : u.nameAr;
  const out = [`${pre} ${bare}`];
  if (bare !== u.nameAr) out.push(`${pre} ${u.nameAr}`);
  for (const a of u.alts) {
    if (!ARABIC_ONLY.test(a) || NOT_NAMES.has(normalise(stripPrefix(a)))) continue;
    // "منطقة ريف دمشق", "منطقة حلب": in prose the area of the governorate, not one district
    if (u.level === 2 && governorateNames.has(normalise(stripPrefix(a)))) continue;
    if (/^(محافظة|منطقة|ناحية) /.test(a)) { if (a.startsWith(pre + ' ')) out.push(a); continue; }
    out.push(`${pre} ${a}`);
  }
  return out;
}

for (const u of units) {
  if (unitSlug.has(u.pcode)) continue;
  if (u.level === 1) throw new Error(`governorate ${u.pcode} ${u.nameEn} is not in places.ttl`);
  const suffix = u.level === 2 ? 'district' : 'subdistrict';
  let slug = `${slugify(u.nameEn)}-${suffix}`;
  if (usedSlugs.has(slug)) slug = `${slugify(u.nameEn)}-${u.pcode.toLowerCase()}-${suffix}`;
  usedSlugs.add(slug);
  unitSlug.set(u.pcode, slug);
  slugUnit.set(slug, u);
  u.minted = true;
  report.minted.push(`place/${slug} = ${u.pcode} ${u.nameAr}`);
}

// Arabic surface forms: for minted units the label and alternatives; for matched units the table's forms
// their hand entry lacks. A form used elsewhere, or by two units, is left out.
const formOwners = new Map();
for (const u of units) for (const f of prefixedForms(u)) {
  const n = normalise(f);
  if (!formOwners.has(n)) formOwners.set(n, new Set());
  formOwners.get(n).add(u.pcode);
}
for (const u of units) {
  const slug = unitSlug.get(u.pcode);
  const hand = u.minted ? null : bySlug.get(slug);
  const own = new Set(hand ? hand.ar.map(normalise) : []);
  u.formsAr = [];
  for (const f of prefixedForms(u)) {
    const n = normalise(f);
    if (own.has(n)) continue;
    const why = takenForms.has(n) ? `used by ${takenForms.get(n)}` : COMMON_WORDS.has(n) ? 'everyday words'
      : formOwners.get(n).size > 1 ? `shared by ${[...formOwners.get(n)].join(' ')}` : null;
    if (why) { if (u.minted || !takenForms.get(n)?.endsWith('/' + slug)) report.droppedForms.push(`${u.pcode} ${f}: ${why}`); continue; }
    own.add(n);
    u.formsAr.push(f);
  }
  for (const f of u.formsAr) everyForm.add(normalise(f));
}
for (const u of units) {
  u.formsAr = u.formsAr.filter(f => {
    const bad = isCliticVariant(normalise(f), everyForm);
    if (bad) report.droppedForms.push(`${u.pcode} ${f}: clitic-prefixed form of another`);
    return !bad;
  });
  if (u.minted && !u.formsAr.length) {
    // a namesake of another unit (ناحية صوران in Hama and in Aleppo): named with its governorate
    const f = `${prefixedForms(u)[0]} في ${byPcode.get(u.admin1).nameAr}`;
    if (takenForms.has(normalise(f)) || everyForm.has(normalise(f))) throw new Error(`${u.pcode} ${u.nameAr}: no Arabic form left`);
    everyForm.add(normalise(f));
    u.formsAr.push(f);
    report.namesakes.push(`${u.pcode} ${f}`);
  }
}

// ------------------------------------------------------------------ admin links of every place

const links = new Map();   // slug -> {a1, a2, a3, basis}
function unitLinks(u) {
  const a1 = u.admin1, a2 = u.level >= 2 ? (u.level === 2 ? u.pcode : u.admin2) : null;
  return { a1, a2, a3: u.level === 3 ? u.pcode : null, basis: 'pcode' };
}
for (const u of units) links.set(unitSlug.get(u.pcode), unitLinks(u));

const subDistricts = units.filter(u => u.level === 3);
const counts = { pcode: 0, within: 0, seat: 0, 'nearest-centroid': 0, partial: 0, none: 0 };
const linkReport = { seat: [], nearest: [], partial: [], none: [], seatTowns: [] };
const seatKnown = new Set();   // p-codes of the sub-districts whose seat is a place of the gazetteer

function resolve(p, stack = new Set()) {
  if (links.has(p.slug)) return links.get(p.slug);
  if (stack.has(p.slug)) return null;
  stack.add(p.slug);
  let result = null;
  if (!NO_ADMIN.has(p.kind) && ancestors(p).some(a => a.slug === 'syria')) result = resolveUncached(p, stack);
  links.set(p.slug, result);
  return result;
}

function resolveUncached(p, stack) {
  // 1. the nearest ancestor that is an OCHA unit, or a settlement with links of its own
  let known = null;   // {a1, a2, a3} from the hierarchy
  for (const a of ancestors(p)) {
    if (slugUnit.has(a.slug)) { known = unitLinks(slugUnit.get(a.slug)); known.basis = 'within'; break; }
    if (SETTLEMENT.has(a.kind)) {
      const l = resolve(a, stack);
      if (l && l.a3) return { ...l, basis: l.basis === 'nearest-centroid' ? l.basis : 'within' };
    }
  }
  if (known && known.a3) return known;
  // 2. the seat of a sub-district, or 3. the nearest centroid, within what the hierarchy says
  const pool = subDistricts.filter(u => (!known || u.admin1 === known.a1) && (!known?.a2 || u.admin2 === known.a2));
  if (SEAT_KINDS.has(p.kind)) {
    const forms = new Set(p.ar.map(loose).filter(f => !NO_SEAT_MATCH.has(f)));
    const seats = pool.filter(u => [...u.seatNames].some(s => forms.has(s))
      && (p.lat == null || km(p.lat, p.lon, u.lat, u.lon) <= SEAT_MAX_KM));
    if (seats.length === 1 && (p.lat != null || known)) {
      const u = seats[0];
      seatKnown.add(u.pcode);
      linkReport.seat.push(`place/${p.slug} ${p.labelAr} -> ${u.pcode} ${u.nameAr}${p.lat != null ? ` (${km(p.lat, p.lon, u.lat, u.lon).toFixed(0)} km from its centroid)` : ''}`);
      return { ...unitLinks(u), basis: 'seat' };
    }
  }
  if (p.lat != null && pool.length) {
    const best = pool.map(u => ({ u, d: km(p.lat, p.lon, u.lat, u.lon) })).sort((a, b) => a.d - b.d || cmp(a.u.pcode, b.u.pcode))[0];
    linkReport.nearest.push(`place/${p.slug} ${p.labelAr} -> ${best.u.pcode} ${best.u.nameAr} (${best.d.toFixed(0)} km)`);
    return { ...unitLinks(best.u), basis: 'nearest-centroid' };
  }
  if (known) { linkReport.partial.push(`place/${p.slug} ${p.labelAr}: ${known.a2 ?? known.a1} only`); return known; }
  return null;
}
for (const p of places) {
  const l = resolve(p);
  if (!l) { if (!NO_ADMIN.has(p.kind)) linkReport.none.push(`place/${p.slug} ${p.labelAr} (${p.kind})`); counts.none++; continue; }
  if (!l.a3 && l.basis !== 'pcode') counts.partial++;
  counts[l.basis]++;
}

// ------------------------------------------------------------------ output

const ref = pcode => `place:${unitSlug.get(pcode)}`;
function linkLines(l) {
  const out = [];
  const parts = [`isnad:admin1 ${ref(l.a1)}`];
  if (l.a2) parts.push(`isnad:admin2 ${ref(l.a2)}`);
  if (l.a3) parts.push(`isnad:admin3 ${ref(l.a3)}`);
  out.push(`    ${parts.join(' ; ')} ;`);
  out.push(`    isnad:adminBasis "${l.basis}"`);
  return out;
}

const header = `# GENERATED by scripts/import-admin-places.mjs; do not edit by hand (edit places.ttl, or the script, and rerun).
#
# Syria's administrative divisions with OCHA p-codes, from OpenSyria data-geography (CC BY 4.0,
# https://creativecommons.org/licenses/by/4.0/), which takes them from OCHA COD-AB via HDX, geoBoundaries,
# GeoNames and Wikidata. See ontology/NOTICE.md.
#
# Part 1: the ${units.length} units (${count(1)} governorates, ${count(2)} districts, ${count(3)} sub-districts): isnad:pcode,
# isnad:adminLevel, their own admin links, and, for the ${units.filter(u => u.minted).length} not written by hand in places.ttl, the whole
# place. A unit is named with its prefix (منطقة, ناحية); the bare name stays its seat town's.
# Part 2: the admin1/admin2/admin3 of every other place, and isnad:adminBasis: how the finest link was made
# ("within": from isnad:within; "seat": the place is the seat a sub-district is named after;
# "nearest-centroid": the sub-district whose centroid is nearest, within the governorate or district the
# place is known to lie in, which is approximate). Regions, borders and the country have no admin links.
# Part 3: the seat towns of SEAT_TOWN_COUNT sub-districts that no other place names, at their sub-district's centroid.

${TURTLE_PREFIXES}`;
const out = [header, '\n# ---------------------------------------------------------------- part 1: admin units\n'];
const SOURCE = 'https://github.com/Open-Syria/data-geography';
for (const u of units) {
  const slug = unitSlug.get(u.pcode);
  const lines = [`place:${slug}`];
  // English alternatives that name the unit as a unit ("Nahiyat Harasta", "Al-Kisweh Subdistrict"); a bare
  // "Duma" or "Rural Damascus" is the town's or the governorate's name
  const enAlts = [...new Set(u.alts.filter(a => /^[A-Z][A-Za-z\u00C0-\u024F\u1E00-\u1EFF' -]*$/.test(a)
    && /\b(Subdistrict|Sub-district|District|Governorate|N\S*hiyat|Mintaqat|Mantiqat|Mu\S*fa\S*at)\b/i.test(a)))];
  const arAlts = u.formsAr.map(f => `${turtleString(f)}@ar`);
  if (u.minted) {
    const suffix = u.level === 2 ? 'District' : 'Subdistrict';
    const parent = u.level === 2 ? u.admin1 : u.admin2;
    const labelEn = `${u.nameEn} ${suffix}`;
    lines.push(
      ...placeLines({
        kind: KIND[u.level], labelEn, labelAr: u.formsAr[0],
        altLabels: [...arAlts.slice(1), ...enAlts.filter(e => e !== labelEn).map(e => `${turtleString(e)}@en`)],
        within: unitSlug.get(parent), lat: u.lat, lon: u.lon, precision: 'area',
      }),
      `    dcterms:source <${SOURCE}> ;`,
      `    rdfs:comment ${turtleString(`${u.level === 2 ? 'Second' : 'Third'}-level division (${PREFIX[u.level]}) of ${byPcode.get(u.level === 2 ? u.admin1 : u.admin2).nameEn}${u.level === 3 ? ' District' : ' Governorate'}; its point is the centroid of its area. From OpenSyria data-geography (CC BY 4.0; OCHA COD-AB).`)}@en ;`);
  } else if (arAlts.length) {
    lines.push(`    skos:altLabel ${arAlts.join(' , ')} ;`);
  }
  const same = [];
  if (u.wikidata) same.push(`<http://www.wikidata.org/entity/${u.wikidata}>`);
  if (u.geonames) same.push(`<https://sws.geonames.org/${u.geonames}/>`);
  if (same.length && (u.minted || !hasSameAs(slug))) lines.push(`    owl:sameAs ${same.join(' , ')} ;`);
  lines.push(`    isnad:pcode "${u.pcode}" ; isnad:adminLevel ${u.level} ;`);
  lines.push(...linkLines(links.get(slug)));
  out.push(lines.join('\n') + ' .\n');
}
// A sub-district's seat that no place of the gazetteer names becomes a town within it, at the sub-district's
// centroid ("area" precision: the town is somewhere in it). A name used by any other place or actor, by two
// sub-districts, or listed in NO_SEAT_TOWN is left out: a wrong place is worse than none.
function seatTowns() {
  // every sub-district, hand-written or minted: its slug, bare seat names, point, English name and links
  const subs = [];
  for (const u of subDistricts) if (u.minted) subs.push({ slug: unitSlug.get(u.pcode), names: [stripMarkaz(u.nameAr)],
    lat: u.lat, lon: u.lon, en: u.nameEn, links: unitLinks(u), source: true });
  for (const p of places.filter(x => x.kind === 'SubDistrict')) {
    const u = slugUnit.get(p.slug), l = u ? unitLinks(u) : links.get(p.slug);
    if (!l) continue;
    // a hand-written unit without a point takes its table unit's centroid, or stays without one
    const lat = p.lat ?? u?.lat ?? null, lon = p.lon ?? u?.lon ?? null;
    subs.push({ slug: p.slug, names: p.ar.filter(a => a.startsWith('ناحية ')).map(a => stripMarkaz(stripPrefix(a))),
      lat, lon, en: (p.en[0] ?? '').replace(/ Subdistrict$/, ''), links: l, source: false });
  }
  const owners = new Map();
  for (const x of subs) for (const n of x.names) owners.set(loose(n), (owners.get(loose(n)) ?? 0) + 1);
  const known = new Set([...takenForms.keys()].map(f => loose(f)));
  const blocks = [];
  for (const x of subs.sort((a, b) => cmp(a.slug, b.slug))) {
    const bare = x.names[0];
    if (!bare || !x.en || x.names.some(n => NO_SEAT_TOWN.has(normalise(n)) || owners.get(loose(n)) > 1 || known.has(loose(n)))
        || (x.links.a3 && seatKnown.has(x.links.a3))) continue;
    let slug = slugify(x.en);
    if (usedSlugs.has(slug)) slug = `${slug}-town`;
    if (usedSlugs.has(slug)) continue;
    usedSlugs.add(slug);
    linkReport.seatTowns.push(`place/${slug} ${bare} in ${x.slug}`);
    blocks.push([`place:${slug}`,
      ...placeLines({ kind: 'Town', labelEn: x.en, labelAr: bare, within: x.slug, lat: x.lat, lon: x.lon,
        altLabels: [...new Set(x.names.slice(1))].filter(n => n !== bare).map(n => `${turtleString(n)}@ar`), precision: 'area' }),
      ...(x.source ? [`    dcterms:source <${SOURCE}> ;`] : []),
      `    rdfs:comment ${turtleString(`Seat of ${x.en} Subdistrict, which is named after it; ${x.lat == null ? 'no point is known' : 'its point is the sub-district\'s'}.`)}@en ;`,
      ...linkLines({ ...x.links, basis: 'seat' })].join('\n') + ' .\n');
  }
  return blocks;
}
function hasSameAs(slug) {
  return /owl:sameAs/.test(readOntology(bySlug.get(slug).file)
    .split(/\n\s*\n/).find(b => new RegExp(`^place:${slug}\\s*$`, 'm').test(b)) ?? '');
}

out.push('\n# ---------------------------------------------------------------- part 2: admin links of the other places\n');
for (const p of [...places].sort((a, b) => cmp(a.slug, b.slug))) {
  if (slugUnit.has(p.slug)) continue;
  const l = links.get(p.slug);
  if (!l) continue;
  out.push([`place:${p.slug}`, ...linkLines(l)].join('\n') + ' .\n');
}
out.push('\n# ---------------------------------------------------------------- part 3: seat towns the gazetteer lacks\n');
const seatBlocks = seatTowns();
out[0] = out[0].replace('SEAT_TOWN_COUNT', String(seatBlocks.length));
out.push(...seatBlocks);
writeOntology('places-admin.ttl', out.join('\n'));

console.log(`units: ${units.length}; matched to places.ttl: ${report.matched.length}; minted: ${report.minted.length}`);
console.log(`places linked: ${JSON.stringify(counts)}`);
printSection('hand-written units matched', report.matched);
printSection('hand-written units with no OCHA unit', report.unmatchedHand);
printSection('minted', report.minted);
printSection('Arabic forms left out', report.droppedForms);
printSection('namesakes named with their governorate', report.namesakes);
printSection('linked as a seat', linkReport.seat);
printSection('linked to the nearest centroid', linkReport.nearest);
printSection('linked only to a governorate or district', linkReport.partial);
printSection('not linked', linkReport.none);
printSection('seat towns minted', linkReport.seatTowns);
