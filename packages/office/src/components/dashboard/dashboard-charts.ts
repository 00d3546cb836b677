import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartDataset } from 'chart.js';

// Only what a stacked bar chart needs, so the bundle carries no other chart type.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colours told apart by people with the common colour-vision deficiencies (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7'] as const;

export interface Series {
  label: string;
  values: number[];
}

/**
 * A stacked bar chart on `canvas`, one bar per label. Chart.js draws on a canvas and sets its
 * sizes through the CSSOM, which a strict style-src allows; nothing is inline, nothing evaluated.
 * The caller destroys the chart it gets back before drawing another on the same canvas.
 */
export function stackedBars(canvas: HTMLCanvasElement, labels: string[], series: Series[], locale: 'vi' | 'en'): Chart<'bar', number[], string> {
  const datasets: ChartDataset<'bar', number[]>[] = series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length], stack: 'all' }));
  return new Chart<'bar', number[], string>(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      locale: locale === 'vi' ? 'vi-VN' : 'en-GB',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
