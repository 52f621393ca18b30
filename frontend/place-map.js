// <na-place-map>: the project's thin binding of npm Leaflet to a Vaadin component (see map/ui/PlaceMap.java).
// Light DOM (no shadow root) so Leaflet's global CSS applies. The server sets attributes only:
//   basemap   JSON [{id, url, overview, detailZoom, kind: "land"|"outline"|"river"|"lake", label}]: GeoJSON of
//             each layer, simplified ("overview") below zoom detailZoom, the detailed static file ("url") from it on
//   bounds    JSON [[south, west], [north, east]] (lat/lng) of the initial view
//   overlays  JSON [{id, label, symbol, shapes, features, count, visible}] data layers for the chosen months:
//             features [[id, name, passages, lat?, lon?]]; lines and polygons take their geometry from the
//             "shapes" URL (GeoJSON by feature id), fetched once per page and reused at every month switch
//   selected  JSON {collection, id, fly} of the selected feature (fly: move the map to it), or absent
//   tiles     JSON {url, attribution} of an optional XYZ tile layer drawn over the offline base map
// Events to the server carry ids only: "feature-click" {collection, id}, "overlay-toggle" {id, visible}.
// performance.mark()s "na-map:connected", "na-map:basemap-overview|detail", "na-map:overlays-drawn" time the page.
// data-ready="true" once the base map is drawn and fitted; data-overlays-ready="<generation>" once the
// overlays of the latest "overlays" value are drawn (set at the frame after, with the page's other changes).
import L from 'leaflet';
import 'leaflet.markercluster';
import { overlayLayer, legendHtml } from './place-map-overlays.js';

// Shapes by URL, shared by every map on the page: a month switch restyles what was fetched once.
const SHAPES = new Map();

// The map page preloads its base map and shapes (<link rel=preload as=fetch>, see MapPreloads.java). Read and
// parse them as soon as this module runs, while Vaadin still starts up, instead of once the map element exists.
const EARLY = new Map();
document.querySelectorAll('link[rel=preload][as=fetch]').forEach((link) => {
  EARLY.set(link.getAttribute('href'), fetch(link.href)
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null));
});

const STYLES = {
  land: { stroke: false, fillColor: '#f4f1ea', fillOpacity: 1, interactive: false },
  outline: { color: '#9a9a9a', weight: 0.8, fill: false, interactive: false },
  river: { color: '#8fb8de', weight: 1, interactive: false },
  lake: { color: '#8fb8de', weight: 0.5, fillColor: '#c7dcef', fillOpacity: 1, interactive: false },
};

class PlaceMap extends HTMLElement {
  static get observedAttributes() {
    return ['basemap', 'bounds', 'overlays', 'selected'];
  }

  connectedCallback() {
    if (this._map) {
      return;
    }
    performance.mark('na-map:connected');
    this._container = document.createElement('div');
    this._container.className = 'na-place-map__leaflet';
    this.appendChild(this._container);
    this._map = L.map(this._container, { minZoom: 2, maxZoom: 12, worldCopyJump: true });
    this._map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    this._map.attributionControl.addAttribution('Made with Natural Earth · Place names © GeoNames (CC BY 4.0)');
    L.control.scale({ imperial: false }).addTo(this._map);
    // base map below the data layers: land would otherwise cover the country shading
    this._map.createPane('basemap').style.zIndex = 250;
    // the base map is static and not interactive: one canvas draws it faster than thousands of SVG path nodes
    this._baseRenderer = L.canvas({ pane: 'basemap' });
    this._map.createPane('countries').style.zIndex = 390;
    this._map.setView([40, 85], 3);
    this._baseLayers = [];
    this._overlays = new Map();
    this._generation = 0;
    this._pendingMove = this.hasAttribute('selected'); // a deep link: fly there once the overlays are drawn
    this._layerControl = L.control.layers(null, null, { collapsed: false, position: 'topright' }).addTo(this._map);
    this._legend = this._legendControl().addTo(this._map);
    this._map.on('overlayadd overlayremove', (e) => this._onToggle(e));
    this._whenSized(() => this._fit());
    this._loadBaseMap();
    this._loadTiles();
    this._loadOverlays();
  }

  _loadTiles() {
    const tiles = this._json('tiles');
    if (tiles) {
      this._map.createPane('tiles').style.zIndex = 260;
      L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 12, pane: 'tiles' }).addTo(this._map);
    }
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this._map || oldValue === newValue) {
      return;
    }
    if (name === 'basemap') {
      this._loadBaseMap();
    } else if (name === 'bounds') {
      this._fit();
    } else if (name === 'overlays') {
      this._loadOverlays();
    } else if (name === 'selected') {
      const selected = this._json('selected');
      this._showSelection(Boolean(selected && selected.fly));
    }
  }

  // fitBounds before the element has a size zooms to the whole world: wait for layout.
  _whenSized(callback) {
    new ResizeObserver(() => {
      if (this._container.clientWidth > 0 && this._container.clientHeight > 0) {
        this._map.invalidateSize();
        if (!this._sized) {
          this._sized = true;
          callback();
        }
      }
    }).observe(this._container);
  }

  _fit() {
    const bounds = this._json('bounds');
    if (bounds && this._sized) {
      this._map.fitBounds(bounds, { animate: false });
    }
    this._markReadyWhenDone();
  }

  // The base map in two resolutions: the overview files below each layer's detailZoom, the detailed files from
  // there on. A swap loads the whole other set first, then replaces the drawn set in order (land stays below).
  async _loadBaseMap() {
    this._baseSets = new Map();
    this._baseShown = null;
    this._baseLayers.forEach((layer) => layer.remove());
    this._baseLayers = [];
    this._pending = true;
    this.removeAttribute('data-ready');
    if (!this._baseZoomListener) {
      this._baseZoomListener = () => this._showBaseMap();
      this._map.on('zoomend', this._baseZoomListener);
    }
    await this._showBaseMap();
    this._pending = false;
    this._markReadyWhenDone();
  }

  _baseResolution() {
    const layers = this._json('basemap') || [];
    const detailZoom = Math.min(...layers.map((spec) => (spec.overview ? spec.detailZoom : 0)));
    return this._map.getZoom() >= detailZoom ? 'detail' : 'overview';
  }

  async _showBaseMap() {
    const resolution = this._baseResolution();
    if (this._baseShown === resolution) {
      return;
    }
    if (!this._baseSets.has(resolution)) {
      const specs = this._json('basemap') || [];
      this._baseSets.set(resolution, Promise.all(specs.map((spec) =>
        this._fetchBaseLayer(spec, resolution === 'overview' && spec.overview ? spec.overview : spec.url))));
    }
    const loaded = (await this._baseSets.get(resolution)).filter(Boolean);
    if (this._baseResolution() !== resolution || this._baseShown === resolution) {
      return; // zoomed across again while loading, or drawn by an earlier call
    }
    this._baseLayers.forEach((layer) => layer.remove());
    loaded.forEach((layer) => layer.addTo(this._map));
    this._baseLayers = loaded;
    this._baseShown = resolution;
    performance.mark(`na-map:basemap-${resolution}`);
  }

  async _fetchBaseLayer(spec, url) {
    const geojson = await this._fetchJson(url, spec.label || spec.id);
    const layer = geojson && L.geoJSON(geojson, {
      pane: 'basemap',
      renderer: this._baseRenderer,
      style: () => STYLES[spec.kind],
    });
    if (layer) {
      layer.naKind = spec.kind; // what the page tests read: a canvas has no elements to count
    }
    return layer;
  }

  async _loadOverlays() {
    const specs = this._json('overlays') || [];
    const generation = ++this._generation;
    const loaded = await Promise.all(specs.map(async (spec) => [spec, await this._overlayGeoJson(spec)]));
    if (generation !== this._generation) {
      return; // a newer month was picked while these were loading
    }
    this._overlays.forEach((entry) => {
      this._layerControl.removeLayer(entry.layer);
      entry.layer.remove();
    });
    this._overlays.clear();
    for (const [spec, geojson] of loaded) {
      if (!geojson) {
        continue;
      }
      const layer = overlayLayer(spec, geojson, (id) => this._emitClick(spec.id, id));
      this._overlays.set(spec.id, { spec, layer });
      this._suppressToggle = true;
      if (spec.visible !== false) {
        layer.addTo(this._map);
      }
      this._layerControl.addOverlay(layer, `<span class="na-layer-label na-layer-${spec.symbol}">${spec.label} (${spec.count})</span>`);
      this._suppressToggle = false;
    }
    this._legend.update(specs);
    this._showSelection(false);
    performance.mark('na-map:overlays-drawn');
    // at the next frame: the rest of the server's response (URL, panel) has been applied by then
    requestAnimationFrame(() => this.setAttribute('data-overlays-ready', String(generation)));
  }

  // The overlay as GeoJSON: points from their coordinates, lines and polygons from the cached shapes.
  async _overlayGeoJson(spec) {
    const shapes = spec.shapes ? await this._shapes(spec) : null;
    if (spec.shapes && !shapes) {
      return null;
    }
    const features = (spec.features || []).map(([id, name, passages, lat, lon]) => ({
      type: 'Feature',
      id,
      properties: { name, passage_count: passages },
      geometry: shapes ? shapes.get(String(id)) : (lat === undefined ? null : { type: 'Point', coordinates: [lon, lat] }),
    })).filter((feature) => feature.geometry);
    return { type: 'FeatureCollection', features };
  }

  _shapes(spec) {
    if (!SHAPES.has(spec.shapes)) {
      SHAPES.set(spec.shapes, this._fetchJson(spec.shapes, spec.label).then((geojson) => {
        if (!geojson) {
          SHAPES.delete(spec.shapes); // try again at the next month switch
          return null;
        }
        return new Map(geojson.features.map((f) => [String(f.id), f.geometry]));
      }));
    }
    return SHAPES.get(spec.shapes);
  }

  _onToggle(event) {
    if (this._suppressToggle) {
      return;
    }
    for (const [id, entry] of this._overlays) {
      if (entry.layer === event.layer) {
        this.dispatchEvent(new CustomEvent('overlay-toggle', { detail: { id, visible: event.type === 'overlayadd' } }));
      }
    }
  }

  _emitClick(collection, id) {
    this.dispatchEvent(new CustomEvent('feature-click', { detail: { collection, id: String(id) } }));
  }

  // Highlights the selected feature and, when asked, moves the map to it.
  _showSelection(move) {
    this.querySelectorAll('.na-selected').forEach((el) => el.classList.remove('na-selected'));
    if (this._selectedPath) {
      this._selectedPath.owner.resetStyle(this._selectedPath.path);
      this._selectedPath = null;
    }
    const selected = this._json('selected');
    const entry = selected && this._overlays.get(selected.collection);
    const target = entry && entry.layer.naFind && entry.layer.naFind(selected.id);
    if (!target) {
      // the overlays may still be loading (a deep link): move once they are drawn
      this._pendingMove = this._pendingMove || (move && Boolean(selected));
      return;
    }
    move = move || this._pendingMove;
    this._pendingMove = false;
    if (target.getLatLng) {
      if (move) {
        const zoom = Math.max(this._map.getZoom(), 5);
        if (entry.layer.zoomToShowLayer) {
          entry.layer.zoomToShowLayer(target, () => this._mark(target));
        } else {
          this._map.flyTo(target.getLatLng(), zoom, { duration: 0.6 });
        }
      }
      this._mark(target);
    } else if (target.getBounds) {
      if (move) {
        this._map.flyToBounds(target.getBounds(), { maxZoom: 6, duration: 0.6 });
      }
      target.setStyle({ weight: (target.options.weight || 3) + 3, opacity: 1 });
      target.bringToFront();
      this._selectedPath = { owner: entry.layer, path: target };
      this._mark(target);
    }
  }

  _mark(layer) {
    const el = layer.getElement ? layer.getElement() : null;
    if (el) {
      el.classList.add('na-selected');
    }
  }

  _legendControl() {
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => {
      const div = L.DomUtil.create('div', 'na-legend');
      div.setAttribute('role', 'group'); // a plain div may not carry a name
      div.setAttribute('aria-label', 'Legend');
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    legend.update = (specs) => {
      legend.getContainer().innerHTML = legendHtml(specs);
    };
    return legend;
  }

  async _fetchJson(url, label) {
    const early = EARLY.get(url);
    EARLY.delete(url);
    const parsed = early && await early;
    if (parsed) {
      return parsed;
    } // else fetch again, and report a failure
    try {
      const response = await fetch(url);
      if (!response.ok) {
        throw new Error(`${response.status} ${response.statusText}`);
      }
      return await response.json();
    } catch (error) {
      console.error(`News Atlas: layer ${label} failed to load from ${url}`, error);
      this.setAttribute('data-error', `Layer "${label}" could not be loaded.`);
      return null;
    }
  }

  _markReadyWhenDone() {
    if (!this._pending && this._sized) {
      this.setAttribute('data-ready', 'true');
    }
  }

  _json(attribute) {
    const value = this.getAttribute(attribute);
    return value ? JSON.parse(value) : null;
  }
}

customElements.define('na-place-map', PlaceMap);
