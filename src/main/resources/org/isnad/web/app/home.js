// isnad home page: fills the filters from /api/events/facets, then shows one page of /api/events (filtered
// and sorted by the server) in the table, and the counts of /api/events/overview on the timeline and the map.
// Only DOM methods (textContent, setAttribute) put data on the page: text from articles never becomes markup.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
// the frame of the map, around Syria; longitudes span more degrees than latitudes, as at 35°N a degree
// of longitude is cos 35° ≈ 0.82 of one of latitude (an equirectangular projection at that parallel)
const FRAME = { west: 35.1, east: 42.9, south: 32.2, north: 37.5 };
const FILTERS = ["type", "from", "to", "gov", "reporter", "outlet", "modality"];

let governorates = [];
let page = 1;
let countries = [];   // Natural Earth outlines (countries.json); the map works without them
let sortKey = "start";
let sortDir = -1;

function el(name, attrs, text) {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function svg(name, attrs, text) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The flat values of one event that the filters and columns use. */
function flatten(e) {
  const place = e.places.find(p => p.lat !== undefined) || e.places[0] || {};
  return {
    href: e.href, start: e.start, end: e.end, type: e.type, typeAr: e.typeAr,
    place: e.places.map(p => p.name).join("; "), placeAr: e.places.map(p => p.ar || "").filter(Boolean).join("؛ "),
    lat: place.lat !== undefined ? parseFloat(place.lat) : null, lon: place.lon !== undefined ? parseFloat(place.lon) : null,
    govs: e.governorates, gov: e.governorates.join("; "),
    reporters: e.reporters, reporter: e.reporters.join("; "),
    outlets: e.outlets, outlet: e.outlets.join("; "),
    modalities: e.modalities, modality: e.modalities.join("; "),
  };
}

const SELECTS = ["type", "gov", "reporter", "outlet", "modality"];

function fillSelect(name, values) {
  const select = document.getElementById("f-" + name);
  (values || []).forEach(v => select.appendChild(el("option", { value: v }, v)));
}

function filterValues() {
  const f = {};
  FILTERS.forEach(n => { f[n] = document.getElementById("f-" + n).value; });
  return f;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error("HTTP " + response.status + ": " + (await response.text()).slice(0, 200));
  return response.json();
}

/** One page of the events the filters match, sorted by the server; the timeline and map get their counts. */
async function render() {
  const f = filterValues();
  const params = new URLSearchParams();
  FILTERS.forEach(n => { if (f[n]) params.set(n, f[n]); });
  history.replaceState(null, "", params.toString() ? "?" + params : location.pathname);
  const query = new URLSearchParams(params);
  query.set("sort", sortKey);
  query.set("dir", sortDir > 0 ? "asc" : "desc");
  query.set("page", page);
  try {
    const [data, overview] = await Promise.all([getJson("/api/events?" + query), getJson("/api/events/overview?" + params)]);
    page = data.page;
    document.getElementById("status").textContent = data.matching + " of " + data.all + " events"
      + (data.pages > 1 ? "; page " + data.page + " of " + data.pages : "");
    table(data.events.map(flatten));
    pager(data);
    governorates = overview.governorates;
    timeline(overview.months);
    map(overview.points);
  } catch (err) {
    document.getElementById("status").textContent = "Could not load the events: " + err.message;
  }
}

function pager(data) {
  const box = document.getElementById("pager");
  box.replaceChildren();
  const go = (p, label, rel) => {
    const b = el("button", { type: "button", rel }, label);
    b.addEventListener("click", () => { page = p; render(); });
    box.appendChild(b);
  };
  if (data.page > 1) go(data.page - 1, "← previous", "prev");
  if (data.page < data.pages) go(data.page + 1, "next →", "next");
}

function table(rows) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of rows) {
    const tr = el("tr", { class: "event" });
    const date = el("td");
    date.appendChild(el("a", { href: e.href }, e.start ? (e.end && e.end !== e.start ? e.start + " – " + e.end : e.start) : "undated"));
    tr.appendChild(date);
    tr.appendChild(el("td", {}, e.type));
    tr.appendChild(el("td", { lang: "ar", dir: "rtl", class: "ar" }, e.typeAr));
    tr.appendChild(el("td", {}, e.place));
    tr.appendChild(el("td", { lang: "ar", dir: "rtl", class: "ar" }, e.placeAr));
    for (const k of ["gov", "reporter", "outlet", "modality"]) tr.appendChild(el("td", {}, e[k]));
    body.appendChild(tr);
  }
  document.querySelectorAll("#events th").forEach(th => {
    if (th.dataset.key === sortKey) th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
    else th.removeAttribute("aria-sort");
  });
}

function timeline(perMonth) {
  const box = document.getElementById("timeline");
  box.replaceChildren();
  const counts = new Map(Object.entries(perMonth || {}));
  if (counts.size === 0) return;
  const months = [...counts.keys()].sort();
  const all = [];
  for (let [y, m] = months[0].split("-").map(Number); ; ) {
    const key = y + "-" + String(m).padStart(2, "0");
    all.push(key);
    if (key >= months[months.length - 1] || all.length > 600) break;
    m++; if (m > 12) { m = 1; y++; }
  }
  const max = Math.max(...counts.values());
  const left = 30, bottom = 190, width = 560, height = 170, w = width / all.length;
  box.appendChild(svg("line", { class: "axis", x1: left, y1: bottom, x2: left + width, y2: bottom }));
  box.appendChild(svg("text", { class: "tick", x: 2, y: bottom - height + 8 }, String(max)));
  all.forEach((key, i) => {
    const n = counts.get(key) || 0;
    if (n > 0) {
      const h = height * n / max;
      const bar = svg("rect", { class: "bar", x: left + i * w + w * 0.1, y: bottom - h, width: Math.max(w * 0.8, 1), height: h });
      bar.appendChild(svg("title", {}, key + ": " + n));
      box.appendChild(bar);
    }
    // a long span gets a label each January, a short one at both ends
    if (all.length > 12 ? key.endsWith("-01") : (i === 0 || i === all.length - 1))
      box.appendChild(svg("text", { class: "tick", x: left + i * w, y: bottom + 14 }, key));
  });
}

function project(lon, lat) {
  const width = 580, height = 480;
  const x = 10 + (lon - FRAME.west) / (FRAME.east - FRAME.west) * width;
  const y = 10 + (FRAME.north - lat) / (FRAME.north - FRAME.south) * height;
  return [x, y];
}

function map(points) {
  const box = document.getElementById("map");
  box.replaceChildren();
  for (const c of countries) {
    const d = c.rings.map(r => "M" + r.map(([lon, lat]) => project(lon, lat).map(v => v.toFixed(1)).join(",")).join("L") + "Z").join("");
    const path = svg("path", { class: c.name === "Syria" ? "country syria" : "country", d });
    path.appendChild(svg("title", {}, c.name));
    box.appendChild(path);
  }
  for (let lon = Math.ceil(FRAME.west); lon <= FRAME.east; lon++) {
    const [x1, y1] = project(lon, FRAME.north), [x2, y2] = project(lon, FRAME.south);
    box.appendChild(svg("line", { class: "grid", x1, y1, x2, y2 }));
    box.appendChild(svg("text", { class: "tick", x: x2 + 2, y: y2 - 2 }, lon + "°E"));
  }
  for (let lat = Math.ceil(FRAME.south); lat <= FRAME.north; lat++) {
    const [x1, y1] = project(FRAME.west, lat), [x2, y2] = project(FRAME.east, lat);
    box.appendChild(svg("line", { class: "grid", x1, y1, x2, y2 }));
    box.appendChild(svg("text", { class: "tick", x: x1 + 2, y: y1 - 2 }, lat + "°N"));
  }
  for (const g of governorates) {
    const [x, y] = project(parseFloat(g.lon), parseFloat(g.lat));
    box.appendChild(svg("rect", { class: "gov", x: x - 2, y: y - 2, width: 4, height: 4 }));
    box.appendChild(svg("text", { class: "gov-label", x: x + 4, y: y + 3 }, g.name.replace(/ Governorate$/, "")));
  }
  // one point a place, sized by its events (the events of all pages, not only the one shown)
  const most = Math.max(1, ...(points || []).map(p => p.count));
  for (const p of points || []) {
    const lat = parseFloat(p.lat), lon = parseFloat(p.lon);
    if (isNaN(lat) || isNaN(lon)) continue;
    const [x, y] = project(lon, lat);
    const a = svg("a", { href: p.href });
    const r = 3 + 7 * Math.sqrt(p.count / most);
    const dot = svg("circle", { class: "event-point", cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) });
    dot.appendChild(svg("title", {}, p.name + " · " + p.count + (p.count === 1 ? " event" : " events")));
    a.appendChild(dot);
    box.appendChild(a);
  }
}

async function start() {
  const params = new URLSearchParams(location.search);
  try {
    const facets = await getJson("/api/events/facets");
    SELECTS.forEach(n => fillSelect(n, facets[n]));
  } catch (err) {
    document.getElementById("status").textContent = "Could not load the filters: " + err.message;
    return;
  }
  try {
    const outlines = await fetch("/app/countries.json");
    if (outlines.ok) countries = (await outlines.json()).countries;
  } catch (err) {
    countries = [];
  }
  FILTERS.forEach(n => {
    const input = document.getElementById("f-" + n);
    if (params.get(n)) {
      // a value no event has yet still filters (to nothing), and the select shows it
      if (input.tagName === "SELECT" && ![...input.options].some(o => o.value === params.get(n)))
        input.appendChild(el("option", { value: params.get(n) }, params.get(n)));
      input.value = params.get(n);
    }
    input.addEventListener("change", () => { page = 1; render(); });
  });
  document.getElementById("filters").addEventListener("reset", () => setTimeout(() => { page = 1; render(); }, 0));
  document.querySelectorAll("#events th").forEach(th => th.querySelector("button").addEventListener("click", () => {
    if (sortKey === th.dataset.key) sortDir = -sortDir;
    else { sortKey = th.dataset.key; sortDir = th.dataset.key === "start" ? -1 : 1; }
    page = 1;
    render();
  }));
  render();
}

document.addEventListener("DOMContentLoaded", start);
