import type { Messages } from './messages.js';

// Uzbek names the wind by where it blows from: "shimoli-sharq shamoli" is a wind from the north-east.
const directionNames = ['shimol', 'shimoli-sharq', 'sharq', 'janubi-sharq', 'janub', 'janubi-gʻarb', 'gʻarb', 'shimoli-gʻarb'];

export const uz: Messages = {
  // Uzbek writes numbers like Russian (decimal comma, space between thousands); Chromium's trimmed
  // ICU data formats "uz" numbers the English way.
  numberLocale: 'ru',
  loading: 'Yuklanmoqda…',
  empty: 'Hozircha yangiliklar yoʻq.',
  retry: 'Qayta urinish',
  errors: {
    network: 'Yangiliklarni yuklab boʻlmadi. Internet aloqasini tekshiring.',
    timeout: 'Yangiliklar manbasi juda uzoq javob bermadi.',
    http: 'Yangiliklar manbasi hozir mavjud emas.',
    parse: 'Manba yangiliklar lentasi boʻlmagan maʼlumot yubordi.',
    config: 'Vidjet notoʻgʻri sozlangan.',
  },
  calendar: {
    today: 'Bugun',
    yesterday: 'Kecha',
    // Ours, not Intl's: trimmed browser locale data names Uzbek months "M03".
    months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
    // Uzbek joins the day to the month with a hyphen and names the year first: «2024-yil 12-mart».
    date: (day, month, year) => `${year ? `${year}-yil ` : ''}${day}-${month}`,
  },
  views: {
    // A noun after a number stays singular in Uzbek.
    label: count => `${count} marta koʻrilgan`,
    thousands: '\u00a0ming',
    millions: '\u00a0mln',
  },
  weather: {
    conditions: {
      0: 'ochiq havo',
      1: 'asosan ochiq',
      2: 'qisman bulutli',
      3: 'bulutli',
      45: 'tuman',
      48: 'qirovli tuman',
      51: 'yengil shivalama',
      53: 'shivalama',
      55: 'kuchli shivalama',
      56: 'yengil muzli shivalama',
      57: 'kuchli muzli shivalama',
      61: 'yengil yomgʻir',
      63: 'yomgʻir',
      65: 'kuchli yomgʻir',
      66: 'yengil muzli yomgʻir',
      67: 'kuchli muzli yomgʻir',
      71: 'yengil qor',
      73: 'qor',
      75: 'kuchli qor',
      77: 'qor donalari',
      80: 'yengil jala',
      81: 'jala',
      82: 'kuchli jala',
      85: 'yengil qor yogʻishi',
      86: 'kuchli qor yogʻishi',
      95: 'momaqaldiroq',
      96: 'doʻlli momaqaldiroq',
      99: 'kuchli doʻlli momaqaldiroq',
    },
    // Uzbek has no settled two-letter compass abbreviations (shimol and sharq both start with "Sh"), so the badge uses words.
    compass: directionNames,
    units: { ms: 'm/s', kmh: 'km/soat', mph: 'mil/soat', kn: 'tugun' },
    unavailable: 'Ob-havo maʼlumotlari hozir mavjud emas.',
    attribution: 'Ob-havo maʼlumotlari: Open\u2011Meteo',
    sentence: ({ place, temperature, condition, wind, direction }) =>
      `${place ? `Ob-havo, ${place}` : 'Hozirgi ob-havo'}: ${temperature}${condition ? `, ${condition}` : ''}, ${
        direction >= 0 ? `${directionNames[direction]} shamoli` : 'shamol'
      } ${wind}.`,
  },
  list: {
    newStories: count => `${count} ta yangi xabar`,
    related: 'Oʻxshash yangiliklar',
    pause: 'Lentani toʻxtatish',
    play: 'Lentani davom ettirish',
    more: 'Yana yangiliklar',
    moreShown: count => `Yana ${count} ta xabar koʻrsatildi`,
    previous: 'Oldingi xabarlar',
    next: 'Keyingi xabarlar',
  },
  article: {
    unavailable: 'Maqola mavjud emas.',
  },
};
