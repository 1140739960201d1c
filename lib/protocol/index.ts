// The protocol between the extension's contexts, in one place. Type-only: importing it pulls in no code.
export type * from './api';
export type * from './clippings-api';
export type * from './envelope';
export type * from './frames-api';
export type * from './glossary-api';
export type * from './handler';
export type * from './result';
export type * from './sender';
export type * from './sites-api';
export type * from './vocabulary-api';
