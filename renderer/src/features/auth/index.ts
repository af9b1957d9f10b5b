// Signing in, first-run setup and passwords: the screens the app shows before and around a session.
// What the app and other features use of it.
export { MustChangePasswordScreen } from './MustChangePasswordScreen';
export { SetupScreen } from './SetupScreen';
export { SignInScreen } from './SignInScreen';
export { ChangePasswordForm } from './ChangePasswordForm';
