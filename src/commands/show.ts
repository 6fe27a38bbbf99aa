import { findRole } from '../core/lookup.js';
import { buildProfile, type RoleProfile } from '../core/profile.js';
import { renderJson } from '../render/json.js';
import { renderProfile } from '../render/profile.js';
import type { CommandContext, OutputOptions } from './context.js';

export async function showCommand(roleName: string, options: OutputOptions, ctx: CommandContext): Promise<RoleProfile> {
  const data = await ctx.data();
  const profile = buildProfile(data, findRole(data, roleName, 'show'));
  ctx.out(options.json ? renderJson(profile) : renderProfile(profile, ctx.style, ctx.columns));
  return profile;
}
