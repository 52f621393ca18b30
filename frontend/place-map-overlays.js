// Builds one Leaflet layer per News Atlas overlay (see place-map.js). Every symbol has its own shape and accent
// colour, used again in the legend and the side panel. Point markers are keyboard-focusable buttons whose
// aria-label is "<name>, <n> passages"; Enter opens them like a click.
import L from 'leaflet';

const COLOURS = {
  exercise: '#b45309',
  capital: '#6d28d9',
  border: '#dc2626',
  place: '#0f766e',
  country: '#2563eb',
};

export function overlayLayer(spec, geojson, onClick) {
  switch (spec.symbol) {
    case 'place':
      return clustered(spec, geojson, onClick);
    case 'border':
      return lines(spec, geojson, onClick);
    case 'country':
      return choropleth(spec, geojson, onClick);
    default:
      return markers(spec, geojson, onClick);
  }
}

// The legend's rows, built as DOM: labels are inserted as text.
export function legendContent(specs) {
  const title = element('div', 'na-legend__title', 'On the map');
  const rows = specs.map((spec) => {
    const row = element('div', 'na-legend__row');
    const symbol = element('span', `na-legend__symbol na-symbol-${spec.symbol}`);
    symbol.style.setProperty('--na-colour', COLOURS[spec.symbol] || '#444');
    row.append(symbol, `${spec.label} `, element('span', 'na-legend__count', String(Number(spec.count))));
    return row;
  });
  return [title, ...rows];
}

function element(tag, className, text) {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

// A tooltip's content: a new element holding the text (Leaflet inserts a string tooltip as HTML).
function tooltipText(text) {
  return () => element('span', 'na-tooltip__text', text);
}

function nameOf(feature) {
  return String(feature.properties.name ?? feature.id);
}

function countOf(feature) {
  return Number(feature.properties.passage_count ?? 0);
}

/** "1 passage", "3 passages". */
function passages(feature) {
  const n = countOf(feature);
  return `${n} ${n === 1 ? 'passage' : 'passages'}`;
}

function ariaLabel(spec, feature) {
  return `${nameOf(feature)}, ${passages(feature)}`;
}

function marker(spec, feature, latlng, onClick, size) {
  const icon = L.divIcon({
    className: `na-marker na-marker-${spec.symbol}`,
    html: spec.symbol === 'place' ? `<span>${countOf(feature)}</span>` : '',
    iconSize: [size, size],
  });
  const m = L.marker(latlng, {
    icon, keyboard: true, riseOnHover: true, title: '', zIndexOffset: spec.symbol === 'exercise' ? 1000 : 0,
  });
  m.naId = String(feature.id);
  m.on('add', () => {
    const el = m.getElement();
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', ariaLabel(spec, feature));
    el.setAttribute('data-feature', `${spec.id}/${feature.id}`);
    el.style.setProperty('--na-colour', COLOURS[spec.symbol]);
  });
  m.bindTooltip(tooltipText(nameOf(feature)), {
    direction: 'right',
    offset: [size / 2, 0],
    permanent: spec.symbol === 'exercise',
    opacity: 1, // Leaflet's 0.9 lets the map through: exercise names in amber fall under 4.5:1
    className: `na-tooltip na-tooltip-${spec.symbol}`,
  });
  m.on('click', () => onClick(feature.id));
  return m;
}

function markers(spec, geojson, onClick) {
  const group = L.featureGroup();
  geojson.features.filter((f) => f.geometry).forEach((feature) => {
    const [lon, lat] = feature.geometry.coordinates;
    group.addLayer(marker(spec, feature, L.latLng(lat, lon), onClick, spec.symbol === 'exercise' ? 18 : 16));
  });
  group.naFind = (id) => group.getLayers().find((l) => l.naId === id);
  return group;
}

function clustered(spec, geojson, onClick) {
  const max = Math.max(1, ...geojson.features.map((f) => countOf(f)));
  const group = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    iconCreateFunction: (cluster) => L.divIcon({
      className: 'na-marker na-marker-cluster',
      html: `<span>${cluster.getChildCount()}</span>`,
      iconSize: [30, 30],
    }),
  });
  geojson.features.filter((f) => f.geometry).forEach((feature) => {
    const [lon, lat] = feature.geometry.coordinates;
    const size = Math.round(16 + 16 * Math.sqrt(countOf(feature) / max));
    group.addLayer(marker(spec, feature, L.latLng(lat, lon), onClick, size));
  });
  group.naFind = (id) => group.getLayers().find((l) => l.naId === id);
  return group;
}

// SVG paths are not buttons: give borders and countries a role, a label and Enter/Space like a marker's.
function operable(spec, feature, path, onClick) {
  const el = path.getElement && path.getElement();
  if (!el) {
    return;
  }
  el.setAttribute('data-feature', `${spec.id}/${feature.id}`);
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', ariaLabel(spec, feature));
  el.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onClick(feature.id);
    }
  });
}

function lines(spec, geojson, onClick) {
  const style = { color: COLOURS.border, weight: 5, opacity: 0.85, lineCap: 'round' };
  const layer = L.geoJSON(geojson, {
    style: () => ({ ...style, className: 'na-border' }),
    onEachFeature: (feature, path) => {
      path.naId = String(feature.id);
      path.bindTooltip(tooltipText(`${nameOf(feature)} · ${passages(feature)}`), { sticky: true });
      path.on('mouseover', () => path.setStyle({ weight: 8, opacity: 1 }));
      path.on('mouseout', () => path.setStyle(style));
      path.on('click', () => onClick(feature.id));
      path.on('add', () => operable(spec, feature, path, onClick));
    },
  });
  layer.naFind = (id) => layer.getLayers().find((l) => l.naId === id);
  return layer;
}

function choropleth(spec, geojson, onClick) {
  const max = Math.max(1, ...geojson.features.map((f) => countOf(f)));
  const layer = L.geoJSON(geojson, {
    pane: 'countries',
    style: (feature) => ({
      stroke: true,
      color: COLOURS.country,
      weight: 0.6,
      opacity: 0.5,
      fillColor: COLOURS.country,
      fillOpacity: 0.06 + 0.32 * Math.sqrt(countOf(feature) / max),
      className: 'na-country',
    }),
    onEachFeature: (feature, path) => {
      path.naId = String(feature.id);
      path.bindTooltip(tooltipText(`${nameOf(feature)} · ${passages(feature)}`), { sticky: true });
      path.on('click', () => onClick(feature.id));
      path.on('add', () => operable(spec, feature, path, onClick));
    },
  });
  layer.naFind = (id) => layer.getLayers().find((l) => l.naId === id);
  return layer;
}

