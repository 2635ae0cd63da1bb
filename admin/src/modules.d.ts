declare module 'ra-language-german';
declare module 'jsonexport/dist/index.js';
