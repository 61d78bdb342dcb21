// One ECharts chart, rendered as SVG (crisp, and its labels are text a test can read).
// Only the chart types the client uses are bundled.
import { LitElement } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GraphChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export const PALETTE = ['#2f6fdf', '#e07b39', '#3a9e6f', '#a05cc4', '#c9a227', '#d1495b', '#5b8e9e'];

class JvChart extends LitElement {
  static properties = { option: { attribute: false }, label: {} };

  createRenderRoot() {
    return this;
  }

  firstUpdated() {
    this.setAttribute('role', 'img');
    this.chart = echarts.init(this, null, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.apply();
  }

  updated(changed) {
    if (changed.has('label')) this.setAttribute('aria-label', this.label || '');
    if (changed.has('option') && this.chart) this.apply();
  }

  apply() {
    this.chart.setOption({ color: PALETTE, animation: false, ...this.option }, true);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = null;
  }
}
customElements.define('jv-chart', JvChart);
