// The demo runs the library from source, exactly as the drop-in registers it.
import '../src/define.js';
