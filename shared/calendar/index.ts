// The working calendar (工作日历) and deadlines: pure rules shared by the back end and the screens.
export * from './day-numbers';
export * from './zone';
export * from './working-days';
export * from './official';
export * from './breach';
export * from './coverage';
export * from './policy';
