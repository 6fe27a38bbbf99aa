import { findRole } from '../core/lookup.js';
import { buildProfile, type RoleProfile } from '../core/profile.js';
import { renderJson } from '../render/json.js';
import { renderProfileMarkdown } from '../render/markdown/profile.js';
import { renderProfile } from '../render/profile.js';
import type { CommandContext } from './context.js';
import type { ShowOptions } from './options.js';
import { outputFormat } from './output-format.js';

export async function showCommand(roleName: string, options: ShowOptions, ctx: CommandContext): Promise<RoleProfile> {
  const format = outputFormat(options);
  const data = await ctx.data();
  const profile = buildProfile(data, findRole(data, roleName, 'show'));
  ctx.out(
    format === 'json'
      ? renderJson(profile)
      : format === 'markdown'
        ? renderProfileMarkdown(profile)
        : renderProfile(profile, ctx.style, ctx.columns),
  );
  // With --data the role may come from either set: say which.
  if (format !== 'json' && !ctx.dataIsBuiltIn)
    ctx.out(`\n${profile.origin === 'own' ? `From your data in ${ctx.dataDir}` : 'From the built-in data'}\n`);
  return profile;
}
