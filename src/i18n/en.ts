import { enShell } from './en-shell.js';
import type { Messages } from './messages.js';

const compassNames = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

export const en: Messages = {
  ...enShell,
  calendar: {
    today: 'Today',
    yesterday: 'Yesterday',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: (day, month, year) => `${day} ${month}${year ? ` ${year}` : ''}`,
  },
  views: {
    label: (count, value) => `${count} ${value === 1 ? 'view' : 'views'}`,
    thousands: 'K',
    millions: 'M',
  },
  weather: {
    ...enShell.weather,
    conditions: {
      0: 'clear',
      1: 'mostly clear',
      2: 'partly cloudy',
      3: 'overcast',
      45: 'fog',
      48: 'freezing fog',
      51: 'light drizzle',
      53: 'drizzle',
      55: 'heavy drizzle',
      56: 'light freezing drizzle',
      57: 'heavy freezing drizzle',
      61: 'light rain',
      63: 'rain',
      65: 'heavy rain',
      66: 'light freezing rain',
      67: 'heavy freezing rain',
      71: 'light snow',
      73: 'snow',
      75: 'heavy snow',
      77: 'snow grains',
      80: 'light showers',
      81: 'showers',
      82: 'violent showers',
      85: 'light snow showers',
      86: 'heavy snow showers',
      95: 'thunderstorm',
      96: 'thunderstorm with hail',
      99: 'thunderstorm with heavy hail',
    },
    compass: ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'],
    units: { ms: 'm/s', kmh: 'km/h', mph: 'mph', kn: 'kn' },
    sentence: ({ place, temperature, condition, wind, direction }) =>
      `${place ? `Weather in ${place}` : 'Weather now'}: ${temperature}${condition ? `, ${condition}` : ''}, wind ${wind}${
        direction >= 0 ? ` from the ${compassNames[direction]}` : ''
      }.`,
  },
  list: {
    newStories: (count, value) => `${count} new ${value === 1 ? 'story' : 'stories'}`,
    ...enShell.list,
    pause: 'Pause headlines',
    play: 'Play headlines',
    more: 'More stories',
    moreShown: (count, value) => `${count} more ${value === 1 ? 'story' : 'stories'} shown`,
    previous: 'Previous stories',
    next: 'Next stories',
  },
};
