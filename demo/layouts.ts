// The layouts page: every layout of the lists at once, from the library's source.
import '../src/define.js';
