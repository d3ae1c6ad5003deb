/**
 * <portal-chart>: a thin wrapper around Apache ECharts (Vaadin Charts is under a paid licence).
 * The server sets `option`, an ECharts option object as JSON; the element renders it as SVG,
 * follows its own size, and frees the chart when removed. Every chart in the portal also shows
 * its figures as a table next to it, for those who cannot see the chart.
 *
 * A map: the server also sets `mapName` and `mapUrl`, the address of the boundaries (GeoJSON,
 * served compact, cached and gzipped by the portal); the element fetches them once per page load
 * (the browser's cache keeps them between pages), registers them with ECharts and then draws the
 * option. A click on an area is sent to the server as a `map-click` event with the area's name.
 * When a map has been drawn the element carries `data-drawn`, which the browser tests wait for.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, MapChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent,
  VisualMapComponent, SVGRenderer]);

/** The boundaries fetched so far in this page, by address: each is fetched and registered once. */
const maps = new Map<string, Promise<void>>();

function registered(name: string, url: string): Promise<void> {
  const key = name + ' ' + url;
  let loading = maps.get(key);
  if (!loading) {
    loading = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json, application/json' } })
      .then(response => {
        if (!response.ok) {
          throw new Error('map ' + url + ': ' + response.status);
        }
        return response.json();
      })
      .then(geoJson => echarts.registerMap(name, geoJson));
    loading.catch(() => maps.delete(key));
    maps.set(key, loading);
  }
  return loading;
}

class PortalChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private optionJson?: string;
  private map?: { name: string; url: string };

  set option(value: string) {
    this.optionJson = value;
    this.render();
  }

  get option(): string | undefined {
    return this.optionJson;
  }

  /** "name url": the map the option's series refer to by name, and where its boundaries are. */
  set mapSource(value: string) {
    const space = value ? value.indexOf(' ') : -1;
    this.map = space > 0 ? { name: value.substring(0, space), url: value.substring(space + 1) } : undefined;
    this.render();
  }

  get mapSource(): string {
    return this.map ? this.map.name + ' ' + this.map.url : '';
  }

  connectedCallback(): void {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
    this.chart.on('click', (params: any) => {
      if (params.componentSubType === 'map' && params.name) {
        this.dispatchEvent(new CustomEvent('map-click', { detail: { name: params.name } }));
      }
    });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private render(): void {
    if (!this.chart || !this.optionJson) {
      return;
    }
    const json = this.optionJson;
    if (!this.map) {
      this.chart.setOption(JSON.parse(json), true);
      return;
    }
    const map = this.map;
    this.removeAttribute('data-drawn');
    registered(map.name, map.url).then(() => {
      // a newer option or map may have arrived while the boundaries were loading
      const chart = this.chart;
      if (chart && this.optionJson === json && this.map === map) {
        const drawn = () => {
          chart.off('finished', drawn);
          this.setAttribute('data-drawn', map.name);
        };
        chart.on('finished', drawn);
        chart.setOption(JSON.parse(json), true);
      }
    }).catch(error => {
      this.setAttribute('data-failed', String(error));
    });
  }
}

customElements.define('portal-chart', PortalChart);
