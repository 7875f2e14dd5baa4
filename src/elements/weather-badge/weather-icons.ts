import { svg, type SVGTemplateResult } from 'lit';

/** Icon groups; several WMO codes share one picture. */
type IconGroup = 'clear' | 'partly' | 'cloudy' | 'fog' | 'drizzle' | 'rain' | 'snow' | 'thunder';

function groupOf(code: number): IconGroup {
  if (code <= 1) return 'clear';
  if (code === 2) return 'partly';
  if (code === 45 || code === 48) return 'fog';
  if (code >= 51 && code <= 57) return 'drizzle';
  if ((code >= 61 && code <= 67) || (code >= 80 && code <= 82)) return 'rain';
  if ((code >= 71 && code <= 77) || code === 85 || code === 86) return 'snow';
  if (code >= 95) return 'thunder';
  return 'cloudy';
}

const rays = 'M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4';
const fullCloud = 'M7.5 19h9.5a4 4 0 0 0 .6-7.95A5.5 5.5 0 0 0 7 10.2a4.4 4.4 0 0 0 .5 8.8z';
const highCloud = 'M7.5 14h9.5a4 4 0 0 0 .6-7.95A5.5 5.5 0 0 0 7 5.2a4.4 4.4 0 0 0 .5 8.8z';

const sun = (small: boolean) =>
  small
    ? svg`<g class="sun"><circle cx="8" cy="8" r="3"/><path d="M8 1.5v1.5M1.5 8H3M3.4 3.4l1 1M12.6 3.4l-1 1"/></g>`
    : svg`<g class="sun"><circle cx="12" cy="12" r="4.5"/><path d=${rays}/></g>`;

const moon = (small: boolean) =>
  small
    ? svg`<path class="moon" d="M11 9.5A4.5 4.5 0 1 1 6.5 3a3.6 3.6 0 0 0 4.5 6.5z"/>`
    : svg`<path class="moon" d="M19.5 14.5A8 8 0 1 1 9.5 4.5a6.4 6.4 0 0 0 10 10z"/>`;

/** A small stroked pictogram for a WMO weather code, by day or by night; decorative only. */
export function weatherIcon(code: number, isDay: boolean): SVGTemplateResult {
  const group = groupOf(code);
  let body: SVGTemplateResult;
  switch (group) {
    case 'clear':
      body = isDay ? sun(false) : moon(false);
      break;
    case 'partly':
      body = svg`${isDay ? sun(true) : moon(true)}<path class="cloud" d="M9.5 20h8a3.5 3.5 0 0 0 .5-6.96A4.8 4.8 0 0 0 9 13.2a3.4 3.4 0 0 0 .5 6.8z"/>`;
      break;
    case 'fog':
      body = svg`<path d="M4 8h16M2.5 12h17M5 16h15M7 20h10"/>`;
      break;
    case 'drizzle':
      body = svg`<path class="cloud" d=${highCloud}/><path class="drops" d="M8 17.5v.5M12 18.5v.5M16 17.5v.5M10 21v.5M14 21v.5"/>`;
      break;
    case 'rain':
      body = svg`<path class="cloud" d=${highCloud}/><path class="drops" d="M8.5 16.5l-1.5 4M12.5 16.5l-1.5 4M16.5 16.5l-1.5 4"/>`;
      break;
    case 'snow':
      body = svg`<path class="cloud" d=${highCloud}/><path class="flakes" d="M8 17.5v3M6.7 19h2.6M12 17.5v3M10.7 19h2.6M16 17.5v3M14.7 19h2.6"/>`;
      break;
    case 'thunder':
      body = svg`<path class="cloud" d=${highCloud}/><path class="bolt" d="M12.5 15l-2.5 4h3l-2 3.5"/>`;
      break;
    default:
      body = svg`<path class="cloud" d=${fullCloud}/>`;
  }
  return svg`<svg part="icon" class=${group} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;
}
