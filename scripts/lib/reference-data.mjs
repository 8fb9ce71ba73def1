// What the generators of ontology/places-*.ttl share (import-geonames-places.mjs, import-admin-places.mjs):
// reading the hand-written reference data, the Arabic folding, and writing Turtle. Kept here so that both
// read the gazetteer and fold names the same way; the scripts keep only what their own data set needs.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ONTOLOGY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'ontology');

// ------------------------------------------------------------------ files

// The one argument a generator takes: a path that must exist (`required` names the file inside it that
// the script reads), else the usage line and exit code 2.
export function pathArgument(usage, required = path => path) {
  const path = process.argv[2];
  if (!path || !existsSync(required(path))) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return path;
}

export const readOntology = file => readFileSync(join(ONTOLOGY, file), 'utf8');
export const writeOntology = (file, text) => writeFileSync(join(ONTOLOGY, file), text);

// ------------------------------------------------------------------ text helpers

// The same folding as ReferenceDataTest.normalise and the extractor.
export function normalise(s) {
  let out = '';
  for (const c of s) {
    const u = c.codePointAt(0);
    if ((u >= 0x064b && u <= 0x065f) || u === 0x0670 || u === 0x0640) continue;
    if ('أإآٱ'.includes(c)) out += 'ا';
    else if (c === 'ة') out += 'ه';
    else if (c === 'ى') out += 'ي';
    else out += c.toLowerCase();
  }
  return out.trim().replace(/\s+/g, ' ');
}

// Arabic letters only (no Persian or Kurdish letters such as ی ک چ ۆ ێ), with spaces and harakat.
export const ARABIC_ONLY = /^[\u0621-\u064A\u064B-\u065F\u0670 ]+$/;

// Clitics the extractor's matcher strips from a word: a form that is one of them plus another alias would
// match twice (ReferenceDataTest forbids it). "ل" + "ال..." is written "لل...", hence the second test.
const CLITICS = ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
export const isCliticVariant = (form, forms) => CLITICS.some(p => form.startsWith(p) && (forms.has(form.slice(p.length))
  || (p.endsWith('ل') && form.slice(p.length).startsWith('ل') && forms.has('ا' + form.slice(p.length)))));

// Great-circle distance in kilometres.
export function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180, dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

export function slugify(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['`‘’ʿʾ]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// Code-unit order, not locale order, so that the output does not depend on the machine's locale.
export const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// ------------------------------------------------------------------ hand-written reference data

// places.ttl, places-geonames.ttl and actors.ttl are written in one regular layout (subject at column 0,
// statements indented, a blank line between resources), so a small reader suffices here; the Java tests
// parse them properly.
export function readResources(file, prefix) {
  const out = [];
  for (const block of readOntology(file).split(/\n\s*\n/)) {
    const m = block.match(new RegExp(`^${prefix}:([a-z0-9-]+)\\s*$`, 'm'));
    if (!m) continue;
    const body = block.replace(/#[^"\n]*$/gm, '');
    const labelAr = [...body.matchAll(/rdfs:label[^;]*?"([^"]*)"@ar/g)].map(x => x[1]);
    const ar = [...body.matchAll(/"([^"]*)"@ar/g)].map(x => x[1]);
    const en = [...body.matchAll(/"([^"]*)"@en/g)].map(x => x[1]);
    const lat = body.match(/wgs:lat "([-0-9.]+)"/), lon = body.match(/wgs:long "([-0-9.]+)"/);
    const kind = body.match(/isnad:placeKind isnad:(\w+)/);
    const within = [...body.matchAll(/isnad:within ([^;.]+)/g)]
      .flatMap(x => x[1].split(',').map(s => s.trim().replace(/^place:/, '')));
    const gn = body.match(/sws\.geonames\.org\/(\d+)\//);
    out.push({ slug: m[1], file, labelAr: labelAr[0], ar, en, lat: lat && +lat[1], lon: lon && +lon[1],
      kind: kind && kind[1], within, geonames: gn && gn[1] });
  }
  return out;
}

// Normalised Arabic form -> who uses it ('place/slug' or 'actor/slug'). A generated name must not be one of
// these, or the extractor could not tell the two apart; a place wins over an actor with the same form.
export function takenArabicForms(places, actors) {
  const taken = new Map();
  for (const p of places) for (const a of p.ar) taken.set(normalise(a), 'place/' + p.slug);
  for (const a of actors) for (const x of a.ar) if (!taken.has(normalise(x))) taken.set(normalise(x), 'actor/' + a.slug);
  return taken;
}

// ------------------------------------------------------------------ Turtle output

export const turtleString = s => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';

export const TURTLE_PREFIXES = `@prefix place:   <https://w3id.org/isnad/id/place/> .
@prefix isnad:   <https://w3id.org/isnad/ns#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix wgs:     <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
`;

// The statements that make a generated place, up to its point: type, kind, labels, altLabels (only when
// there are any), parent, point rounded to 4 decimals (about 10 m) and how far to trust it.
export function placeLines({ kind, labelEn, labelAr, altLabels, within, lat, lon, precision }) {
  const lines = [
    `    a isnad:Place ;`,
    `    isnad:placeKind isnad:${kind} ;`,
    `    rdfs:label ${turtleString(labelEn)}@en , ${turtleString(labelAr)}@ar ;`,
  ];
  if (altLabels.length) lines.push(`    skos:altLabel ${altLabels.join(' , ')} ;`);
  lines.push(`    isnad:within place:${within} ;`);
  // a place whose point no source gives has none (the shapes allow both or neither)
  if (lat != null) lines.push(
    `    wgs:lat "${lat.toFixed(4)}"^^xsd:decimal ; wgs:long "${lon.toFixed(4)}"^^xsd:decimal ;`,
    `    isnad:coordinatePrecision "${precision}" ;`);
  return lines;
}

// ------------------------------------------------------------------ report

// One titled list of what a run did or left out, for the person rerunning it to check by eye.
export function printSection(title, list) {
  console.log(`\n${title}: ${list.length}`);
  for (const x of list) console.log('  ' + x);
}
