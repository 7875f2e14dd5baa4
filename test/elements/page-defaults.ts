// Loaded before every element test file (see testRunnerHtml in web-test-runner.config.mjs). Element tests mount
// widgets of one address again and again with different mocked answers, each test as if on a fresh page, and
// expect a failure to show at once: so the shared client keeps no responses (requests in flight are still shared)
// and makes no retries. Tests of caching and retries set up a client of their own with setClient().
import { configure } from '../../src/data/client.js';

configure({ cacheSize: 0, retries: 0 });
