import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import tseslint from 'typescript-eslint';
import rule from './no-literal-ui-text.js';

// RuleTester reports through the test framework's hooks when they are handed to it.
Object.assign(RuleTester, { afterAll, describe, it });

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run('no-literal-ui-text', rule, {
  valid: [
    { code: "const A = () => <Button title={t('common:save')}>{t('common:save')}</Button>;" },
    { code: 'const A = () => <span>— · 1/2 : {count}</span>;' },
    { code: "const cols = [{ field: 'username', headerName: t('users:username') }];" },
    { code: "const A = () => <Box sx={{ p: 2 }} data-testid=\"users-grid\" />;" },
  ],
  invalid: [
    { code: 'const A = () => <div>保存</div>;', errors: [{ messageId: 'jsxText' }] },
    { code: 'const A = () => <div>Save</div>;', errors: [{ messageId: 'jsxText' }] },
    { code: "const A = () => <div>{'Save'}</div>;", errors: [{ messageId: 'jsxText' }] },
    { code: 'const A = () => <TextField label="用户名" />;', errors: [{ messageId: 'prop' }] },
    { code: 'const A = () => <IconButton aria-label={`Close`} />;', errors: [{ messageId: 'prop' }] },
    { code: "const cols = [{ field: 'a', headerName: 'Username' }];", errors: [{ messageId: 'prop' }] },
  ],
});
