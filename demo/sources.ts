// The magazine, the carousel and a list of several sources, in the language and theme the address asks for
// (sources.html?lang=ru&theme=dark), so each can be seen, and photographed, in every language and theme.
import '../src/define.js';

const asked = new URLSearchParams(location.search);
const language = ['en', 'ru', 'uz'].find(code => code === asked.get('lang')) ?? 'en';
const theme = asked.get('theme') === 'dark' ? 'dark' : 'light';
const feed = language === 'en' ? '/feed.json' : `/${language}/feed.json`;
document.documentElement.lang = language;
document.documentElement.style.colorScheme = theme;
const [magazine, carousel, several] = document.querySelectorAll('news-list');
for (const list of [magazine, carousel, several]) list.setAttribute('theme', theme);
magazine.setAttribute('src', feed);
carousel.setAttribute('src', feed);
several.setAttribute('src', [feed, ...['/feed.json', '/ru/feed.json', '/uz/feed.json'].filter(other => other !== feed)].join(' '));
