// Import first (or pass to node/tsx with --import): modules loaded after it may import "server-only".
// Static imports resolve before any module runs, so an entry point loads db/ and server/ modules dynamically after this.
import { register } from "node:module";

register("./server-only-condition.mjs", import.meta.url);
