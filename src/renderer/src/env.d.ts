// Types for what Vite gives the renderer at build time (CSS imports, import.meta.env).
/// <reference types="vite/client" />
