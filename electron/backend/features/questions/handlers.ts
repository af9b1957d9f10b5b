// Difficult question records (疑难问题记录表).
import type { questionsApi } from '../../../../shared/api/questions';
import type { HandlersOf } from '../../context';

export const questionsHandlers = {} satisfies HandlersOf<typeof questionsApi>;
