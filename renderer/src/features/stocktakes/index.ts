// Stock-taking (盘点): the list of count sheets and a sheet's page, for the app's routes and print previews.
export { StocktakePage } from './StocktakePage';
export { StocktakesPage } from './StocktakesPage';
export { useBinsText } from './StocktakeStateChip';
