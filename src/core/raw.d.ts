// Vite's ?raw imports: the file's text as a string (used for migration SQL).
declare module '*.sql?raw' {
  const text: string
  export default text
}
