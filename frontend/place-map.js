// <na-place-map>: the project's thin binding of npm Leaflet to a Vaadin component (see map/ui/PlaceMap.java).
// Light DOM (no shadow root) so Leaflet's global CSS applies. The server sets attributes only:
//   basemap  JSON [{id, url, kind: "land"|"outline"|"river"|"lake", label}] of static GeoJSON files
//   bounds   JSON [[south, west], [north, east]] (lat/lng) of the initial view
// When the base map is drawn and the view fitted, the element gets data-ready="true".
import L from 'leaflet';

const STYLES = {
  land: { stroke: false, fillColor: '#f4f1ea', fillOpacity: 1, interactive: false },
  outline: { color: '#9a9a9a', weight: 0.8, fill: false, interactive: false },
  river: { color: '#8fb8de', weight: 1, interactive: false },
  lake: { color: '#8fb8de', weight: 0.5, fillColor: '#c7dcef', fillOpacity: 1, interactive: false },
};

class PlaceMap extends HTMLElement {
  static get observedAttributes() {
    return ['basemap', 'bounds'];
  }

  connectedCallback() {
    if (this._map) {
      return;
    }
    this._container = document.createElement('div');
    this._container.className = 'na-place-map__leaflet';
    this.appendChild(this._container);
    this._map = L.map(this._container, {
      minZoom: 2,
      maxZoom: 12,
      worldCopyJump: true,
      zoomControl: true,
      attributionControl: true,
    });
    this._map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    this._map.attributionControl.addAttribution('Made with Natural Earth · Place names © GeoNames (CC BY 4.0)');
    L.control.scale({ imperial: false }).addTo(this._map);
    this._map.setView([40, 85], 3);
    this._baseLayers = [];
    this._whenSized(() => this._fit());
    this._loadBaseMap();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this._map || oldValue === newValue) {
      return;
    }
    if (name === 'basemap') {
      this._loadBaseMap();
    } else if (name === 'bounds') {
      this._fit();
    }
  }

  // fitBounds before the element has a size zooms to the whole world: wait for layout.
  _whenSized(callback) {
    const observer = new ResizeObserver(() => {
      if (this._container.clientWidth > 0 && this._container.clientHeight > 0) {
        this._map.invalidateSize();
        if (!this._sized) {
          this._sized = true;
          callback();
        }
      }
    });
    observer.observe(this._container);
  }

  _fit() {
    const bounds = this._json('bounds');
    if (bounds && this._sized) {
      this._map.fitBounds(bounds, { animate: false });
    }
    this._markReadyWhenDone();
  }

  async _loadBaseMap() {
    const layers = this._json('basemap') || [];
    this._baseLayers.forEach((layer) => layer.remove());
    this._baseLayers = [];
    this._pending = true;
    this.removeAttribute('data-ready');
    const loaded = await Promise.all(layers.map((spec) => this._fetchLayer(spec)));
    loaded.filter(Boolean).forEach((layer) => {
      layer.addTo(this._map);
      this._baseLayers.push(layer);
    });
    this._pending = false;
    this._markReadyWhenDone();
  }

  async _fetchLayer(spec) {
    try {
      const response = await fetch(spec.url);
      if (!response.ok) {
        throw new Error(`${response.status} ${response.statusText}`);
      }
      const geojson = await response.json();
      return L.geoJSON(geojson, {
        style: () => ({ ...STYLES[spec.kind], className: `na-base na-base-${spec.kind}` }),
      });
    } catch (error) {
      console.error(`News Atlas: base map layer ${spec.id} failed to load from ${spec.url}`, error);
      this.setAttribute('data-error', `Base map layer "${spec.label || spec.id}" could not be loaded.`);
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
