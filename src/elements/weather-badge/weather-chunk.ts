// What a weather badge needs only once its request is on its way: the Open-Meteo reader and the words of the
// weather (pictograms, numbers, the spoken sentence). One chunk, so pages without a badge download none of it.
export { parseOpenMeteo } from '../../data/open-meteo.js';
export { weatherParts, weatherWords } from './weather-view.js';
