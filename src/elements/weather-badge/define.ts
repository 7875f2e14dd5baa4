import { defineElement } from '../shared/define.js';
import { WeatherBadge } from './weather-badge.js';

defineElement('weather-badge', WeatherBadge);

declare global {
  interface HTMLElementTagNameMap {
    'weather-badge': WeatherBadge;
  }
}
