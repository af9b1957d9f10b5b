// Stock-taking as other features may use it: a count sheet as its page shows it (the clerk's home, say).
export { stocktakeOf } from './repository';
