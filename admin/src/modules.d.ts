declare module 'ra-language-german';
