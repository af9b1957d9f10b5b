// The child of the crash test: opens a back end on a data folder and writes through `invoke` until it is killed,
// printing one line after each write whose success `invoke` reported.
//   node crash-child.mjs <dataDir> <trial>
import { createBackend } from '..';
import { TEST_COST_LOG2 } from './fixture';

export const CRASH_ADMIN = { username: 'crash.admin', password: 'crash-admin-pass' };

const [dataDir, trial] = process.argv.slice(2);
if (!dataDir || !trial) {
  console.error('usage: crash-child <dataDir> <trial>');
  process.exit(2);
}

function say(line: string): void {
  // Writing to a pipe is synchronous on POSIX, so the line has left this process before the next write starts.
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const backend = createBackend({ dataDir: dataDir!, passwordCostLog2: TEST_COST_LOG2, background: false, logError: (e) => console.error(e) });
  const session = backend.newSession();
  const must = async (method: string, input: unknown): Promise<Record<string, unknown>> => {
    const result = await backend.invoke(session, method, input);
    if (!result.ok) {
      console.error(`${method} failed: ${JSON.stringify(result.error)}`);
      process.exit(1);
    }
    return result.value as Record<string, unknown>;
  };
  const status = await must('auth.status', {});
  if (status.setupRequired) {
    await must('auth.setup', { centerName: '崩溃测试中心', username: CRASH_ADMIN.username, displayName: '测试管理员', password: CRASH_ADMIN.password });
    say('setup');
  } else {
    await must('auth.login', CRASH_ADMIN);
  }
  let settingsVersion = (await must('settings.get', {})).version as number;
  say(`ready ${settingsVersion}`);
  for (let n = 0; ; n += 1) {
    if (n % 25 === 24) {
      const backup = await must('backup.create', {});
      say(`backup ${String(backup.id)}`);
    } else if (n % 4 === 3) {
      const name = `中心 ${trial}-${n}`;
      const after = await must('settings.update', { version: settingsVersion, centerName: name });
      settingsVersion = after.version as number;
      say(`settings ${settingsVersion} ${name}`);
    } else {
      const name = `崩溃部门 ${trial}-${n}`;
      const created = await must('departments.create', { name, kind: 'department' });
      say(`department ${String(created.id)} ${name}`);
    }
  }
}

void main();
