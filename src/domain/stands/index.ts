// «Стенди»: the tab and its parsing (table.ts), the poster for each stand (poster.ts).
export * from './table';
export * from './poster';
