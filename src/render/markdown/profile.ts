// `career show --format markdown`: the role's profile as a document to keep.
import type { RoleProfile } from '../../core/profile.js';
import { writeProfile } from '../profile.js';
import { markdownSink } from './sink.js';

export function renderProfileMarkdown(profile: RoleProfile): string {
  return writeProfile(profile, markdownSink(profile.sources));
}
