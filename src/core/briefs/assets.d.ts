// Vite's ?inline imports: the file as a data: URL string (used to embed the brief fonts in the built engine).
declare module '*.woff2?inline' {
  const dataUrl: string
  export default dataUrl
}
