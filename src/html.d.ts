// HTML pages are bundled as strings (webpack asset/source).
declare module '*.html' {
  const content: string;
  export default content;
}
