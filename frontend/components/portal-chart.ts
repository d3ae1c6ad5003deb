/**
 * <portal-chart>: a thin wrapper around Apache ECharts (Vaadin Charts is under a paid licence).
 * The server sets `option`, an ECharts option object as JSON; the element renders it as SVG,
 * follows its own size, and frees the chart when removed. Every chart in the portal also shows
 * its figures as a table next to it, for those who cannot see the chart.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

class PortalChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private optionJson?: string;

  set option(value: string) {
    this.optionJson = value;
    this.render();
  }

  get option(): string | undefined {
    return this.optionJson;
  }

  connectedCallback(): void {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
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
    if (this.chart && this.optionJson) {
      this.chart.setOption(JSON.parse(this.optionJson), true);
    }
  }
}

customElements.define('portal-chart', PortalChart);
