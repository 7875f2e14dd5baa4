import { chromiumFound, chromiumPath } from './chromium.mjs';

if (!chromiumFound) {
  console.error(`No Chromium at ${chromiumPath}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.`);
  process.exit(1);
}
