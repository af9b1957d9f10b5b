// The knowledge base with its versions and search index, difficult questions and suggestions.
import type { Db } from '../connection';

export function up(db: Db): void {
  db.exec(``);
}
